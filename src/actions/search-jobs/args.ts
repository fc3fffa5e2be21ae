import { z } from 'zod';
import { jobSeniorityLevels } from '../../protocol/api.ts';
import { employmentTypes } from '../../protocol/posting.ts';
import { maxYearlyPay } from '../../protocol/posting.ts';

export const searchJobsArgs = z.object({
  query: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'What to look for: a role, skill, sector or keywords ("data engineer"). Left out for every job in a place or at a company; never "jobs" or "roles" alone.',
    ),
  location: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('A city, region or country to search in, e.g. "Berlin".'),
  remote: z.boolean().optional().describe('True to ask for remote jobs only.'),
  limit: z.int().min(1).max(50).optional().describe('How many results to show at most.'),
  company: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Only jobs at this company, e.g. "Stripe" (also searches its own job board when configured).'),
  min_salary: z
    .int()
    .min(1)
    // (Pay in won or dong runs to hundreds of millions a year: "over 45 million KRW".)
    .max(maxYearlyPay)
    .optional()
    .describe('A yearly pay floor as a plain number (100000 for "over 100k"); only postings stating pay that reaches it.'),
  min_salary_currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO currency code, e.g. NOK')
    .optional()
    .describe('The floor\'s currency, e.g. "NOK" for "at least 450k NOK": postings in another currency are kept and said, never compared.'),
  seniority: z
    .enum(jobSeniorityLevels)
    .optional()
    .describe('Only titles at this level, e.g. "senior" for "senior roles"; "entry-level" and "graduate" are "junior", "staff" is "lead".'),
  exclude_seniority: z
    .array(z.enum(jobSeniorityLevels))
    .min(1)
    .optional()
    .describe('Levels to leave out, e.g. ["senior", "lead", "principal"] for "non-senior jobs"; never the level in `seniority`.'),
  employment_type: z
    .enum(employmentTypes)
    .optional()
    .describe('Only this employment type, e.g. "part_time" for "part-time jobs".'),
  exclude_employment_type: z
    .array(z.enum(employmentTypes))
    .min(1)
    .optional()
    .describe('Employment types to leave out, e.g. ["temporary", "contract"] for "permanent only".'),
  exclude_agencies: z
    .boolean()
    .optional()
    .describe('True to leave out recruitment agencies\' postings, e.g. for "no agencies" or "direct employers only".'),
  sort: z
    .enum(['relevance', 'recent', 'fit'])
    .optional()
    .describe('Order: "relevance" to the query (default), most "recent" first, or best "fit" to the active resume.'),
});
