import type { SpellingChange } from './correct-spelling.ts';
import type { ParsedRequest } from './parse-request.ts';

/**
 * The request with the person's own words put back into its steps' arguments wherever the
 * spelling corrector changed a word the planner did not need to pick the action (`keyWords`:
 * the words its patterns and request verbs key on). Regression (session 38): "search
 * inventory planer jobs" searched "inventory player": what is searched for, noted or named
 * is sent as typed.
 *
 * @example
 * withOwnWords(request, [{ said: 'planer', meant: 'player' }], 'search planer jobs', keyWords); // query "planer"
 */
export function withOwnWords(request: ParsedRequest, changes: readonly SpellingChange[], said: string, keyWords: ReadonlySet<string>): ParsedRequest {
  const lower = said.toLowerCase();
  const undone = changes.filter(({ meant, said: typed }) => !keyWords.has(meant) && /^[a-z]+$/.test(meant) && /^[a-z]+$/.test(typed) && !new RegExp(`\\b${meant}\\b`).test(lower));
  if (undone.length === 0) return request;
  const restore = (value: unknown): unknown => {
    if (typeof value === 'string') return undone.reduce((text, { said: typed, meant }) => text.replace(new RegExp(`\\b${meant}\\b`, 'g'), typed), value);
    if (Array.isArray(value)) return value.map(restore);
    return value;
  };
  return { ...request, steps: request.steps.map((step) => ({ ...step, args: Object.fromEntries(Object.entries(step.args).map(([field, value]) => [field, restore(value)])) })) };
}
