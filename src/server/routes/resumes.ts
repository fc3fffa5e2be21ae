import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { JobsRepository } from '../../db/repositories/jobs.ts';
import type { ResumesRepository } from '../../db/repositories/resumes.ts';
import { answerMatch } from '../../career/resumes/answer-match.ts';
import { requireResume, resumeNotFound } from '../../career/resumes/choose-resume.ts';
import { correctResume } from '../../career/resumes/correct-resume.ts';
import { importResume, uploadTooLarge } from '../../career/resumes/import-resume.ts';
import { readingWarnings } from '../../career/resumes/reading-warnings.ts';
import { resumeDetail, resumeResponse } from '../../career/resumes/resume-response.ts';
import {
  matchRequestSchema,
  matchResponseSchema,
  resumeCorrectionResponseSchema,
  resumeDetailSchema,
  resumeIdSchema,
  resumeListSchema,
  resumeSchema,
  resumeUploadResponseSchema,
} from '../../protocol/api.ts';
import { resumeCorrectionSchema } from '../../protocol/resume-correction.ts';
import { maxResumeBytes } from '../../resume/parse-resume-bytes.ts';
import { readResumeUpload, resumeUploadTypes } from '../read-resume-upload.ts';
import { cancelOnDisconnect } from '../cancel-on-disconnect.ts';
import { validate } from '../validate.ts';

/** The 10 MB file limit plus room for multipart framing, so the file's own check explains itself. */
export const resumeUploadBodyLimit = maxResumeBytes + 256 * 1024;

const labelSchema = z.string().trim().min(1, 'label is empty').max(100, 'label is at most 100 characters');
const uploadQuerySchema = z
  .object({
    filename: z.string().trim().min(1, 'filename is empty').max(255, 'filename is at most 255 characters').optional(),
    label: labelSchema.optional(),
  })
  .strict();
const uploadLabelSchema = z.object({ label: labelSchema.optional() });
const resumeParamsSchema = z.object({ id: resumeIdSchema });

/** What the resume and match routes need from the career side of the service, for one owner. */
export interface OwnerResumeDependencies {
  resumes: ResumesRepository;
  jobs: Pick<JobsRepository, 'get'>;
  /** `JOBPILOT_TIME_ZONE`: named in the list so clients show its times in it. */
  timeZone?: string | undefined;
}

export interface ResumeRouteDependencies {
  /** The request's owner's resumes (the index of postings is shared). */
  careerFor: (owner: string) => OwnerResumeDependencies;
}

/**
 * Resume upload (raw body or multipart) parsed without AI, the stored versions, and the
 * explainable match against a job in the index or a pasted posting. A file that cannot be
 * read is refused before anything is stored. `PATCH /resumes/{id}` corrects what was read.
 *
 * @example
 * app.register(resumeRoutes, { careerFor });
 */
export async function resumeRoutes(app: FastifyInstance, { careerFor }: ResumeRouteDependencies): Promise<void> {
  // Uploads only: each documented content type is a file's bytes (JSON Resume included), so
  // this scope replaces the JSON parser with one raw reader for those types, and no others.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser([...resumeUploadTypes], { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    // Bodies past Fastify's limit are resumes too large to read: same code as the 10 MB check.
    // Throwing hands the error to the app's handler, which writes the JSON error body.
    scope.setErrorHandler((error: FastifyError, request) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw uploadTooLarge(request.headers['content-length']);
      throw error;
    });
    const uploadSchema = { querystring: uploadQuerySchema, response: { 201: resumeUploadResponseSchema } };
    const uploadOptions = { schema: uploadSchema, bodyLimit: resumeUploadBodyLimit, config: { accepts: resumeUploadTypes } };
    scope.withTypeProvider<ZodTypeProvider>().post('/resumes', uploadOptions, async (request, reply) => {
      const query = request.query;
      const upload = await readResumeUpload({ body: request.body, contentType: request.headers['content-type'], ...query });
      const { label } = validate(uploadLabelSchema, { label: upload.label }, 'form');
      const { resumes } = careerFor(request.owner);
      const before = await resumes.active();
      const stored = await importResume(resumes, { ...upload, label }, cancelOnDisconnect(request, reply));
      reply.status(201).header('location', `/v1/resumes/${stored.id}`);
      // The new one is active now: say which one matches and letters stop using.
      return {
        ...resumeResponse(stored),
        replaced_active: before && before.id !== stored.id ? { id: before.id, label: before.label } : null,
        warnings: readingWarnings(stored),
        kept_corrections: stored.kept,
      };
    });
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/resumes', { schema: { response: { 200: resumeListSchema } } }, async (request) => {
    const { resumes, timeZone } = careerFor(request.owner);
    const list = (await resumes.list()).map(resumeResponse);
    return timeZone ? { resumes: list, time_zone: timeZone } : { resumes: list };
  });

  api.get('/resumes/:id', { schema: { params: resumeParamsSchema, response: { 200: resumeDetailSchema } } }, async (request) => {
    const { id } = request.params;
    return resumeDetail(await requireResume(careerFor(request.owner).resumes, id));
  });

  // Which resume matches, letters and prep packs use by default (chat: "use my backend resume").
  api.post('/resumes/:id/activate', { schema: { params: resumeParamsSchema, response: { 200: resumeSchema } } }, async (request) => {
    const { resumes } = careerFor(request.owner);
    const resume = await requireResume(resumes, request.params.id);
    await resumes.choose(resume.id);
    return resumeResponse({ ...resume, active: true });
  });

  // A version the person no longer wants (an import tried twice, a misread file); the newest left becomes active if it was.
  api.delete('/resumes/:id', { schema: { params: resumeParamsSchema, response: { 200: resumeSchema } } }, async (request) => {
    const removed = await careerFor(request.owner).resumes.remove(request.params.id);
    if (!removed) throw resumeNotFound(request.params.id);
    return resumeResponse(removed);
  });

  const correctionSchema = { params: resumeParamsSchema, body: resumeCorrectionSchema, response: { 200: resumeCorrectionResponseSchema } };
  api.patch('/resumes/:id', { schema: correctionSchema }, async (request) => {
    const { id } = request.params;
    const { record, changes } = await correctResume(careerFor(request.owner).resumes, id, request.body);
    return { ...resumeResponse(record), changes, warnings: readingWarnings(record) };
  });

  api.post('/match', { schema: { body: matchRequestSchema, response: { 200: matchResponseSchema } } }, async (request) =>
    answerMatch(careerFor(request.owner), request.body),
  );
}
