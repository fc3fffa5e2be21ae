import type { z } from 'zod';
import { JobpilotError } from '../errors.ts';
import { turnTaker } from '../jobs/event-loop-turns.ts';
import { describeIssues } from './plugins/route-schemas.ts';

// A lone surrogate: with the u flag a well-formed pair is one code point and does not match.
const loneSurrogate = /\p{Cs}/u;

/** Why a string cannot be stored as text (Postgres refuses NUL; a lone surrogate is not Unicode), or undefined. */
function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which text cannot hold';
  const surrogate = loneSurrogate.exec(text);
  if (surrogate) {
    const code = surrogate[0].charCodeAt(0).toString(16).toUpperCase();
    return `contains an unpaired surrogate (U+${code}), which is not valid Unicode text`;
  }
  return undefined;
}

/**
 * The first string in `value` (a string, or strings and keys nested in arrays and plain
 * objects) that cannot be stored as text: a NUL character or invalid UTF-16, with where it
 * is (`notes: contains …`). Bytes (a file's body) are not text and are not looked into.
 *
 * @example
 * findUnstorableText({ notes: 'a\u0000b' }); // 'notes: contains a NUL character (U+0000), …'
 */
export function findUnstorableText(value: unknown): string | undefined {
  const steps = unstorableTextSteps(value);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The walk of `findUnstorableText`, one step per string: in order, depth first, so the first
 * problem found is the one a reader meets first. A step is where a caller may pause.
 */
function* unstorableTextSteps(value: unknown): Generator<void, string | undefined> {
  // Each entry knows its parent, not its whole path: a path is spelled out only for the problem
  // found, so a walk costs the size of the value however deep it nests.
  interface Place {
    value: unknown;
    parent?: Place;
    key?: string;
  }
  const pathOf = (place: Place | undefined): string[] => {
    const path: string[] = [];
    for (let at = place; at?.key !== undefined; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  const at = (place: Place | undefined, problem: string) => {
    const path = pathOf(place);
    return path.length ? `${path.join('.')}: ${problem}` : problem;
  };
  const stack: Place[] = [{ value }];
  let visited = 0;
  for (let next = stack.pop(); next; next = stack.pop()) {
    // A step every so many places as well as at each string: pauses in a walk of no strings too.
    if (++visited % 256 === 0) yield;
    const keyProblem = next.key === undefined || /^\d+$/.test(next.key) ? undefined : textProblem(next.key);
    if (keyProblem) return at(next.parent, `a name ${keyProblem}`);
    const item = next.value;
    if (typeof item === 'string') {
      const problem = textProblem(item);
      if (problem) return at(next, problem);
      yield;
      continue;
    }
    if (item === null || typeof item !== 'object' || item instanceof Uint8Array) continue;
    const entries = Array.isArray(item) ? [...item.entries()] : Object.entries(item);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, child] = entries[index]!;
      stack.push({ value: child, parent: next, key: String(key) });
    }
  }
  return undefined;
}

/**
 * Refuses input holding text that cannot be stored (NUL, invalid UTF-16) with a
 * BAD_REQUEST naming where it is, instead of letting the database fail on it.
 *
 * @example
 * refuseUnstorableText(request.body, 'body');
 */
export function refuseUnstorableText(value: unknown, where: string): void {
  const problem = findUnstorableText(value);
  if (problem) throw unstorable(where, problem);
}

/**
 * `refuseUnstorableText` for a large input (an import of 10,000 postings): the walk lets the
 * event loop run every few milliseconds (`turnTaker`).
 *
 * @example
 * await refuseUnstorableTextInTurns(request.body, 'body');
 */
export async function refuseUnstorableTextInTurns(value: unknown, where: string): Promise<void> {
  const pause = turnTaker();
  const steps = unstorableTextSteps(value);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  if (step.value) throw unstorable(where, step.value);
}

const unstorable = (where: string, problem: string) =>
  new JobpilotError('BAD_REQUEST', `Invalid ${where}: ${problem}; remove it and send the text again.`);

/**
 * Parses route input with zod; a failure is a BAD_REQUEST naming the field and the problem.
 * Text that cannot be stored (NUL, invalid UTF-16) is refused the same way, whatever the schema.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  refuseUnstorableText(value, what);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new JobpilotError('BAD_REQUEST', `Invalid ${what}: ${describeIssues(result.error.issues, schema)}`);
}
