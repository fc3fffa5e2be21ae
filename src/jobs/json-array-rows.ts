/**
 * Splits a JSON import into its postings as the text arrives, without parsing the whole
 * document: the elements of a top-level array, or of the `jobs` array of a search answer
 * (`{"jobs": [...], "note": …}`), each handed over as its own JSON text. A count cap can then
 * stop the import at the first posting too many instead of after parsing millions of them.
 */

/** A JSON text that is not well formed. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(message: string) {
    super(message);
  }
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
/** Longer than "jobs": a longer key is not it. */
const keyLength = 5;

/**
 * Feed it text with `push`, in pieces of any size; it calls `onRow` with each posting's JSON
 * text in order. `finish` checks the document as a whole (the parts around the postings
 * parsed with `JSON.parse`, the postings replaced by `0`) and says whether the postings came
 * from an array (`'array'`), a search answer's `jobs` (`'jobs'`), or neither (`'other'`).
 *
 * @example
 * const splitter = new JsonArrayRows((text) => rows.push(JSON.parse(text)));
 * splitter.push('[{"title": "A"}, {"ti');
 * splitter.push('tle": "B"}]');
 * splitter.finish(); // 'array'
 */
export class JsonArrayRows {
  #depth = 0;
  #inString = false;
  #escaped = false;
  /** The depth whose values are postings: 1 in an array, 2 in `{"jobs": [...]}`; 0 while unknown. */
  #rowDepth = 0;
  #kind: 'array' | 'jobs' | 'other' | undefined;
  #inRows = false;
  /** At depth 1 of an object: the start of the string being read (enough to tell "jobs"), the last one read, and the key. */
  #string: string | undefined;
  #lastString = '';
  #key: string | undefined;
  /** The posting being read (text carried over from earlier pieces), or undefined between postings. */
  #row: string | undefined;
  #sawRowSeparator = false;
  /** The document with each posting replaced by 0: small, parsed at the end to check the rest. */
  #skeleton: string[] = [];
  readonly #onRow: (text: string) => void;

  constructor(onRow: (text: string) => void) {
    this.#onRow = onRow;
  }

  /** Reads the next piece of the document. @throws JsonSyntaxError for a posting left empty (`[1,,2]`). */
  push(text: string): void {
    let start = 0; // where the part of `text` not yet copied to the skeleton or the row begins
    for (let index = 0; index < text.length; index++) {
      const char = text[index] as string;
      if (this.#inString) {
        if (this.#escaped) this.#escaped = false;
        else if (char === '\\') this.#escaped = true;
        else if (char === '"') {
          this.#inString = false;
          if (this.#string !== undefined) this.#lastString = this.#string;
          this.#string = undefined;
        } else if (this.#string !== undefined && this.#string.length < keyLength) this.#string += char;
        continue;
      }
      if (this.#inRows && this.#depth === this.#rowDepth && this.#row === undefined) {
        // Between postings: the next one starts at its first character.
        if (whitespace.has(char)) continue;
        if (char === ',' || char === ']') {
          if (char === ',' || this.#sawRowSeparator) throw new JsonSyntaxError('a posting is missing between two commas, or after the last one');
          // `[]`: no postings at all.
        } else {
          this.#skeleton.push(text.slice(start, index), '0');
          start = index;
          this.#row = '';
        }
      }
      if (char === '"') {
        this.#inString = true;
        if (this.#depth === 1 && this.#kind === 'jobs' && this.#row === undefined) this.#string = '';
        continue;
      }
      if (char === '[' || char === '{') {
        if (this.#depth === 0 && this.#kind === undefined) {
          this.#kind = char === '[' ? 'array' : 'jobs';
          if (char === '[') {
            this.#rowDepth = 1;
            this.#inRows = true;
          }
        } else if (char === '[' && this.#depth === 1 && this.#kind === 'jobs' && this.#rowDepth === 0 && this.#key === 'jobs' && this.#row === undefined) {
          this.#rowDepth = 2;
          this.#inRows = true;
        }
        this.#depth++;
        continue;
      }
      if (char === ':' && this.#depth === 1) this.#key = this.#lastString;
      if (char === ',' && this.#depth === 1) this.#key = undefined;
      if (char === ']' || char === '}') {
        if (this.#inRows && this.#depth === this.#rowDepth && this.#row !== undefined) {
          this.#endRow(text.slice(start, index));
          start = index;
        }
        if (this.#inRows && this.#depth === this.#rowDepth) this.#inRows = false;
        this.#depth--;
        if (this.#depth < 0) throw new JsonSyntaxError(`unexpected "${char}"`);
        continue;
      }
      if (char === ',' && this.#inRows && this.#depth === this.#rowDepth && this.#row !== undefined) {
        this.#endRow(text.slice(start, index));
        start = index;
        this.#sawRowSeparator = true;
        continue;
      }
      if (this.#kind === undefined && !whitespace.has(char)) this.#kind = 'other';
    }
    if (this.#row !== undefined) this.#row += text.slice(start);
    else this.#skeleton.push(text.slice(start));
  }

  #endRow(tail: string): void {
    const row = (this.#row ?? '') + tail;
    this.#row = undefined;
    this.#sawRowSeparator = false;
    this.#onRow(row);
  }

  /**
   * Checks that the document was whole and well formed around the postings.
   *
   * @throws JsonSyntaxError naming what is wrong.
   */
  finish(): 'array' | 'jobs' | 'other' {
    if (this.#inString || this.#depth !== 0 || this.#row !== undefined) throw new JsonSyntaxError('the document ends in the middle');
    let skeleton: unknown;
    try {
      skeleton = JSON.parse(this.#skeleton.join(''));
    } catch (error) {
      throw new JsonSyntaxError(error instanceof Error ? error.message : String(error));
    }
    if (this.#kind === 'array') return 'array';
    const jobs = (skeleton as { jobs?: unknown } | null)?.jobs;
    return this.#kind === 'jobs' && this.#rowDepth === 2 && Array.isArray(jobs) ? 'jobs' : 'other';
  }
}
