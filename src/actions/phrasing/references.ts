import type { ChatMessage } from '../../protocol/chat-message.ts';

const ordinalWords: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  top: 1,
};
/** "number two", "job three": a position counted in words. */
const countWords: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const nouns =
  '(?:one|ones|link|links|site|url|result|page|website|address|job|posting|listing|role|position|opening|offer|option|entry)';
/** "the second one", "the 3rd posting", "#3", "number 2", "job 4", "the last one". */
const positionPhrase = new RegExp(
  `^(?:the\\s+)?(?:(?<word>${Object.keys(ordinalWords).join('|')}|last|final|bottom)|(?<nth>\\d{1,2})(?:st|nd|rd|th))(?:\\s+${nouns})?$` +
    `|^(?:#\\s?|(?:number|no\\.?|nr\\.?|num)\\s+|(?:the\\s+)?${nouns}\\s+(?:#\\s?|number\\s+)?)(?<number>\\d{1,2})$` +
    `|^(?:the\\s+)?(?:number|no\\.?|${nouns}(?:\\s+number)?)\\s+(?<counted>${Object.keys(countWords).join('|')})$`,
);

/** A position in a list the person saw: 1-based, or `last`. */
export type Position = number | 'last';

/**
 * The position a phrase points at, or undefined when it names none.
 *
 * @example
 * positionOf('the 3rd posting'); // 3
 * positionOf('#2'); // 2
 * positionOf('number two'); // 2
 */
export function positionOf(phrase: string): Position | undefined {
  const groups = positionPhrase.exec(phrase.trim().toLowerCase())?.groups;
  if (!groups) return undefined;
  if (groups.word) return groups.word in ordinalWords ? ordinalWords[groups.word] : 'last';
  if (groups.counted) return countWords[groups.counted];
  const digits = Number(groups.nth ?? groups.number);
  return digits >= 1 ? digits : undefined;
}

const several =
  /^(?:(?:both|all)(?:\s+of)?\s+(?:them|those|these|the\s+(?:jobs|ones|results|postings|roles))|them\s+(?:both|all)|(?:(?:the|these|those)\s+)?(?:both|all|each)(?:\s+(?:jobs|ones|results|postings|roles|one))?|(?:the|these|those)\s+(?<pair>two|three|four|five)(?:\s+(?:of\s+them|jobs|ones|results|postings|roles))?|all\s+(?<all>two|three|four|five|\d)(?:\s+(?:of\s+them|jobs|ones|results|postings|roles))?|(?:each|every)\s+(?:one\s+)?of\s+(?:them|those|these))$/;

/**
 * How many of the listed jobs a plural reference means ("both", "all three of them", "the
 * two", "all of them"): a count, `all`, or undefined when the phrase is no such reference.
 *
 * @example
 * severalOf('both of them'); // 2
 * severalOf('all of them'); // 'all'
 */
export function severalOf(phrase: string): number | 'all' | undefined {
  const lower = phrase.trim().toLowerCase().replace(/[.!?]+$/, '');
  const match = several.exec(lower);
  if (!match) return undefined;
  const counted = match.groups?.pair ?? match.groups?.all;
  if (counted) return countWords[counted] ?? Number(counted);
  return /\bboth\b/.test(lower) ? 2 : 'all';
}

/** What a pronoun-like reference says about its referent. */
export interface PronounReference {
  /** The noun that came with it ("site", "app", "job"), if any. */
  noun: string | undefined;
  /** "again", "once more": the thing was done before and is wanted again. */
  again: boolean;
}

const againWords = /(?<!\s)\s+(?:again|once more|one more time|from before|back up)$/;
const pronounPhrase =
  /^(?:it|that|this|them|they|the same|(?:(?:the|that|this)\s+)?(?:(?:very\s+)?(?:last|previous|latest|same|earlier|current|that|this)\s+)?(?<noun>one|site|website|web site|page|web ?page|link|url|address|app|application|program|job|posting|listing|role|position|opening|document|doc|letter|cover letter))$/;

/**
 * Reads "it", "that site again", "the same page", "the last app": a reference to something
 * already in the conversation. Null for anything that names its own target.
 *
 * @example
 * readPronoun('that site again'); // { noun: 'site', again: true }
 */
export function readPronoun(phrase: string): PronounReference | null {
  const lower = phrase.trim().toLowerCase();
  const again = againWords.test(lower);
  const match = pronounPhrase.exec(lower.replace(againWords, '').trim());
  return match ? { noun: match.groups?.noun, again } : null;
}

/**
 * How many messages back (0 = the newest) the newest message that `mentions` something is;
 * Infinity when none does.
 *
 * @example
 * recency(history, (content) => content.includes('github')); // 1
 */
export function recency(history: readonly ChatMessage[], mentions: (content: string) => boolean): number {
  for (let back = 0; back < history.length; back++) {
    if (mentions(history[history.length - 1 - back]?.content ?? '')) return back;
  }
  return Number.POSITIVE_INFINITY;
}
