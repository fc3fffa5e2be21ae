import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { escapedHtmlToPlainText } from '../html-to-plain-text.ts';
import { inferRemote } from '../infer-remote.ts';
import { defineJobBoard, noVariables } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import type { Salary } from '../../protocol/posting.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { normaliseSalaryPeriod, parseSalary, salaryFromRange, unstatedPeriod } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import {
  boardUrl,
  companyNameFromSlug,
  getBoardJson,
  postingsFrom,
} from './board-response.ts';

export const greenhouseOrigin = 'https://boards-api.greenhouse.io';

/** The posting's page on Greenhouse's hosted board: what `checkStillOpen` can ask about. */
export const greenhouseJobPage = (board: string, id: number | string) =>
  `https://job-boards.greenhouse.io/${encodeURIComponent(board)}/jobs/${encodeURIComponent(String(id))}`;

// GET /v1/boards/{token}/jobs?content=true: `{ jobs: [...], meta: { total } }`.
const greenhouseResponse = z.object({ jobs: z.array(z.unknown()) });
const named = z.object({ name: z.string().nullish() }).loose();
const greenhouseJob = z.object({
  id: z.number(),
  title: z.string(),
  absolute_url: z.string(),
  location: named.nullish(),
  updated_at: z.string().nullish(),
  first_published: z.string().nullish(),
  company_name: z.string().nullish(),
  content: z.string().nullish(),
  departments: z.array(named).nullish(),
  offices: z.array(named).nullish(),
  /** The employer's custom fields shown on the board: `{ name: "Employment Type", value: "Full-time", value_type }`. */
  metadata: z
    .array(z.object({ name: z.string().nullish(), value: z.unknown(), value_type: z.string().nullish() }).loose())
    .nullish(),
});

type GreenhouseMetadata = NonNullable<z.infer<typeof greenhouseJob>['metadata']>;

/** The text values of the custom fields whose name matches `name`. */
const metadataValues = (metadata: GreenhouseMetadata | null | undefined, name: RegExp): string[] =>
  (metadata ?? []).flatMap((field) => {
    if (!field.name || !name.test(field.name)) return [];
    const values = Array.isArray(field.value) ? field.value : [field.value];
    return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
  });

/** A custom date field that names the deadline ("Application Deadline", "Closing Date"), as YYYY-MM-DD. */
const closingField = (metadata: GreenhouseMetadata | null | undefined): string | null => {
  const [value] = metadataValues(metadata, /clos|deadline|apply\s+by|expir/i);
  const day = value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  return day ?? null;
};

// Custom fields that carry pay: "Salary Range", "Compensation", "Pay Range", "Hourly Rate", "Échelle salariale", "Gehalt".
const payField = /salar|compensation|\bpay\b|pay\s*(?:range|band|rate)|wage|remuneration|\brate\b|salaire|rémunération|gehalt|vergütung|salario|salário|sueldo/i;
const amountValue = z.union([z.number(), z.string()]);
// `currency_range`: `{ min_value: "90000.0", max_value: "120000.0", unit: "USD" }`; `currency`: `{ amount: "50.0", unit: "USD" }`.
const currencyValue = z.object({
  min_value: amountValue.nullish(),
  max_value: amountValue.nullish(),
  amount: amountValue.nullish(),
  unit: z.string().nullish(),
}).loose();

/** One pay field's value as a salary: a range object, an amount, a number, a string, or an array of these. */
function payValue(value: unknown, name: string): Salary | null {
  const namedPeriod = normaliseSalaryPeriod(name);
  const withPeriod = (salary: Salary | null): Salary | null =>
    salary && { ...salary, period: namedPeriod ?? salary.period ?? unstatedPeriod(Math.max(salary.min ?? 0, salary.max ?? 0), salary.currency) };
  if (typeof value === 'number') return withPeriod(salaryFromRange({ min: value, max: value }));
  if (typeof value === 'string') {
    const written = parseSalary(value);
    return written && { ...written, period: normaliseSalaryPeriod(value) ?? namedPeriod ?? written.period };
  }
  if (Array.isArray(value)) {
    // ["90000", "120000"], [90000, 120000], or ["$90,000", "$120,000"]: the two ends of a range.
    const numbers = value.map((item) => (typeof item === 'number' ? item : typeof item === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(item) ? Number(item) : null));
    if (value.length > 0 && numbers.every((number) => number !== null)) {
      return withPeriod(salaryFromRange({ min: Math.min(...(numbers as number[])), max: Math.max(...(numbers as number[])) }));
    }
    const texts = value.filter((item): item is string => typeof item === 'string');
    return texts.length > 0 ? payValue(texts.join(' - '), name) : null;
  }
  const range = currencyValue.safeParse(value);
  if (!range.success) return null;
  const { min_value: min, max_value: max, amount, unit } = range.data;
  return withPeriod(salaryFromRange({ min: min ?? amount, max: max ?? amount, currency: unit }));
}

/** The pay an employer states in its custom fields ("Salary Range": "$120,000 - $150,000"), or null. */
export function metadataSalary(metadata: GreenhouseMetadata | null | undefined): Salary | null {
  for (const field of metadata ?? []) {
    if (!field.name || !payField.test(field.name)) continue;
    const salary = payValue(field.value, field.name);
    if (salary) return salary;
  }
  return null;
}

/**
 * One employer's Greenhouse job board. `content` is entity-escaped HTML; the board has no
 * keyword search (filtered here) and no remote flag (read from the location text).
 *
 * @example
 * const stripe = createGreenhouseSource({ board: 'stripe' });
 */
export function createGreenhouseSource({
  board,
  origin = greenhouseOrigin,
}: {
  board: string;
  origin?: string;
}): JobSource {
  const label = 'Greenhouse';
  return {
    name: `greenhouse:${board}`,
    label: `Greenhouse (${board})`,
    kind: 'company',
    company: board,
    async search(query, context) {
      const path = `/v1/boards/${encodeURIComponent(board)}/jobs`;
      const url = boardUrl(origin, path, { content: 'true' });
      const { jobs } = await getBoardJson(context, { url, source: label }, greenhouseResponse);
      const postings = postingsFrom(label, jobs, greenhouseJob, (job) => {
        const location = job.location?.name || null;
        return {
          title: job.title,
          company: job.company_name || companyNameFromSlug(board),
          location,
          remote: inferRemote(location, job.title),
          salary: metadataSalary(job.metadata),
          employment_type: normaliseEmploymentType(...metadataValues(job.metadata, /employment|job\s*type|time\s*type|commitment|contract/i)),
          closes_on: closingField(job.metadata),
          posted_at: parsePostedAt(job.first_published) ?? parsePostedAt(job.updated_at),
          // Where to apply: often the employer's own careers page (…?gh_jid=); the source link
          // is the posting on Greenhouse, whose id the still-open check asks about.
          url: job.absolute_url,
          source: 'greenhouse',
          source_url: greenhouseJobPage(board, job.id),
          tags: (job.departments ?? []).flatMap(({ name }) => (name ? [name] : [])),
          description: escapedHtmlToPlainText(job.content),
        };
      });
      // The board lists one employer: the query's company already chose it.
      return selectPostings(
        postings,
        { ...query, company: undefined },
        { matchText: true, matchLocation: true },
      );
    },
  };
}

/** Greenhouse: one source per `greenhouse:COMPANY` entry in JOBPILOT_COMPANY_BOARDS. */
export const greenhouseBoard = defineJobBoard({
  name: 'greenhouse',
  kind: 'company',
  settings: noVariables,
  create: ({ company, origin }) => createGreenhouseSource({ board: company, origin }),
});
