/**
 * Explicit lists of what a posting asks for, written after a label on one line ("Required
 * skills: Articulate Storyline 360, SCORM, Moodle.", "Must have: …", "Tools: …",
 * "Requirements: teaching certification, French an asset."). Each item is asked for on its
 * own, whether or not the skills vocabulary knows it: the named tools of a field (authoring
 * tools, clinical systems, trade equipment) are seldom in any vocabulary. Items the vocabulary,
 * the conditions (licences, languages) or the years already read are left to them, and a duty
 * ("Build Moodle courses", "Train facilitators") is the role's work, not a skill.
 */
import { languagesIn } from '../spoken-languages.ts';
import { requirementLine, type RequirementLine } from './requirement-lines.ts';

/** A line's label and the part of the posting it names. */
const requiredLabel =
  /^(?:required skills|skills required|key skills|essential skills|core skills|skills|must[- ]haves?|must have|requirements|required|tools(?:\s+(?:and|&)\s+\w+)?|software|systems|platforms|technologies|tech stack|stack|qualifications|you have|you bring|what you bring|we need)$/i;
const niceLabel = /^(?:nice[- ]to[- ]haves?|preferred(?: skills| qualifications)?|bonus(?: points)?|desirable|assets?|pluses|good to have)$/i;
// A cue inside an item ("OCT preferred", "French an asset") makes that item optional.
const itemOptional = /\s*(?:\(?\s*(?:is |would be )?(?:an? )?(?:added |strong |big )?(?:asset|plus|bonus|advantage|preferred|desirable|nice to have)\s*\)?)\s*$/i;
const credentialWord = /licen[cs]|certif|registration|registered|card\b|ticket|accreditation|clearance|\bQTS\b|qualified teacher/i;
const yearsWord = /\b(?:years?|yrs?)\b/i;

// Verbs a duty starts with: "Build Moodle courses", "Train facilitators", "Deliver workshops".
const dutyVerbs = new Set(
  (
    'build train develop write create deliver manage teach maintain coordinate prepare ensure provide assist conduct collaborate partner ' +
    'facilitate produce implement evaluate monitor oversee organise organize liaise install repair inspect analyse analyze assess identify ' +
    'mentor coach recruit operate administer translate deploy migrate promote sell negotiate advise greet respond'
  ).split(' '),
);
// Words that are verbs and nouns alike ("Load calculations", "Test automation", "Design systems"): a duty only before an article.
const nounVerbs = new Set('load test design plan process report review schedule pack clean care help research document draft edit track update support run drive present answer lead handle cook serve own'.split(' '));
const objectStart = /^(?:a|an|the|our|new|all|each|every|and|with|for|to|on|in|\p{L}+s)$/iu;
const article = /^(?:a|an|the|our|new|all|each|every)$/i;

/**
 * Whether a posting's line or item is a duty rather than a skill: it starts with a verb of the
 * work and names what the work is done to ("Build Moodle courses and quizzes", "Train
 * facilitators"). A skill named by a verb's noun ("Design thinking", "Test automation") is not.
 *
 * @example
 * isDuty('- Train facilitators'); // true
 * isDuty('Design thinking'); // false
 */
export function isDuty(line: string): boolean {
  const words = line
    .replace(/^\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim()
    .split(/\s+/);
  const [first, second] = words;
  if (!first || !second) return false;
  const verb = first.toLowerCase();
  const object = second.replace(/[.,;:]+$/, '');
  if (nounVerbs.has(verb)) return article.test(object);
  if (!dutyVerbs.has(verb) || (words.length === 2 && /ing$/i.test(object))) return false;
  return words.length >= 3 || objectStart.test(object);
}

export interface ListedRequirements {
  /** The part the label names: required, or nice to have. */
  optional: boolean;
  /** Items read as requirements of their own words (tools the vocabulary does not know). */
  lines: RequirementLine[];
  /** Bare languages in the list ("French an asset"). */
  languages: { name: string; optional: boolean }[];
}

/**
 * The items of a labelled list line, as requirements. `taken` are the spans (offsets in the
 * line) the vocabulary already reads as skills; an item that holds one is left to it.
 * Undefined when the line is not a labelled list.
 *
 * @example
 * listedRequirements('Required skills: Articulate Rise, SCORM, Camtasia.', []);
 * // { optional: false, lines: [{ label: 'Articulate Rise', … }, …], languages: [] }
 */
export function listedRequirements(line: string, taken: readonly (readonly [number, number])[]): ListedRequirements | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 44) return undefined;
  const label = line
    .slice(0, colon)
    .replace(/\*\*|__/g, '')
    .replace(/^\s*(?:#{1,6}|[-*•·▪●◦–])\s*/, '')
    .trim();
  const optional = niceLabel.test(label);
  if (!optional && !requiredLabel.test(label)) return undefined;
  const result: ListedRequirements = { optional, lines: [], languages: [] };
  for (const item of itemsOf(line.slice(colon + 1), colon + 1)) {
    const text = item.text;
    if (text === '' || text.split(/\s+/).length > 8 || yearsWord.test(text) || /[.!?]\s/.test(text)) continue;
    if (taken.some(([start, end]) => start < item.offset + item.raw.length && item.offset < end)) continue;
    if (credentialWord.test(text) || isDuty(text)) continue;
    const cued = itemOptional.exec(text);
    const name = cued && cued.index > 0 ? text.slice(0, cued.index).trim() : text;
    const itemIsOptional = optional || (cued !== null && cued.index > 0);
    const languages = languagesIn(name);
    if (languages.length === 1 && name.toLowerCase() === languages[0]?.toLowerCase()) {
      result.languages.push({ name: languages[0] as string, optional: itemIsOptional });
      continue;
    }
    const read = requirementLine(name, { listed: true });
    if (read) result.lines.push({ ...read, optional: itemIsOptional });
  }
  return result;
}

// Items split at commas and semicolons outside brackets; the last "and" joins two items.
function itemsOf(list: string, at: number): { text: string; raw: string; offset: number }[] {
  const pieces: { raw: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index <= list.length; index++) {
    const char = list[index];
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    if (index === list.length || (depth === 0 && (char === ',' || char === ';'))) {
      pieces.push({ raw: list.slice(start, index), offset: at + start });
      start = index + 1;
    }
  }
  const last = pieces[pieces.length - 1];
  if (last && pieces.length >= 2) {
    const split = /^(.*\S)\s+(?:and|&)\s+(\S.*)$/.exec(last.raw);
    if (split?.[1] && split[2] && !split[1].includes('(')) {
      pieces.pop();
      pieces.push({ raw: split[1], offset: last.offset }, { raw: split[2], offset: last.offset + last.raw.indexOf(split[2], split[1].length) });
    }
  }
  return pieces.map((piece) => ({ ...piece, text: piece.raw.replace(/\*\*|__/g, '').replace(/[.;]+\s*$/, '').trim() }));
}
