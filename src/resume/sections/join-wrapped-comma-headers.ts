/**
 * "Registered Nurse, Surgical Ward, Westmead Private" / "Hospital" / "Feb 2017 - Feb 2021": a theme
 * that prints "Title, Employer" on one line over the dates wraps a long one in a narrow column, and
 * the employer's last words then stand on a line of their own, where they read as the employer.
 */
import { isLocationLike, isTitleLike } from './classify-entry-part.ts';
import { findDateRange } from './find-date-range.ts';
import type { EntryLine } from './join-wrapped-lines.ts';
import { splitEntryHeader, withoutDate } from './split-entry-header.ts';

const isLoneDate = (item: EntryLine | undefined) => {
  if (!item || item.bullet || item.text === '') return false;
  const range = findDateRange(item.text);
  return range !== undefined && withoutDate(item.text, range) === '';
};


// "Cashier, Bartell Drugs": a title, then a name that is no title and no place.
function isTitleThenName(text: string): boolean {
  const parts = splitEntryHeader(text, { splitCommas: true }).filter((part) => part.kind !== 'location');
  const last = parts.at(-1);
  return parts.length >= 2 && parts[0]?.kind === 'title' && last !== undefined && last.kind !== 'title';
}

// "Hospital", "Pvt. Ltd.", "Systeme für Nutzfahrzeuge GmbH": the rest of a name, not a title, place,
// sentence or list.
function isNameRest(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 5 || /[,;:!?|]|\d{4}/.test(text) || /[.]$/.test(text) && !/\b\p{L}{1,4}\.$/u.test(text)) return false;
  return !isTitleLike(text) && !isLocationLike(text) && /^[\p{Lu}\p{Ll}]/u.test(text);
}

/**
 * Joins the wrapped end of a "Title, Employer" header back onto it, where the section shows the
 * layout: at least one other entry's "Title, Employer" stands alone on the line over its dates.
 * `isHeaderLike` tells a header's line from a highlight's (the section's reader knows how).
 *
 * @example
 * joinWrappedCommaHeaders(lines('Cashier, Bartell Drugs', 'Jun 2020 - Aug 2021', 'Intern, Microsoft', 'Corporation',  'Jun 2024 - Sep 2024'), isHeaderLike);
 * // … 'Intern, Microsoft Corporation', 'Jun 2024 - Sep 2024'
 */
export function joinWrappedCommaHeaders(items: readonly EntryLine[], isHeaderLike: (item: EntryLine) => boolean): EntryLine[] {
  const isPlainLine = (item: EntryLine | undefined): item is EntryLine =>
    item !== undefined && !item.heading && !isLoneDate(item) && isHeaderLike(item);
  const dates = items.flatMap((item, index) => (isLoneDate(item) ? [index] : []));
  const oneLine = dates.some((index) => {
    const header = items[index - 1];
    return isPlainLine(header) && !isPlainLine(items[index - 2]) && isTitleThenName(header.text);
  });
  if (!oneLine) return [...items];
  const joined = new Set<number>();
  for (const index of dates) {
    const [rest, above] = [items[index - 1], items[index - 3]];
    // A list glyph (or an icon read as one) before the section's first line marks no highlight: no job is above it.
    const opensSection = items.slice(0, index - 2).every((item) => item.text === '');
    const header = items[index - 2];
    const first = opensSection && header ? { ...header, bullet: false } : header;
    if (!isPlainLine(first) || !isPlainLine(rest) || isPlainLine(above)) continue;
    if (isTitleThenName(first.text) && !isTitleThenName(rest.text) && isNameRest(rest.text)) joined.add(index - 2);
  }
  const result: EntryLine[] = [];
  for (const [index, item] of items.entries()) {
    if (joined.has(index - 1)) continue;
    result.push(joined.has(index) ? { ...item, bullet: false, text: `${item.text} ${items[index + 1]?.text ?? ''}` } : { ...item });
  }
  return result;
}
