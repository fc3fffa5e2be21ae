import { readSearch } from '../search-jobs/read-search.ts';
import type { z } from 'zod';
import type { createAlertArgs } from './args.ts';

type Args = z.input<typeof createAlertArgs>;

/** Words that say when, removed before the search is read: "every morning at 8", "daily", "on weekdays at 7:30". */
const scheduleWords = [
  /\b(?:every|each)\s+(?:(?:\d{1,2}|couple(?:\s+of)?|few)\s+hours?|hour|day|morning|afternoon|evening|night|week(?:day)?|work(?:ing)?\s*day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/g,
  /\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/g,
  /\b(?:on\s+)?week\s*(?:days|ends?)\b/g,
  /\b(?:daily|weekly|hourly|nightly|(?:once|twice)\s+a\s+(?:day|week)|in\s+the\s+(?:morning|evening|afternoon))\b/g,
  /(?<=\d\s*(?:am|pm)?\s*)\bsharp\b/g,
  /\b(?:at|around|by)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?(?=\s|$)/g,
  /\b(?:at\s+)?(?:noon|midday|lunchtime)\b/g,
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b/g,
];
/** The schedule said, for `scheduleFromWords` (the words matched above, in order). */
export function scheduleSaid(text: string): string | undefined {
  const found: Array<{ index: number; words: string }> = [];
  for (const pattern of scheduleWords) for (const match of text.matchAll(pattern)) found.push({ index: match.index, words: match[0] });
  if (found.length === 0) return undefined;
  // Patterns overlap ("every monday" and "monday"): a piece inside one already taken is left out.
  let end = -1;
  const kept: string[] = [];
  for (const entry of found.sort((left, right) => left.index - right.index || right.words.length - left.words.length)) {
    if (entry.index < end) continue;
    kept.push(entry.words.trim());
    end = entry.index + entry.words.length;
  }
  // "every couple hours" is every 2 hours, "every few hours" every 3, as `scheduleFromWords` reads a count.
  return kept.join(' ').replace(/\b(?:couple(?:\s+of)?)\s+hours?\b/, '2 hours').replace(/\bfew\s+hours?\b/, '3 hours');
}

/** "with a fit of at least 70", "that fit me 70+", "fit score over 60". */
const fitFloor = /\b(?:with\s+an?\s+|that\s+)?(?:fits?|fit\s+score|match(?:es)?|match\s+score)(?:\s+me)?(?:\s+(?:of|score))?\s+(?:at\s+least|over|above|of|>=?|from)?\s*(?<fit>\d{1,3})\s*(?:%|\+|percent|or\s+(?:more|better|higher))?/;

/** What is said around the search but is not it: "about new", "when there are", "that get posted". */
const around = [
  /^(?:about|of|on|for|with|when(?:ever)?|if|as\s+soon\s+as)\s+/,
  /^(?:there\s+(?:are|is)\s+|there'?s\s+|theres\s+)?(?:any\s+)?(?:new|fresh|newly\s+posted|latest|new\s+openings\s+for)\s+/,
  /\s+(?:appear|show\s+up|(?:get|are|is)\s+posted|come\s+(?:up|out|in)|open\s+up|pop\s+up|get\s+listed)$/,
  /\s+(?:for\s+me|please)$/,
];

/**
 * What follows "tell me" in an alert request ("every morning about new remote TypeScript
 * jobs in Berlin"): the search, the schedule in words and a fit floor. Null when no role is
 * named.
 *
 * @example
 * readAlertRequest('every morning about new remote TypeScript jobs'); // { query: 'TypeScript', remote: true, schedule: 'every morning' }
 */
export function readAlertRequest(said: string): Args | null {
  let text = ` ${said.replace(/\s+/g, ' ').trim()} `;
  const lower = () => text.toLowerCase();
  const schedule = scheduleSaid(lower());
  const fit = fitFloor.exec(lower());
  const cut = (start: number, length: number) => {
    text = `${text.slice(0, start)} ${text.slice(start + length)}`;
  };
  if (fit) cut(fit.index, fit[0].length);
  for (const pattern of scheduleWords) {
    let match: RegExpExecArray | null;
    const global = new RegExp(pattern.source, 'g');
    while ((match = global.exec(lower()))) cut(match.index, match[0].length);
  }
  text = text.replace(/\s+/g, ' ').trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const pattern of around) {
      const next = text.replace(new RegExp(pattern.source, 'i'), '');
      if (next !== text) {
        text = next.trim();
        changed = true;
      }
    }
  }
  // "new scala jobs open at Netflix": the verb of appearing before where or whom.
  text = text.replace(/\s+(?:appear|show\s+up|(?:get|are|is)\s+posted|open(?:\s+up)?|pop\s+up|come\s+up)(?=\s+(?:at|in|near|around|with)\s)/i, '');
  // "product manager, remote, weekly": a list read again without its commas.
  const search = readSearch(text, { needsNoun: false }) ?? readSearch(text.replace(/\s*[,;]\s*/g, ' ').trim(), { needsNoun: false });
  if (!search?.query) return null;
  const args: Args = { query: search.query };
  if (search.location) args.location = search.location;
  if (search.remote) args.remote = true;
  if (search.company) args.company = search.company;
  if (fit?.groups?.fit && Number(fit.groups.fit) <= 100) args.min_fit = Number(fit.groups.fit);
  if (schedule) args.schedule = schedule;
  return args;
}
