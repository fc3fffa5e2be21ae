/**
 * Credentials postings name by their letters alone ("RN licence", "CPA required", "teaching
 * certification, OCT preferred", "ACCA or CIMA"): each is a licence condition, shown by a
 * resume line that names it by its letters or in full ("Registered Nurse", "Ontario
 * Certified Teacher (OCT)", "Chartered Professional Accountant").
 */
/** A licence condition, in the shape `posting-conditions.ts` reads (kept apart so the two do not import each other). */
export interface KnownCredential {
  kind: 'licence';
  label: string;
  weighs: boolean;
  needs: string[];
  /** "Fully qualified ACA, ACCA or CIMA": a part-qualified or student member does not hold it. */
  fully?: boolean;
  offset: number;
  end: number;
}

// Letters as postings write them → the ways a resume names the same credential (a regex alternation).
const known: readonly [letters: string, shownBy: string][] = [
  ['RN', String.raw`RN|registered nurse`],
  ['RPN', String.raw`RPN|registered practical nurse|registered psychiatric nurse`],
  ['LPN', String.raw`LPN|licensed practical nurse`],
  ['NCLEX', String.raw`NCLEX(?:-RN|-PN)?|registered nurse|RN`],
  ['CPA', String.raw`CPA|chartered professional accountant|certified public accountant`],
  ['ACCA', String.raw`ACCA|association of chartered certified accountants|chartered certified accountant`],
  ['CIMA', String.raw`CIMA|chartered management accountant|CGMA`],
  ['AAT', String.raw`AAT|association of accounting technicians`],
  ['ACA', String.raw`ACA|ICAEW|ICAS|chartered accountant`],
  ['CFA', String.raw`CFA|chartered financial analyst`],
  ['PMP', String.raw`PMP|project management professional`],
  ['PRINCE2', String.raw`PRINCE2`],
  ['OCT', String.raw`OCT|ontario certified teacher|ontario college of teachers`],
  ['PGCE', String.raw`PGCE|postgraduate certificate in education`],
  ['CIPD', String.raw`CIPD`],
  ['SHRM-CP', String.raw`SHRM-(?:CP|SCP)`],
  ['CISSP', String.raw`CISSP`],
];
const lettersPattern = new RegExp(String.raw`\b(${known.map(([letters]) => letters).join('|')})\b(?:\s+(?:licen[cs]e|registration|certification|certificate|designation|status|qualified|qualification))?`, 'g');

/**
 * Whether a resume's certificates or credential lines show a credential skill of the vocabulary
 * by its letters or its full name ("RN License" by "Registered Nurse, College of Nurses").
 *
 * @example
 * credentialHeldIn('RN License', ['Registered Nurse — CNO']); // true
 */
export function credentialHeldIn(skill: string, credentialLines: readonly string[]): boolean {
  const letters = /^([A-Z][A-Z0-9-]{1,7})\b/.exec(skill)?.[1];
  const shownBy = letters ? known.find(([name]) => name === letters)?.[1] : undefined;
  if (!shownBy) return false;
  const pattern = new RegExp(`\\b(?:${shownBy})\\b`, 'i');
  return credentialLines.some((line) => pattern.test(line));
}

/**
 * The credentials a sentence names by their letters (upper case, as written), skipping spans
 * already read (`taken`).
 *
 * @example
 * knownCredentialsIn('Teaching certification (OCT preferred)', []);
 * // [{ kind: 'licence', label: 'OCT', needs: ['OCT|ontario certified teacher|…'], weighs: true, … }]
 */
export function knownCredentialsIn(sentence: string, taken: readonly (readonly [number, number])[]): KnownCredential[] {
  const found: KnownCredential[] = [];
  const fully = fullyQualified.test(sentence) && !partQualified.test(sentence);
  for (const match of sentence.matchAll(lettersPattern)) {
    const letters = match[1] ?? '';
    const shownBy = known.find(([name]) => name === letters)?.[1];
    const [offset, end] = [match.index, match.index + match[0].length];
    if (!shownBy || taken.some(([start, stop]) => offset < stop && start < end)) continue;
    if (found.some((condition) => condition.label === letters)) continue;
    // "AAT qualified or ACCA/CIMA part-qualified", "ACA, ACCA or CIMA": one requirement any of them meets.
    const previous = found[found.length - 1];
    if (previous && alternativeGap.test(sentence.slice(previous.end, offset))) {
      found[found.length - 1] = { ...previous, label: `${previous.label} or ${letters}`, needs: [`${previous.needs[0] ?? ''}|${shownBy}`], end };
      continue;
    }
    found.push({ kind: 'licence', label: match[0].trim(), weighs: true, needs: [shownBy], ...(fully ? { fully } : {}), offset, end });
  }
  return found;
}

// Between two credentials that are alternatives: "/", "or", ", ", "qualified or".
const alternativeGap = /^\s*(?:(?:part[- ])?qualified\s*)?(?:,|\/|\bor\b|,\s*or\b|\band\/or\b)\s*$/i;
const fullyQualified = /\bfully[- ]qualified\b|\bnewly[- ]qualified\b|\bpost[- ]qualification\b/i;
const partQualified = /\bpart[- ]qualified\b|\bpart[- ]way\b|\bstudying\b|\bworking towards\b|\bin progress\b|\bQBE\b/i;

/**
 * Whether a credential line shows a credential only in part ("ACCA part-qualified (9/13
 * exams)", "CIMA student", "studying for the ACA"): it does not meet a "fully qualified" ask.
 *
 * @example
 * heldInPart('ACCA part-qualified (9/13 exams)'); // true
 */
export function heldInPart(line: string): boolean {
  return partQualified.test(line) || /\b(?:student|trainee|exams? passed|\d+\s*(?:\/|of)\s*\d+\s+exams?)\b/i.test(line);
}
