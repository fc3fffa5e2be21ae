/**
 * Sentence ends, semicolons, commas and joining words ("and then", "then", "but"), on text
 * whose whitespace is already single spaces: unambiguous, so matching stays linear.
 */
const clauseBoundary =
  / ?(?:;|[.!?](?= |$)|,? (?:and then|and also|and afterwards|and|then|after that|afterwards|plus|but|&) |,) ?/i;

/** Longer than any command a person types; beyond it the rest is not read. */
export const maxMessageLength = 4000;

/**
 * Splits a message into the clauses a person chained together, in order.
 *
 * @example
 * splitClauses('open hn, then launch the calculator'); // ['open hn', 'launch the calculator']
 */
export function splitClauses(message: string): string[] {
  return message
    .slice(0, maxMessageLength)
    .replace(/\s+/g, ' ')
    .split(clauseBoundary)
    .map((clause) => clause.trim())
    .filter(Boolean);
}
