import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { type TiktokenBPE, Tiktoken } from 'js-tiktoken/lite';

/**
 * The encoding's ranks (2.3 MB of JavaScript) load with the first count, not with the server's
 * modules: a start that counts nothing before it is ready does not parse them.
 */
let encoder: Tiktoken | undefined;
const tokenizer = (): Tiktoken => {
  encoder ??= new Tiktoken(createRequire(import.meta.url)('js-tiktoken/ranks/o200k_base') as TiktokenBPE);
  return encoder;
};

/** Texts counted lately: a prompt repeats most of its text (the catalogue, the window) every turn. */
const counted = new Map<string, number>();
const countedLimit = 2_000;
/**
 * Texts up to this length are remembered by themselves; a longer one (the action catalogue,
 * ~20,000 characters, or a pasted posting the window repeats every turn) by its length and
 * digest, so the memory holds no long text. Hashing 20,000 characters cost ~0.17 ms on a loaded
 * machine, encoding them ~10 ms: the catalogue's count was a fifth of a model turn's server CPU
 * while it was encoded on every decision (docs/benchmarks.md, session 41).
 */
const keptWholeUpTo = 512;

const keyOf = (text: string): string =>
  text.length <= keptWholeUpTo ? text : `${text.length}:${createHash('sha1').update(text).digest('base64')}`;

/**
 * Counts tokens with OpenAI's o200k_base encoding (GPT-4o's). Gemini's tokenizer differs,
 * but by far less than the margin the prompt budget keeps; it is a real count, not a guess.
 * A text counted lately is not counted again (the least recently used counts are forgotten).
 *
 * @example
 * countTokens('hello world'); // 2
 */
export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  const key = keyOf(text);
  const known = counted.get(key);
  if (known !== undefined) {
    counted.delete(key);
    counted.set(key, known);
    return known;
  }
  const tokens = tokenizer().encode(text).length;
  counted.set(key, tokens);
  if (counted.size > countedLimit) counted.delete(counted.keys().next().value as string);
  return tokens;
}

/**
 * Cuts `text` to at most `maxTokens` tokens, keeping its start and its end and putting a
 * marker where the middle was, so a trimmed message still reads as one.
 *
 * @example
 * trimToTokens('a very long pasted posting …', 100); // 'a very long … [… 12,345 characters trimmed …] … end'
 */
export function trimToTokens(text: string, maxTokens: number): string {
  // Cheap exit first: no token is shorter than one character.
  if (text.length <= maxTokens) return text;
  // A text that fits is counted once (a long message the window repeats every turn).
  if (countTokens(text) <= maxTokens) return text;
  const tokens = tokenizer().encode(text);
  const room = Math.max(0, maxTokens - 12); // the marker's own cost
  const head = Math.ceil((room * 2) / 3);
  const tail = room - head;
  const start = tokenizer().decode(tokens.slice(0, head));
  const end = tail > 0 ? tokenizer().decode(tokens.slice(tokens.length - tail)) : '';
  const cut = text.length - start.length - end.length;
  return `${start} [… ${cut.toLocaleString('en-US')} characters trimmed …] ${end}`.trim();
}
