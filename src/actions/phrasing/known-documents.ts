import type { PhrasingContext } from './phrasing.ts';
import { findTone } from './find-tone.ts';

/** Words that say what a document is or point at it, never which one: "the cover letter for the … job". */
const kindWords = new Set(
  'the my that this a an cover letter letters interview prep pack notes document doc one for to job role position posting application tailored resume cv'.split(' '),
);

/**
 * The document the person has that a phrase names, by its job's words or its tone ("the Stripe letter",
 * "mater private", "the formal letter"): the id of the newest known document of `kind` whose title holds
 * every word said, or, for words that only name a tone, whose tone it is; undefined when none fits, or
 * nothing is known (the phrase is then passed on as said, for the action to search the titles).
 *
 * @example
 * findKnownDocument('the mater private letter', context); // 'doc_cl1'
 */
export function findKnownDocument(phrase: string, context: Pick<PhrasingContext, 'known'>, kind = 'cover_letter'): string | undefined {
  const documents = (context.known?.documents ?? []).filter((document) => document.kind === kind);
  const words = (phrase.toLowerCase().match(/[\p{L}\p{N}&'’-]+/gu) ?? []).filter((word) => !kindWords.has(word));
  if (documents.length === 0 || words.length === 0) return undefined;
  const tone = findTone(words.join(' '));
  // ("the formal one": a tone word says which letter only by its tone; "professional" is how "formal" is stored.)
  if (tone && words.every((word) => findTone(word) === tone)) return documents.find((document) => document.tone === tone)?.id;
  const titled = (title: string) => {
    const titleWords = new Set(title.toLowerCase().match(/[\p{L}\p{N}&'’-]+/gu) ?? []);
    return words.every((word) => titleWords.has(word));
  };
  return documents.find((document) => titled(document.title))?.id;
}
