/**
 * "'12 – '16", "’21–’23", "Class of '19": years cut to two digits after an apostrophe, as a compact
 * theme prints a school's years. Written out in full, the date readers know them.
 */

// An apostrophe and two digits standing alone: not "Jan'19" (a month's, read already), not "90's".
const shortYear = /(?<![\p{L}\d])['’‘](\d{2})(?![\d\p{L}'’])/gu;

/**
 * The text with its two-digit years written in full: up to ten years ahead of `today` is this
 * century, the rest the last.
 *
 * @example
 * expandApostropheYears("B.E. Mechanical, PICT Pune\t'12 – '16 · 74.6%", new Date('2026-12-06')); // "B.E. Mechanical, PICT Pune\t2012 – 2016 · 74.6%"
 */
export function expandApostropheYears(text: string, today: Date = new Date()): string {
  const pivot = (today.getUTCFullYear() % 100) + 10;
  return text.replace(shortYear, (_whole, digits: string) => `${Number(digits) <= pivot ? '20' : '19'}${digits}`);
}
