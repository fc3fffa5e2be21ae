import { z } from 'zod';

/** Pay periods a salary can be quoted over. */
export const salaryPeriods = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryPeriod = (typeof salaryPeriods)[number];

/** Employment types every board's wording is mapped onto. */
export const employmentTypes = [
  'full_time',
  'part_time',
  'contract',
  'internship',
  'temporary',
] as const;
export type EmploymentType = (typeof employmentTypes)[number];

const webUrl = z.url({ protocol: /^https?$/ });

/** A salary as stated by the posting; either bound may be missing ("up to $150k"). */
export const salarySchema = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable()
    .describe('ISO 4217 code, null when the posting names none'),
  period: z.enum(salaryPeriods).nullable(),
});
export type Salary = z.infer<typeof salarySchema>;

/** One opening as one board published it, in the shape every adapter returns. */
export const postingSchema = z.object({
  title: z.string().min(1),
  company: z.string().min(1),
  location: z.string().nullable().describe('As the board wrote it; null when it gives none'),
  remote: z.boolean().nullable().describe('null when the board does not say'),
  salary: salarySchema.nullable(),
  employment_type: z.enum(employmentTypes).nullable(),
  posted_at: z.iso.datetime().nullable(),
  url: webUrl.describe('Where a person reads or applies for the posting'),
  source: z.string().min(1).describe('The board adapter name, e.g. "remotive"'),
  source_url: webUrl.describe("The posting's page on that board"),
  tags: z.array(z.string()),
  description: z.string().describe('Plain text, already converted from HTML and capped'),
});
export type NormalisedPosting = z.infer<typeof postingSchema>;

/** One board a merged job was seen on. */
export const postingSourceSchema = z.object({ name: z.string().min(1), url: webUrl });
export type PostingSource = z.infer<typeof postingSourceSchema>;

/** One opening, however many boards listed it: the shape the index stores and the API returns. */
export const mergedPostingSchema = postingSchema
  .omit({ source: true, source_url: true })
  .extend({
    id: z.string().min(1).describe('Stable id derived from the dedupe key'),
    sources: z.array(postingSourceSchema).min(1),
  });
export type MergedPosting = z.infer<typeof mergedPostingSchema>;
