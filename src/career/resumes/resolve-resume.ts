import type { ResumeRecord, ResumesRepository } from '../../db/repositories/resumes.ts';
import { chooseResume } from './choose-resume.ts';

/** Thread reference to the resume the conversation last dealt with. */
export const RESUME_REFERENCE = 'active_resume_id';

export type ResumeResolution = { ok: true; resume: ResumeRecord } | { ok: false; error: string };

/**
 * The resume a person means: its id, a label ("backend", "my backend resume"), a file
 * name, "the latest"/"the newest", or nothing (or only words such as "my current resume")
 * for the active one.
 *
 * @example
 * await resolveResume('my backend resume', resumes);
 */
export async function resolveResume(reference: string | undefined, resumes: ResumesRepository): Promise<ResumeResolution> {
  const phrase = (reference ?? '').trim();
  if (meansTheActiveOne(phrase)) {
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
  const format = formatNamed(all, phrase);
  if (format) return format;
  const matches = byName(all, phrase);
  if (matches.length === 1) return { ok: true, resume: matches[0] as ResumeRecord };
  const known = all.slice(0, 8).map((resume) => `${resume.label} (${resume.id})`).join(', ');
  // Several versions share a label: the newest one is what people mean. Different labels: ask.
  if (matches.length > 1 && new Set(matches.map((resume) => resume.label)).size === 1) return { ok: true, resume: matches[0] as ResumeRecord };
  if (matches.length > 1) {
    const which = matches.slice(0, 8).map((resume) => `"${resume.label}" (${resume.id})`).join(', ');
    return { ok: false, error: `"${phrase}" could mean ${which}: say which by its label or id, e.g. "use resume ${matches[0]?.id}".` };
  }
  return { ok: false, error: `No resume matches "${phrase}". Your resumes: ${known}.` };
}

/** Words that name no particular resume: "resume", "my current cv", "the one I'm using now". */
const noParticularResume =
  /(?<![\w.-])(?:my|the|this|that|it|a|resume|résumé|cv|version|one|please|pls|active|current|currently|now|in|use|used|using|i|i'm|im|am|which|what|is)(?![\w.-])/giu;

/**
 * Whether a phrase means the active resume: nothing, or only words that name no resume in
 * particular ("resume" alone, the word an upload without a file name is labelled with, is
 * still the active one: the person is not naming that upload).
 */
function meansTheActiveOne(phrase: string): boolean {
  return phrase.replace(/[?!.,]/g, ' ').replace(noParticularResume, ' ').trim() === '';
}

/** The stored formats a word names: "pdf", "word" (docx), "md" (markdown). */
const formatWords: ReadonlyArray<[RegExp, string, string]> = [
  [/^pdf$/, 'pdf', 'PDF'],
  [/^(?:docx?|word|ms word)$/, 'docx', 'Word (DOCX)'],
  [/^(?:markdown|md)$/, 'markdown', 'Markdown'],
  [/^(?:text|txt|plain text|plain)$/, 'text', 'plain-text'],
  [/^(?:json|json resume)$/, 'json', 'JSON Resume'],
];

/**
 * A resume named by its file format ("my pdf resume"): the one stored in that format, or a
 * question naming the choices when several are; undefined when the phrase is no format word
 * or a label says it exactly.
 */
function formatNamed(all: readonly ResumeRecord[], phrase: string): ResumeResolution | undefined {
  const wanted = phrase.toLowerCase().replace(filler, ' ').replace(/\b(?:format|file|version|one)\b/g, ' ').replace(/\s+/g, ' ').trim();
  const known = formatWords.find(([pattern]) => pattern.test(wanted));
  if (!known || all.some((resume) => resume.label.toLowerCase() === wanted)) return undefined;
  const [, format, name] = known;
  const inFormat = all.filter((resume) => resume.format === format);
  if (inFormat.length === 1) return { ok: true, resume: inFormat[0] as ResumeRecord };
  const choices = (resumes: readonly ResumeRecord[]) => resumes.slice(0, 8).map((resume) => `"${resume.label}" (${resume.format}, ${resume.id})`).join(', ');
  if (inFormat.length === 0) return { ok: false, error: `None of your resumes is a ${name} file. Your resumes: ${choices(all)}.` };
  return { ok: false, error: `${inFormat.length} of your resumes are ${name} files: ${choices(inFormat)}. Which one? Say its label, e.g. "use my ${inFormat[0]?.label} resume".` };
}

/** Filler around a name ("my", "the … resume"), removed only as whole words: "jane-cv" keeps its "cv". */
const filler = /(?<![\w.-])(?:my|the|resume|résumé|cv|version|one|please)(?![\w.-])/giu;

/**
 * The resumes a name means, newest first: those labelled exactly so, else those whose file
 * name (with or without its extension) is the name, else those whose label or file name
 * contains it.
 */
function byName(all: readonly ResumeRecord[], phrase: string): ResumeRecord[] {
  const label = (resume: ResumeRecord) => [resume.label.toLowerCase()];
  const file = (resume: ResumeRecord) => {
    const filename = (resume.filename ?? '').toLowerCase();
    return filename ? [filename, filename.replace(/\.[a-z0-9]{1,5}$/, '')] : [];
  };
  const quoted = phrase.toLowerCase().replace(/^["'“‘]|["'”’]$/g, '').trim();
  const wanted = quoted.replace(filler, ' ').replace(/\s+/g, ' ').trim();
  for (const names of [label, file]) {
    for (const candidate of [quoted, wanted]) {
      const exact = all.filter((resume) => names(resume).includes(candidate));
      if (exact.length > 0) return exact;
    }
  }
  return wanted === '' ? [] : all.filter((resume) => [...label(resume), ...file(resume)].some((name) => name.includes(wanted)));
}
