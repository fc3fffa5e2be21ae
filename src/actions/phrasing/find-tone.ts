/** The tones a letter can be written in (the letter actions' `tone` argument). */
export type LetterTone = 'professional' | 'enthusiastic' | 'confident' | 'concise';

/** Words people use for each tone, the warmer ones first. */
const toneWords: ReadonlyArray<[RegExp, LetterTone]> = [
  [/\b(?:enthusiastic|excited|excitement|thrilled|keen|passionate|energetic|upbeat|warm|warmer|eager|friendly|how (?:much|badly) i (?:want|love|would love))\b/i, 'enthusiastic'],
  [/\b(?:confident|bold|assertive|strong|punchy|self-assured|sure of (?:myself|me|my(?:self)?)|like i know (?:my stuff|what i'?m doing))\b/i, 'confident'],
  [/\b(?:concise|short|brief|succinct|tight|quick|one-page|to the point)\b/i, 'concise'],
  [/\b(?:professional|formal|polished|classic)\b/i, 'professional'],
];

/**
 * The tone a sentence asks a letter to have, in any wording ("make it upbeat" →
 * enthusiastic, "keep it brief" → concise), or undefined; a word turned away from ("less
 * formal", "too short") names no tone. Shared by the letter actions.
 *
 * @example
 * findTone('a punchy cover letter for Globex'); // 'confident'
 */
export function findTone(sentence: string): LetterTone | undefined {
  return toneWords.find(([words]) => [...sentence.matchAll(new RegExp(words.source, 'gi'))].some((match) => !turnedAway(sentence.slice(0, match.index))))?.[1];
}

/** A tone word said as what to move away from: "less formal", "not so formal", "too short", "a bit too stiff". */
const turnedAway = (before: string): boolean => /\b(?:less|not(?:\s+(?:so|too|as))?|too|no\s+longer|nothing)\s+$/i.test(before);
