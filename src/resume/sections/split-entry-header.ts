/**
 * Breaks an entry's header line into its fields: "Senior Engineer — Acme Corp, Berlin",
 * "Acme Corp | Senior Engineer", "Tech Lead at Celonis", "Engineer @ Siemens AG",
 * "Zillow Group, Seattle, WA". Dates are removed first (see `withoutDate`).
 */
import { classifyEntryPart, endsWithLegalForm, endsWithRoleWord, isLegalForm, isLocationLike, isOrganisationLike, isTitleLike, type EntryPartKind } from './classify-entry-part.ts';
import type { DateRange } from './find-date-range.ts';
import { parseLocation } from './parse-location.ts';

export interface HeaderPart {
  text: string;
  kind: EntryPartKind;
  /** The part followed " at " or " @ ": an organisation whatever it looks like. */
  afterAt?: boolean;
  /** The part preceded " at " or " @ ": a title whatever it looks like. */
  beforeAt?: boolean;
  /** The dash the part followed ("Registered Nurse – ICU"), which may join it to a title. */
  afterDash?: string;
}

// How long the job lasted, printed after its dates: "11 years 3 months", "(2 yrs 4 mos)", "· 8 months",
// "less than a year". It names neither the title nor the employer. An icon a theme sets before it (a
// clock glyph no font maps, read as NUL or a private-use character) goes with it.
const tenure =
  /^[\s(·•|,–—\0\p{Co}-]*(?:(?:\d{1,2}|an?|one)\s*(?:years?|yrs?|jahre?n?|años?|ans?|jaar|år)(?:,?\s*(?:and\s+|und\s+|y\s+|et\s+)?\d{1,2}\s*(?:months?|mos?|monate?n?|meses|mois|maanden|månader|måneder))?|\d{1,2}\s*(?:months?|mos?|monate?n?|meses|mois|maanden|månader|måneder)|less\s+than\s+a\s+(?:year|month))(?![\p{L}\d])\s*\)?/iu;

/**
 * Whether a line only says how long a job or a course lasted ("5 years", "(2 yrs 4 mos)", "a year").
 *
 * @example
 * isTenure('11 years 3 months'); // true
 */
export function isTenure(text: string): boolean {
  const match = tenure.exec(text);
  return match !== null && match[0].trim() !== '' && text.slice(match[0].length).trim() === '';
}

const strongSeparator = /\s+[|–—•·]\s+|\s*\|\s*|\s+-\s+|\s*\t\s*|,?\s+(?:at|@)\s+(?=[\p{Lu}\d])/u;

/**
 * The header line without its date range and the brackets or separators around it.
 *
 * @example
 * withoutDate('QA Engineer, Valeo (Sept 2017 – Aug 2021)', findDateRange('QA Engineer, Valeo (Sept 2017 – Aug 2021)'));
 * // 'QA Engineer, Valeo'
 */
export function withoutDate(text: string, range: DateRange | undefined): string {
  if (!range) return text.trim();
  const before = text.slice(0, range.index);
  const after = text.slice(range.index + range.match.length).replace(tenure, '');
  // "Data Analyst | 2019 – 2021 | Harbourline": a date between two columns leaves them apart.
  const between = /\|\s*$/.test(before) && /^\s*\|/.test(after) ? ' | ' : ' ';
  // "Boston, MA / Sept 2017 to Dec 2020": a slash before the dates parts them from the place.
  return `${before.replace(/[\s([{,|:–—•·/-]+$/u, '')}${between}${after.replace(/^[\s)\]},|:–—•·/-]+/u, '')}`
    .replace(/\(\s*\)/g, '')
    .trim()
    .replace(/[\s,|:–—•·-]+$/u, '')
    .replace(/^[\s,|:–—•·-]+/u, '')
    .trim();
}

/**
 * Splits a header line into classified parts. With `splitCommas`, a comma also separates
 * parts ("Senior Engineer, Acme Corp") unless the comma belongs to a location
 * ("Berlin, Germany").
 *
 * @example
 * splitEntryHeader('Tech Lead at Celonis, Munich');
 * // [{ text: 'Tech Lead', kind: 'title', beforeAt: true }, { text: 'Celonis', kind: 'unknown', afterAt: true },
 * //  { text: 'Munich', kind: 'location' }]
 */
export function splitEntryHeader(text: string, options: { splitCommas?: boolean } = {}): HeaderPart[] {
  const parts: HeaderPart[] = [];
  const pattern = new RegExp(strongSeparator.source, 'gu');
  let last = 0;
  let nextIsAfterAt = false;
  let nextDash: string | undefined;
  const pieces: { text: string; afterAt: boolean; beforeAt: boolean; afterDash?: string }[] = [];
  for (const match of text.matchAll(pattern)) {
    const isAt = /(?:^|\s)(?:at|@)\s/.test(match[0]);
    pieces.push({ text: text.slice(last, match.index), afterAt: nextIsAfterAt, beforeAt: isAt, afterDash: nextDash });
    nextIsAfterAt = isAt;
    nextDash = /^\s+[–-]\s+$/.test(match[0]) ? match[0].trim() : undefined;
    last = match.index + match[0].length;
  }
  pieces.push({ text: text.slice(last), afterAt: nextIsAfterAt, beforeAt: false, afterDash: nextDash });
  // With strong separators present, a comma belongs to its field ("Engineering Manager, Payments | 2021"),
  // unless every other field is a place: "Sous Chef, The Copper Pot Bistro — Boston, MA" is "Sous Chef,
  // The Copper Pot Bistro, Boston, MA" with a dash before the place.
  const named = pieces.filter((piece) => !isWholeLocation(piece.text.trim()));
  const splitCommas = (options.splitCommas ?? false) && named.length === 1;
  for (const piece of pieces) {
    // "Marketing Manager, ⇥ Swapfiets": the comma before a column gap parts what the gap parts.
    const [name, place] = placeAfterLegalForm(piece.text.trim().replace(/\s*,$/, ''));
    for (const [index, fragment] of [...splitPiece(name, splitCommas), ...(place ? [place] : [])].entries()) {
      if (fragment === '') continue;
      const part: HeaderPart = { text: fragment, kind: fragment === place ? 'location' : classifyEntryPart(fragment) };
      if (piece.afterAt && part.kind !== 'location') part.afterAt = true;
      if (piece.beforeAt) part.beforeAt = true;
      if (piece.afterDash && index === 0) part.afterDash = piece.afterDash;
      parts.push(part);
    }
  }
  return parts.some((part) => part.kind === 'title' || part.beforeAt || part.afterAt) ? parts : parts.flatMap(titleBeforeName);
}

/**
 * "Financial Data Analyst Kaveri Fintech Pvt. Ltd.": a theme that sets the title and the employer
 * apart only by its style sheet leaves them a space apart. A part that opens with a title (ending in
 * a role word) and goes on with an organisation's name is the two.
 */
function titleBeforeName(part: HeaderPart): HeaderPart[] {
  if (part.kind !== 'organisation' && part.kind !== 'unknown') return [part];
  const words = part.text.split(/\s+/);
  for (let cut = words.length - 1; cut >= 1; cut--) {
    const title = words.slice(0, cut).join(' ');
    const name = words.slice(cut).join(' ');
    // "Maintenance Technician III, Harlow Mills, Inc.": a grade after the role word is the title's, not the employer's.
    if (!/^[\p{Lu}\d]/u.test(name) || gradeStart.test(name) || !endsWithRoleWord(title) || !isTitleLike(title) || isTitleLike(name)) continue;
    if (!endsWithLegalForm(name) && !isOrganisationLike(name)) continue;
    return [{ ...part, text: title, kind: 'title' }, { text: name, kind: classifyEntryPart(name) }];
  }
  return [part];
}

const gradeStart = /^(?:I{1,3}|IV|VI{0,3}|[1-5])(?:[,\s]|$)/u;

// "Warta Hurt S.A., Gniezno": a legal form ends the employer's name, so a name after it, even a
// town no table knows, is where the job was.
function placeAfterLegalForm(piece: string): [string, string | undefined] {
  const match = /^(.+\S),\s*(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(piece);
  const [, name = '', place = ''] = match ?? [];
  if (!match || !endsWithLegalForm(name) || isLegalForm(place) || isTitleLike(place) || isOrganisationLike(place)) return [piece, undefined];
  return [name, place];
}

// A place from its first word: "Bergen, Norway", "UK (remote)"; not "Monzo Bank, London".
function isWholeLocation(text: string): boolean {
  if (!isLocationLike(text)) return false;
  const first = text.split(/\s*[,(]/)[0] ?? '';
  return isLocationLike(first) || parseLocation(text)?.city === first;
}

// A trailing location is its own part: "Zillow Group, Seattle, WA" → ["Zillow Group", "Seattle, WA"];
// "Zalando SE (Berlin)" → ["Zalando SE", "Berlin"].
function splitPiece(piece: string, splitCommas: boolean): string[] {
  // "Leeds, UK" and "UK (remote)" are one location.
  if (/[,(]/.test(piece) && isWholeLocation(piece)) return [piece];
  const bracket = /^(.*\S)\s*\(([^()]+)\)$/.exec(piece);
  if (bracket && isLocationLike(bracket[2] ?? '')) return [...splitPiece(bracket[1] ?? '', splitCommas), bracket[2] ?? ''];
  const commas = piece.split(/\s*,\s*/);
  if (commas.length === 1) return [piece];
  for (let start = 1; start < commas.length; start++) {
    const tail = commas.slice(start).join(', ');
    // "Grant Thornton UK LLP, Manchester" is an employer and its city, not one place.
    const first = commas[start] ?? '';
    if (isLocationLike(tail) && !isOrganisationLike(first) && !isTitleLike(first)) {
      const head = commas.slice(0, start).join(', ');
      return [...(splitCommas ? withLegalForms(commas.slice(0, start)) : [head]), tail];
    }
  }
  return splitCommas ? withLegalForms(commas) : [piece];
}

// "Brightpath Labs, Inc.": a legal form after a comma ends the name before it.
function withLegalForms(pieces: readonly string[]): string[] {
  const joined: string[] = [];
  for (const piece of pieces) {
    if (joined.length > 0 && isLegalForm(piece)) joined[joined.length - 1] += `, ${piece}`;
    else joined.push(piece);
  }
  return joined;
}
