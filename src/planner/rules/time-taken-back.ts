/**
 * A time said, taken back and said again in the same breath: "every Monday, no wait, Tuesday at 8",
 * "tomorrow at 9 - sorry, 10", "at 7, I mean 7:30", "on Friday, make that Thursday". What was taken
 * back is no part of the request: only the time said last is read, with the words that framed the
 * first ("every", "on", "at") when the second says none.
 */

/** A word a day or a time of day is said with. */
const timeWord =
  /^(?:every|each|on|at|around|by|next|this|daily|weekly|hourly|nightly|week\s*days?|weekdays?|weekends?|mornings?|afternoons?|evenings?|nights?|noon|midday|tonight|today|tomorrow|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|\d{1,2}(?:[:.]\d{2})?(?:am|pm|h)?|am|pm|o'?clock)$/i;
/** A word that says which day or time, not only how it is framed ("every", "at" alone say neither). */
const anchor =
  /^(?:daily|weekly|hourly|nightly|weekdays?|weekends?|mornings?|afternoons?|evenings?|noon|midday|tonight|today|tomorrow|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|\d{1,2}(?:[:.]\d{2})?(?:am|pm|h)?)$/i;
const frame = /^(?:every|each|on|at|around|by|next|this)$/i;
/**
 * Taking back what was just said: "no wait", "wait, no", "no,", "sorry", "I mean", "make that", "or rather",
 * "scratch that", ", actually". ("make it" is left out: "daily at 9, make it weekly" may keep the 9.)
 */
// (The words only, after a space or a comma: what separates them from the time before is trimmed in code. A
// pattern that began with the spaces took quadratic time on a long run of them: "open" and 10 000 spaces hung.)
const takenBack = /(?<=[\s,;])(?:no\s*,?\s*wait|wait\s*,?\s*no|no\s*,|sorry|i\s+mean|make\s+that|or\s+rather|scratch\s+that|(?<=,\s{0,3})actually)\s*[,:]?\s*/gi;

/** Where the words before `at` end, without the spaces, commas, semicolons and dashes between them. */
const endBefore = (text: string, at: number): number => {
  let end = at;
  while (end > 0 && /[\s,;-]/.test(text[end - 1] ?? '')) end--;
  return end;
};

const bare = (word: string) => word.replace(/[,;:.!?]+$/, '');
const clock = /^(?:\d{1,2}(?:[:.]\d{2})?(?:am|pm|h)?|noon|midday)$/i;

/**
 * The time said again, in full: "tomorrow at 9 - sorry, 10" is tomorrow at 10 (a clock time alone changes only the
 * clock time), "every Monday, no wait, Tuesday" is every Tuesday (the first one's frame kept when the second has none).
 */
function saidAgain(said: readonly string[], again: readonly string[]): string[] {
  const times = again.map(bare).filter((word) => !frame.test(word));
  if (times.every((word) => clock.test(word)) && said.some((word) => anchor.test(word) && !clock.test(word))) {
    const at = said.findLastIndex((word) => clock.test(word));
    const told = at < 0 ? [...said, 'at', ...times] : said.map((word, index) => (index === at ? times.join(' ') : word));
    // (A comma after the time said again still ends it: "tomorrow at 9, no, 10, to call Acme".)
    const comma = /[,;:]$/.exec(again.at(-1) ?? '')?.[0];
    return comma ? [...told.slice(0, -1), `${told.at(-1) ?? ''}${comma}`] : told;
  }
  const framed = frame.test(bare(again[0] ?? '')) ? [] : said.slice(0, said.findIndex((word) => !frame.test(word)));
  return [...framed, ...again];
}

/**
 * The message with each time taken back left out, and the time said after it in its place.
 *
 * @example
 * withTimeTakenBack('every Monday, no wait, Tuesday at 8, new baker jobs in Bristol'); // 'every Tuesday at 8, new baker jobs in Bristol'
 */
export function withTimeTakenBack(message: string): string {
  let text = message;
  for (let guard = 0; guard < 3; guard++) {
    const next = takeBackOnce(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

function takeBackOnce(text: string): string {
  for (const found of text.matchAll(takenBack)) {
    const before = text.slice(0, endBefore(text, found.index)).split(' ');
    let first = before.length;
    // (A comma after a word ends the time before it: "Leeds, every Monday" keeps "Leeds".)
    while (first > 0 && before.length - first < 5 && timeWord.test(bare(before[first - 1] ?? '')) && (first === before.length || !/[,;:]$/.test(before[first - 1] ?? ''))) first--;
    const said = before.slice(first).map(bare);
    if (!said.some((word) => anchor.test(word))) continue;
    const after = text.slice(found.index + found[0].length).split(' ');
    let count = 0;
    while (count < after.length && count < 5 && timeWord.test(bare(after[count] ?? ''))) {
      count++;
      if (/[,;:.!?]$/.test(after[count - 1] ?? '')) break;
    }
    // (The time said again ends on a day or a time, never on "at" or "every" that begin what follows.)
    while (count > 0 && frame.test(bare(after[count - 1] ?? ''))) count--;
    const again = after.slice(0, count);
    if (!again.some((word) => anchor.test(bare(word)))) continue;
    return [...before.slice(0, first), ...saidAgain(said, again), ...after.slice(count)].join(' ').replace(/\s+/g, ' ').trim();
  }
  return text;
}
