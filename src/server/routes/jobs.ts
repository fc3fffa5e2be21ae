import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importJobs } from '../../career/jobs/import-jobs.ts';
import { jobDetail } from '../../career/jobs/job-response.ts';
import { requireJob } from '../../career/jobs/require-job.ts';
import { searchJobs } from '../../career/jobs/search-jobs.ts';
import type { JobsRepository } from '../../db/repositories/jobs.ts';
import type { SavedJobsRepository } from '../../db/repositories/saved-jobs.ts';
import { JobpilotError } from '../../errors.ts';
import type { JobSearch } from '../../jobs/job-search.ts';
import { type ImportRows, readCsvImport, readJsonImport } from '../../jobs/read-job-import.ts';
import {
  importBodyLimit,
  jobDetailSchema,
  jobIdSchema,
  jobImportResponseSchema,
  jobSearchResponseSchema,
  jobSeniorityLevels,
  jobStatusSchema,
  savedJobListSchema,
  savedJobSchema,
  saveJobRequestSchema,
  updateJobStatusRequestSchema,
} from '../../protocol/api.ts';
import { employmentTypes, readYearlyPayFloor, yearlyPayHint } from '../../protocol/posting.ts';
import { cancelOnDisconnect } from '../cancel-on-disconnect.ts';
import { mediaTypeOf } from '../plugins/content-types.ts';
import { queryFlag } from '../query-flag.ts';

/** A comma-separated list of words from `allowed` ("senior,lead"), read as an array. */
const commaList = <const T extends readonly [string, ...string[]]>(allowed: T) =>
  z
    .string()
    .transform((text) => text.split(',').map((word) => word.trim()).filter(Boolean))
    .pipe(z.array(z.enum(allowed, { error: `expected a comma-separated list of ${allowed.join(', ')}` })).min(1, 'empty'));

const searchQuerySchema = z
  .object({
    q: z.string().trim().max(500, 'at most 500 characters').default(''),
    location: z.string().trim().min(1, 'empty').max(200, 'at most 200 characters').optional(),
    remote: queryFlag(),
    limit: z.coerce
      .number({ error: 'expected a whole number from 1 to 100' })
      .int('expected a whole number from 1 to 100')
      .min(1, 'expected a whole number from 1 to 100')
      .max(100, 'expected a whole number from 1 to 100')
      .default(20),
    company: z.string().trim().min(1, 'empty').max(200, 'at most 200 characters').optional(),
    sort: z.enum(['relevance', 'recent', 'fit'], { error: 'expected relevance, recent or fit' }).default('relevance'),
    // Regression (session 42): "35.000", the European way to write 35 000, was read as 35.
    // Trial s50 #27: "NOK 550 000", "€45k": the floor's currency, when typed with it, is kept (pay in another currency is
    // kept and said, never compared with it).
    min_salary: z
      .string()
      .transform((text, context) => readYearlyPayFloor(text) ?? (context.addIssue({ code: 'custom', message: `expected ${yearlyPayHint}, with its currency if you like (NOK 550 000, €45k)` }), z.NEVER))
      .optional(),
    seniority: z
      .enum(jobSeniorityLevels, { error: `expected one of ${jobSeniorityLevels.join(', ')}` })
      .optional(),
    exclude_seniority: commaList(jobSeniorityLevels).optional(),
    employment_type: z
      .enum(employmentTypes, { error: `expected one of ${employmentTypes.join(', ')}` })
      .optional(),
    exclude_employment_type: commaList(employmentTypes).optional(),
    exclude_agencies: queryFlag(),
  })
  .strict();

const csvTypes = ['text/csv', 'application/csv'];
const importTypes = ['application/json', ...csvTypes];

const importTooLarge = () =>
  new JobpilotError('PAYLOAD_TOO_LARGE', `The import is over ${importBodyLimit / 1024 / 1024} MiB; split the file.`);

const jobParamsSchema = z.object({ id: jobIdSchema });
const savedParamsSchema = z.object({ job_id: jobIdSchema });
const savedQuerySchema = z.object({ status: jobStatusSchema.optional() }).strict();

/** What the job routes need from the career side of the service, for one owner. */
export interface OwnerJobDependencies {
  /** The index of postings: shared by every owner. */
  jobs: JobsRepository;
  saved: SavedJobsRepository;
  /** Live search; its fit scores use the owner's active resume. */
  searchJobs: JobSearch;
  /** The zone the person reads times in (`JOBPILOT_TIME_ZONE`), sent with saved jobs so clients date them there. */
  timeZone?: string | undefined;
}

/** `{ time_zone }` when the owner's zone is known, for the saved-job answers. */
const zoneOf = ({ timeZone }: Pick<OwnerJobDependencies, 'timeZone'>) => (timeZone ? { time_zone: timeZone } : {});

export interface JobRouteDependencies {
  /** The request's owner's tracker and search. */
  careerFor: (owner: string) => OwnerJobDependencies;
}

/**
 * Job search (live boards + the index), one job, import into the index, and the
 * application tracker (saved jobs with dated status changes).
 *
 * @example
 * app.register(jobRoutes, { careerFor });
 */
export async function jobRoutes(app: FastifyInstance, { careerFor }: JobRouteDependencies): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/jobs/search', { schema: { querystring: searchQuerySchema, response: { 200: jobSearchResponseSchema } } }, async (request, reply) => {
    const {
      q,
      min_salary: floor,
      exclude_seniority: excludeSeniority,
      employment_type: employmentType,
      exclude_employment_type: excludeEmploymentTypes,
      exclude_agencies: excludeAgencies,
      ...filters
    } = request.query;
    const asked = { text: q, minSalary: floor?.amount, minSalaryCurrency: floor?.currency, excludeSeniority, employmentType, excludeEmploymentTypes, excludeAgencies, ...filters };
    return searchJobs(careerFor(request.owner).searchJobs, asked, cancelOnDisconnect(request, reply));
  });

  api.get('/jobs/:id', { schema: { params: jobParamsSchema, response: { 200: jobDetailSchema } } }, async (request) => {
    const { id } = request.params;
    return jobDetail(await requireJob(careerFor(request.owner).jobs, id));
  });

  // CSV is accepted on this route only (its parser and its `accepts`), so other routes keep
  // answering 415 to text/csv. Both formats are read as a stream, postings split out one by one
  // and counted as they arrive: the body stops being parsed at the first posting past the cap.
  app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(importTypes, async (request: FastifyRequest, payload: AsyncIterable<Uint8Array>) => {
      const declared = Number(request.headers['content-length']);
      if (declared > importBodyLimit) throw importTooLarge();
      const isCsv = csvTypes.includes(mediaTypeOf(request.headers['content-type']));
      return (isCsv ? readCsvImport : readJsonImport)(payload, { maxBytes: importBodyLimit });
    });
    const importSchema = { response: { 200: jobImportResponseSchema } };
    scope.withTypeProvider<ZodTypeProvider>().post('/jobs/import', { schema: importSchema, config: { accepts: importTypes } }, async (request) => {
      // A request with no body and no content-type reaches no parser (the property test found it answering 500).
      if (request.body === undefined || request.body === null)
        throw new JobpilotError('BAD_REQUEST', 'The import has no body: send the postings as a JSON array (content-type: application/json) or a CSV file (text/csv).');
      return importJobs(careerFor(request.owner).jobs, request.body as ImportRows);
    });
  });

  api.get('/saved-jobs', { schema: { querystring: savedQuerySchema, response: { 200: savedJobListSchema } } }, async (request) => {
    const { status } = request.query;
    const career = careerFor(request.owner);
    return { saved_jobs: await career.saved.list(status), ...zoneOf(career) };
  });

  const savedAnswer = { 200: savedJobSchema, 201: savedJobSchema };
  api.post('/saved-jobs', { schema: { body: saveJobRequestSchema, response: savedAnswer } }, async (request, reply) => {
    const body = request.body;
    const career = careerFor(request.owner);
    await requireJob(career.jobs, body.job_id);
    const { saved, created } = await career.saved.save(body.job_id, body.notes ?? '');
    reply.status(created ? 201 : 200);
    return { ...saved, ...zoneOf(career) };
  });

  api.delete('/saved-jobs/:job_id', { schema: { params: savedParamsSchema, response: { 200: savedJobSchema } } }, async (request) => {
    const { job_id: jobId } = request.params;
    const career = careerFor(request.owner);
    await requireJob(career.jobs, jobId);
    const removed = await career.saved.remove(jobId);
    if (!removed) throw new JobpilotError('JOB_NOT_SAVED', `Job "${jobId}" is not on the saved list; GET /v1/saved-jobs lists the saved ones.`);
    return { ...removed, ...zoneOf(career) };
  });

  const patchSchema = { params: savedParamsSchema, body: updateJobStatusRequestSchema, response: { 200: savedJobSchema } };
  api.patch('/saved-jobs/:job_id', { schema: patchSchema }, async (request) => {
    const { job_id: jobId } = request.params;
    const body = request.body;
    const career = careerFor(request.owner);
    await requireJob(career.jobs, jobId);
    const { saved } = await career.saved.setStatus(jobId, body.status, body.note ?? '');
    return { ...saved, ...zoneOf(career) };
  });
}
