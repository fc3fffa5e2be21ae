/** The tones a letter can be written in (the letter actions' `tone` argument). */
export type LetterTone = 'professional' | 'enthusiastic' | 'confident' | 'concise' | 'warm';

/** Words people use for each tone, the warmer ones first. */
const toneWords: ReadonlyArray<[RegExp, LetterTone]> = [
  // Friendly, warm and humble are the calm conversational voice, never exclamation marks.
  [/\b(?:warm|warmer|friendly|friendlier|humble|humbler|modest|personable|approachable|conversational|down-to-earth)\b/i, 'warm'],
  [/\b(?:enthusiastic|excited|excitement|thrilled|keen|passionate|energetic|upbeat|eager|how (?:much|badly) i (?:want|love|would love))\b/i, 'enthusiastic'],
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

/**
 * The tone a new letter is asked in: `findTone`, or, for formality turned away from ("not too formal", "casual"),
 * the calm conversational voice. (A revision says "less formal" as its change, not as a tone.)
 * Regression (session 38): "write a cover letter for the second one, please not too formal" wrote a professional one.
 *
 * @example
 * findLetterTone('a cover letter for Acme, not too formal'); // 'warm'
 */
export function findLetterTone(sentence: string): LetterTone | undefined {
  return findTone(sentence) ?? (awayFromFormal.test(sentence) ? 'warm' : undefined);
}

/** "not too formal", "less stiff", "not so corporate", "informal", "casual", "relaxed": away from the formal voice. */
const awayFromFormal =
  /\b(?:(?:less|not(?:\s+(?:so|too|as|very|overly))?|never|nothing|without\s+being(?:\s+too)?)\s+(?:formal|stiff|stuffy|corporate|serious)|informal|casual|relaxed|laid-back|easy-going)\b/i;

/** A tone word said as what to move away from: "less formal", "not so formal", "too short", "a bit too stiff". */
const turnedAway = (before: string): boolean => /\b(?:less|not(?:\s+(?:so|too|as))?|too|no\s+longer|nothing)\s+$/i.test(before);

/** Words that say how a letter should (or should not) come across, beyond the tones themselves. */
const mannerWords = new Set(
  (
    'enthusiastic excited passionate energetic upbeat warm warmer eager friendly friendlier confident bold assertive strong punchy self-assured ' +
    'concise short shorter brief succinct tight one-page professional formal polished classic cheesy cheesey corny cringe cringey cringy arrogant cocky ' +
    'pushy desperate needy stiff stuffy salesy generic robotic casual chatty fluffy wordy humble modest sincere genuine natural human honest direct ' +
    'clear simple sappy gushy gushing boastful braggy bragging try-hard overboard boring bland dry informal relaxed fake smug aggressive long ' +
    'long-winded grovelling groveling begging polite respectful personable approachable personal heartfelt cheerful positive calm fancy over-the-top ' +
    'cold serious fun playful lively modern quirky corporate showy flowery flashy entitled overconfident overeager overly kind'
  ).split(' '),
);
/** Words that only hedge or join manner words: "confident but not cheesy", "warm without being gushy". */
const hedgeWords = new Set(
  (
    'but and yet though although not nor or without being sounding too so very really a an bit little overly super just also still never kinda ' +
    'kind of somewhat rather quite more less make it keep sound come across as tone voice style please pls lol over the top while staying remaining ' +
    // "…, something confident but not cheesy", "…, nothing too salesy": the letter's manner said as a thing (session 41).
    'something anything nothing'
  ).split(' '),
);

/**
 * Whether a piece of a message only says how something should come across ("confident but
 * not cheesy", "friendly but professional", "not too formal"): a detail of the request
 * before it, never a request of its own.
 *
 * @example
 * isMannerPhrase('confident but not cheesy'); // true
 * isMannerPhrase('the second one'); // false
 */
export function isMannerPhrase(text: string): boolean {
  const words = text.toLowerCase().replace(/[—–-]+\s/g, ' ').match(/[a-z'-]+/g) ?? [];
  return words.some((word) => mannerWords.has(word)) && words.every((word) => mannerWords.has(word) || hedgeWords.has(word));
}
