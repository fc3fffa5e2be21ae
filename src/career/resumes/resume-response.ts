import type { ResumeRecord } from '../../db/repositories/resumes.ts';
import type { ResumeDetail, ResumeResponse } from '../../protocol/api.ts';
import { readingWarnings } from './reading-warnings.ts';

/**
 * A resume as the API shows it: everything but the raw text.
 *
 * @example
 * reply.send(resumeResponse(stored));
 */
export const resumeResponse = (record: ResumeRecord): ResumeResponse => ({
  id: record.id,
  label: record.label,
  filename: record.filename,
  format: record.format,
  created_at: record.created_at,
  active: record.active,
  parent_id: record.parent_id,
  job_id: record.job_id,
  corrected_at: record.corrected_at,
  resume: record.resume,
});

/** `GET /v1/resumes/{id}`: the resume with the text it was parsed from, and what in it looks misread. */
export const resumeDetail = (record: ResumeRecord): ResumeDetail => ({ ...resumeResponse(record), raw_text: record.raw_text, warnings: readingWarnings(record) });
