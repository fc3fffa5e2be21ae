import type { z } from 'zod';
import { JobpilotError } from '../errors.ts';

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
export function findUnstorableText(value: unknown, path: readonly string[] = []): string | undefined {
  const at = (problem: string) => (path.length ? `${path.join('.')}: ${problem}` : problem);
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem && at(problem);
  }
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return undefined;
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const keyProblem = typeof key === 'string' ? textProblem(key) : undefined;
    const found = keyProblem ? at(`a name ${keyProblem}`) : findUnstorableText(item, [...path, String(key)]);
    if (found) return found;
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
  if (problem) throw new JobpilotError('BAD_REQUEST', `Invalid ${where}: ${problem}; remove it and send the text again.`);
}

/**
 * Parses route input with zod; a failure is a BAD_REQUEST naming the field and the problem.
 * Text that cannot be stored (NUL, invalid UTF-16) is refused the same way, whatever the schema.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  refuseUnstorableText(value, what);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) =>
    issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new JobpilotError('BAD_REQUEST', `Invalid ${what}: ${problems.join('; ')}`);
}
