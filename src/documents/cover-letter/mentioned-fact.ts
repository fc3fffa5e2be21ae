/**
 * A fact the person asks a letter to mention ("mention I'm bilingual", "say I hold a forklift
 * licence", "include my CSCS card"): written in when the resume supports it, and refused in
 * words when it does not, so a letter never states what the resume cannot back.
 */
import { languagesIn, spokenLanguages } from '../../resume/spoken-languages.ts';
import { stem } from '../../resume/match/salient-terms.ts';
import { asClause } from '../prose.ts';
import { escapeHighlight, type Highlight } from '../relevant-highlights.ts';
import { capitalise, claimOf } from './letter-parts.ts';
import { escapeMarkdown } from '../escape-markdown.ts';
import { registrationOf, withoutIdentifier } from '../credential-words.ts';
import { joinWords } from '../prose.ts';
import type { WriterResume } from '../writer-input.ts';
import { isGradedBelowFluent, spokenAtLevel, statedLevel } from '../spoken-level.ts';

/** A supported fact: what to write, with and without contractions. */
export interface SupportedFact {
  fact: string;
  supported: true;
  /** The sentence for a formal letter ("I am bilingual in English and Spanish."). */
  formal: string;
  /** The sentence for a plain one ("I'm bilingual in English and Spanish."). */
  plain: string;
}

export interface RefusedFact {
  fact: string;
  supported: false;
  /** Why, in words the person reads: "your resume lists no language besides English". */
  reason: string;
}

export type MentionedFact = SupportedFact | RefusedFact;

/** The resume parts a fact is checked against (JSON Resume; languages and certificates included). */
export type FactResume = WriterResume;

const multilingual = /\b(?:bilingual|trilingual|multilingual|polyglot)\b/i;
const speaks = /\b(?:speak|speaks|speaking|fluent|fluency|native)\b/i;
const fillerWords = new Set(
  ("i i'm im am is are be have has had hold holds my me a an the that this also and of in with to for as can could i've ive i'd id been very really " +
    // What a fact is called, not what it is: "my ALS certificate" is shown by "Advanced Life Support (ALS)".
    'certificate certificates certification licence license card qualification ticket experience skills skill background').split(' '),
);

/**
 * Checks one fact against the resume and, when it is there, words it for a letter.
 *
 * @example
 * mentionedFact("I'm bilingual", { skills: [{ name: 'Languages', keywords: ['English', 'Spanish (fluent)'] }] });
 * // { supported: true, formal: 'I am bilingual in English and Spanish.', plain: "I'm bilingual in English and Spanish.", … }
 */
export function mentionedFact(fact: string, resume: FactResume): MentionedFact {
  const said = fact.trim().replace(/[.!]+$/, '');
  const asked = withoutFraming(said);
  const spoken = spokenLanguages(resume);
  // Languages: "bilingual" needs two the resume lists (English counts: the resume is written in it); a named one must be listed.
  if (multilingual.test(said) || (speaks.test(said) && languagesIn(said).length > 0)) {
    const named = languagesIn(said).filter((language) => language !== 'English');
    const missing = named.filter((language) => !spoken.includes(language));
    const all = [...new Set([...(spoken.includes('English') || spoken.length > 0 ? ['English'] : []), ...spoken])];
    if (missing.length > 0) return refused(said, `your resume lists no ${joinWords(missing, 'or')}`);
    if (multilingual.test(said) && all.length < 2) return refused(said, 'your resume lists no language besides English');
    // "say I'm fluent in German" with German at A2 on the resume is refused; a level below C1 is said as the resume gives it.
    const overstated = /\b(?:fluent|fluency|native)\b/i.test(said) ? named.filter((language) => isGradedBelowFluent(statedLevel(resume, language))) : [];
    if (overstated.length > 0) return refused(said, `your resume gives your ${joinWords(overstated)} as ${joinWords(overstated.map((language) => statedLevel(resume, language)?.said.toUpperCase() ?? ''))}`);
    const languages = escapeMarkdown(joinWords((named.length > 0 ? named : all).map((language) => spokenAtLevel(resume, language))));
    const word = /\btrilingual\b/i.test(said) && all.length >= 3 ? 'trilingual' : multilingual.test(said) ? 'bilingual' : undefined;
    return word
      ? supported(said, `I am ${word} in ${languages}.`, `I'm ${word} in ${languages}.`)
      : supported(said, `I speak ${languages}.`, `I speak ${languages}.`);
  }
  // A certificate or licence the resume lists: named as the resume names it.
  const wanted = contentStems(asked);
  if (wanted.length === 0) return refused(said, 'I could not tell what to mention');
  const certificate = (resume.certificates ?? []).find((entry) => covers(entry.name ?? '', wanted));
  if (certificate?.name) {
    // A registration said as one, and no credential with its number: "I am registered with the HCPC as a paramedic."
    const named = withoutIdentifier(certificate.name.trim());
    const registration = registrationOf(named);
    if (registration?.body || registration?.as) {
      const words = registration.body ? `registered with ${escapeMarkdown(registration.body)}${registration.as ? ` as ${registration.as}` : ''}` : (registration.as ?? '');
      return supported(said, `I am ${words}.`, `I'm ${words}.`);
    }
    const name = escapeMarkdown(named);
    return supported(said, `I hold ${articleFor(name)}${name}.`, `I hold ${articleFor(name)}${name}.`);
  }
  // A skill or a line of the work history: stated as the person wrote it.
  const skill = (resume.skills ?? []).flatMap((group) => [...(group.keywords ?? []), group.name ?? '']).find((name) => name && covers(name, wanted));
  if (skill) {
    const name = escapeMarkdown(skill.trim());
    return supported(said, `I would also bring my ${asClause(name)} experience.`, `I'd also bring my ${asClause(name)} experience.`);
  }
  // A line of the work history or the summary that says it, in the person's words or near them ("i trained 40+
  // apprentices", "that I was the EHR super-user for the go-live"): stated as the resume states it, never as asked.
  const lines = resumeLines(resume);
  const best = closestLine(wanted, lines);
  if (best && best.missing.length <= allowedMissing(wanted)) {
    const claim = lineClaim(best.line);
    return supported(said, claim, claim);
  }
  const closest = best && best.covered > 0 ? `; the closest it says is “${escapeMarkdown(best.line.text.replace(/[.;]+$/, ''))}”${best.line.employer ? ` (${escapeMarkdown(best.line.employer)})` : ''}` : '';
  return refused(said, `your resume does not show it${closest}`);
}

/**
 * What a person asked to mention, without how they asked ("mention that", "add that i was", "say I") and with the
 * words they would say of themselves left off ("I", "I was", "my"): "add that i was the EHR super-user" → "EHR super-user".
 *
 * @example
 * withoutFraming('add that i was the EHR super-user for the go-live'); // 'the EHR super-user for the go-live'
 */
export function withoutFraming(fact: string): string {
  return fact
    .trim()
    .replace(/^(?:(?:please|pls|also|and|then|now|can\s+you|could\s+you)\s+)*(?:mention|add|say|include|note|state|put\s+in|write|tell\s+them|highlight)(?:\s+(?:in|to)\s+(?:it|the\s+letter))?\s+/i, '')
    .replace(/^(?:the\s+fact\s+)?that\s+/i, '')
    .replace(/^(?:i\s*(?:'|’)?m|i\s+am|i\s+was|i\s+have\s+been|i\s*(?:'|’)?ve\s+been|i\s+have|i\s*(?:'|’)?ve|i\s+had|i|my|me)\b\s*/i, '')
    .replace(/\s+(?:in|to)\s+(?:it|the\s+letter|the\s+cover\s+letter)$/i, '')
    .trim();
}

/** One line of the resume a mention may be found in, with the job it belongs to. */
interface ResumeLine {
  text: string;
  /** The job's employer and title: words a mention may use to say where ("at Harbour Ambulance"), never the claim itself. */
  context: string;
  employer?: string;
  position?: string;
  current: boolean;
  source: 'highlight' | 'summary';
}

function resumeLines(resume: FactResume): ResumeLine[] {
  const lines: ResumeLine[] = [];
  for (const work of resume.work ?? []) {
    const place = { context: [work.name, work.position].filter(Boolean).join(' '), ...(work.name ? { employer: work.name.trim() } : {}), ...(work.position ? { position: work.position.trim() } : {}), current: !work.endDate };
    for (const highlight of work.highlights ?? []) if (highlight.trim()) lines.push({ ...place, text: highlight.trim(), source: 'highlight' });
    for (const sentence of sentencesOf(work.summary)) lines.push({ ...place, text: sentence, source: 'summary' });
  }
  for (const project of resume.projects ?? []) {
    for (const highlight of project.highlights ?? []) if (highlight.trim()) lines.push({ context: project.name ?? '', text: highlight.trim(), current: false, source: 'highlight' });
  }
  for (const sentence of sentencesOf(resume.basics?.summary)) lines.push({ context: '', text: sentence, current: true, source: 'summary' });
  return lines;
}

function sentencesOf(text: string | undefined): string[] {
  return (text ?? '').split(/(?<=[.!?])\s+|\n+/).map((sentence) => sentence.trim()).filter(Boolean);
}

// Of the wanted words, those no line has: a number must be there as said ("40+" is 40); of four words or more one other may
// differ ("the go-live" for "the rollout"), since the letter says the resume's line, never the person's paraphrase.
function allowedMissing(wanted: readonly string[]): number {
  return wanted.filter((word) => !/^\d/.test(word)).length >= 4 ? 1 : 0;
}

function closestLine(wanted: readonly string[], lines: readonly ResumeLine[]): { line: ResumeLine; covered: number; missing: string[] } | undefined {
  let best: { line: ResumeLine; covered: number; missing: string[] } | undefined;
  for (const line of lines) {
    const own = contentStems(line.text);
    const around = contentStems(line.context);
    // The claim is the line's: numbers only from it, and at least one word of it besides where it was.
    const missing = wanted.filter((word) => !hasStem(own, word) && (/^\d/.test(word) || !hasStem(around, word)));
    const fromLine = wanted.filter((word) => hasStem(own, word)).length;
    if (fromLine === 0) continue;
    const covered = wanted.length - missing.length;
    if (!best || covered > best.covered || (covered === best.covered && own.length < contentStems(best.line.text).length)) best = { line, covered, missing };
  }
  return best;
}

// A resume line in the letter's voice: "At Harbour Ambulance, as clinical mentor, I supervised 35 students."
function lineClaim(line: ResumeLine): string {
  const highlight: Highlight = { text: line.text, current: line.current, skills: [], source: line.source, ...(line.employer ? { employer: line.employer } : {}), ...(line.position ? { position: line.position } : {}) };
  const escaped = escapeHighlight(highlight);
  const claim = claimOf(escaped) ?? `my work ${line.current ? 'includes' : 'included'} ${asClause(escaped.text)}`;
  const sentence = escaped.employer ? `At ${escaped.employer}, ${claim}` : capitalise(claim);
  return `${sentence.replace(/[.;!]+$/, '')}.`;
}

function supported(fact: string, formal: string, plain: string): SupportedFact {
  return { fact, supported: true, formal, plain };
}

function refused(fact: string, reason: string): RefusedFact {
  return { fact, supported: false, reason };
}

function contentStems(text: string): string[] {
  return (
    text
      .toLowerCase()
      // "go-live" is "golive", "super-user" "superuser", "roll-out" "rollout"; "40+" and "40 plus" are 40.
      .replace(/(\p{L})[-‐](?=\p{L})/gu, '$1')
      .replace(/(\d)\s*(?:\+|plus\b)/g, '$1')
      .replace(/\b(?:over|more\s+than|above|upwards\s+of)\s+(?=\d)/g, '')
      .split(/[^\p{L}\p{N}#]+/u)
      .filter((word) => word.length > 1 && !fillerWords.has(word))
      .map((word) => sameWord.get(word) ?? word)
      .map((word) => stem(word))
  );
}

// Words people use for one another when they tell their own work: the past of a verb a stem cannot reach, and names of
// one thing (an electronic record, a system's launch).
const sameWord = new Map<string, string>([
  ...['led', 'leading', 'leads'].map((word): [string, string] => [word, 'lead']),
  ['ran', 'run'], ['running', 'run'], ['taught', 'teach'], ['teaching', 'teach'], ['wrote', 'write'], ['built', 'build'], ['drove', 'drive'],
  ...['golive', 'rollout', 'launch', 'launched', 'implementation', 'deployment', 'cutover'].map((word): [string, string] => [word, 'rollout']),
  ...['ehr', 'epr', 'emr', 'epcr'].map((word): [string, string] => [word, 'ehr']),
  ['staff', 'staff'], ['colleagues', 'staff'], ['employees', 'staff'],
]);

function hasStem(have: readonly string[], word: string): boolean {
  return have.some((each) => each === word || (Math.min(each.length, word.length) >= 4 && (each.startsWith(word) || word.startsWith(each))));
}

// Every wanted word, by its stem, somewhere in the text.
function covers(text: string, wanted: readonly string[]): boolean {
  const have = contentStems(text);
  return wanted.every((word) => hasStem(have, word));
}

// "a forklift licence", "an NVQ", but no article before "Level 3 …" or a plural.
function articleFor(name: string): string {
  if (/^(?:level|grade|class|the)\b|s$/i.test(name)) return 'the ';
  return /^[aeiou]/i.test(name) || /^[AEFHILMNORSX][A-Z0-9]/.test(name) ? 'an ' : 'a ';
}
