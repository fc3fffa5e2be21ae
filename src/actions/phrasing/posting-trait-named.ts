import { boardNamed } from '../../jobs/board-names.ts';
import { languageNames } from '../../jobs/posting-language.ts';
import { foldAccents } from '../../db/repositories/job-search-text.ts';

/** "the portuguese one", "that HN job", "the one from The Muse", "the one on greenhouse": said anywhere in a sentence. */
const traitPhrase =
  /(?:^|[\s,.;:!?(])(?<phrase>(?:the|that)\s+(?:(?<trait>[\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:one|job|role|posting|position|opening)|(?:one|job|posting|role)\s+(?:from|on|via|off)\s+(?<board>(?:the\s+)?[\p{L}]+(?:\s+[\p{L}]+)?)))(?=$|[\s,.;:!?)])/giu;

/**
 * A job named in a sentence by what only its posting tells, the language it is written in ("the portuguese one") or
 * the board it came from ("the HN one", "the one from The Muse"): the phrase as said, for the job resolver, the one
 * reader of both (src/career/jobs/resolve-job.ts). Regression (trial s42 #64): "the portuguese one, how much does it
 * pay?" answered about the job before it, while "write a letter for the portuguese one" read the language.
 *
 * @example
 * postingTraitNamed('the portuguese one, how much does it pay?'); // 'the portuguese one'
 * postingTraitNamed('what does the HN one pay'); // 'the HN one'
 * postingTraitNamed('the remote one, is it junior?'); // undefined
 */
export function postingTraitNamed(sentence: string): string | undefined {
  for (const match of sentence.matchAll(traitPhrase)) {
    const trait = foldAccents(match.groups?.trait ?? '').toLowerCase();
    const board = (match.groups?.board ?? '').toLowerCase();
    if ((trait && (languageNames[trait] || boardNamed(trait))) || (board && boardNamed(board.replace(/^the\s+(?!muse$)/, '')))) return match.groups?.phrase?.trim();
  }
  return undefined;
}
