/**
 * Work entries from the lines of an Experience section. Each entry is anchored on its date
 * line; its title and employer come from that line and the one or two header-like lines
 * next to it, whichever layout the resume uses:
 * - "Senior Engineer — Acme Corp, Jan 2019 – Present" (all on one line)
 * - "Acme Corp | Senior Engineer | 2019-2023"
 * - "Senior Engineer" / "Acme Corp" / "Jan 2019 – Present" (stacked lines)
 * - "Acme Corp    Mar 2019 – Present" / "iOS Engineer" (date to the right, title below)
 * - "2021 — now" / "Lead Designer at Satispay" (date first)
 * - "Grab" / "Senior Engineer" / "2021 – now" … "Engineer" / "2018 – 2020" (several roles, one employer)
 * Bullets and the prose under a header become highlights.
 */
import type { ResumeWork } from '../../protocol/json-resume.ts';
import { classifyEntryPart, endsWithLegalForm, isLegalForm, isLocationLike, isOrganisationLike, isTitleLike, isTradeOnly, titleEvidence } from './classify-entry-part.ts';
import { findDateRange, type DateRange } from './find-date-range.ts';
import { joinWrappedCommaHeaders } from './join-wrapped-comma-headers.ts';
import { joinWrappedLines, type EntryLine } from './join-wrapped-lines.ts';
import { inNameCase } from './name-case.ts';
import type { ResumeLine } from './resume-lines.ts';
import { isTenure, splitEntryHeader, withoutDate, type HeaderPart } from './split-entry-header.ts';

interface Entry {
  anchor: number;
  headerIndexes: number[];
  range: DateRange;
  work: ResumeWork;
  /** The lines the header indexes point into. */
  items: readonly EntryLine[];
}

/**
 * Parses the lines of an Experience section into JSON Resume work entries.
 *
 * @example
 * parseWork(toResumeLines('Senior Engineer — Acme Corp, Jan 2019 – Present\n• Led the ledger migration'));
 * // [{ name: 'Acme Corp', position: 'Senior Engineer', startDate: '2019-01', highlights: ['Led the ledger migration'] }]
 */
export function parseWork(lines: readonly ResumeLine[]): ResumeWork[] {
  const unwrapped = unbulletListedHeaders(dropRepeatedDates(joinBrokenRanges(joinWrappedLines(lines, { entriesAreDated: true }))));
  const items = joinWrappedCommaHeaders(unwrapped, isHeaderLike);
  const headings = items.flatMap((item, index) => (item.heading ? [index] : []));
  if (headings.length === 0) return withOpenLatestJob(withPlacesLikeTheOthers(parseEntries(items)).map(employerInNameCase));
  // Markdown: every heading starts an entry, whatever lies between it and its dates.
  const starts = [0, ...headings.filter((index) => index > 0)];
  const blocks = starts.map((start, position) => items.slice(start, starts[position + 1] ?? items.length));
  const entries = blocks.flatMap((block) => (block[0]?.heading ? parseHeadingBlock(block) : parseEntries(block)));
  return withOpenLatestJob(withPlacesLikeTheOthers(inheritEmployers(entries)).map(employerInNameCase));
}

// "VOLTWERK ENERGIESYSTEME GMBH", a plain-text CV's heading: the employer as people write it.
function employerInNameCase({ work }: Entry): ResumeWork {
  if (work.name !== undefined) work.name = inNameCase(work.name);
  return work;
}

// "Name, Town" at the end of an employer: a town of a word or three, in capitals, after the comma.
const nameWithTown = /^(.+\S),\s*(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/**
 * "Nedcargo Logistics Services, Rotterdam" / … / "Kuehne+Nagel, Tilburg": one resume prints every
 * employer the same way, so where one employer's place after its comma is a known town, the words
 * after the comma of the others are their towns too, though no table knows them.
 */
function withPlacesLikeTheOthers(entries: readonly Entry[]): Entry[] {
  const printedWithTown = ({ work, headerIndexes, items }: Entry) =>
    work.name !== undefined && work.location !== undefined && headerIndexes.some((index) => items[index]?.text.includes(`${work.name}, ${work.location}`));
  if (!entries.some(printedWithTown)) return [...entries];
  for (const entry of entries) {
    const { work } = entry;
    const match = work.location === undefined && work.name ? nameWithTown.exec(work.name) : null;
    const [, name = '', town = ''] = match ?? [];
    if (!match || isLegalForm(town) || isTitleLike(town) || isOrganisationLike(town) || isTradeOnly(town)) continue;
    work.name = name;
    work.location = town;
    reorderPlace(work);
  }
  return [...entries];
}

// The place goes after the position, as JSON Resume orders them.
function reorderPlace(work: ResumeWork): void {
  const { location, ...rest } = work;
  for (const key of Object.keys(work)) delete work[key];
  const { name, position, ...dates } = rest;
  Object.assign(work, name === undefined ? {} : { name }, position === undefined ? {} : { position }, { location }, dates);
}

/**
 * "Jul 2021" over the latest job, "Jan 2017 — May 2019" over the ones before: a theme that prints a
 * current job's start alone (no "Present") leaves one date where every other job has a range. The
 * latest job with a lone date, when every other job ended, is the current one, not a one-month job.
 */
function withOpenLatestJob(jobs: ResumeWork[]): ResumeWork[] {
  const [first, ...rest] = jobs;
  if (!first?.startDate || first.endDate !== first.startDate || rest.length === 0) return jobs;
  const ended = rest.every((job) => job.startDate && job.endDate && job.endDate !== job.startDate);
  const latest = rest.every((job) => (job.startDate ?? '') <= (first.startDate ?? ''));
  if (!ended || !latest) return jobs;
  const { endDate: _single, ...open } = first;
  return [open, ...rest];
}

// One Markdown heading and what follows it up to the next heading. The blank lines Markdown
// puts after a heading do not separate it from its date line.
function parseHeadingBlock(block: readonly EntryLine[]): Entry[] {
  const [heading, ...rest] = block as [EntryLine, ...EntryLine[]];
  const firstText = rest.findIndex((item) => item.text !== '');
  const items = [heading, ...(firstText < 0 ? [] : rest.slice(firstText))];
  const entries = parseEntries(items, false);
  const first = entries[0];
  if (first && first.headerIndexes.includes(0)) return entries;
  // No dates, or a date line that did not take the heading in: the heading names the entry.
  const range: DateRange = { present: false, index: 0, match: '' };
  const own: Entry = { anchor: 0, headerIndexes: [0], range, work: buildHeader(items, [0], range, true, false), items };
  if (!first) {
    fillBodies([own], items);
    return [own];
  }
  for (const entry of entries) {
    if (!entry.work.name && own.work.name) entry.work.name = own.work.name;
    if (!entry.work.position && own.work.position) entry.work.position = own.work.position;
    reorder(entry.work);
  }
  return entries;
}

function parseEntries(items: readonly EntryLine[], inherit = true): Entry[] {
  const ranges = items.map((item) => (item.bullet || item.text === '' ? undefined : entryDate(item.text)));
  const awards = dropAwardLines(items, ranges);
  const anchors = ranges.flatMap((range, index) => (range ? [index] : []));
  if (anchors.length === 0) return [];
  const consumed = new Set<number>([...anchors, ...awards]);
  const entries: Entry[] = [];
  for (const anchor of anchors) {
    const range = ranges[anchor] as DateRange;
    const text = items[anchor]?.text ?? '';
    const headerIndexes = [anchor];
    // Prefer the title and employer from neighbouring lines ("Careem" above "Engineering
    // Manager, Payments | 2021 – now"); split the date line at a comma only when no
    // recognisable neighbour completes it.
    const own = ownRoles(headerParts(text, range, false));
    // "Registered Nurse – ICU | 2021 – now" beside "Harbour Clinic": the words after the title's dash
    // may qualify it, and a name line beside them name the employer.
    const qualified = countRoles(own) === 2 && withDashQualifier(own, true).length < own.length;
    const need = qualified ? 1 : 2 - countRoles(own);
    // "Lead Engineer – Powertrain Systems | 2014 – 2021" beside "Deccan Auto Components Pvt. Ltd., Pune": the
    // employer's own line wins over the words after the title's dash, which qualify the title.
    if (need === 0 && dashTailAfterTitle(own)) {
      const previous = entries.at(-1);
      const layout = {
        employerOnLine: false,
        headerAbove: previous !== undefined && Math.min(...previous.headerIndexes) < previous.anchor,
        headerBelow: previous !== undefined && Math.max(...previous.headerIndexes) > previous.anchor,
      };
      const [employer] = neighbours(items, anchor, 1, consumed, ranges, layout);
      if (employer !== undefined && namesEmployerByLegalForm(items[employer]?.text ?? '')) headerIndexes.push(employer);
    }
    if (need > 0) {
      const employerOnLine = own.some((part) => part.kind === 'organisation' || part.kind === 'unknown') && !own.some((part) => part.kind === 'title');
      // The entries of one resume share a layout: a header above the previous dates is above these too.
      const previous = entries.at(-1);
      const headerAbove = previous !== undefined && Math.min(...previous.headerIndexes) < previous.anchor;
      const headerBelow = previous !== undefined && Math.max(...previous.headerIndexes) > previous.anchor;
      const found = neighbours(items, anchor, need, consumed, ranges, { employerOnLine, headerAbove, headerBelow });
      const commaParts = headerParts(text, range, true);
      const commaComplete = qualified || countRoles(commaParts) === 2;
      // "Registered Nurse, Cardiac Step-Down | 2019 – now" beside "Harbourside Heart Pavilion": the words
      // after the comma qualify the title when they name no organisation and a name line beside them does.
      const commaNamesEmployer = commaParts.some((part) => part.kind === 'organisation' || part.afterAt);
      const completes = (index: number) => isRecognised(items[index]?.text ?? '') || (!commaNamesEmployer && isNameLine(items[index]?.text ?? ''));
      if (!commaComplete || found.some(completes)) headerIndexes.push(...found);
    }
    headerIndexes.sort((a, b) => a - b);
    const stacked = titleOverUnit(items, headerIndexes, anchor, consumed, ranges);
    if (stacked) headerIndexes.unshift(stacked.title);
    for (const index of headerIndexes) consumed.add(index);
    // Under an employer-only header, "Product Manager, Inbox" is one title, not title + employer.
    const underEmployer = followsEmployerHeader(entries.at(-1), items, anchor);
    const splitCommas = headerIndexes.length === 1 && !underEmployer;
    const named = headerIndexes.filter((index) => index !== stacked?.unit);
    const work = buildHeader(items, named, range, splitCommas, underEmployer);
    if (stacked) withUnit(work, items[stacked.unit]?.text ?? '');
    entries.push({ anchor, headerIndexes, range, work, items });
  }
  fillBodies(entries, items);
  return inherit ? inheritEmployers(entries) : entries;
}

/**
 * "Senior Charge Nurse – Band 7" / "Ward 9, Cardiology" / "Calderbrook NHS Foundation Trust" / "March 2021 –
 * Present", "Site Supervisor" / "North Yard" / "Harrow Civils Ltd" / dates: a job written over four lines
 * names its ward, unit or yard between the title and the employer. The two lines right over the dates hold
 * the employer and the unit and no title; a title-like line over them, opening its block (after a blank, a
 * bullet or the previous header), is the job's title, never the last highlight of the job before. Of the two
 * lines, the one that reads more like an organisation is the employer (the lower one when neither does), and
 * the other is the unit, unless it is a town (then the header is title / employer / town as before).
 */
function titleOverUnit(
  items: readonly EntryLine[],
  headerIndexes: readonly number[],
  anchor: number,
  consumed: ReadonlySet<number>,
  ranges: readonly (DateRange | undefined)[],
): { title: number; unit: number } | undefined {
  const above = headerIndexes.filter((index) => index < anchor);
  if (above.length !== 2 || headerIndexes.length !== 3 || !isLoneDate(items[anchor]?.text ?? '')) return undefined;
  const [upper, lower] = above as [number, number];
  if (lower !== anchor - 1 || upper !== anchor - 2) return undefined;
  const parts = headerIndexes.flatMap((index) => headerParts(items[index]?.text ?? '', findDateRange(items[index]?.text ?? ''), false));
  if (parts.some((part) => part.kind === 'title' || part.beforeAt || part.afterAt)) return undefined;
  const title = upper - 1;
  const text = items[title]?.text ?? '';
  if (title < 0 || consumed.has(title) || ranges[title] !== undefined || !isHeaderLike(items[title]) || !isTitleLike(text)) return undefined;
  const before = items[title - 1];
  if (before !== undefined && before.text !== '' && !before.bullet && !consumed.has(title - 1)) return undefined;
  const evidence = (index: number) => titleEvidence(withoutDate(items[index]?.text ?? '', findDateRange(items[index]?.text ?? '')));
  const unit = evidence(upper) < evidence(lower) ? lower : upper;
  if (isLocationLike(items[unit]?.text ?? '')) return { title, unit: -1 };
  return { title, unit };
}

// The unit goes where a reader looks for where in the employer the job was: before the town, if any.
function withUnit(work: ResumeWork, unit: string): void {
  if (unit === '') return;
  work.location = work.location ? `${unit}, ${work.location}` : unit;
  reorderPlace(work);
}

// A line that holds a date and nothing else.
function isLoneDate(text: string): boolean {
  const range = findDateRange(text);
  return range !== undefined && withoutDate(text, range) === '';
}

// "June 2022" / "— Present" / "5 years", "February 2018" / "—" / "May 2022": a range a narrow cell
// broke over lines is one range again, and a line that only says how long the job lasted goes.
function joinBrokenRanges(items: readonly EntryLine[]): EntryLine[] {
  const joined: EntryLine[] = [];
  for (const item of items) {
    const previous = joined.at(-1);
    if (!item.bullet && item.text !== '' && isTenure(item.text)) continue;
    const startsRest = /^[–—-]/.test(item.text) && (item.text.length <= 2 || isLoneDate(`2000 ${item.text}`));
    const endsRest = /[–—-]$/.test(previous?.text ?? '') && isLoneDate(item.text);
    if (previous && !previous.bullet && !item.bullet && isLoneDate(previous.text) && (startsRest || endsRest)) previous.text = `${previous.text} ${item.text}`;
    else joined.push({ ...item });
  }
  return joined;
}

// A job's dates printed a second time under its highlights (a theme's copy for narrow screens):
// a line with the same dates and nothing else, with only highlights since the first, is no new job.
function dropRepeatedDates(items: readonly EntryLine[]): EntryLine[] {
  let last: DateRange | undefined;
  let onlyBody = false;
  return items.filter((item) => {
    if (item.text === '' || item.bullet) return true;
    const range = findDateRange(item.text);
    const lone = range !== undefined && withoutDate(item.text, range) === '';
    const repeated = lone && onlyBody && last?.startDate === range.startDate && last?.endDate === range.endDate && last?.present === range.present;
    if (range) {
      last = range;
      onlyBody = true;
    } else {
      onlyBody = false;
    }
    return !repeated;
  });
}

// "• Swapfiets" / "2022-06 - present" / "Marketing Manager": a theme that lists each job as a list
// item leaves the list's bullet on the job's first line. A short line opening a block right over a
// date line that holds nothing else is that job's header, not a highlight.
function unbulletListedHeaders(items: readonly EntryLine[]): EntryLine[] {
  return items.map((item, index) => {
    const next = items[index + 1];
    if (!item.bullet || (index > 0 && items[index - 1]?.text !== '') || !next || next.bullet) return item;
    const range = entryDate(next.text);
    if (!range || withoutDate(next.text, range) !== '' || findDateRange(item.text)) return item;
    const header = { ...item, bullet: false };
    return isHeaderLike(header) && item.text.split(/\s+/).length <= 12 ? header : item;
  });
}

function entryDate(text: string): DateRange | undefined {
  const range = findDateRange(text);
  if (!range) return undefined;
  if (endsSentence(text) && text.length > 40) return undefined;
  const isRange = range.present || range.startDate !== range.endDate;
  if (isRange) return text.length <= 140 ? range : undefined;
  // "2019 district award for the robotics club", "2021: led the move to …": a highlight that opens
  // with its year (its list glyph lost in a printed PDF) goes on in lower case; no header does.
  if (range.index === 0 && /^\s*[:–—-]?\s*\p{Ll}/u.test(text.slice(range.match.length))) return undefined;
  // A lone year inside a sentence ("Hired 9 engineers in 2022") is not an entry's date, nor one in
  // brackets after one ("Led the central kitchen to ISO 22000 certification (2023)", a bullet whose marker a PDF dropped).
  const before = text.slice(0, range.index);
  if (/\(\s*$/.test(before) && (before.match(/(?:^|\s)\p{Ll}\p{L}*/gu) ?? []).length >= 3) return undefined;
  const atEdge = range.index <= 2 || range.index + range.match.length >= text.replace(/[)\]\s]+$/, '').length - 1;
  if (!atEdge) return undefined;
  // "Harbour Freight Ltd. | Senior Logistics Coordinator ⇥ Mar 2016": a longer line is a header too when
  // it names both a title and an employer beside its one date (a current job printed without "Present").
  return text.length <= 60 || (text.length <= 140 && countRoles(headerParts(text, range, false)) === 2) ? range : undefined;
}

// "President's Club 2021" as the last line of a job is an award with its year, not a job: where
// the jobs carry date ranges, a line with one year, no title and no employer, inside an entry's
// body (no blank line before it) and with no body of its own (the next job's header follows), stays
// in the body it ends.
function dropAwardLines(items: readonly EntryLine[], ranges: (DateRange | undefined)[]): number[] {
  const dropped: number[] = [];
  const isRange = (range: DateRange | undefined) => range !== undefined && (range.present || range.startDate !== range.endDate);
  for (const [index, range] of ranges.entries()) {
    if (!range || isRange(range) || items[index - 1]?.text === '' || !ranges.slice(0, index).some(isRange)) continue;
    const parts = headerParts(items[index]?.text ?? '', range, false);
    const named = parts.some((part) => part.kind === 'title' || part.kind === 'organisation');
    const nextJobFollows = ranges.slice(index + 1, index + 4).some(isRange);
    if (parts.length > 0 && !named && nextJobFollows) {
      ranges[index] = undefined;
      dropped.push(index);
    }
  }
  return dropped;
}

function headerParts(text: string, range: DateRange | undefined, splitCommas: boolean): HeaderPart[] {
  return splitEntryHeader(withoutDate(text, range), { splitCommas }).filter((part) => part.kind !== 'unknown' || !readsAsSentence(part.text));
}

// "Sold NetSuite to manufacturing companies in Texas": a highlight set in a column beside the
// title and dates is running text, no employer. Names capitalise their words, sentences do not.
function readsAsSentence(text: string): boolean {
  const words = text.split(/\s+/);
  const small = words.filter((word) => /^\p{Ll}{3,}/u.test(word) && !/^(?:and|for|the|von|der|des|del|van)$/.test(word));
  return words.length >= 5 && small.length >= 2;
}

function countRoles(parts: readonly HeaderPart[]): number {
  return Math.min(2, parts.filter((part) => part.kind !== 'location').length);
}

// The header-like lines just above and below a date line that complete its header.
function neighbours(
  items: readonly EntryLine[],
  anchor: number,
  need: number,
  consumed: ReadonlySet<number>,
  ranges: readonly (DateRange | undefined)[],
  layout: { employerOnLine: boolean; headerAbove: boolean; headerBelow: boolean },
): number[] {
  const usable = (index: number) =>
    index >= 0 && index < items.length && !consumed.has(index) && ranges[index] === undefined && isHeaderLike(items[index]);
  const collect = (from: number, step: number) => {
    const found: number[] = [];
    for (let index = from; found.length < need && usable(index); index += step) found.push(index);
    return found;
  };
  let above = collect(anchor - 1, -1);
  const below = collect(anchor + 1, 1);
  const recognised = (index: number) => isRecognised(items[index]?.text ?? '');
  // "Platform Lead at Quillfern Labs" names both roles: the line after it is the first highlight.
  // "Te Whatu Ora – Health New Zealand" names two parts but no title: a title on the next line found is the title.
  const enough = (found: readonly number[]) => {
    const complete = found.findIndex((_, count) => {
      const parts = ownRoles(found.slice(0, count + 1).flatMap((index) => headerParts(items[index]?.text ?? '', undefined, false)));
      const titleNext = !parts.some((part) => part.kind === 'title') && isTitleLike(items[found[count + 1] ?? -1]?.text ?? '');
      return countRoles(parts) >= need && !titleNext;
    });
    return complete < 0 ? [...found] : found.slice(0, complete + 1);
  };
  // "2021 – now" / "Lead at Quillfern Labs" / plain highlight lines: where the entry before had its
  // header under its dates, so does this one, and the unbulleted lines above end that entry.
  if (layout.headerBelow && !layout.headerAbove && below.length > 0 && recognised(below[0] as number)) return enough(below);
  // "Norvik    07/2016 – 05/2018" / "Junior Java Developer": where the entry before had its
  // title under its dates, so does this one; the line above ends that entry, bullet glyph or not.
  // A page break may fall between the two lines: the title then opens the next page.
  const acrossBreak = below.length === 0 && items[anchor + 1]?.text === '' ? collect(anchor + 2, 1) : below;
  const firstBelow = items[acrossBreak[0] ?? -1]?.text ?? '';
  const titleBelow = isTitleLike(firstBelow) && firstBelow.split(/\s+/).length <= 8;
  if (layout.employerOnLine && layout.headerBelow && titleBelow) return acrossBreak.slice(0, need);
  // A date alone on its line, parted from its header above by a page break.
  if (above.length === 0 && items[anchor - 1]?.text === '' && layout.headerAbove) {
    above = collect(anchor - 2, -1);
    if (!above.some(recognised)) above = [];
  }
  if (above.length >= need) return enough(above);
  // "Product Operations Specialist" / "February 2024 – Present" / "Coveo" / "• …": a title above the dates and a
  // short name under them, right over the bullets, are the title and the employer.
  const nameUnder = below[0] !== undefined && !recognised(below[0]) && isNameLine(items[below[0]]?.text ?? '') && items[below[0] + 1]?.bullet === true;
  // Not "Title, Company" over its dates over a "HIGHLIGHTS" label: the title line names no employer, and a label is no name.
  const titleAlone = !/[,|@]|\sat\s/u.test(items[above[0] ?? -1]?.text ?? '');
  const label = /^(?:highlights|responsibilities|achievements|key\s+achievements|duties|tasks|projects)$/iu.test(items[below[0] ?? -1]?.text.trim() ?? '');
  if (need === 2 && above.length === 1 && nameUnder && titleAlone && !label && isTitleLike(items[above[0] as number]?.text ?? '')) return [above[0] as number, below[0] as number];
  if (above.length > 0 && !below.some(recognised)) return above;
  if (above.length === 0) return enough(below);
  return enough([...above, ...below].slice(0, need));
}

// "Lernhaus GmbH, Tutor, Mathematics    2011 – 2015" names both roles on its own line: an employer
// first, or one that ends in a legal form. "Senior Engineer, Design Systems" stays one title that
// a neighbouring line completes.
function ownRoles(parts: readonly HeaderPart[]): HeaderPart[] {
  if (countRoles(parts) !== 1) return [...parts];
  const split = parts.flatMap(splitTitleFromEmployer);
  const roles = split.filter((part) => part.kind !== 'location');
  const [first, second] = roles;
  if (roles.length !== 2 || !first || !second) return [...parts];
  const employerFirst = titleEvidence(first.text) < titleEvidence(second.text);
  return employerFirst || endsWithLegalForm(second.text) ? split : [...parts];
}

// "Lead Engineer – Powertrain Systems": a title, then words after its dash read as an employer.
function dashTailAfterTitle(parts: readonly HeaderPart[]): boolean {
  return parts.some((part, at) => at > 0 && part.afterDash !== undefined && part.kind !== 'location' && parts[at - 1]?.kind === 'title' && !parts[at - 1]?.afterAt);
}

// "Deccan Auto Components Pvt. Ltd., Pune, India", "KRAFTWERK GMBH & CO. KG": an employer by its legal form, no title beside it.
function namesEmployerByLegalForm(text: string): boolean {
  const parts = headerParts(text, undefined, false);
  return parts.some((part) => part.kind !== 'location' && endsWithLegalForm(part.text)) && !parts.some((part) => part.kind === 'title');
}

// A title, an organisation, or a name with a place ("Careem | Dubai, UAE").
function isRecognised(text: string): boolean {
  const parts = headerParts(text, undefined, false);
  if (parts.some((part) => part.kind === 'title' || part.kind === 'organisation')) return true;
  return parts.some((part) => part.kind === 'location') && parts.some((part) => part.kind === 'unknown');
}

// "Harbourside Heart Pavilion", "Ørsted": a short line of capitalised words and no sentence, date or place.
function isNameLine(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6 || text.length > 60 || /[.!?:;]$|\d{4}/.test(text) || isLocationLike(text)) return false;
  return words.every((word) => /^[\p{Lu}\d&(]/u.test(word) || /^(?:and|of|the|for|de|du|da|di|der|und|y|e)$/.test(word));
}

// "Acme Inc.", "Kraftwerk Sp. z o.o.", "Meridian S.L.", "Verein e.V.": the full stop closes an
// abbreviation (a legal form), not a sentence.
function endsWithAbbreviation(text: string): boolean {
  if (/\b(?:Inc|Corp|Ltd|Co|Jr|Sr|LLC|Bros|Intl)\.$/.test(text)) return true;
  if (text.split(/\s+/).length <= 10 && endsWithLegalForm(text)) return true;
  // A short name line; a sentence may end with "the U.S." too.
  return text.split(/\s+/).length <= 6 && isOrganisationLike(text) && /(?:^|\s)(?:\p{L}{1,2}\.){2,4}$/u.test(text);
}

function isHeaderLike(item: EntryLine | undefined): boolean {
  if (!item || item.bullet || item.text === '') return false;
  const text = item.text;
  if (text.length > 140 || /^\p{Ll}+(?=[\s,.;:)]|$)/u.test(text)) return false;
  if (endsSentence(text) || readsAsDeed(text) || (readsAsSentence(text) && classifyEntryPart(text) === 'unknown')) return false;
  if (text.length <= 100 && text.split(/\s+/).length <= 14) return true;
  return namesTitleAndEmployer(text);
}

// "Charge Nurse (Band 4), Day Surgery Unit — Riverside University NHS Foundation Trust, Kendal, UK": a long
// header, often one a PDF wrapped and the reader joined again, is still a header when it names a title
// with its qualifiers and an employer, and no more than that and a place.
function namesTitleAndEmployer(text: string): boolean {
  if (text.split(/\s+/).length > 20) return false;
  const parts = headerParts(text, undefined, false);
  const roles = parts.filter((part) => part.kind !== 'location');
  return roles.length === 2 && roles.some((part) => part.kind === 'title') && roles.some((part) => part.kind === 'organisation');
}

// "Mentored four graduate engineers", "Built the tracking portal": a highlight without its bullet
// starts with what was done and goes on in small letters, where "Registered Nurse" or "Certified
// Public Accountant" is capitalised throughout.
function readsAsDeed(text: string): boolean {
  const [first = '', ...rest] = text.split(/\s+/);
  const small = rest.filter((word) => /^\p{Ll}/u.test(word) && !/^(?:and|of|the|for|in|to|a|an|de|du|der|und|y|e)$/.test(word));
  // Words in small letters, not a legal form's "z o.o.": four of them make a sentence of any verb.
  const plain = small.filter((word) => /^\p{Ll}{3,}[,;]?$/u.test(word) && !/^(?:at|with|from)$/.test(word));
  return (/^\p{Lu}\p{Ll}+ed$/u.test(first) && small.length >= 2) || plain.length >= 4;
}

function endsSentence(text: string): boolean {
  return /[.!?]$/.test(text) && !endsWithAbbreviation(text);
}

function followsEmployerHeader(previous: Entry | undefined, items: readonly EntryLine[], anchor: number): boolean {
  if (!previous || previous.work.position || !previous.work.name) return false;
  const between = items.slice(Math.max(...previous.headerIndexes) + 1, anchor);
  return between.every((item) => item.text === '');
}

function buildHeader(
  items: readonly EntryLine[],
  headerIndexes: readonly number[],
  range: DateRange,
  splitCommas: boolean,
  allowsWholeTitle: boolean,
): ResumeWork {
  const partsOf = (commas: boolean) =>
    headerIndexes.flatMap((index) => {
      const text = items[index]?.text ?? '';
      return headerParts(text, findDateRange(text), commas);
    });
  let parts = partsOf(splitCommas);
  const splitAtTitle = () => parts.flatMap((part) => (parts.length === 1 || countRoles(parts) === 1 ? splitTitleFromEmployer(part) : [part]));
  // "Quillfern Labs, Inc., Platform Engineer", "Morrow GmbH, Data Analyst, Pricing": a comma inside
  // the employer or the title is no border between them; cut where a title meets an employer.
  const unsplit = partsOf(false);
  if (splitCommas && countRoles(unsplit) === 1) {
    const whole = unsplit.flatMap(splitTitleFromEmployer);
    if (countRoles(whole) === 2) parts = whole;
  }
  // "Tutor, Mathematics, Lernhaus GmbH" on a line of its own: title with its qualifier, then the employer.
  if (!splitCommas && !allowsWholeTitle && countRoles(parts) === 1) parts = splitAtTitle();
  // Stacked lines name the employer on a line of its own; if none does, the comma separates them.
  if (!splitCommas && !allowsWholeTitle && !parts.some((part) => part.kind === 'organisation' || part.kind === 'unknown' || part.afterAt)) {
    parts = partsOf(true);
  }
  if (!allowsWholeTitle) parts = splitAtTitle();
  if (countRoles(parts) === 2 && parts.filter((part) => part.kind !== 'location').length > 2) parts = withDashQualifier(parts);
  else if (parts.some((part) => part.afterDash && part.text.includes(','))) parts = withDashQualifier(parts);
  parts = withDashJoinedEmployer(parts);
  const [position, employer] = rolesOf(parts);
  let title = position;
  if (!title) title = parts.find((part) => part !== employer && (part.kind === 'unknown' || part.kind === 'organisation'));
  const work: ResumeWork = {};
  if (employer) work.name = employer.text;
  if (title) work.position = title.text;
  const location = parts.find((part) => part.kind === 'location');
  if (location) work.location = location.text;
  if (range.startDate) work.startDate = range.startDate;
  if (!range.present && range.endDate) work.endDate = range.endDate;
  return work;
}

/**
 * "Platform Engineer" over "Te Whatu Ora – Health New Zealand", "Analyst at Acme Group – Retail
 * Division": with the title in a part of its own, two names that a dash joins, neither a title nor a
 * place, are one employer's name (a bilingual name, a group and its division).
 */
function withDashJoinedEmployer(parts: readonly HeaderPart[]): HeaderPart[] {
  if (!parts.some((part) => part.kind === 'title' || part.beforeAt)) return [...parts];
  const named = (part: HeaderPart | undefined) => part !== undefined && (part.kind === 'unknown' || part.kind === 'organisation') && !part.beforeAt;
  const joined: HeaderPart[] = [];
  for (const part of parts) {
    const previous = joined.at(-1);
    if (part.afterDash && named(part) && named(previous) && previous && !part.afterAt) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text} ${part.afterDash} ${part.text}`, kind: 'organisation' };
    } else joined.push(part);
  }
  return joined;
}

/**
 * "Registered Nurse – ICU" with its employer elsewhere in the header: a short tail after a
 * title's dash that names no organisation or place qualifies the title ("– ICU", "– Night
 * shift"). With no employer elsewhere, "Engineer – Quillfern" is title and employer.
 */
function withDashQualifier(parts: readonly HeaderPart[], employerBeside = false): HeaderPart[] {
  const index = parts.findIndex((part, at) => at > 0 && part.afterDash !== undefined && parts[at - 1]?.kind === 'title' && !parts[at - 1]?.afterAt);
  const part = parts[index];
  const title = parts[index - 1];
  if (!part || !title) return [...parts];
  const [qualifier = '', ...tail] = part.text.split(/\s*,\s*/);
  const rest = tail.join(', ');
  const employerElsewhere = employerBeside || rest !== '' || parts.some((other, at) => at !== index && at !== index - 1 && other.kind !== 'location');
  // "Lead Engineer – Powertrain Systems" with "Deccan Auto Components Pvt. Ltd." elsewhere: an employer named by its
  // legal form leaves the words after the dash to the title, though "Systems" may end a firm's name.
  const legalEmployerElsewhere = !endsWithLegalForm(qualifier) && parts.some((other, at) => at !== index && other.kind !== 'location' && endsWithLegalForm(other.text));
  const words = qualifier.split(/\s+/).length;
  if (!employerElsewhere || words > (legalEmployerElsewhere ? 4 : 3) || (isOrganisationLike(qualifier) && !legalEmployerElsewhere) || isLocationLike(qualifier) || isTitleLike(qualifier)) {
    return [...parts];
  }
  const joined: HeaderPart = { ...title, text: `${title.text} ${part.afterDash} ${qualifier}` };
  const employer: HeaderPart[] = rest === '' ? [] : [{ text: rest, kind: classifyEntryPart(rest), ...(part.afterAt ? { afterAt: true } : {}) }];
  return [...parts.slice(0, index - 1), joined, ...employer, ...parts.slice(index + 1)];
}

// Which of the header's parts is the title and which the employer. "at"/"@" says so outright;
// otherwise, of two parts, the one that reads more like a job title is the title
// ("Tidewell GmbH — Engineering Manager", "Data Analyst, Harbourline"), whichever comes first.
function rolesOf(parts: readonly HeaderPart[]): [HeaderPart | undefined, HeaderPart | undefined] {
  const roles = parts.filter((part) => part.kind !== 'location');
  const marked = roles.some((part) => part.afterAt || part.beforeAt);
  if (!marked && roles.length === 2) {
    const [first, second] = roles as [HeaderPart, HeaderPart];
    const difference = titleEvidence(first.text) - titleEvidence(second.text);
    if (difference > 0) return [first, second];
    if (difference < 0) return [second, first];
  }
  const position = parts.find((part) => part.beforeAt) ?? parts.find((part) => part.kind === 'title' && !part.afterAt);
  const employer =
    parts.find((part) => part.afterAt) ??
    parts.find((part) => part.kind === 'organisation' && part !== position) ??
    parts.find((part) => part.kind === 'unknown' && part !== position);
  return [position, employer];
}

// "Lead Product Designer, Ferrowind Inc." read as one part (it ends in a legal suffix): split it
// at the comma that leaves a title on one side and an employer on the other. A title may carry
// a qualifier after its own comma ("Tutor, Mathematics, Lernhaus GmbH", "Analyst, Fraud,
// Tidewell Payments, Inc."): the employer is the shortest tail that reads as one, and a bare
// legal form ("Inc.") or trade ("Chartered Accountants") stays with the name before it.
function splitTitleFromEmployer(part: HeaderPart): HeaderPart[] {
  if (part.kind === 'location' || part.afterAt || part.beforeAt || !part.text.includes(',')) return [part];
  const pieces = part.text.split(/\s*,\s*/);
  const join = (from: number, to = pieces.length) => pieces.slice(from, to).join(', ');
  const isTitle = (text: string) => titleEvidence(text) >= 2;
  const isEmployer = (text: string) => titleEvidence(text) < 0 && !isLegalForm(text) && !isTradeOnly(text);
  const split = (left: string, right: string) => [left, right].map((text) => ({ text, kind: classifyEntryPart(text) }));
  for (let cut = pieces.length - 1; cut >= 1; cut--) {
    if (isTitle(pieces[0] ?? '') && isEmployer(join(cut))) return split(join(0, cut), join(cut));
  }
  for (let cut = 1; cut < pieces.length; cut++) {
    if (isEmployer(join(0, cut)) && isTitle(pieces[cut] ?? '') && !isLegalForm(pieces[cut] ?? '')) return split(join(0, cut), join(cut));
  }
  // "Vestby Kommune, Tutor, Chemistry": a name with no title word before the first title.
  for (let cut = 1; cut < pieces.length; cut++) {
    if (isTitleLike(join(0, cut)) || isLegalForm(pieces[cut] ?? '')) break;
    if (isTitle(pieces[cut] ?? '')) return split(join(0, cut), join(cut));
  }
  return [part];
}

/** A few words ending in a colon with nothing after it: a sub-heading inside a job, no bullet. */
function isLabelLine(text: string): boolean {
  const label = /^(.+?)\s*[:：]$/u.exec(text.trim())?.[1];
  return label !== undefined && label.split(/\s+/).length <= 5 && !/[.:;!?]/u.test(label);
}

function fillBodies(entries: readonly Entry[], items: readonly EntryLine[]): void {
  for (const [position, entry] of entries.entries()) {
    const start = Math.max(...entry.headerIndexes) + 1;
    const next = entries[position + 1];
    const end = next ? Math.min(...next.headerIndexes) : items.length;
    // "Key achievements:", "Main responsibilities:": a label over the bullets says nothing of its own.
    const body = items.slice(start, end).filter((item) => item.text !== '' && !isLabelLine(item.text));
    const hasBullets = body.some((item) => item.bullet);
    const summary: string[] = [];
    const highlights: string[] = [];
    for (const item of body) {
      if (hasBullets && !item.bullet && highlights.length === 0) summary.push(item.text);
      else highlights.push(item.text);
    }
    if (summary.length > 0) entry.work.summary = summary.join(' ');
    if (highlights.length > 0) entry.work.highlights = highlights;
  }
}

// A header with an employer and no title, directly followed by another header, names the
// employer of the roles under it ("Quillbase (2018 – Present)" / "Product Manager (2018 – 2021)").
function inheritEmployers(entries: readonly Entry[]): Entry[] {
  const kept: Entry[] = [];
  let employer: string | undefined;
  for (const [index, entry] of entries.entries()) {
    const { work } = entry;
    const next = entries[index + 1];
    const isGroup =
      !work.position && work.name !== undefined && !work.highlights && !work.summary && next !== undefined && !next.work.name;
    if (isGroup) {
      employer = work.name;
      continue;
    }
    if (!work.name && work.position && employer) {
      work.name = employer;
      reorder(work);
      kept.push(entry);
      continue;
    }
    // Only an employer printed apart from the title heads the roles under it: where the entry above
    // named title and employer on one line ("Head Chef, Harbor & Vine — Boston"), the next entry's
    // employer was printed on its own line too, and a header read without one has none to inherit.
    if (work.name) employer = employerApart(entry) ? work.name : undefined;
    kept.push(entry);
  }
  return kept;
}

function employerApart(entry: Entry): boolean {
  const { name, position } = entry.work;
  if (!name || !position) return true;
  return entry.headerIndexes.some((index) => {
    const text = entry.items[index]?.text ?? '';
    return text.includes(name) && !text.includes(position);
  });
}

// Keep JSON Resume's field order (name before position) after filling a name in late.
function reorder(work: ResumeWork): void {
  const copy = { ...work };
  for (const key of Object.keys(work)) delete work[key];
  Object.assign(work, { name: copy.name }, copy);
}
