import { z } from 'zod';
import { normaliseEmploymentType } from '../employment-type.ts';
import { htmlToInlineText, htmlToPlainText } from '../html-to-plain-text.ts';
import { inferRemote } from '../infer-remote.ts';
import { boardVariable, defineJobBoard } from '../job-board.ts';
import type { JobSource } from '../job-source.ts';
import { parsePostedAt } from '../parse-posted-at.ts';
import { salaryFromRange } from '../parse-salary.ts';
import { selectPostings } from '../select-postings.ts';
import { boardUrl, getBoardJson, postingsFrom } from './board-response.ts';

export const adzunaOrigin = 'https://api.adzuna.com';

// The currency Adzuna quotes salaries in, per country site.
const currencyByCountry: Record<string, string> = {
  at: 'EUR', au: 'AUD', be: 'EUR', br: 'BRL', ca: 'CAD', ch: 'CHF', de: 'EUR', es: 'EUR',
  fr: 'EUR', gb: 'GBP', in: 'INR', it: 'EUR', mx: 'MXN', nl: 'EUR', nz: 'NZD', pl: 'PLN',
  sg: 'SGD', us: 'USD', za: 'ZAR',
};

// GET /v1/api/jobs/{country}/search/1?app_id&app_key&what&where: `{ count, mean, results }`.
const adzunaResponse = z.object({ results: z.array(z.unknown()) });
const displayName = z.object({ display_name: z.string().nullish() }).loose();
const adzunaJob = z.object({
  id: z.union([z.string(), z.number()]),
  title: z.string(),
  description: z.string().nullish(),
  company: z.object({ display_name: z.string().min(1) }).loose(),
  location: displayName.nullish(),
  salary_min: z.number().nullish(),
  salary_max: z.number().nullish(),
  salary_is_predicted: z.union([z.string(), z.number()]).nullish(),
  contract_type: z.string().nullish(),
  contract_time: z.string().nullish(),
  created: z.string().nullish(),
  redirect_url: z.string(),
  category: z.object({ label: z.string().nullish() }).loose().nullish(),
});

/**
 * Adzuna (needs an app id and key): a search engine over many boards, per country. Titles
 * and snippets carry `<strong>` highlights; a salary Adzuna predicted rather than read from
 * the ad (`salary_is_predicted: "1"`) is not reported as the posting's salary.
 *
 * @example
 * const adzuna = createAdzunaSource({ appId: 'id', appKey: 'key', country: 'gb' });
 */
export function createAdzunaSource({
  appId,
  appKey,
  country = 'us',
  origin = adzunaOrigin,
}: {
  appId: string;
  appKey: string;
  country?: string;
  origin?: string;
}): JobSource {
  const label = 'Adzuna';
  return {
    name: 'adzuna',
    label,
    kind: 'keyed',
    async search(query, context) {
      const url = boardUrl(origin, `/v1/api/jobs/${encodeURIComponent(country)}/search/1`, {
        app_id: appId,
        app_key: appKey,
        what: [query.text, query.company].filter(Boolean).join(' '),
        where: query.location,
        results_per_page: Math.min(query.limit, 50),
        'content-type': 'application/json',
      });
      const { results } = await getBoardJson(context, { url, source: label }, adzunaResponse);
      const postings = postingsFrom(label, results, adzunaJob, (job) => {
        const title = htmlToInlineText(job.title);
        const location = job.location?.display_name || null;
        const predicted = String(job.salary_is_predicted ?? '0') === '1';
        return {
          title,
          company: job.company.display_name,
          location,
          remote: inferRemote(title, location),
          salary: predicted
            ? null
            : salaryFromRange({
                min: job.salary_min,
                max: job.salary_max,
                currency: currencyByCountry[country] ?? null,
                period: 'year',
              }),
          employment_type: normaliseEmploymentType(job.contract_time, job.contract_type),
          posted_at: parsePostedAt(job.created),
          url: job.redirect_url,
          source: 'adzuna',
          source_url: job.redirect_url,
          tags: job.category?.label ? [job.category.label] : [],
          description: htmlToPlainText(job.description),
        };
      });
      return selectPostings(postings, query, { matchText: false, matchLocation: false });
    },
  };
}

/** Adzuna: on once ADZUNA_APP_ID and ADZUNA_APP_KEY are set; ADZUNA_COUNTRY picks the site (us). */
export const adzunaBoard = defineJobBoard({
  name: 'adzuna',
  kind: 'keyed',
  needs: 'ADZUNA_APP_ID and ADZUNA_APP_KEY',
  settings: z
    .object({
      ADZUNA_APP_ID: boardVariable,
      ADZUNA_APP_KEY: boardVariable,
      ADZUNA_COUNTRY: boardVariable,
    })
    .transform(({ ADZUNA_APP_ID: appId, ADZUNA_APP_KEY: appKey, ADZUNA_COUNTRY }, context) => {
      const country = (ADZUNA_COUNTRY ?? 'us').toLowerCase();
      if (Boolean(appId) !== Boolean(appKey)) {
        const [absent, present] = appId
          ? ['ADZUNA_APP_KEY', 'ADZUNA_APP_ID']
          : ['ADZUNA_APP_ID', 'ADZUNA_APP_KEY'];
        context.issues.push({
          code: 'custom',
          path: [absent],
          message: `required with ${present}`,
          input: undefined,
        });
      }
      if (!/^[a-z]{2}$/.test(country)) {
        context.issues.push({
          code: 'custom',
          path: ['ADZUNA_COUNTRY'],
          message: `"${country}" is not a two-letter country code such as us or gb`,
          input: ADZUNA_COUNTRY,
        });
      }
      return appId && appKey ? { appId, appKey, country } : undefined;
    }),
  create: ({ appId, appKey, country, origin }) =>
    createAdzunaSource({ appId, appKey, country, origin }),
});
