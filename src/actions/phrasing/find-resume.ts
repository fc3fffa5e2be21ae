import type { PhrasingContext } from './phrasing.ts';

/** What a sentence says about a resume: the argument to pass, or a question when it could be several. */
export type ResumeReading = { resume: string } | { reply: string };

const resumeWord = '(?:resume|résumé|cv|version|one|file|copy)';
/** "my devops resume", "the docx version", "my old 2023 cv": the words naming it before the noun. */
const namedBeforeNoun = new RegExp(`\\b(?:my|the|our|that)\\s+(?<which>[\\p{L}\\p{N}+#._-]+(?:\\s+[\\p{L}\\p{N}+#._-]+)?)\\s+${resumeWord}\\b`, 'u');
/** Words that say "the one I use", or how old it is, not which one. */
const notAName = /^(?:current|active|latest|newest|main|default|existing|imported|present|whole|full|entire|own|same|other|new|updated|this|that|whole\s+\w+|first|second|last)$/;
const formats: Readonly<Record<string, string>> = { pdf: 'pdf', docx: 'docx', doc: 'docx', word: 'docx', markdown: 'md', md: 'markdown', txt: 'txt', text: 'txt' };
const formatNames = /\b(?<format>pdf|docx|doc|word|markdown|md|txt)\b/;

/**
 * The resume a sentence names, wherever it says it: an id ("res_2"), a label the person
 * gave one ("the academic cv", "my devops resume"), a format when it names one resume
 * ("the docx version"; a question when it names several), or the words before "resume"
 * ("my data-eng resume") when the person's resumes are not known. Null when it names none:
 * "my resume" is the active one.
 *
 * @example
 * findResume('check my devops resume against the Acme role', context); // { resume: 'devops' }
 */
export function findResume(sentence: string, context: Pick<PhrasingContext, 'known'>): ResumeReading | null {
  // A file's extension names no stored resume: "~/Downloads/cv-latest.pdf" is a file to import.
  const lower = sentence.toLowerCase().replace(/\S*[/\\]\S*|\S+\.(?:pdf|docx?|md|markdown|txt|odt|rtf)\b/g, ' ');
  const id = /\b(?<id>res_[a-z0-9_]+)\b/.exec(lower)?.groups?.id;
  if (id) return { resume: id };
  const resumes = context.known?.resumes ?? [];
  // One of the person's resumes by its own id, whatever its shape ("use cv-c", "match against resume r-7").
  const byId = resumes.find(({ id }) => id.length >= 3 && new RegExp(`(?:^|[^\\p{L}\\p{N}_-])${escape(id.toLowerCase())}(?:$|[^\\p{L}\\p{N}_-])`, 'u').test(lower));
  if (byId) return { resume: byId.id };
  const labelled = resumes
    .filter(({ label }) => label.length >= 2 && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(label.toLowerCase())}(?:$|[^\\p{L}\\p{N}])`, 'u').test(lower))
    .sort((left, right) => right.label.length - left.label.length);
  const said = namedBeforeNoun.exec(lower)?.groups?.which;
  // A label counts when it is said as a resume's name ("my devops resume"), or is the only label in a sentence about a resume.
  const [longest] = labelled;
  if (longest && (said?.includes(longest.label.toLowerCase()) || labelled.length === 1 && /\b(?:resume|résumé|cv|version)\b/.test(lower))) {
    return { resume: longest.label };
  }
  // "use the docx": a format said bare as the object names a resume when the person has one in it.
  const bareFormat = /\b(?:the|my|that)\s+(?<format>pdf|docx|doc|word|markdown|md|txt)\s*$/.exec(lower)?.groups?.format;
  const hasFormat = (name: string) => resumes.some((resume) => [formats[name], name].includes(resume.format.toLowerCase()));
  const format =
    formatNames.exec(said ?? (/\b(?:resume|résumé|cv|version|one|file)\b/.test(lower) ? lower : ''))?.groups?.format ??
    (bareFormat && hasFormat(bareFormat) ? bareFormat : undefined);
  if (format) {
    const wanted = formats[format] ?? format;
    const matching = resumes.filter((resume) => [wanted, formats[wanted]].includes(resume.format.toLowerCase()));
    if (matching.length > 1) {
      const which = matching.slice(0, 4).map((resume) => `"${resume.label}"`).join(' or ');
      return { reply: `Which ${format} resume do you mean: ${which}?` };
    }
    return { resume: format };
  }
  if (said && !notAName.test(said) && resumes.length === 0) return { resume: said };
  return null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A file format said in words: "word doc", "the Word file", "plain text" → the format's name. */
const formatPhrases: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:ms\s+|microsoft\s+)?word(?:\s+(?:doc|document|file|version|one))?$|^docx?\s+(?:file|version|one)$/, 'docx'],
  [/^pdf\s+(?:file|version|one|copy)$/, 'pdf'],
  [/^(?:markdown|md)\s+(?:file|version|one)$/, 'md'],
  [/^(?:plain\s+)?text(?:\s+(?:file|version|one))?$|^txt\s+(?:file|version|one)$/, 'txt'],
];

/**
 * The format a phrase names in words ("word doc" → "docx", "plain text" → "txt"), unless
 * one of the person's resumes is labelled so; the phrase as it was otherwise.
 *
 * @example
 * asFormat('word doc', context); // 'docx'
 */
export function asFormat(phrase: string, context: Pick<PhrasingContext, 'known'>): string {
  const said = phrase.trim().toLowerCase();
  if ((context.known?.resumes ?? []).some((resume) => resume.label.toLowerCase() === said)) return phrase;
  return formatPhrases.find(([pattern]) => pattern.test(said))?.[1] ?? phrase;
}

/**
 * Whether a short phrase ("legacy", "the md", "main") is exactly one of the person's
 * resumes: its label, or a format one of them is in. What tells "gimme the legacy one"
 * (a resume labelled "old") from a job.
 *
 * @example
 * namesResume('the legacy', { known: { jobs: [], resumes: [{ id: 'res_3', label: 'legacy', format: 'md' }] } }); // true
 */
export function namesResume(phrase: string, context: Pick<PhrasingContext, 'known'>): boolean {
  const said = phrase.trim().toLowerCase().replace(/^(?:the|my|that|this)\s+/, '');
  return (context.known?.resumes ?? []).some(
    (resume) => resume.label.toLowerCase() === said || [resume.format.toLowerCase(), formats[resume.format.toLowerCase()]].includes(formats[said] ?? said),
  );
}
