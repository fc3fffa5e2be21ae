/**
 * The checkable claims in one sentence of generated text: employers ("at Globex
 * Corporation", "Initech Inc."), job titles ("Senior Backend Engineer"), degrees ("MBA",
 * "Bachelor's"), institutions ("University of Leeds"), dates ("2019", "March 2021"),
 * numbers ("300%", "$2M", "12 engineers"), skills ("Kubernetes") and spoken languages said
 * with how well they are spoken ("fluent German", "native Spanish speaker").
 */
import { endsWithRoleWord, isOrganisationLike } from '../resume/sections/classify-entry-part.ts';
import { institutionPattern, matchDegree } from '../resume/sections/degree-pattern.ts';
import { cityCountries, countryCodes } from '../resume/sections/place-names.ts';
import { findSkills } from '../resume/skill-tokenizer.ts';
import { languagePattern, languagesIn } from '../resume/spoken-languages.ts';
import type { SkillVocabulary } from '../resume/skill-vocabulary.ts';
import { findNumbers, type NumberMention } from './find-numbers.ts';

export const claimKinds = ['employer', 'title', 'degree', 'institution', 'date', 'number', 'skill', 'language', 'credential'] as const;
export type ClaimKind = (typeof claimKinds)[number];

export interface Claim {
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  /** For numbers. */
  number?: NumberMention;
  /** For skills and languages: the canonical name. */
  skill?: string;
  /** For skills and languages: one item of a list ("Python, Haskell and Go"), removable on its own. */
  inList?: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

interface CapitalisedRun {
  text: string;
  start: number;
  end: number;
  /** The word before the run, lower case. */
  before: string;
}

// Capitalised words that start sentences or address people, never names on their own.
const notNames = new Set([
  'i', "i'm", "i've", "i'd", "i'll", 'a', 'an', 'the', 'my', 'our', 'we', 'in', 'at', 'as', 'on', 'for', 'with', 'from', 'and',
  'but', 'dear', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'you', 'your', 'there', 'here', 'if', 'when',
  'while', 'since', 'during', 'after', 'before', 'by', 'to', 'of', 'thank', 'thanks', 'sincerely', 'regards', 'best', 'hello',
  'hi', 'yes', 'no', 'also', 'then', 'today', 'currently', 'previously', 'most', 'recently', 'across', 'over', 'under',
  'led', 'built', 'managed', 'designed', 'developed', 'created', 'grew', 'reduced', 'improved', 'delivered', 'launched',
]);
const connectors = new Set(['of', 'for', 'and', '&', 'de', 'di', 'da', 'der', 'von', 'van', 'la', 'le', 'du', 'del']);
const employerTriggers = new Set(['at', 'joined', 'join', 'joining']);
const weakTriggers = new Set(['for', 'with', 'from', 'by']);
const months =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const datePattern =
  /\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?)?(19[5-9]\d|20\d\d)\b/gi;
const speaksLanguage =
  /\b(?:fluent(?:ly)?|fluency|native|bilingual|trilingual|multilingual|speak(?:s|ing)?|spoken|proficien(?:t|cy)|conversational|mother tongue|working knowledge of|business[- ]level|[ABC][12])\b/i;
const keptAbbreviations = /^(?:inc|corp|co|ltd|llc|plc|jr|sr|st)\.$/i;

/**
 * Finds the claims in a sentence, in order of position.
 *
 * @example
 * findClaims('At Globex Corporation I grew revenue 300%.', vocabulary).map((claim) => claim.kind);
 * // ['employer', 'number']
 */
export function findClaims(sentence: string, vocabulary: SkillVocabulary): Claim[] {
  const claims: Claim[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([from, to]) => end <= from || start >= to);
  const add = (claim: Claim) => {
    if (!free(claim.start, claim.end)) return;
    claims.push(claim);
    taken.push([claim.start, claim.end]);
  };

  // A language is a claim about the person only where the sentence says how it is spoken: "your German customers" claims nothing.
  if (speaksLanguage.test(sentence)) {
    const spoken = [...sentence.matchAll(languagePattern)].flatMap((match) => {
      const [name] = languagesIn(match[0]);
      // Capitalised as a language is ("to polish", "french fries" are not claims).
      if (!name || !/^\p{Lu}/u.test(match[0])) return [];
      return [{ name, text: match[0], start: match.index, end: match.index + match[0].length }];
    });
    for (const language of spoken) {
      add({ kind: 'language', text: language.text, start: language.start, end: language.end, skill: language.name, inList: isListItem(sentence, language, spoken) });
    }
  }
  const mentions = findSkills(sentence, vocabulary);
  for (const mention of mentions) {
    add({ kind: 'skill', text: mention.text, start: mention.start, end: mention.end, skill: mention.skill.name, inList: isListItem(sentence, mention, mentions) });
  }
  for (let rest = 0, match = matchDegree(sentence); match; match = matchDegree(sentence.slice(rest))) {
    const start = rest + match.index;
    const end = start + match[0].length;
    add({ kind: 'degree', text: match[0], start, end });
    rest = end;
  }
  for (const run of capitalisedRuns(sentence)) {
    const kind = runKind(run);
    if (!kind) continue;
    if (free(run.start, run.end)) add({ kind, text: run.text, start: run.start, end: run.end });
    // A list that holds a skill ("Mercy General Hospital and Tissue Viability"): its other items are claims of their own.
    else for (const part of listParts(run)) {
      const partKind = runKind(part);
      if (partKind) add({ kind: partKind, text: part.text, start: part.start, end: part.end });
    }
  }
  for (const match of sentence.matchAll(datePattern)) {
    add({ kind: 'date', text: match[0], start: match.index, end: match.index + match[0].length });
  }
  for (const number of findNumbers(sentence)) {
    // The mention ends where its text does, not at the space before its noun: a repair keeps that space.
    add({ kind: 'number', text: number.text, start: number.start, end: number.start + number.text.length, number });
  }
  return claims.sort((a, b) => a.start - b.start);
}

function runKind(run: CapitalisedRun): ClaimKind | undefined {
  const words = run.text.split(/\s+/);
  if (words.every((word) => months.test(word.replace(/\.$/, '')))) return undefined;
  const lower = run.text.toLowerCase();
  if (countryCodes.has(lower) || cityCountries.has(lower)) return undefined;
  if (institutionPattern.test(run.text) && !isOrganisationLike(run.text.replace(institutionPattern, ''))) return 'institution';
  if (isOrganisationLike(run.text) && !endsWithRoleWord(run.text)) return 'employer';
  if (employerTriggers.has(run.before) && !endsWithRoleWord(run.text)) return 'employer';
  if (weakTriggers.has(run.before) && isOrganisationLike(run.text)) return 'employer';
  if (endsWithRoleWord(run.text) && (words.length >= 2 || ['a', 'an', 'as'].includes(run.before))) return 'title';
  return undefined;
}

// The items of a capitalised run joined by "and", "&" or commas, each governed by the run's trigger word.
function listParts(run: CapitalisedRun): CapitalisedRun[] {
  const parts: CapitalisedRun[] = [];
  const separator = /\s*,\s*|\s+(?:and|&)\s+/g;
  let start = 0;
  for (const match of [...run.text.matchAll(separator), null]) {
    const end = match ? match.index : run.text.length;
    const text = run.text.slice(start, end);
    if (text !== '' && text !== run.text) parts.push({ text, start: run.start + start, end: run.start + end, before: run.before });
    if (match) start = match.index + match[0].length;
  }
  return parts;
}

// Runs of capitalised words ("Globex Corporation", "University of Leeds", "Senior Backend
// Engineer"), joined by single spaces and lower-case connectors ("of", "and").
function capitalisedRuns(sentence: string): CapitalisedRun[] {
  const words: Word[] = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&'’.+#-]*/gu)].map((match) => {
    let text = match[0];
    if (text.endsWith('.') && !keptAbbreviations.test(text)) text = text.replace(/\.+$/, '');
    return { text, start: match.index, end: match.index + text.length };
  });
  const runs: CapitalisedRun[] = [];
  let run: Word[] = [];
  const flush = () => {
    while (run.length > 0 && connectors.has((run[run.length - 1] as Word).text.toLowerCase())) run.pop();
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const index = words.indexOf(first);
      runs.push({ text: sentence.slice(first.start, last.end), start: first.start, end: last.end, before: words[index - 1]?.text.toLowerCase() ?? '' });
    }
    run = [];
  };
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1];
    // A legal suffix with its full stop ("Acme Corp.") ends an organisation's name.
    const afterSuffix = previous !== undefined && /^(?:inc|corp|co|ltd|llc|plc)\.$/i.test(previous.text);
    const joined = previous !== undefined && !afterSuffix && /^\s$/.test(sentence.slice(previous.end, word.start));
    const capital = /^[\p{Lu}\p{N}]/u.test(word.text) && !notNames.has(word.text.toLowerCase());
    const connector = run.length > 0 && connectors.has(word.text.toLowerCase());
    // "at St Mary Hospital for 8 years": a number after a connector is a count, not the name's next word.
    const countAfterConnector = /^\p{N}+$/u.test(word.text) && run.length > 0 && connectors.has((run[run.length - 1] as Word).text.toLowerCase());
    if (run.length > 0 && (!joined || countAfterConnector)) flush();
    if (capital || connector) run.push(word);
    else flush();
  }
  flush();
  // A run made only of digits is a number, not a name.
  return runs.filter((candidate) => /\p{L}/u.test(candidate.text));
}

// One item of a list of skills: another skill is the item next to it ("Python, Haskell and Go").
// A skill beside other words ("a guide or standard on Haskell, or someone who…") is not an item
// that can go on its own: its sentence would lose words mid-way.
// Between two items: up to two words of the first item ("Node.js services"), the separator, an article.
const listGap = /^(?:\s+[\p{L}\p{N}-]+){0,2}\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?:(?:a|an|the)\s+)?$/iu;

function isListItem<Mention extends { start: number; end: number }>(sentence: string, mention: Mention, mentions: readonly Mention[]): boolean {
  // "a forklift or other equipment": the rest of the list stands without it.
  if (/^\s+(?:or|and)\s+(?:any\s+)?other\b/i.test(sentence.slice(mention.end))) return true;
  return mentions.some(
    (other) =>
      other !== mention &&
      ((other.end <= mention.start && listGap.test(sentence.slice(other.end, mention.start))) ||
        (mention.end <= other.start && listGap.test(sentence.slice(mention.end, other.start)))),
  );
}
