import { type LabelledUtterance, mulberry32 } from './train-intent-model.ts';

/**
 * Noise augmentation of the training utterances, made at train time: each utterance is
 * also learned in a few messy forms — typos (a neighbouring key, two letters swapped, a
 * letter dropped or doubled), apostrophes and punctuation dropped, text-speak ("u", "ur",
 * "4", "n", "pls"), fillers and politeness before or after ("ok so", "um", "could you
 * possibly", "lol", "thx"), a self-introduction first ("hi im a nurse in leeds,"). Drawn
 * from a generator seeded by the sentence itself, so the same utterances always give the
 * same noisy ones. (Upper and lower case need no noise: the features are lower-cased.)
 */

/** The chit-chat intents: fillers and introductions would change what these say. */
const chitChat = new Set(['greeting', 'thanks', 'farewell', 'help']);

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters next to each letter on a qwerty keyboard (same row, and the rows above and below). */
const neighbours: ReadonlyMap<string, string> = new Map(
  keyboardRows.flatMap((row, rowIndex) =>
    [...row].map((letter, column) => {
      const near = [row[column - 1], row[column + 1], keyboardRows[rowIndex - 1]?.[column], keyboardRows[rowIndex + 1]?.[column]];
      return [letter, near.filter((key): key is string => key !== undefined).join('')] as const;
    }),
  ),
);

/** Chat spellings of common words, several where people use several. */
const textSpeak: ReadonlyMap<string, readonly string[]> = new Map([
  ['you', ['u', 'ya']],
  ['your', ['ur', 'yr']],
  ["you're", ['ur', 'youre']],
  ['are', ['r']],
  ['for', ['4', 'fr']],
  ['and', ['n', '&']],
  ['please', ['pls', 'plz', 'pleaseee']],
  ['thanks', ['thx', 'tnx', 'ty']],
  ['with', ['w', 'w/']],
  ['because', ['cuz', 'bc', 'coz']],
  ['what', ['wat', 'wot']],
  ['about', ['abt', 'bout']],
  ['tomorrow', ['2moro', 'tmrw']],
  ['something', ['smth', 'sth']],
  ['people', ['ppl']],
  ['really', ['rly', 'realy']],
  ['probably', ['prob', 'prolly']],
  ['though', ['tho']],
  ['okay', ['ok', 'k']],
  ["i'm", ['im', 'i am']],
  ['want to', ['wanna']],
  ['going to', ['gonna']],
  ['got to', ['gotta']],
  ['give me', ['gimme']],
  ['let me', ['lemme']],
  ['right now', ['rn']],
  ['the', ['da', 'teh']],
  ['that', ['tht', 'dat']],
  ['this', ['dis', 'ths']],
  ['know', ['kno', 'no']],
  ['message', ['msg']],
  ['interview', ['intervw', 'interveiw']],
]);

const openings = [
  'ok so',
  'um',
  'umm',
  'uh',
  'so',
  'hey',
  'hi',
  'hiya',
  'yo',
  'ok',
  'okay',
  'alright so',
  'right,',
  'pls',
  'please',
  'could you possibly',
  'can you',
  'would you mind',
  'quick question,',
  'sorry to bother you but',
  'hey there,',
  'good morning,',
  'so basically',
  'i was wondering,',
  'hello!',
  'btw',
  'one more thing,',
];

const closings = ['pls', 'please', 'thx', 'thanks', 'lol', 'haha', 'asap', 'if you can', 'cheers', 'ty', '!!', '??', 'thank you', 'when you get a chance', 'plz', 'k thx', 'if possible', ':)'];

const roles = ['nurse', 'chef', 'welder', 'student', 'teacher', 'cleaner', 'driver', 'warehouse worker', 'carpenter', 'cashier', 'developer', 'care assistant', 'electrician', 'barista', 'accountant'];
const places = ['leeds', 'lisbon', 'ohio', 'manila', 'cork', 'toronto', 'berlin', 'dubai', 'glasgow', 'madrid', 'perth', 'lagos'];
const introductions: readonly ((role: string, place: string) => string)[] = [
  (role, place) => `hi im a ${role} in ${place},`,
  (role, place) => `hello, i'm a ${role} from ${place}.`,
  (role) => `im a ${role} -`,
  (role, place) => `hey, ${role} here, based in ${place}.`,
  (role) => `my name is sam and i work as a ${role}.`,
  (role, place) => `hi! i am ${role} from ${place} and`,
];

/** Least length of a word that gets typos (shorter ones are mostly kept as typed). */
const typoLength = 3;

/**
 * The utterances with `count` noisy forms of each after it (forms equal to one already
 * there are left out). Deterministic: the same utterances give the same list.
 *
 * @example
 * withNoisyForms([{ text: "what's the pay for the second one?", intent: 'answer_about_job' }], 2);
 * // [the original, { text: 'ok so whats teh pay 4 the second one', … }, …]
 */
export function withNoisyForms(utterances: readonly LabelledUtterance[], count: number): LabelledUtterance[] {
  const seen = new Set(utterances.map(({ text }) => text.toLowerCase()));
  const all: LabelledUtterance[] = [...utterances];
  for (const utterance of utterances) {
    for (let variant = 0; variant < count; variant++) {
      const text = noisyForm(utterance.text, utterance.intent, hash(`${variant}\u0000${utterance.text}`));
      const key = text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      all.push({ text, intent: utterance.intent });
    }
  }
  return all;
}

/**
 * One messy form of a sentence, drawn from `seed`.
 *
 * @example
 * noisyForm("could you write a cover letter for the Stripe job?", 'write_cover_letter', 7); // e.g. 'could u write a covr letter 4 the Stripe job'
 */
export function noisyForm(text: string, intent: string, seed: number): string {
  const random = mulberry32(seed);
  const chance = (probability: number) => random() < probability;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let words = text.split(/\s+/).filter(Boolean);
  const before = words.join(' ');

  if (chance(0.45)) words = speakText(words, random);
  if (chance(0.4)) words = words.map((word) => word.replace(/['’]/g, ''));
  if (chance(0.45)) words = words.map((word) => (isEntity(word) ? word : word.replace(/[.,!?;:]+$/, ''))).filter(Boolean);
  const typos = chance(0.6) ? 1 + Math.floor(random() * 2) : 0;
  for (let typo = 0; typo < typos; typo++) words = withTypo(words, random);
  if (!chitChat.has(intent)) {
    if (chance(0.1)) words = [pick(introductions)(pick(roles), pick(places)), ...words];
    else if (chance(0.3)) words = [pick(openings), ...words];
    if (chance(0.3)) words = [...words, pick(closings)];
  }
  if (words.join(' ') === before) words = withTypo(words, random);
  return words.join(' ');
}

/** Some of the words said in chat spelling. */
function speakText(words: readonly string[], random: () => number): string[] {
  const out: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    const pair = `${word} ${words[at + 1] ?? ''}`.toLowerCase();
    const twoWord = textSpeak.get(pair);
    if (twoWord && random() < 0.7) {
      out.push(twoWord[Math.floor(random() * twoWord.length)] as string);
      at++;
      continue;
    }
    const bare = word.toLowerCase().replace(/[.,!?]+$/, '');
    const forms = textSpeak.get(bare);
    // "for 2 weeks" stays: a "4" before a number reads as a count.
    const beforeNumber = /^\d/.test(words[at + 1] ?? '');
    if (forms && random() < 0.7 && !(bare === 'for' && beforeNumber)) out.push(word.toLowerCase().replace(bare, forms[Math.floor(random() * forms.length)] as string));
    else out.push(word);
  }
  return out;
}

/** Paths, addresses, ids, numbers and names keep their letters: the readers take them as typed. */
const isEntity = (word: string): boolean => /[\d/\\@~_]|\.\w/.test(word) || /^[A-Z]/.test(word);

/** One word of `words` with a typo: a neighbouring key, two letters swapped, one dropped or doubled. */
function withTypo(words: readonly string[], random: () => number): string[] {
  const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => !isEntity(word) && /^[a-z]+$/.test(word.replace(/[^a-z]/g, '')) && word.replace(/[^a-z]/g, '').length >= typoLength);
  if (candidates.length === 0) return [...words];
  const { word, index } = candidates[Math.floor(random() * candidates.length)] as { word: string; index: number };
  const letters = [...word];
  const inside = letters.map((letter, at) => ({ letter, at })).filter(({ letter, at }) => at > 0 && /[a-z]/.test(letter));
  if (inside.length === 0) return [...words];
  const { letter, at } = inside[Math.floor(random() * inside.length)] as { letter: string; at: number };
  const kind = Math.floor(random() * 4);
  if (kind === 0) {
    const near = neighbours.get(letter) ?? letter;
    letters[at] = near[Math.floor(random() * near.length)] as string;
  } else if (kind === 1 && /[a-z]/.test(letters[at - 1] ?? '') && at > 1) {
    [letters[at - 1], letters[at]] = [letters[at] as string, letters[at - 1] as string];
  } else if (kind === 2) {
    letters.splice(at, 1);
  } else {
    letters.splice(at, 0, letter);
  }
  const copy = [...words];
  copy[index] = letters.join('');
  return copy;
}

/** FNV-1a of a sentence: the seed of its noise. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let position = 0; position < text.length; position++) {
    value ^= text.charCodeAt(position);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}
