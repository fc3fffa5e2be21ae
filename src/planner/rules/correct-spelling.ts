import { endsWithRoleWord } from '../../resume/sections/classify-entry-part.ts';

/**
 * Short chat spellings, lower case only, and the words they stand for: a closed list of the
 * shorthand people type in chat, not of slips (those are corrected by distance, below).
 */
const chatSpellings: ReadonlyMap<string, string> = new Map([
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['tht', 'that'],
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
export function correctSpelling(message: string, vocabulary: ReadonlySet<string>, names: ReadonlySet<string> = new Set()): string {
  const byLength = lengthIndex(vocabulary);
  const tokens = message
    // "r u": "are you" ("r" alone may be the language).
    .replace(/(?<![\p{L}\p{N}])r(?=\s+u(?![\p{L}\p{N}]))/gu, 'are')
    .split(/(\s+)/);
  return tokens
    .map((token, index) => {
      const groups = plainWord.exec(token)?.groups;
      const word = groups?.word;
      // Chat spellings too short to correct by distance ("wat", "tht", "u", "w"): the word meant.
      const chat = word && !names.has(word) ? chatSpellings.get(word) : undefined;
      if (chat) return `${chat}${groups?.tail ?? ''}`;
      // (A name the thread listed, typed in lower case, "hallow fen", is no slip either;
      // nor is the trade of a role said after it, "truck driver", "crane operator".)
      if (
        !word ||
        word.length < minLength ||
        vocabulary.has(word) ||
        names.has(word) ||
        unapostrophised.has(word) ||
        // (A role is spelled as meant: "waiter" is no slip of "writer".)
        endsWithRoleWord(word) ||
        namesTrade(word, tokens[index + 2], groups.tail)
      )
        return token;
      const candidates = [word.length - 1, word.length, word.length + 1].flatMap((length) => byLength.get(length) ?? []);
      const near = candidates.filter((known) => isOneEditAway(word, known) && !anotherForm(word, known));
      return near.length === 1 ? `${near[0]}${groups.tail ?? ''}` : token;
    })
    .join('');
}

/**
 * Whether a word is the trade of the role word after it ("truck driver", "forklift
 * operator"): a title's own word, spelled as meant, never a slip of a request word.
 */
function namesTrade(word: string, next: string | undefined, tail: string | undefined): boolean {
  const role = next ? /^(?<role>\p{L}+)[.,;:!?]*$/u.exec(next)?.groups?.role : undefined;
  return !tail && role !== undefined && endsWithRoleWord(role.toLowerCase());
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
 * Whether two words are one insertion, deletion, substitution or swap of neighbours apart
 * (Damerau).
 *
 * @example
 * isOneEditAway('oepn', 'open'); // true
 */
export function isOneEditAway(left: string, right: string): boolean {
  if (left === right || Math.abs(left.length - right.length) > 1) return false;
  let start = 0;
  while (start < left.length && left[start] === right[start]) start++;
  if (left.length === right.length) {
    if (left.slice(start + 1) === right.slice(start + 1)) return true;
    return left[start] === right[start + 1] && left[start + 1] === right[start] && left.slice(start + 2) === right.slice(start + 2);
  }
  const [longer, shorter] = left.length > right.length ? [left, right] : [right, left];
  return longer.slice(start + 1) === shorter.slice(start);
}
