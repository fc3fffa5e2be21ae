/**
 * A fact the person asks a letter to mention ("mention I'm bilingual", "say I hold a forklift
 * licence", "include my CSCS card"): written in when the resume supports it, and refused in
 * words when it does not, so a letter never states what the resume cannot back.
 */
import { languagesIn, spokenLanguages } from '../../resume/spoken-languages.ts';
import { stem } from '../../resume/match/salient-terms.ts';
import { asClause } from '../prose.ts';
import { escapeMarkdown } from '../escape-markdown.ts';
import { joinWords } from '../prose.ts';
import type { WriterResume } from '../writer-input.ts';

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
  const spoken = spokenLanguages(resume);
  // Languages: "bilingual" needs two the resume lists (English counts: the resume is written in it); a named one must be listed.
  if (multilingual.test(said) || (speaks.test(said) && languagesIn(said).length > 0)) {
    const named = languagesIn(said).filter((language) => language !== 'English');
    const missing = named.filter((language) => !spoken.includes(language));
    const all = [...new Set([...(spoken.includes('English') || spoken.length > 0 ? ['English'] : []), ...spoken])];
    if (missing.length > 0) return refused(said, `your resume lists no ${joinWords(missing, 'or')}`);
    if (multilingual.test(said) && all.length < 2) return refused(said, 'your resume lists no language besides English');
    const languages = escapeMarkdown(joinWords(named.length > 0 ? named : all));
    const word = /\btrilingual\b/i.test(said) && all.length >= 3 ? 'trilingual' : multilingual.test(said) ? 'bilingual' : undefined;
    return word
      ? supported(said, `I am ${word} in ${languages}.`, `I'm ${word} in ${languages}.`)
      : supported(said, `I speak ${languages}.`, `I speak ${languages}.`);
  }
  // A certificate or licence the resume lists: named as the resume names it.
  const wanted = contentStems(said);
  if (wanted.length === 0) return refused(said, 'I could not tell what to mention');
  const certificate = (resume.certificates ?? []).find((entry) => covers(entry.name ?? '', wanted));
  if (certificate?.name) {
    const name = escapeMarkdown(certificate.name.trim());
    return supported(said, `I hold ${articleFor(name)}${name}.`, `I hold ${articleFor(name)}${name}.`);
  }
  // A skill or a line of the work history: stated as the person wrote it.
  const skill = (resume.skills ?? []).flatMap((group) => [...(group.keywords ?? []), group.name ?? '']).find((name) => name && covers(name, wanted));
  if (skill) {
    const name = escapeMarkdown(skill.trim());
    return supported(said, `I would also bring my ${asClause(name)} experience.`, `I'd also bring my ${asClause(name)} experience.`);
  }
  const text = [resume.basics?.summary, ...(resume.work ?? []).flatMap((work) => [work.summary, ...(work.highlights ?? [])])].filter(Boolean).join('\n');
  if (covers(text, wanted) && /^(?:i\s*(?:'|’)?m|i am|i have|i've|i hold|i can)\b/i.test(said)) {
    const clause = escapeMarkdown(said.replace(/^i\s*(?:'|’)?m\b|^i am\b/i, 'I am').replace(/^i\b/, 'I'));
    return supported(said, `${clause}.`, `${clause.replace(/^I am\b/, "I'm").replace(/^I have\b/, "I've")}.`);
  }
  return refused(said, 'your resume does not show it');
}

function supported(fact: string, formal: string, plain: string): SupportedFact {
  return { fact, supported: true, formal, plain };
}

function refused(fact: string, reason: string): RefusedFact {
  return { fact, supported: false, reason };
}

function contentStems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word.length > 1 && !fillerWords.has(word))
    .map((word) => stem(word));
}

// Every wanted word, by its stem, somewhere in the text.
function covers(text: string, wanted: readonly string[]): boolean {
  const have = contentStems(text);
  return wanted.every((word) => have.some((each) => each === word || (Math.min(each.length, word.length) >= 4 && (each.startsWith(word) || word.startsWith(each)))));
}

// "a forklift licence", "an NVQ", but no article before "Level 3 …" or a plural.
function articleFor(name: string): string {
  if (/^(?:level|grade|class|the)\b|s$/i.test(name)) return 'the ';
  return /^[aeiou]/i.test(name) || /^[AEFHILMNORSX][A-Z0-9]/.test(name) ? 'an ' : 'a ';
}
