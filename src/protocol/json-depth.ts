import { JobpilotError } from '../errors.ts';

/**
 * How deep JSON a request may nest: far beyond any body this API documents (a posting, a
 * JSON Resume, a LangGraph run's input are a handful of levels), far below what costs time.
 */
export const maxJsonDepth = 64;

/**
 * Whether JSON `text` nests arrays and objects deeper than `limit`, read in one pass over its
 * characters (brackets inside strings do not count), before anything parses it. Says nothing of
 * whether the text is well-formed: the parser says that.
 *
 * @example
 * nestsDeeperThan('[[[1]]]', 2); // true
 * nestsDeeperThan('{"a": "[[[["}', 2); // false
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) depth--;
  }
  return false;
}

/** The refusal of JSON nested past `maxJsonDepth` (`what`: "The body", "Posting 3"), in the documented error shape. */
export const tooDeep = (what = 'The body') =>
  new JobpilotError('BAD_REQUEST', `${what} nests arrays or objects more than ${maxJsonDepth} levels deep; no request of this API needs that, send the data flatter.`);
