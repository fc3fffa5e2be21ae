import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { normaliseEmploymentType } from './employment-type.ts';
import { htmlToPlainText, tidyPlainText } from './html-to-plain-text.ts';
import { turnTaker } from './event-loop-turns.ts';
import { inferRemote } from './infer-remote.ts';
import { mergePostings, mergePostingsInTurns } from './merge-postings.ts';
import { normaliseSalaryPeriod, parseSalary, salaryFromRange } from './parse-salary.ts';
import { parsePostedAt } from './parse-posted-at.ts';
import { stripControlCharactersDeep } from '../protocol/control-characters.ts';
import type { MergedPosting, NormalisedPosting, Salary } from '../protocol/posting.ts';
import { withoutControlCharacters } from './without-control-characters.ts';

/** An import holds at most this many postings; a bigger one is split into several files. */
export const maxImportRows = 10_000;

/** The source name imported postings carry: `sources: [{name: 'import', url}]`. */
export const importSourceName = 'import';

/** One thing wrong with an import: which row (1 = the first posting), which field, what. */
export interface ImportProblem {
  /** 1-based posting number (the CSV header is not counted); null for the file as a whole. */
  row: number | null;
  /** The CSV line the row starts on. */
  line?: number;
  field?: string;
  message: string;
}

export interface ImportResult {
  /** The postings, rows describing the same opening merged into one job. Empty when there are problems. */
  postings: MergedPosting[];
  problems: ImportProblem[];
  /** How many rows the input had. */
  rows: number;
}

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : `expected ${what}`;

const requiredText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: expected('text') }).trim().max(max, `longer than ${max} characters`),
  );

const optionalText = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: expected('text') })
      .trim()
      .max(max, `longer than ${max} characters`)
      .optional(),
  );

const yes = new Set(['true', 'yes', 'y', '1', 'remote']);
const no = new Set(['false', 'no', 'n', '0', 'onsite', 'on-site', 'office']);

const remoteField = z.preprocess(
  blankToUndefined,
  z
    .union([z.boolean(), z.string()], { error: expected('true or false') })
    .transform((value, context) => {
      if (typeof value === 'boolean') return value;
      const word = value.trim().toLowerCase();
      if (yes.has(word)) return true;
      if (no.has(word)) return false;
      context.addIssue({ code: 'custom', message: `expected true or false (or yes/no), got "${value}"` });
      return z.NEVER;
    })
    .optional(),
);

/** "120000", "120,000", "120k", 120000. */
const amountField = z.preprocess(
  blankToUndefined,
  z
    .union([z.number(), z.string()], { error: expected('a number') })
    .transform((value, context) => {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
      const match = /^(\d+(?:\.\d+)?)\s*(k)?$/i.exec(String(value).trim().replace(/[,_\s]/g, ''));
      if (match) return Number(match[1]) * (match[2] ? 1000 : 1);
      context.addIssue({ code: 'custom', message: `expected a non-negative number, got "${value}"` });
      return z.NEVER;
    })
    .optional(),
);

const currencyField = z.preprocess(
  blankToUndefined,
  z
    .string({ error: expected('a currency code such as USD') })
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter currency code such as USD'))
    .optional(),
);

const periodField = z.preprocess(
  blankToUndefined,
  z
    .string({ error: expected('hour/day/week/month/year') })
    .transform((value, context) => {
      const period = normaliseSalaryPeriod(value);
      if (period) return period;
      context.addIssue({ code: 'custom', message: `expected hour/day/week/month/year, got "${value}"` });
      return z.NEVER;
    })
    .optional(),
);

/** Free text ("$120k – $150k"), one number, or the API's own `{min, max, currency, period}`. */
const salaryField = z.preprocess(
  blankToUndefined,
  z
    .union(
      [
        z.string(),
        z.number(),
        z.object({
          min: z.number().nonnegative().nullable().optional(),
          max: z.number().nonnegative().nullable().optional(),
          currency: z.string().nullable().optional(),
          period: z.string().nullable().optional(),
        }),
      ],
      { error: 'expected text such as "$120k – $150k" or {min, max, currency, period}' },
    )
    .transform((value): Salary | null =>
      typeof value === 'string'
        ? parseSalary(value)
        : typeof value === 'number'
          ? salaryFromRange({ min: value, max: value })
          : salaryFromRange(value),
    )
    .optional(),
);

const employmentTypeField = z.preprocess(
  blankToUndefined,
  z
    .string({ error: expected('an employment type') })
    .transform((value, context) => {
      const type = normaliseEmploymentType(value);
      if (type) return type;
      context.addIssue({
        code: 'custom',
        message: `expected full-time/part-time/contract/internship/temporary, got "${value}"`,
      });
      return z.NEVER;
    })
    .optional(),
);

const postedAtField = z.preprocess(
  blankToUndefined,
  z
    .union([z.string(), z.number()], { error: expected('a date') })
    .transform((value, context) => {
      const iso = parsePostedAt(value);
      if (iso) return iso;
      context.addIssue({
        code: 'custom',
        message: `expected a date such as 2024-05-02 (not in the future), got "${value}"`,
      });
      return z.NEVER;
    })
    .optional(),
);

/** A JSON array of strings, or one string listing them with commas or semicolons. */
const tagsField = z.preprocess(
  blankToUndefined,
  z
    .union([z.array(z.string()), z.string()], { error: expected('a list of tags') })
    .transform((value) => {
      const tags = (typeof value === 'string' ? value.split(/[,;]/) : value)
        .map((tag) => tag.trim())
        .filter(Boolean);
      return [...new Set(tags)].slice(0, 30);
    })
    .optional(),
);

const looksLikeHtml = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>|&(?:[a-z]+|#\d+);/i;

/** HTML becomes readable text; plain text is kept as written (tidied). */
const descriptionField = z.preprocess(
  blankToUndefined,
  z
    .string({ error: expected('text') })
    .transform((value) => (looksLikeHtml.test(value) ? htmlToPlainText(value) : tidyPlainText(value)))
    .optional(),
);

/**
 * One imported posting: title, company and url are required; the rest is optional. Cells
 * arrive as CSV text or JSON values; blank cells and nulls count as absent. Other columns
 * (an exported `id` or `sources`) are ignored.
 */
export const importRowSchema = z.object({
  title: requiredText(300).describe('The job title'),
  company: requiredText(200).describe('The employer'),
  url: z
    .preprocess(blankToUndefined, z.string({ error: expected('an http(s) URL') }).trim())
    .pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }))
    .describe('Where a person reads or applies for the posting'),
  location: optionalText(200).describe('As written, e.g. "Berlin, Germany"'),
  remote: remoteField.describe('true/false, yes/no; inferred from the location when absent'),
  salary: salaryField.describe('Free text ("$120k – $150k") or {min, max, currency, period}'),
  salary_min: amountField.describe('Lower bound; wins over the free-text salary'),
  salary_max: amountField.describe('Upper bound; wins over the free-text salary'),
  salary_currency: currencyField.describe('ISO 4217 code, e.g. EUR'),
  salary_period: periodField.describe('hour, day, week, month or year'),
  employment_type: employmentTypeField.describe('full-time, part-time, contract, internship or temporary'),
  posted_at: postedAtField.describe('ISO date or date-time, epoch seconds or milliseconds'),
  tags: tagsField.describe('A list, or one text with commas or semicolons'),
  description: descriptionField.describe('HTML or plain text'),
});
type ImportRow = z.infer<typeof importRowSchema>;

function salaryOf(row: ImportRow): Salary | null {
  const stated = row.salary ?? null;
  if (row.salary_min === undefined && row.salary_max === undefined) {
    if (!stated) return null;
    return {
      ...stated,
      currency: row.salary_currency ?? stated.currency,
      period: row.salary_period ?? stated.period,
    };
  }
  const range = salaryFromRange({
    min: row.salary_min ?? null,
    max: row.salary_max ?? null,
    currency: row.salary_currency ?? stated?.currency ?? null,
    period: row.salary_period ?? stated?.period ?? null,
  });
  return range && { ...range, period: row.salary_period ?? stated?.period ?? range.period };
}

function postingOf(row: ImportRow): NormalisedPosting {
  const location = row.location ?? null;
  return {
    title: row.title,
    company: row.company,
    location,
    remote: row.remote ?? inferRemote(location, row.title),
    salary: salaryOf(row),
    employment_type: row.employment_type ?? null,
    posted_at: row.posted_at ?? null,
    url: row.url,
    source: importSourceName,
    source_url: row.url,
    tags: row.tags ?? [],
    description: row.description ?? '',
  };
}

/** One posting as read from the file, before validation: where it is, and its fields. */
export interface ImportRowInput {
  /** 1-based posting number. */
  row: number;
  /** The CSV line the row starts on. */
  line?: number;
  value: unknown;
}

const tooManyRows = (): ImportProblem => ({
  row: null,
  message: `more than ${maxImportRows.toLocaleString('en-US')} postings at once; split the file`,
});

function validateRow({ row, line, value }: ImportRowInput, problems: ImportProblem[], postings: NormalisedPosting[]): void {
  const where = line === undefined ? { row } : { row, line };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ ...where, message: 'expected an object with title, company and url' });
    return;
  }
  // Control characters go before validation, so a title of nothing else counts as missing.
  const parsed = importRowSchema.safeParse(stripControlCharactersDeep(value));
  if (parsed.success) postings.push(withoutControlCharacters(postingOf(parsed.data)));
  else {
    for (const issue of parsed.error.issues) {
      problems.push({ ...where, field: issue.path.map(String).join('.'), message: issue.message });
    }
  }
}

function validated(rows: readonly ImportRowInput[], problems: ImportProblem[], postings: NormalisedPosting[]): ImportResult {
  if (rows.length === 0) problems.push({ row: null, message: 'there are no postings to import' });
  return { postings: problems.length > 0 ? [] : mergePostings(postings), problems, rows: rows.length };
}

// The count is checked before a row is validated: validating millions of rows only to refuse them held the process for minutes.
function validateRows(rows: readonly ImportRowInput[]): ImportResult {
  if (rows.length > maxImportRows) return { postings: [], problems: [tooManyRows()], rows: rows.length };
  const problems: ImportProblem[] = [];
  const postings: NormalisedPosting[] = [];
  for (const row of rows) validateRow(row, problems, postings);
  return validated(rows, problems, postings);
}

/**
 * Validates rows read from a file (`readCsvImport`, `readJsonImport`) as `importJobsFromJson`
 * does, with a turn of the event loop every few milliseconds (`turnTaker`), so that ten
 * thousand rows of HTML descriptions never keep the server from answering.
 *
 * @example
 * const { postings, problems } = await validateImportRows(read.rows);
 */
export async function validateImportRows(rows: readonly ImportRowInput[]): Promise<ImportResult> {
  if (rows.length > maxImportRows) return { postings: [], problems: [tooManyRows()], rows: rows.length };
  const problems: ImportProblem[] = [];
  const postings: NormalisedPosting[] = [];
  const pause = turnTaker();
  for (const row of rows) {
    validateRow(row, problems, postings);
    await pause();
  }
  if (rows.length === 0) problems.push({ row: null, message: 'there are no postings to import' });
  return { postings: problems.length > 0 ? [] : await mergePostingsInTurns(postings), problems, rows: rows.length };
}

/**
 * Postings from a JSON array (already parsed), or a search answer's `jobs`: objects with
 * title, company and url, and optionally location, remote, salary (free text or an object),
 * salary_min/max/currency/period, employment_type, posted_at, tags and description (HTML or
 * text). Nothing is returned unless every row is valid.
 *
 * @example
 * const { postings, problems } = importJobsFromJson([{ title: 'Backend Engineer', company: 'Acme', url: 'https://acme.example/jobs/1' }]);
 */
export function importJobsFromJson(body: unknown): ImportResult {
  // A search answer (`jobpilot jobs search … --json`) imports as its jobs.
  const rows = isSearchAnswer(body) ? body.jobs : body;
  if (!Array.isArray(rows)) {
    return {
      postings: [],
      problems: [{ row: null, message: 'expected a JSON array of postings ([{"title", "company", "url", …}])' }],
      rows: 0,
    };
  }
  return validateRows(rows.map((value, index) => ({ row: index + 1, value })));
}

const isSearchAnswer = (body: unknown): body is { jobs: unknown[] } =>
  typeof body === 'object' && body !== null && Array.isArray((body as { jobs?: unknown }).jobs);

/** CSV headers as field names: "Salary Min" and "salary-min" read as salary_min. */
const fieldName = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The delimiter the header (the first non-blank line) uses most: comma, semicolon (spreadsheets in many locales) or tab. */
export function guessDelimiter(text: string): string {
  const header = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  const counts = [',', ';', '\t'].map((delimiter) => ({
    delimiter,
    count: header.split(delimiter).length - 1,
  }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

/** One record as csv-parse gives it with `info: true`. */
export interface CsvRecord {
  record: string[];
  info: { lines: number; empty_lines: number };
}

/**
 * Postings from CSV with a header row naming the fields (the same names as the JSON form;
 * `tags` is one cell listing them with commas or semicolons). Quoted cells may hold
 * delimiters, quotes ("") and line breaks. Problems name the row and the line it starts on.
 *
 * @example
 * importJobsFromCsv('title,company,url\nBackend Engineer,Acme,https://acme.example/jobs/1\n');
 */
export function importJobsFromCsv(text: string): ImportResult {
  let records: CsvRecord[];
  try {
    records = parseCsv(text, {
      ...csvOptions(guessDelimiter(text.replace(/^\uFEFF/, ''))),
      // The header and one row past the cap are enough to know the file is too large.
      to: maxImportRows + 2,
    }) as unknown as CsvRecord[];
  } catch (error) {
    return { postings: [], problems: [csvUnreadable(error)], rows: 0 };
  }
  const read = csvRows(records);
  if (read.problems.length > 0 && read.rows.length === 0) return { postings: [], problems: read.problems, rows: read.count };
  const result = validateRows(read.rows);
  return withShapeProblems(result, read.problems);
}

/** The options both CSV readers (whole text, stream) parse with. */
export function csvOptions(delimiter: string) {
  return {
    bom: true,
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
  } as const;
}

/** The problem of a file csv-parse cannot read. */
export function csvUnreadable(error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  return { row: null, message: `not readable as CSV: ${message}` };
}

/** What the header and records of a CSV give: rows keyed by field name, and problems of the file or of a row's shape. */
export interface CsvRows {
  rows: ImportRowInput[];
  problems: ImportProblem[];
  /** How many rows the file has (the header not counted). */
  count: number;
}

/**
 * Rows from CSV records (the first is the header): each row keyed by the header's field
 * names. A header without title, company or url, or naming a field twice, is a problem of the
 * file (and no rows); a row with a different number of cells is a problem of that row.
 *
 * @example
 * const { rows, problems } = csvRows(records);
 */
export function csvRows(records: readonly CsvRecord[]): CsvRows {
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ row: null, message: 'the CSV is empty' }], count: 0 };
  const fields = header.record.map(fieldName);
  const missing = ['title', 'company', 'url'].filter((field) => !fields.includes(field));
  if (missing.length > 0) {
    const message = `the header row has no ${missing.join(', ')} column (it has: ${fields.join(', ') || 'nothing'})`;
    return { rows: [], problems: [{ row: null, line: header.info.lines, message }], count: body.length };
  }
  const duplicates = fields.filter((field, index) => field !== '' && fields.indexOf(field) !== index);
  if (duplicates.length > 0) {
    const message = `the header row names ${[...new Set(duplicates)].join(', ')} twice`;
    return { rows: [], problems: [{ row: null, line: header.info.lines, message }], count: body.length };
  }
  const problems: ImportProblem[] = [];
  let previous = header.info;
  const rows = body.map(({ record, info }, index) => {
    // `lines` is where a record ends; it starts after the previous one and any blank lines.
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    if (record.length !== fields.length) {
      problems.push({
        row: index + 1,
        line,
        message: `has ${record.length} cells but the header has ${fields.length} (a comma inside a cell needs "quotes")`,
      });
    }
    const value = Object.fromEntries(
      fields.flatMap((field, column) => (field ? [[field, record[column] ?? '']] : [])),
    );
    return { row: index + 1, line, value };
  });
  return { rows, problems, count: body.length };
}

/**
 * A validation result with the CSV's row-shape problems merged in, by row.
 *
 * @example
 * withShapeProblems(await validateImportRows(rows), shapeProblems);
 */
export function withShapeProblems(result: ImportResult, shapeProblems: readonly ImportProblem[]): ImportResult {
  if (shapeProblems.length === 0) return result;
  const problems = [...shapeProblems, ...result.problems].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0),
  );
  return { postings: [], problems, rows: result.rows };
}

/**
 * The problems as one readable text, grouped by row, at most `max` rows:
 * "row 2 (line 3): url: expected an http(s) URL; row 5 (line 6): title: required, company: required".
 *
 * @example
 * describeImportProblems(result.problems);
 */
export function describeImportProblems(problems: readonly ImportProblem[], max = 20): string {
  const groups = new Map<string, string[]>();
  for (const problem of problems) {
    const where =
      problem.row === null
        ? problem.line === undefined
          ? ''
          : `line ${problem.line}: `
        : `row ${problem.row}${problem.line === undefined ? '' : ` (line ${problem.line})`}: `;
    const what = `${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
    groups.set(where, [...(groups.get(where) ?? []), what]);
  }
  const described = [...groups].slice(0, max).map(([where, whats]) => `${where}${whats.join(', ')}`);
  const hidden = groups.size - max;
  const more = hidden > 0 ? `; and ${hidden} more row${hidden === 1 ? '' : 's'}` : '';
  return `${described.join('; ')}${more}`;
}
