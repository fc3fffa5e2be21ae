import type { ResumeRecord, ResumesRepository } from '../../db/repositories/resumes.ts';
import { JobpilotError } from '../../errors.ts';

/**
 * The resume with this id, or the active one when no id is given; null when there is none.
 *
 * @example
 * const resume = await chooseResume(resumes, request.resume_id);
 */
export const chooseResume = (
  resumes: Pick<ResumesRepository, 'get' | 'active'>,
  id?: string | undefined,
): Promise<ResumeRecord | null> => (id ? resumes.get(id) : resumes.active());

/**
 * Like `chooseResume`, for requests: a missing resume is an error that says what to do.
 *
 * @throws JobpilotError `RESUME_NOT_FOUND` for an unknown id, `NO_RESUME` when none was named and none is stored.
 * @example
 * const resume = await requireResume(resumes, 'res_3f9a1c0b7d');
 */
/** `RESUME_NOT_FOUND` for an id this owner has no version by. */
export const resumeNotFound = (id: string) => new JobpilotError('RESUME_NOT_FOUND', `No resume "${id}". List yours with GET /v1/resumes.`);

export async function requireResume(
  resumes: Pick<ResumesRepository, 'get' | 'active'>,
  id?: string | undefined,
): Promise<ResumeRecord> {
  const resume = await chooseResume(resumes, id);
  if (resume) return resume;
  if (id) throw resumeNotFound(id);
  throw new JobpilotError('NO_RESUME', 'No resume yet: import one first with POST /v1/resumes (or `jobpilot resume import FILE`).');
}
