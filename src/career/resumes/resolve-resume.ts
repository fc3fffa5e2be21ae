import type { ResumeRecord, ResumesRepository } from '../../db/repositories/resumes.ts';
import { chooseResume } from './choose-resume.ts';

/** Thread reference to the resume the conversation last dealt with. */
export const RESUME_REFERENCE = 'active_resume_id';

export type ResumeResolution = { ok: true; resume: ResumeRecord } | { ok: false; error: string };

/**
 * The resume a person means: its id, a label ("backend", "my backend resume"), a file
 * name, "the latest"/"the newest", or nothing for the active one.
 *
 * @example
 * await resolveResume('my backend resume', resumes);
 */
export async function resolveResume(reference: string | undefined, resumes: ResumesRepository): Promise<ResumeResolution> {
  const phrase = (reference ?? '').trim();
  if (!phrase || /^(?:it|my resume|the resume|my cv|the cv|active|current|the active one)$/i.test(phrase)) {
    const active = await chooseResume(resumes);
    return active
      ? { ok: true, resume: active }
      : { ok: false, error: 'No resume yet: import one first, e.g. "import my resume from ~/cv.pdf".' };
  }
  const byId = await chooseResume(resumes, phrase);
  if (byId) return { ok: true, resume: byId };
  const all = await resumes.list();
  if (all.length === 0) return { ok: false, error: 'No resume yet: import one first, e.g. "import my resume from ~/cv.pdf".' };
  if (/^(?:the )?(?:latest|newest|last|most recent)(?: one| resume| version)?$/i.test(phrase)) {
    return { ok: true, resume: all[0] as ResumeRecord };
  }
  const wanted = phrase
    .toLowerCase()
    .replace(/\b(?:my|the|resume|cv|version|one|please)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const matches = all.filter((resume) => {
    const names = [resume.label, resume.filename ?? ''].map((name) => name.toLowerCase());
    return wanted !== '' && names.some((name) => name === wanted || name.includes(wanted));
  });
  if (matches.length === 1) return { ok: true, resume: matches[0] as ResumeRecord };
  const known = all.slice(0, 8).map((resume) => `${resume.label} (${resume.id})`).join(', ');
  if (matches.length > 1) {
    // Several versions share a label: the newest one is what people mean.
    return { ok: true, resume: matches[0] as ResumeRecord };
  }
  return { ok: false, error: `No resume matches "${phrase}". Your resumes: ${known}.` };
}
