import type { ResumeWork } from '../../protocol/json-resume.ts';

const ordinals: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4, sixth: 5, seventh: 6, eighth: 7, ninth: 8, tenth: 9 };

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}+#%£$€]+/gu, ' ').trim();

/** Where a highlight sits: its job and its place under that job. */
export type HighlightPlace = { ok: true; job: number; index: number } | { ok: false; error: string };

/** The place a bullet is named by ("second", "2", "last"), or undefined when it is named by its words. */
function placeOf(wanted: string, count: number): number | undefined {
  const number = /^(?:#|no\s*|number\s+)?(\d{1,2})(?:st|nd|rd|th)?$/.exec(wanted);
  if (number) return Number(number[1]) - 1;
  if (/^(?:last|final|bottom)$/.test(wanted)) return count - 1;
  return Object.hasOwn(ordinals, wanted) ? ordinals[wanted] : undefined;
}

/** "1. Led …; 2. Cut …": a job's bullets as a person reads them, shortened. */
const listed = (highlights: readonly string[]) =>
  highlights.map((text, index) => `${index + 1}. ${text.length > 40 ? `${text.slice(0, 39)}…` : text}`).join('; ') || 'no bullets';

/**
 * Which bullet (highlight) a removal is about: by its place under the job named ("the second
 * bullet of my Acme job"), or by its words ("Key achievements") under that job or, with no job
 * named, under whichever job has it. Several jobs with those words, or a place with no job
 * named on a resume of several jobs, is asked about rather than guessed.
 *
 * @example
 * findHighlight([{ name: 'Burnage', highlights: ['Key achievements:', 'Led …'] }], undefined, 'key achievements'); // { ok: true, job: 0, index: 0 }
 */
export function findHighlight(work: readonly ResumeWork[], job: number | undefined, which: string): HighlightPlace {
  const wanted = comparable(which).replace(/^(?:my|the)\s+/, '').replace(/\s+(?:one|bullet|point|highlight|line)$/, '');
  const jobs = job === undefined ? work.map((_, index) => index) : [job];
  const bullets = (index: number) => (work[index]?.highlights ?? []) as string[];
  const name = (index: number) => work[index]?.name || work[index]?.position || `job ${index + 1}`;
  const place = placeOf(wanted, job === undefined ? 0 : bullets(job).length);
  if (place !== undefined) {
    const withBullets = work.flatMap((entry, index) => ((entry.highlights ?? []).length > 0 ? [index] : []));
    const only = withBullets.length === 1 ? withBullets[0] : undefined;
    const at = job ?? only;
    if (at === undefined) return { ok: false, error: `Which job's bullet? Say e.g. "the ${which} bullet of my ${name(withBullets[0] ?? 0)} job".` };
    const index = /^(?:last|final|bottom)$/.test(wanted) ? bullets(at).length - 1 : place;
    if (index >= 0 && index < bullets(at).length) return { ok: true, job: at, index };
    return { ok: false, error: `Your ${name(at)} job has no bullet "${which}": it lists ${listed(bullets(at))}.` };
  }
  const found = jobs.flatMap((index) => {
    const texts = bullets(index).map(comparable);
    const exact = texts.indexOf(wanted);
    const within = exact >= 0 ? exact : texts.findIndex((text) => wanted !== '' && text.includes(wanted));
    return within >= 0 ? [{ job: index, index: within }] : [];
  });
  const [first, second] = found;
  if (first && !second) return { ok: true, ...first };
  if (first && second) return { ok: false, error: `"${which}" is a bullet of your ${name(first.job)} and your ${name(second.job)} jobs: which job's should I remove?` };
  const where = job === undefined ? 'any job on your resume' : `your ${name(job)} job (${listed(bullets(job))})`;
  return { ok: false, error: `No bullet "${which}" under ${where}. Say its words as the resume shows them, or its place, e.g. "the second bullet of my ${name(job ?? 0)} job".` };
}
