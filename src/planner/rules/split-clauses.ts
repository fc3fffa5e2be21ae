/**
 * Strong boundaries always end a clause ("; ", ". ", ":) ", "then", "after that"), except the full stop
 * of an abbreviation ("sr.", "asst.", "S.A.", "Sp. z o.o.", "Inc. was"); weak ones (",",
 * "and", "&", "plus", "but") may sit inside one ("remote typescript and react jobs", "save
 * it, note: from Ana"), so the reader decides. A thousands comma ("CAD 105,000") is no boundary. Matched on text whose whitespace is already
 * single spaces: unambiguous, so matching stays linear.
 */
const boundary =
  / ?(?:(?<strong>;|(?<![\w:]):-?[)(dp](?= |$)|(?<!\b(?:no|nr|vs|e\.g|i\.e|mr|ms|mrs|dr|st|sr|jr|snr|jnr|approx|incl|prox|inst|ult|asst|assoc|mgr|dept|govt|intl|exec)|(?:^|[ .])[a-zà-ÿ]|\b\d{1,2}\.\d{1,2}|\b(?:on|am|next|this|by|until) (?:mo|di|mi|do|fr|sa|so)|\b(?:inc|ltd|corp|co|sp|bros|llc|plc|pvt|pty)(?=\. [a-zà-ÿ]))[.!?](?= |$)|,? (?:and then|and also|and afterwards|then|after that|afterwards|once that'?s done|when that'?s done|and after that) )|(?<weak>,? (?:and|plus|but|&) |,(?!\d{3}(?!\d))|(?<!\d),)) ?/gi;

/** Longer than any command a person types; beyond it the rest is not read. */
export const maxMessageLength = 4000;

/** A piece of a message and how strongly it is separated from the piece before it. */
export interface Segment {
  text: string;
  /** The words that separated it from the previous piece (", ", " and "); empty for the first. */
  joint: string;
  strong: boolean;
}

/**
 * Splits a message into the pieces a person may have chained together, in order.
 *
 * @example
 * splitClauses('open hn, then launch the calculator').map((segment) => segment.text); // ['open hn', 'launch the calculator']
 */
export function splitClauses(message: string): Segment[] {
  const text = message.slice(0, maxMessageLength).replace(/\s+/g, ' ').trim();
  const segments: Segment[] = [];
  let start = 0;
  let joint = '';
  let strong = true;
  for (const match of text.matchAll(boundary)) {
    // ("Harrow & Vane Ltd", "Marks & Spencer": an ampersand between capitalised words is a name's.)
    if (match.groups?.weak?.trim() === '&' && /\p{Lu}[\p{L}'’.-]*$/u.test(text.slice(0, match.index)) && /^\p{Lu}/u.test(text.slice(match.index + match[0].length))) continue;
    push(segments, text.slice(start, match.index), joint, strong);
    joint = match[0];
    strong = match.groups?.strong !== undefined;
    start = match.index + match[0].length;
  }
  push(segments, text.slice(start), joint, strong);
  return segments;
}

function push(segments: Segment[], raw: string, joint: string, strong: boolean): void {
  const text = raw.trim();
  if (!text) return;
  // The first piece has nothing before it; a piece after an empty one is as separate as it gets.
  segments.push({ text, joint: segments.length === 0 ? '' : joint, strong: segments.length === 0 || strong });
}
