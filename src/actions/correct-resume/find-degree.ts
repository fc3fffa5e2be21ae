import type { ResumeEducation } from '../../protocol/json-resume.ts';

const ordinals: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4 };
/** A degree, not a school certificate or a teaching qualification: "BSc", "Bachelor of Arts", "MA", "PhD". */
const degreeType = /\b(?:b\.?\s?(?:sc|a|eng|ed|com|bus|mus|n)\b|bs\b|bachelor|m\.?\s?(?:sc|a|eng|ba|phil|res)\b|ms\b|master|ph\.?\s?d|doctor|degree|honou?rs|licence|licenciatura|laurea)/i;
const bachelorType = /\b(?:b\.?\s?(?:sc|a|eng|ed|com|bus|mus|n)\b|bs\b|bachelor)/i;
const masterType = /\b(?:m\.?\s?(?:sc|a|eng|ba|phil|res)\b|ms\b|master)/i;
const doctorType = /\b(?:ph\.?\s?d|doctor)/i;
const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The resume's education as a person reads it: "1. BSc Mathematics — University of Leeds; 2. …". */
export const listedDegrees = (education: readonly ResumeEducation[]): string =>
  education.map((entry, index) => `${index + 1}. ${[[entry.studyType, entry.area].filter(Boolean).join(' '), entry.institution].filter(Boolean).join(' — ') || '(empty)'}`).join('; ');

/**
 * Which education entry a grade is for: the one named by its degree, subject or school ("BSc",
 * "Leeds"), by its place ("first", "2"), or, named by none, the only degree the resume lists
 * (a PGCE or a school's certificates beside one BSc leave "my degree" the BSc).
 *
 * @example
 * findDegree([{ studyType: 'PGCE' }, { studyType: 'BSc', area: 'Mathematics' }], undefined); // { ok: true, index: 1 }
 */
export function findDegree(education: readonly ResumeEducation[], reference: string | undefined): { ok: true; index: number } | { ok: false; error: string } {
  const listed = listedDegrees(education);
  if (education.length === 0) return { ok: false, error: 'Your resume lists no education to give a grade to; add the degree first, e.g. `jobpilot resume set education.0.studyType BSc`.' };
  const which = reference?.trim().toLowerCase().replace(/^(?:my|the)\s+/, '') ?? '';
  const number = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(which);
  const placed = number ? Number(number[1]) - 1 : which === 'last' ? education.length - 1 : ordinals[which];
  if (placed !== undefined) {
    if (placed >= 0 && placed < education.length) return { ok: true, index: placed };
    return { ok: false, error: `No education entry "${reference}" on your resume: it lists ${listed}.` };
  }
  // "my masters", "my undergrad": the entry of that level.
  const level = /^(?:bachelor|undergrad)/.test(which) ? bachelorType : /^(?:master|postgrad)/.test(which) ? masterType : /^(?:phd|doctorate)/.test(which) ? doctorType : undefined;
  const atLevel = level ? education.findIndex((entry) => level.test(entry.studyType ?? '')) : -1;
  if (atLevel >= 0) return { ok: true, index: atLevel };
  if (which) {
    const wanted = comparable(which);
    const index = education.findIndex((entry) =>
      [entry.studyType, entry.area, entry.institution].some((field) => {
        const known = comparable(field ?? '');
        return known !== '' && (known === wanted || known.includes(wanted) || (wanted.includes(known) && known.length > 2));
      }),
    );
    if (index >= 0) return { ok: true, index };
    return { ok: false, error: `No degree "${reference}" on your resume: it lists ${listed}. Name it by its degree, subject or school.` };
  }
  const degrees = education.flatMap((entry, index) => (degreeType.test(entry.studyType ?? '') ? [index] : []));
  const only = education.length === 1 ? 0 : degrees.length === 1 ? degrees[0] : undefined;
  if (only !== undefined) return { ok: true, index: only };
  return { ok: false, error: `Which degree is that grade for? Your resume lists ${listed}. Say e.g. "my ${education[0]?.studyType ?? 'BSc'} was a 2:1".` };
}
