/** Sentence ends, semicolons, commas and joining words ("and then", "then", "but"). */
const clauseBoundary =
  /\s*(?:;|[.!?](?=\s|$)|,?\s+(?:and then|and also|and afterwards|and|then|after that|afterwards|plus|but|&)\s+|,)\s*/i;

/**
 * Splits a message into the clauses a person chained together, in order.
 *
 * @example
 * splitClauses('open hn, then launch the calculator'); // ['open hn', 'launch the calculator']
 */
export function splitClauses(message: string): string[] {
  return message
    .split(clauseBoundary)
    .map((clause) => clause.trim())
    .filter(Boolean);
}
