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

// The words each tone answers to as itself: asked for in these, the letter is what was asked. Any other word read as a
// tone ("humble", "modest") is only the closest the writer has, and the answer says so.
const ownToneWords: Readonly<Record<LetterTone, ReadonlySet<string>>> = {
  warm: new Set(['warm', 'warmer', 'friendly', 'friendlier', 'personable', 'approachable', 'conversational']),
  enthusiastic: new Set(['enthusiastic', 'excited', 'excitement', 'thrilled', 'keen', 'passionate', 'energetic', 'upbeat', 'eager']),
  confident: new Set(['confident', 'bold', 'assertive', 'strong', 'punchy', 'self-assured']),
  concise: new Set(['concise', 'short', 'brief', 'succinct', 'tight', 'quick', 'one-page']),
  professional: new Set(['professional', 'formal', 'polished', 'classic']),
};

/**
 * The tone a person asked for in words the writer has no tone for, when the letter's tone is only
 * the closest one: "humble" and "modest" (written warm), "friendly but firm", "warm but
 * professional" (two manners at once). Undefined when the tone asked is one the writer has.
 *
 * @example
 * toneAsked('pls write a humble one for Brightwater'); // 'humble'
 * toneAsked('a friendly but firm cover letter for Kestrel'); // 'friendly but firm'
 * toneAsked('a confident one, i am done being humble'); // undefined
 */
export function toneAsked(sentence: string): string | undefined {
  const tone = findTone(sentence);
  if (!tone) return undefined;
  const words = toneWords.find(([, each]) => each === tone)?.[0];
  if (!words) return undefined;
  const match = [...sentence.matchAll(new RegExp(words.source, 'gi'))].find((each) => !turnedAway(sentence.slice(0, each.index)));
  if (!match) return undefined;
  const said = match[0].toLowerCase();
  // "friendly but firm", "warm yet professional": a second manner the letter's one tone cannot also be ("but not cheesy" is one it already avoids).
  const second = /^\s+(?:but|and|yet|though|while)\s+(?:(?:also|still|a\s+bit|quite|very|slightly)\s+)?(?!not\b|never\b|too\b|without\b)([a-z-]+)/i.exec(sentence.slice((match.index ?? 0) + match[0].length));
  const other = second?.[1]?.toLowerCase();
  if (other && (mannerWords.has(other) || extraManners.has(other)) && !ownToneWords[tone].has(other)) return `${said}${second?.[0]?.toLowerCase().replace(/\s+/g, ' ')}`;
  if (ownToneWords[tone].has(said) || /\s/.test(said)) return undefined;
  return said;
}

// Manners people ask for that name no tone and no fault to avoid.
const extraManners = new Set(['firm', 'humble', 'modest', 'grateful', 'respectful', 'persuasive', 'sincere', 'honest', 'direct', 'calm', 'polite']);

/** "not too formal", "less stiff", "not so corporate", "informal", "casual", "relaxed": away from the formal voice. */
const awayFromFormal =
  /\b(?:(?:less|not(?:\s+(?:so|too|as|very|overly))?|never|nothing|without\s+being(?:\s+too)?)\s+(?:formal|stiff|stuffy|corporate|serious)|informal|casual|relaxed|laid-back|easy-going)\b/i;

/** A tone word said as what to move away from: "less formal", "not so formal", "too short", "a bit too stiff", "done being humble". */
const turnedAway = (before: string): boolean => /\b(?:less|not(?:\s+(?:so|too|as))?|too|no\s+longer|nothing|(?:done|finished|tired\s+of|stop)\s+being|no\s+more)\s+$/i.test(before);

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
