import type { SpellingChange } from './correct-spelling.ts';
import type { ParsedRequest } from './parse-request.ts';
import { tidyTimeWords } from '../../time/said-times.ts';
import { endsWithRoleWord } from '../../resume/sections/classify-entry-part.ts';

/**
 * A role word typed one slip off ("plumbr", "nures"), read as the role: a search for the word as typed finds nothing
 * (trial s48 #47). A word that is a role of its own ("waiter", "writer") is never one.
 */
const roleMisspelt = (typed: string, meant: string): boolean => endsWithRoleWord(meant) && !endsWithRoleWord(typed);

/** A word the time reader reads as typed ("tmrw", "tmr"): its own spelling is kept even where the planner keyed on the word it stands for. */
const readAsTyped = (typed: string) => tidyTimeWords(typed) !== typed;

/**
 * The request with the person's own words put back into its steps' arguments wherever the
 * spelling corrector changed a word the planner did not need to pick the action (`keyWords`:
 * the words its patterns and request verbs key on). Regression (session 38): "search
 * inventory planer jobs" searched "inventory player": what is searched for, noted or named
 * is sent as typed. Session 39: so is a day said short ("tmrw eve"), which the time reader reads
 * itself; a long word surely misspelled ("warehuose") is sent as meant.
 *
 * @example
 * withOwnWords(request, [{ said: 'planer', meant: 'player' }], 'search planer jobs', keyWords); // query "planer"
 */
export function withOwnWords(request: ParsedRequest, changes: readonly SpellingChange[], said: string, keyWords: ReadonlySet<string>): ParsedRequest {
  const lower = said.toLowerCase();
  const undone = changes.filter(
    ({ meant, said: typed }) =>
      (!keyWords.has(meant) || readAsTyped(typed)) && !surelySlip(typed, meant) && !roleMisspelt(typed, meant) && /^[a-z]+$/.test(meant) && /^[a-z]+$/.test(typed) && !new RegExp(`\\b${meant}\\b`).test(lower),
  );
  if (undone.length === 0) return request;
  const restore = (value: unknown): unknown => {
    if (typeof value === 'string') {
      // (A key word the planner chose as a value, "tomorrow" for a period, is a vocabulary's, not the person's words.)
      return undone.reduce((text, { said: typed, meant }) => (keyWords.has(meant) && text === meant ? text : text.replace(new RegExp(`\\b${meant}\\b`, 'g'), typed)), value);
    }
    if (Array.isArray(value)) return value.map(restore);
    return value;
  };
  return { ...request, steps: request.steps.map((step) => ({ ...step, args: Object.fromEntries(Object.entries(step.args).map(([field, value]) => [field, restore(value)])) })) };
}

/**
 * Whether a long word (seven letters or more) is surely a slip of the word it was read as:
 * two neighbouring letters swapped ("warehuose", "forkilft") or one letter more or less
 * ("enginer", "reciptionist"). Those are seldom other words; a letter typed for another
 * ("planer" read as "player") often is one, so it is sent as typed.
 *
 * @example
 * surelySlip('warehuose', 'warehouse'); // true
 */
export function surelySlip(typed: string, meant: string): boolean {
  if (typed.length < 7 || meant.length < 7) return false;
  if (typed.length !== meant.length) return true;
  const first = [...typed].findIndex((letter, index) => letter !== meant[index]);
  return first >= 0 && typed[first] === meant[first + 1] && typed[first + 1] === meant[first] && typed.slice(first + 2) === meant.slice(first + 2);
}
