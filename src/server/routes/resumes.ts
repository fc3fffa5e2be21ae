import type { FastifyError, FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { JobsRepository } from '../../db/repositories/jobs.ts';
import type { ResumeRecord, ResumesRepository } from '../../db/repositories/resumes.ts';
import { JobpilotError } from '../../errors.ts';
import {
  type MatchResponse,
  matchRequestSchema,
  type ResumeDetail,
  type ResumeResponse,
  resumeIdSchema,
} from '../../protocol/api.ts';
import { analyzeMatch, type JobPosting, type MatchResult } from '../../resume/match.ts';
import { maxResumeBytes, parseResumeBytes } from '../../resume/parse-resume-bytes.ts';
import { readResumeUpload } from '../read-resume-upload.ts';
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

/** What the resume and match routes need from the career side of the service. */
export interface ResumeRouteDependencies {
  resumes: ResumesRepository;
  jobs: Pick<JobsRepository, 'get'>;
}

/** A resume as the API shows it: everything but the raw text. */
export const resumeOf = (record: ResumeRecord): ResumeResponse => ({
  id: record.id,
  label: record.label,
  filename: record.filename,
  format: record.format,
  created_at: record.created_at,
  active: record.active,
  parent_id: record.parent_id,
  job_id: record.job_id,
  resume: record.resume,
});

/** The match with the API's snake_case names. */
const matchResponseOf = (result: MatchResult, ids: { jobId?: string | undefined; resumeId: string }): MatchResponse => {
  const { skills, experience, seniority, keywords } = result.breakdown;
  return {
    score: result.score,
    breakdown: {
      skills: { score: skills.score, weight: skills.weight, required: skills.required, nice_to_have: skills.niceToHave },
      experience: {
        score: experience.score,
        weight: experience.weight,
        years_required: experience.yearsRequired,
        years_shown: experience.yearsShown,
      },
      seniority: { score: seniority.score, weight: seniority.weight, posting: seniority.posting, resume: seniority.resume },
      keywords: { score: keywords.score, weight: keywords.weight, found: keywords.found, missing: keywords.missing },
    },
    matched: result.matched,
    missing: result.missing,
    advice: result.advice,
    ...(ids.jobId ? { job_id: ids.jobId } : {}),
    resume_id: ids.resumeId,
  };
};

/** A pasted posting: its first line is the title (which carries the level: "Senior …"). */
function postingFromText(text: string): JobPosting {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const title = firstLine.replace(/^[#*\s-]+|[*\s]+$/g, '').slice(0, 200);
  return { title, description: text };
}

const resumeNotFound = (id: string) =>
  new JobpilotError('RESUME_NOT_FOUND', `No resume "${id}". List yours with GET /v1/resumes.`);

function uploadTooLarge(contentLength: string | undefined): JobpilotError {
  const size = Number(contentLength);
  const stated = Number.isFinite(size) && size > 0 ? `is ${(size / 1024 / 1024).toFixed(1)} MB` : 'is over 10 MB';
  return new JobpilotError(
    'RESUME_TOO_LARGE',
    `The upload ${stated}; resumes must be at most 10 MB. Export it without embedded images or fonts.`,
    { details: { limit: maxResumeBytes } },
  );
}

/**
 * Resume upload (raw body or multipart) parsed without AI, the stored versions, and the
 * explainable match against a job in the index or a pasted posting. A file that cannot be
 * read is refused before anything is stored.
 *
 * @example
 * app.register(resumeRoutes, { resumes, jobs });
 */
export async function resumeRoutes(app: FastifyInstance, deps: ResumeRouteDependencies): Promise<void> {
  // Uploads only: any content type is a file's bytes (JSON Resume included), so this scope
  // replaces the JSON parser with one raw reader.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    // Bodies past Fastify's limit are resumes too large to read: same code as the 10 MB check.
    // Throwing hands the error to the app's handler, which writes the JSON error body.
    scope.setErrorHandler((error: FastifyError, request) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw uploadTooLarge(request.headers['content-length']);
      throw error;
    });
    scope.post('/resumes', { bodyLimit: resumeUploadBodyLimit }, async (request, reply): Promise<ResumeResponse> => {
      const query = validate(uploadQuerySchema, request.query, 'query');
      const upload = await readResumeUpload({ body: request.body, contentType: request.headers['content-type'], ...query });
      const { label } = validate(uploadLabelSchema, { label: upload.label }, 'form');
      const parsed = await parseResumeBytes(upload.bytes, upload.filename);
      const stored = await deps.resumes.add({
        label: label ?? (upload.filename.replace(/\.[a-z0-9]+$/i, '') || 'resume'),
        format: parsed.format,
        filename: upload.filename,
        rawText: parsed.rawText,
        resume: parsed.resume,
      });
      reply.status(201).header('location', `/v1/resumes/${stored.id}`);
      return resumeOf(stored);
    });
  });

  app.get('/resumes', async () => ({ resumes: (await deps.resumes.list()).map(resumeOf) }));

  app.get('/resumes/:id', async (request): Promise<ResumeDetail> => {
    const { id } = validate(resumeParamsSchema, request.params, 'resume id');
    const record = await deps.resumes.get(id);
    if (!record) throw resumeNotFound(id);
    return { ...resumeOf(record), raw_text: record.raw_text };
  });

  app.post('/match', async (request): Promise<MatchResponse> => {
    const body = validate(matchRequestSchema, request.body ?? {}, 'body');
    const resume = body.resume_id ? await deps.resumes.get(body.resume_id) : await deps.resumes.active();
    if (!resume) {
      if (body.resume_id) throw resumeNotFound(body.resume_id);
      throw new JobpilotError(
        'NO_RESUME',
        'No resume yet: import one first with POST /v1/resumes (or `jobpilot resume import FILE`).',
      );
    }
    let posting: JobPosting;
    if (body.job_id) {
      const job = await deps.jobs.get(body.job_id);
      if (!job) {
        throw new JobpilotError(
          'JOB_NOT_FOUND',
          `No job "${body.job_id}" in the index. Find one with GET /v1/jobs/search, or send the posting as job_text.`,
        );
      }
      posting = { title: job.title, company: job.company, description: job.description, tags: job.tags };
    } else {
      posting = postingFromText(body.job_text ?? '');
    }
    const result = analyzeMatch({ resume: resume.resume, rawText: resume.raw_text, posting });
    return matchResponseOf(result, { jobId: body.job_id, resumeId: resume.id });
  });
}
