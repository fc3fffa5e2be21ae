/**
 * Requirement lines the skills vocabulary does not read: postings outside software often list
 * what they need as plain lines ("QTS", "Able to teach chemistry to A level", "Booster pumps
 * and TMV servicing", "Menu costing and stock control"), naming skills, tools, certificates and
 * duties no vocabulary can hold. Each such line is one requirement, made of its content words;
 * a resume meets it by the share of those words its own text has (by stem: "teach" in
 * "teacher", "cost" in "costed").
 */
import { tokenizeSkillText } from '../skill-tokens.ts';
import { termStem } from './salient-terms.ts';

export interface RequirementLine {
  /** The line as the posting wrote it, without its bullet: "Able to teach chemistry to A level". */
  label: string;
  /** Its content words, stemmed: ["teach", "chemistry"]. */
  stems: string[];
  /** "ACCA or CIMA qualified": each alternative's words, any one of which meets the line. */
  alternatives?: string[][];
  optional: boolean;
}

// Words that say how much or how sure, not what: "proven experience of", "competent in", "committed to".
const fillerWords = new Set(
  (
    'able ability proven solid sound demonstrable demonstrated previous prior similar minimum must essential desirable ideally preferably ' +
    'wanted committed competent confident comfortable willing familiar familiarity proficient proficiency excellent effective good ' +
    'qualified qualification qualifications certificate certification certified certificated hold holds holder background track record ' +
    'hands-on thorough understanding awareness eager keen enthusiastic passion passionate desire happy ready right attitude approach ' +
    'appropriate relevant equivalent similar someone person individual candidate within'
  ).split(/\s+/),
);
const optionalCue = /\b(?:a plus|an advantage|an? (?:big|great|clear|distinct|real|huge|definite|added) (?:advantage|plus)|an asset|advantageous|desirable|preferred|preferably|ideally|nice to have|bonus|would be (?:great|good|useful)|beneficial)\b/i;
// Pay, hours and places are not requirements: "$38/hr", "£32,000", "Westerville, OH".
const notARequirement = /[$£€]|\/\s*(?:hr|hour|h|yr|year|annum)\b|\bper (?:hour|annum|year)\b|\b(?:salary|pay|rate|hours?|contract|permanent|temporary|full[- ]time|part[- ]time|apply|closing date|location|based in|reports to)\b/i;

/**
 * One line of a posting read as a requirement, or undefined when it is not one (a sentence,
 * a heading, pay or place, a line with too few or too many content words).
 *
 * @example
 * requirementLine('- Able to teach chemistry to A level', { listed: true });
 * // { label: 'Able to teach chemistry to A level', stems: ['teach', 'chemistry'], optional: false }
 */
export function requirementLine(line: string, context: { listed: boolean }): RequirementLine | undefined {
  const bullet = /^\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s+/.test(line);
  const label = line.replace(/^\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s+/, '').replace(/\*\*|__/g, '').trim();
  if (label === '' || notARequirement.test(label)) return undefined;
  // A plain line outside a requirements list is a requirement only when it reads like a list
  // item: short, no sentence end. Under "Requirements" (or as a bullet) a sentence is one too.
  const words = label.split(/\s+/).length;
  if (!(context.listed || bullet) && (words > 10 || /[.!?:]$/.test(label))) return undefined;
  if (words > 16) return undefined;
  if (contentStems(label).length > 7) return undefined;
  const named = skillName(label);
  const stems = contentStems(named.label);
  if (stems.length === 0) return undefined;
  const read: RequirementLine = { label: named.label, stems, optional: optionalCue.test(label) };
  const alternatives = (named.alternatives ?? named.label.split(/\s+or\s+|\s*\/\s*/i)).map(contentStems).filter((part) => part.length > 0);
  if (alternatives.length > 1) read.alternatives = alternatives;
  return read;
}

// "Knowledge of", "Solid experience with", "Able to": how a line asks, not what it asks for.
const leadingAsk =
  /^(?:(?:you have|must have|we need|we expect)\s+)?(?:(?:a|an|the)\s+)?(?:(?:good|strong|solid|sound|excellent|working|basic|thorough|proven|demonstrable|in-depth|practical|hands-on|previous|prior|some|fluent)\s+)*(?:knowledge|understanding|experience|familiarity|expertise|proficiency|command|grasp|background)\s+(?:of|in|with|using|on)\s+(?:(?:the|a|an)\s+)?/i;
// The same asks in the languages postings near English ones are written in: "Ervaring met een
// TMS", "Kenntnisse in SAP MM", "Expérience en gestion de stock", "Conocimientos de Excel".
const leadingAskOther =
  /^(?:(?:goede|aantoonbare|ruime|relevante|gute|fundierte|sehr gute|erste|mehrjährige|bonne|solide|première|buena|sólida|boa|buona|dobra)\s+)*(?:(?:werk)?ervaring|kennis|affiniteit|(?:berufs)?erfahrung|kenntnisse|expérience|connaissances?|maîtrise|experiencia|conocimientos?|experiência|conhecimentos?|esperienza|conoscenza|doświadczenie|znajomość)\s+(?:(?:met|van|in|mit|im|in der|von|en|de|du|des|d['’]|avec|con|em|com|di|del|della|w|z)\s+)?(?:(?:een|het|de|der|die|das|den|einem|einer|la|le|les|el|los|las|o|a|il|lo)\s+)?/iu;
const trailingAsk =
  /[\s,;-]+(?:experience|knowledge|expertise|skills?|(?:is |are )?(?:required|essential|mandatory|a must|preferred|desirable|a plus|an advantage|an? (?:big|great|clear|distinct|real|huge|definite|added) (?:advantage|plus)|advantageous|beneficial|nice to have)|would be (?:great|good|useful))$/i;

/**
 * A requirement line cut to the skill it names: "Knowledge of Incoterms 2020" → "Incoterms 2020",
 * "WMS experience (Manhattan or Blue Yonder)" → "WMS (Manhattan or Blue Yonder)" with WMS,
 * Manhattan and Blue Yonder as alternatives, "HACCP Level 2 is a plus" → "HACCP Level 2".
 *
 * @example
 * skillName('Working knowledge of payroll audits'); // { label: 'Payroll audits' }
 */
export function skillName(line: string): { label: string; alternatives?: string[] } {
  let label = line.replace(/[.;,:]+$/, '').trim();
  label = label.replace(leadingAsk, '').replace(leadingAskOther, '');
  const parenthesis = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(label);
  let head = (parenthesis?.[1] ?? label).trim();
  for (let previous = ''; previous !== head; ) {
    previous = head;
    head = head.replace(trailingAsk, '').trim();
  }
  if (head === '') return { label: line.replace(/[.;,]+$/, '').trim() };
  head = head.charAt(0).toUpperCase() + head.slice(1);
  const inner = parenthesis?.[2]?.trim();
  if (!inner) return { label: head };
  const options = inner.split(/\s*,\s*|\s+or\s+|\s*\/\s*/i).map((option) => option.trim()).filter(Boolean);
  return options.length > 1 && /\bor\b|\//i.test(inner)
    ? { label: `${head} (${inner})`, alternatives: [head, ...options] }
    : { label: `${head} (${inner})` };
}

function contentStems(text: string): string[] {
  return [
    ...new Set(
      tokenizeSkillText(text).flatMap((token) => {
        const stemmed = termStem(token);
        return stemmed === undefined || fillerWords.has(token.lower) ? [] : [stemmed];
      }),
    ),
  ];
}

// "teach" and "teacher", "cost" and "costed": one begins the other (four letters at least), or the same.
function sameRoot(have: string, wanted: string): boolean {
  if (have === wanted) return true;
  const [short, long] = have.length < wanted.length ? [have, wanted] : [wanted, have];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4;
}

/**
 * The share (0–1) of a requirement line's content words a resume's words show.
 *
 * @example
 * lineShare(line, new Set(['teacher', 'chemistry']), ['teacher', 'chemistry']); // 1
 */
export function lineShare(line: RequirementLine, terms: ReadonlySet<string>, words: readonly string[]): number {
  const share = (stems: readonly string[]) => stems.filter((wanted) => terms.has(wanted) || words.some((have) => sameRoot(have, wanted))).length / stems.length;
  return Math.max(share(line.stems), ...(line.alternatives ?? []).map(share));
}

/**
 * The part of a met requirement line the resume shows, as the posting wrote it: a line of
 * several clauses ("Hands-on EHR experience, ideally Epic; Cerner or Meditech also
 * considered") is shown by the clauses met, not whole; a line met whole, or one whose
 * clauses are met by no clause alone, is its label.
 *
 * @example
 * matchedPart(line, new Set(['ehr', 'epic']), ['ehr', 'epic']); // 'Hands-on EHR experience, ideally Epic'
 */
export function matchedPart(line: RequirementLine, terms: ReadonlySet<string>, words: readonly string[]): string {
  const clauses = line.label.split(/\s*[;,]\s*/).map((clause) => clause.trim()).filter(Boolean);
  if (clauses.length < 2) return line.label;
  const met = clauses.map((clause) => {
    const stems = contentStems(clause);
    return stems.length > 0 && stems.filter((wanted) => terms.has(wanted) || words.some((have) => sameRoot(have, wanted))).length / stems.length >= 2 / 3;
  });
  if (met.every(Boolean) || !met.some(Boolean)) return line.label;
  return clauses.filter((_, index) => met[index]).join(', ');
}
