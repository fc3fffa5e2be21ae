/**
 * Sentences of one line of prose, with their positions, so a sentence can be dropped and the
 * rest of the line kept exactly as written. A full stop after an abbreviation ("Inc.",
 * "e.g.", "B.Sc.", "Jan.") or an initial does not end a sentence.
 */

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const abbreviations = new Set([
  'inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st',
  'no', 'u.s', 'u.k', 'b.sc', 'm.sc', 'b.s', 'm.s', 'b.a', 'm.a', 'ph.d', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est',
]);

/**
 * Splits a line into sentences; the spans cover the whole line, spaces included.
 *
 * @example
 * splitSentences('I led Acme Corp. migrations. It worked!').map((span) => span.text);
 * // ['I led Acme Corp. migrations. ', 'It worked!']
 */
export function splitSentences(line: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of line.matchAll(/[.!?]+["”’)]*\s+(?=["“(]?[\p{Lu}\p{N}])/gu)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && endsWithAbbreviation(line.slice(start, match.index))) continue;
    spans.push({ text: line.slice(start, end), start, end });
    start = end;
  }
  if (start < line.length) spans.push({ text: line.slice(start), start, end: line.length });
  return spans;
}

function endsWithAbbreviation(text: string): boolean {
  const word = /(\S+)$/.exec(text)?.[1]?.toLowerCase() ?? '';
  return abbreviations.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
