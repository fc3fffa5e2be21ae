import { endsWithRoleWord } from '../../resume/sections/classify-entry-part.ts';
import { isSpokenLanguage } from '../../resume/sections/spoken-language.ts';
import { isNationality } from '../../actions/phrasing/described-job.ts';
import { isOneEditAway } from '../../actions/phrasing/one-edit-away.ts';

/**
 * Short chat spellings, lower case only, and the words they stand for: a closed list of the
 * shorthand people type in chat, not of slips (those are corrected by distance, below).
 */
const chatSpellings: ReadonlyMap<string, string> = new Map([
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['tht', 'that'],
  ['teh', 'the'],
  ['hte', 'the'],
  ['dat', 'that'],
  ['u', 'you'],
  ['ur', 'your'],
  ['w', 'with'],
  ['abt', 'about'],
  ['rn', 'right now'],
  ['cn', 'can'],
  ['cud', 'could'],
  ['wud', 'would'],
  ['shud', 'should'],
  ['thru', 'through'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['nxt', 'next'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  // ("evry" is a swap of "very", and means every.)
  ['evry', 'every'],
  // ("alrt": too short for the slips below, and only ever an alert.)
  ['alrt', 'alert'],
  ['alrts', 'alerts'],
  // (Two words typed as one, and "n" for "and": "atleast 40k", "the 1st n the 3rd".)
  ['atleast', 'at least'],
  ['aswell', 'as well'],
  ['n', 'and'],
  // (Words of a diary typed short: "followup initech mon", "intv globex wed 10am".)
  ['followup', 'follow up'],
  ['followups', 'follow ups'],
  ['intv', 'interview'],
  ['intvw', 'interview'],
  ['intvs', 'interviews'],
]);

/**
 * Contractions typed without their apostrophe ("thats", "theyre", "didnt"): words, not slips
 * ("thats" is one edit from "whats", and means something else).
 */
const unapostrophised = new Set(
  'thats whats heres theres wheres theyre youre werent wasnt arent doesnt didnt havent hasnt hadnt couldnt wouldnt shouldnt mustnt neednt theyve youve weve theyll youll shell itll thatll whos hows whens'.split(' '),
);

/** Words this short are too close to too many others to correct safely. */
const minLength = 5;
/** A word as people type it between spaces, with trailing punctuation allowed ("leter,"). */
const plainWord = /^(?<word>[a-z]+)(?<tail>[.,;:!?]*)$/;

/**
 * A message with its slips corrected: every lower-case word of five letters or more that
 * the phrasings never use, and that is one edit away from exactly one word they do use of
 * five letters or more, becomes that word ("tailer my resume for the secnd one" → "tailor
 * my resume for the second one"). Capitalised words (names), words inside paths and
 * addresses, words the phrasings know and the words of `names` are left as typed: a light, general tolerance,
 * not a list of typos.
 *
 * @example
 * correctSpelling('wirte a cover leter for Globex', new Set(['write', 'letter', 'cover'])); // 'write a cover letter for Globex'
 */
export function correctSpelling(
  message: string,
  vocabulary: ReadonlySet<string>,
  names: Words = new Set(),
  leading: ReadonlySet<string> = new Set(),
  spelled: ReadonlySet<string> = vocabulary,
): string {
  return correctSpellingWithChanges(message, vocabulary, names, leading, spelled).text;
}

/** Words looked up one at a time: a `Set`, or several read as one without copying them (`eitherOf`). */
export interface Words {
  has(word: string): boolean;
}

/**
 * The words of every set given, looked up in each in turn: the planner's large fixed sets
 * (the advice base's words, places) beside a message's own names, never copied per message.
 *
 * @example
 * eitherOf(new Set(['fired']), new Set(['acme'])).has('acme'); // true
 */
export const eitherOf = (...sets: readonly Words[]): Words => ({ has: (word) => sets.some((set) => set.has(word)) });

/** A word as typed and the word it was read as. */
export interface SpellingChange {
  said: string;
  meant: string;
}

/**
 * `correctSpelling`, with the words it changed (as typed, and as read), so a step's arguments
 * can carry the person's own words where the planner did not need the correction.
 * Regression (session 38): text in quotation marks is the person's own ("need to check dutch
 * level" was saved as "ditch level"), and so are the names of languages and nationalities.
 *
 * @example
 * correctSpellingWithChanges('wirte "my leter"', new Set(['write', 'letter'])); // { text: 'write "my leter"', changes: [{ said: 'wirte', meant: 'write' }] }
 */
export function correctSpellingWithChanges(
  message: string,
  vocabulary: ReadonlySet<string>,
  names: Words = new Set(),
  leading: ReadonlySet<string> = new Set(),
  spelled: ReadonlySet<string> = vocabulary,
): { text: string; changes: SpellingChange[] } {
  const quoted: string[] = [];
  // (Each quotation stands in as one token no rule reads, and is put back as typed.)
  const masked = message.replace(quotation, (whole) => `\uE000${quoted.push(whole) - 1}\uE001`);
  const changes: SpellingChange[] = [];
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const read = correctUnquoted(masked, vocabulary, names, leading, spelled);
  // The changes, word by word where the counts agree ("rn" → "right now" is said whole).
  const [before, after] = [words(masked), words(read)];
  if (before.length === after.length) {
    before.forEach((said, index) => {
      const meant = after[index] ?? said;
      if (meant !== said) changes.push({ said: said.replace(/[.,;:!?]+$/, ''), meant: meant.replace(/[.,;:!?]+$/, '') });
    });
  }
  return { text: read.replace(/\uE000(\d+)\uE001/g, (_whole, index: string) => quoted[Number(index)] ?? ''), changes };
}

/** Text in quotation marks: double or curly quotes anywhere, single quotes only around words (never an apostrophe). */
const quotation = /"[^"\n]+"|“[^”\n]+”|„[^“”\n]+[“”]|«[^»\n]+»|(?<![\p{L}\p{N}])['‘][^'‘’\n]+['’](?![\p{L}\p{N}])/gu;

function correctUnquoted(
  message: string,
  vocabulary: ReadonlySet<string>,
  names: Words,
  leading: ReadonlySet<string>,
  spelled: ReadonlySet<string>,
): string {
  const byLength = lengthIndex(vocabulary);
  const tokens = message
    // "r u": "are you" ("r" alone may be the language).
    // (So is "r" before "there", "they", "these": "wat jobs r there".)
    .replace(/(?<![\p{L}\p{N}])r(?=\s+(?:u|there|they|these|those|we|ya|you)(?![\p{L}\p{N}]))/gu, 'are')
    // "shw me d first one", "save d last job": "d" for "the" in texting, before what is pointed at (never a lone "d" elsewhere: "plan d", "vitamin d").
    .replace(/(?<![\p{L}\p{N}'’.&/-])d(?=\s+(?:first|second|third|fourth|fifth|last|next|other|same|new|top|one|ones|job|jobs|list|letter|cv|resume|posting|company|\d{1,2}(?:st|nd|rd|th))(?![\p{L}\p{N}]))/gu, 'the')
    // "f/u initech mon", "f/up with Hays": a follow-up, as a diary writes it short.
    .replace(/(?<![\p{L}\p{N}/])f\/u(?:p)?(?![\p{L}\p{N}/])/gu, 'follow up')
    // "jobs 4 a welder", "a letter 4 the 2nd one": "4" before whom or what it is for is "for" (a count is said before a noun).
    // (The spaces are matched forwards from the letter: a lookbehind over them is tried at every position of a long run.)
    .replace(/(?<=\p{L})(?<space>\s+)4(?=\s+(?:a|an|the|me|my|u|you|us|him|her|them|it|this|that|these|those)(?![\p{L}\p{N}]))/gu, '$<space>for')
    // (And after "looking", "searching": "lookin 4 plumbing jobs".)
    // (Matched forwards: a lookbehind over the spaces would be tried at every position of a long run of them.)
    .replace(/\b(?<verb>look|looking|lookin|search|searching|searchin|hunting|huntin)(?<space>\s+)4(?=\s+\p{L})/gu, '$<verb>$<space>for')
    .split(/(\s+)/);
  const corrected = tokens
    .map((token, index) => {
      const groups = plainWord.exec(token)?.groups;
      const word = groups?.word;
      // Chat spellings too short to correct by distance ("wat", "tht", "u", "w"): the word meant.
      const chat = word && !names.has(word) ? chatSpellings.get(word) : undefined;
      if (chat) return `${chat}${groups?.tail ?? ''}`;
      // A dropped g ("lookin", "searchin", "applyin"): the -ing word the phrasings use.
      if (word && word.length >= 5 && word.endsWith('in') && !vocabulary.has(word) && !names.has(word) && vocabulary.has(`${word}g`)) return `${word}g${groups?.tail ?? ''}`;
      // (A name the thread listed, typed in lower case, "hallow fen", is no slip either;
      // nor is the trade of a role said after it, "truck driver", "crane operator".)
      if (
        !word ||
        word.length < minLength ||
        vocabulary.has(word) ||
        names.has(word) ||
        unapostrophised.has(word) ||
        // (A language or a people is a word in any language: "dutch" is no slip of "ditch", "polish" of "publish".)
        isSpokenLanguage(word) ||
        isNationality(word) ||
        // (A role is spelled as meant: "waiter" is no slip of "writer".)
        endsWithRoleWord(word) ||
        namesTrade(word, tokens[index + 2], groups.tail)
      )
        return token;
      const candidates = [word.length - 1, word.length, word.length + 1].flatMap((length) => byLength.get(length) ?? []);
      const near = candidates.filter((known) => isOneEditAway(word, known) && !anotherForm(word, known) && sameStart(word, known));
      // (A title word one letter off a request word stays as typed, and so does the word when any of its neighbours is
      // such a word: dropping that neighbour must not leave another one alone to correct it to ("planer" is the Dutch
      // and German planner, never corrected because "planet" stands as near as "planner").)
      if (beforeJobNoun(tokens[index + 2], groups.tail) && near.some((known) => oneLetterOther(word, known) && !endsWithRoleWord(known))) return token;
      return near.length === 1 ? `${near[0]}${groups.tail ?? ''}` : token;
    })
    .join('');
  return correctShortSlips(corrected, vocabulary, leading, names, spelled);
}

/**
 * Whether a word is the trade of the role word (or its work) after it ("truck driver", "truck driving", "forklift
 * operator"): a title's own word, spelled as meant, never a slip of a request word.
 */
function namesTrade(word: string, next: string | undefined, tail: string | undefined): boolean {
  const role = next ? /^(?<role>\p{L}+)[.,;:!?]*$/u.exec(next)?.groups?.role?.toLowerCase() : undefined;
  if (tail || role === undefined) return false;
  // "truck driving", "window cleaning": the work a role word names is the trade as much as the role word is.
  const worker = /ing$/.test(role) ? [role.replace(/ing$/, 'er'), role.replace(/ing$/, 'or')] : [];
  return [role, ...worker].some((said) => endsWithRoleWord(said));
}

/** A noun for postings, said after the words of a title: "reach truck jobs", "performance testing roles". */
const jobNoun = /^(?:jobs?|roles?|positions?|openings?|vacanc(?:y|ies)|posts|gigs?|postings?)[.,;:!?]*$/i;

/**
 * Whether a word stands right before a noun for postings ("reach truck jobs", "performance testing roles"): a word of
 * the title, where a real word one letter off a request word ("truck" and "track", "testing" and "texting") is
 * the trade as typed, never a slip of it (dev alerts15 #69: "reach truck jobs" was searched as "reach track").
 */
const beforeJobNoun = (next: string | undefined, tail: string | undefined): boolean => !tail && next !== undefined && jobNoun.test(next);

/** Whether two words of one length differ by one letter typed for another (not two neighbours swapped). */
function oneLetterOther(word: string, known: string): boolean {
  if (word.length !== known.length) return false;
  const first = [...word].findIndex((letter, index) => letter !== known[index]);
  return first >= 0 && word.slice(first + 1) === known.slice(first + 1);
}

/** The start of a message or of a piece of it: where a request's verb is typed. */
const pieceStart = /(?:^|[.!?,;:]\s+|\s[-–—]+\s+)$/;

/**
 * Slips too short for the distance rule, in shapes no English word has: two letters
 * swapped ("jbos", "fidn"), a letter doubled ("loook", "finnd"), and, for the verb a piece
 * starts with, its vowels dropped ("fnd", "shw"). Each becomes the one word of the
 * vocabulary it is a slip of (a request verb, for the vowel-less ones).
 */
function correctShortSlips(
  message: string,
  vocabulary: ReadonlySet<string>,
  leading: ReadonlySet<string>,
  names: Words,
  spelled: ReadonlySet<string>,
): string {
  const tokens = message.split(/(\s+)/);
  let before = '';
  return tokens
    .map((token) => {
      const groups = plainWord.exec(token)?.groups;
      const word = groups?.word;
      const atStart = pieceStart.test(before);
      before += token;
      // Regression (session 37): "serch backend jobs", "sve the first one", "seach python jobs" searched or
      // answered nothing. The verb a piece starts with, typed a letter short or two swapped, is that verb
      // (whatever else the slip spells: "serch" is a word of the utterances only because they carry slips).
      const verb = word && atStart && !leading.has(word) && !spelled.has(word) && !names.has(word) && !isNationality(word) ? verbSlipOf(word, leading) : undefined;
      if (verb) return `${verb}${groups?.tail ?? ''}`;
      if (!word || word.length < 3 || vocabulary.has(word) || names.has(word) || chatSpellings.has(word) || unapostrophised.has(word) || isSpokenLanguage(word) || isNationality(word)) return token;
      const meant = slipOf(word, vocabulary, atStart ? leading : new Set());
      return meant ? `${meant}${groups.tail ?? ''}` : token;
    })
    .join('');
}

/**
 * The one request verb (four letters or more) a word at a piece's start is a slip of: a letter
 * dropped, never the first ("sve", "seach", "wrte"), or two neighbours swapped ("svae"). A
 * letter typed for another is no such slip: "fine" and "took" are words of their own.
 */
function verbSlipOf(word: string, leading: ReadonlySet<string>): string | undefined {
  if (word.length < 3) return undefined;
  const found = [...leading].filter((verb) => {
    if (verb.length < 4 || verb.length > word.length + 1 || verb.length < word.length) return false;
    if (verb.length === word.length + 1) return verb[0] === word[0] && [...verb].some((_letter, index) => index > 0 && `${verb.slice(0, index)}${verb.slice(index + 1)}` === word);
    return [...word].some((_letter, index) => index + 1 < word.length && `${word.slice(0, index)}${word[index + 1]}${word[index]}${word.slice(index + 2)}` === verb);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The one word `word` is a swap or a doubled letter of, or (among `verbs`) the vowel-less form of; undefined when none or several. */
function slipOf(word: string, vocabulary: ReadonlySet<string>, verbs: ReadonlySet<string>): string | undefined {
  const found = new Set<string>();
  // ("looook", "finnnd": a key held down.)
  for (const run of [word.replace(/(.)\1{2,}/g, '$1$1'), word.replace(/(.)\1{2,}/g, '$1')]) {
    if (run !== word && run.length >= 4 && vocabulary.has(run)) found.add(run);
  }
  for (let index = 0; index + 1 < word.length; index++) {
    const swapped = `${word.slice(0, index)}${word[index + 1]}${word[index]}${word.slice(index + 2)}`;
    if (swapped.length >= 4 && vocabulary.has(swapped)) found.add(swapped);
    const undoubled = word[index] === word[index + 1] ? `${word.slice(0, index)}${word.slice(index + 1)}` : '';
    if (undoubled.length >= 4 && vocabulary.has(undoubled)) found.add(undoubled);
  }
  if (!/[aeiouy]/.test(word)) {
    for (const verb of verbs) if (verb.length >= 4 && verb.replace(/[aeiou]/g, '') === word) found.add(verb);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const indexes = new WeakMap<ReadonlySet<string>, Map<number, string[]>>();

/** The vocabulary's words of five letters or more by length, built once per vocabulary. */
function lengthIndex(vocabulary: ReadonlySet<string>): Map<number, string[]> {
  let index = indexes.get(vocabulary);
  if (!index) {
    index = new Map();
    for (const known of vocabulary) {
      if (known.length >= minLength) index.set(known.length, [...(index.get(known.length) ?? []), known]);
    }
    indexes.set(vocabulary, index);
  }
  return index;
}

/** A letter more, less or other at the end is another form of a word ("writer", "nurses", "tighter"), no slip. */
const anotherForm = (word: string, known: string): boolean =>
  known.startsWith(word) || word.startsWith(known) || word.slice(0, -1) === known.slice(0, -1);

/**
 * Whether a slip keeps the word's first letter (or swaps the first two): people rarely miss
 * the letter a word starts with, and a correctly spelled word the phrasings never use is most
 * often one first letter away from one they do ("walking" → "talking", "wales" → "sales",
 * "reading" → "dreading", "farmer" → "warmer").
 */
const sameStart = (word: string, known: string): boolean => word[0] === known[0] || (word[0] === known[1] && word[1] === known[0]);

// (Damerau's one edit lives with the phrasing helpers, which read role words by it too: `one-edit-away.ts`.)
export { isOneEditAway };
