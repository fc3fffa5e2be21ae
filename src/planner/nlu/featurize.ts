/**
 * The classifier's view of a sentence: hashed character n-grams (2–5, inside word
 * boundaries) plus word unigrams and bigrams, as a sparse, L2-normalised vector. Paths,
 * web addresses, stored ids and numbers become one placeholder each, so "~/cv.pdf" and "/tmp/My CV.docx"
 * look alike to the model (the entity readers take the value itself).
 */

/** A sparse vector: parallel arrays of feature indices and values. */
export interface Features {
  indices: Uint32Array;
  values: Float32Array;
}

const urlPattern = /\bhttps?:\/\/\S+|\b(?:www\.)?(?:[a-z0-9-]+\.)+(?:(?:com|org|net|io|co|dev|ai|app|jobs|fyi|edu|gov|me|uk|de)(?:\.[a-z]{2})?|br|pl|fr|nl|es|pt|se|dk|fi|ie|nz|za|mx|ar|cl|jp|kr|cn|sg|hk|ru|cz|hu|ro|gr|ch|au|ca|eu)\b(?:\/\S*)?/g;
/** (A slash inside a word is no path: "$38/hr", "24/7", "and/or".) */
const pathPattern = /(?:~|\.{1,2})\/\S+|(?<![^\s(:="'])\/[^\s/]+\/\S+|[a-z]:\\\S+|\S+\.(?:pdf|docx?|md|markdown|txt|rtf|odt|json)\b/g;
const numberPattern = /\d+(?:[.,]\d+)*(?:k\b)?/g;
/** A stored document's or resume's id ("doc_2a45a6ecec"): random letters the n-grams would read as words. */
const idPattern = /\b(?:doc|res)_[0-9a-f]{6,}\b/g;

/**
 * The words the features are built from: lower-cased, entities replaced by placeholders.
 *
 * @example
 * wordsOf('Import ~/Downloads/CV.pdf please'); // ['import', '_path_', 'please']
 */
export function wordsOf(text: string): string[] {
  const normal = text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(urlPattern, ' _url_ ')
    .replace(pathPattern, ' _path_ ')
    .replace(idPattern, ' _id_ ')
    .replace(numberPattern, ' _num_ ');
  return normal.match(/_[a-z]+_|[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}

/**
 * The hashed feature vector of a sentence in a space of `dimensions` (a power of two).
 *
 * @example
 * featurize('find rust jobs', 4096).indices.length > 0; // true
 */
export function featurize(text: string, dimensions: number): Features {
  const counts = new Map<number, number>();
  const count = (hash: number, weight: number) => {
    const index = hash & (dimensions - 1);
    counts.set(index, (counts.get(index) ?? 0) + weight);
  };
  const add = (feature: string, weight: number) => count(fnv1a(feature), weight);
  const words = wordsOf(text);
  words.forEach((word, position) => {
    add(`w ${word}`, 1);
    const next = words[position + 1];
    if (next !== undefined) add(`b ${word} ${next}`, 1);
    if (word.startsWith('_')) return;
    // The n-grams of `<word>` hashed in place: the hash of "c " and then of each of its letters, no string made per n-gram
    // (the same numbers `add(`c ${gram}`)` gives, in the same order).
    const padded = `<${word}>`;
    for (let size = 2; size <= 5; size++) {
      for (let start = 0; start + size <= padded.length; start++) count(fnv1aFrom(gramPrefix, padded, start, start + size), 0.5);
    }
  });
  add('w <start>', 1);
  if (words[0] !== undefined) add(`b <start> ${words[0]}`, 1);
  const indices = Uint32Array.from([...counts.keys()].sort((left, right) => left - right));
  const values = Float32Array.from(indices, (index) => counts.get(index) ?? 0);
  let squares = 0;
  for (const value of values) squares += value * value;
  const norm = Math.sqrt(squares) || 1;
  for (let position = 0; position < values.length; position++) values[position] = (values[position] ?? 0) / norm;
  return { indices, values };
}

/** FNV-1a, 32 bits: fast, stable across runs and machines. */
function fnv1a(text: string): number {
  return fnv1aFrom(0x811c9dc5, text, 0, text.length) >>> 0;
}

/** FNV-1a's state after `hash` and then `text`'s characters from `start` to `end` (not yet made unsigned). */
function fnv1aFrom(hash: number, text: string, start: number, end: number): number {
  let state = hash;
  for (let position = start; position < end; position++) {
    state ^= text.charCodeAt(position);
    state = Math.imul(state, 0x01000193);
  }
  return state;
}

/** The state of FNV-1a after "c ", which every character n-gram's feature name starts with. */
const gramPrefix = fnv1aFrom(0x811c9dc5, 'c ', 0, 2);
