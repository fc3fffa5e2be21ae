import { readListedSearch, readSearch, withoutQuotes } from '../search-jobs/read-search.ts';
import type { z } from 'zod';
import type { createAlertArgs } from './args.ts';
import { tidyScheduleWords } from '../../alerts/schedule-from-words.ts';

type Args = z.input<typeof createAlertArgs>;

/** Words that say when, removed before the search is read: "every morning at 8", "daily", "on weekdays at 7:30". */
const scheduleWords = [
  // "each sunday evening", "every weekday morning": a part of the day after the day is when too.
  /\b(?:every|each)\s+(?:(?:\d{1,2}|couple(?:\s+of)?|few)\s+hours?|\d{1,2}\s+days|other\s+day|hour|day|morning|afternoon|evening|night|(?:week(?:day)?|work(?:ing)?\s*day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?)\b/g,
  /\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?\b/g,
  /\b(?:on\s+)?week\s*(?:days?|ends?)(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?\b/g,
  // "mornings pls", "evenings": a part of the day said in the plural is when, never where.
  /\b(?:in\s+the\s+|on\s+)?(?:mornings|afternoons|evenings|nights)\b/g,
  /\b(?:daily|weekly|hourly|nightly|(?:once|twice)\s+a\s+(?:day|week)|in\s+the\s+(?:morning|evening|afternoon))\b/g,
  /(?<=\d\s*(?:am|pm)?\s*)\bsharp\b/g,
  /\b(?:at|around|by)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?(?=\s|$)/g,
  /\b(?:at\s+)?(?:noon|midday|lunchtime)\b/g,
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b/g,
  // "every monday 08:30", "daily 18:00": a clock time with its minutes is when, even without "at".
  /(?<![\d:.])\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?![\d:])/g,
];
/** The schedule said, for `scheduleFromWords` (the words matched above, in order). */
export function scheduleSaid(said: string): string | undefined {
  const text = tidyScheduleWords(said);
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

/**
 * A way of being told named as a thing, with what it carries: "a daily email about …", "morning
 * text with …", "email digest of …", "mail w/ …", "weekly roundup: …". Only its "when" is kept.
 */
const deliveryNoun =
  /(?<![\p{L}-])(?:(?:an?|one|the)\s+)?(?:(?<when>daily|weekly|nightly|hourly|morning|evening|night|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?(?:(?:e-?mail|mail|text|sms|whats\s?app|telegram|slack|push|desktop)\s+)?(?:e-?mails?|mails?|texts?|sms|messages?|notifications?|digests?|round-?ups?|round\s+ups?|summary|summaries|updates?|pings?)(?:\s+(?:pls|please|plz))?\s*(?:about|with|of|on|for|re:?|regarding|w\/|listing|containing|[:–—]|-(?=\s))\s*/giu;

/**
 * "daily email about payroll jobs at 18h" → "daily payroll jobs at 18h", "a morning text with
 * barista jobs" → "every morning barista jobs": the way of being told taken out of the search
 * (the action reads it from the words as said), a part of the day before it kept as when.
 *
 * @example
 * withoutDeliveryNoun('a morning email with pharmacist jobs in Porto'); // ' every morning pharmacist jobs in Porto'
 */
export function withoutDeliveryNoun(said: string): string {
  // "an email every evening at 6 about …", "a weekly mail on fridays with …": when said between the thing and what it carries.
  const between = said.replace(
    /(?<![\p{L}-])(?:(?:an?|one)\s+)?(?<when>(?:daily|weekly|nightly|morning|evening)\s+)?(?:e-?mails?|mails?|texts?|sms|digests?)\s+(?<schedule>(?:every|each|on|at)\s+[\w:. ]{1,30}?)\s+(?:about|with|of|on|for|re:?|regarding|w\/|listing)\s+/giu,
    (...match: unknown[]) => {
      const groups = match.at(-1) as { when?: string; schedule?: string };
      return ` ${groups.when ?? ''}${groups.schedule ?? ''} `;
    },
  );
  return between.replace(deliveryNoun, (...match: unknown[]) => {
    const when = (match.at(-1) as { when?: string }).when?.toLowerCase();
    if (!when) return ' ';
    return /^(?:morning|evening|night|weekday|\w+day)$/.test(when) && !/^(?:daily|weekly|nightly|hourly)$/.test(when) ? ` every ${when} ` : ` ${when} `;
  });
}

/** "with a fit of at least 70", "that fit me 70+", "fit score over 60". */
const fitFloor = /\b(?:with\s+(?:an?\s+)?|that\s+)?(?:fits?|fit\s+score|match(?:es)?|match\s+score)(?:\s+me)?(?:\s+(?:of|score))?\s+(?:at\s+least|over|above|of|>=?|from)?\s*(?<fit>\d{1,3})\s*(?:%|\+|percent|or\s+(?:more|better|higher))?/;

/**
 * Remote said as acceptance: "remote is fine", "remote ok", "happy to go remote", "wfh fine",
 * "working from home is ok with me", "remote also ok", "open to remote".
 */
const remoteAccepted =
  /\b(?:remote(?:ly)?|wfh|work(?:ing)?\s+from\s+home|home\s*office)\s+(?:(?:is|would\s+be|also|too|works?|as\s+well)\s+)*(?:fine|ok|okay|good|great|welcome|cool|works?|acceptable)\b|\b(?:happy|willing|open|glad|ok|okay|fine)\s+(?:to\s+(?:go|work|be)\s+|with\s+|for\s+)?(?:remote(?:ly)?|wfh|from\s+home)\b|\bremote\s+(?:works|is\s+an\s+option)\b/i;
/** What accepts remote, cut from the search words: it is not where. */
const remoteAcceptedPiece = new RegExp(`[,;]?\\s*(?:(?:and|but|also|tho|though)\\s+)?(?:${remoteAccepted.source})(?:\\s+(?:with|for|by)\\s+me|\\s+too|\\s+as\\s+well)?`, 'i');

/** Verbs of a posting appearing: "appears", "comes up", "turns up", "gets posted", "is listed", "opens". */
const appearing = String.raw`(?:appears?|show(?:s)?\s+up|turns?\s+up|comes?\s+(?:up|out|in)|pops?\s+up|opens?(?:\s+up)?|goes\s+up|go\s+up|(?:gets?|are|is|has\s+been)\s+(?:posted|listed|advertised|put\s+up)|get\s+listed)`;
/**
 * The asking in a wish or a condition, wherever it stands: "…, let me know", "… i want to know",
 * "give me a shout", "ping me": not the search.
 */
const asking =
  /(?:^|[,;]?\s+)(?:(?:and|then|n|&|pls|please|just)\s+)*(?:let\s+me\s+know|tell\s+me|ping\s+me|text\s+me|e-?mail\s+me|message\s+me|notify\s+me|alert\s+me|give\s+me\s+a\s+(?:shout|heads[\s-]?up|ping|nudge)|shout|holler|lmk|i\s+(?:want|wanna|would\s+like|'?d\s+like|need)\s+to\s+(?:know|hear(?:\s+about\s+it)?)|i\s+want\s+to\s+be\s+told)(?:\s+(?:about\s+(?:it|them)|asap|straight\s+away|right\s+away))?(?=[\s,.!;]|$)/gi;

/** What is said around the search but is not it: "about new", "when there are", "that get posted". */
const around = [
  /^(?:about|of|on|for|with|when(?:ever)?|if|as\s+soon\s+as|in\s+case|should|any\s*time|every\s+time|each\s+time)\s+/,
  // "if there's ever a …", "whenever a …", "should any …": the posting said as one of many.
  /^(?:there\s+(?:is|are)\s+|there'?s\s+|theres\s+)?ever\s+/,
  /^(?:an?|any|some)\s+(?=\S+\s+\S)/,
  /^(?:there\s+(?:are|is)\s+|there'?s\s+|theres\s+)?(?:any\s+)?(?:new|fresh|newly\s+posted|latest|new\s+openings\s+for)\s+/,
  new RegExp(String.raw`\s+(?:ever\s+)?${appearing}$`),
  /\s+as\s+(?:they|soon\s+as\s+they)\s+(?:come\s+(?:in|up|out)|appear|(?:get|are)\s+posted)$/,
  /\s+(?:for\s+me|please)$/,
  // "… in glasgow n tell me", "… and let me know": the asking, not the search.
  /\s+(?:and|n|&|\+)\s+(?:tell|let|ping|notify|email|text|message)\s+me(?:\s+know)?(?:\s+about\s+(?:it|them))?$/,
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
  // "evry mornin", "wkdays at half past 7": schedule words as typed in a hurry, read as meant; quotes are emphasis.
  let text = ` ${tidyScheduleWords(withoutDeliveryNoun(withoutQuotes(said.replace(/\s+/g, ' ').trim())))} `;
  const lower = () => text.toLowerCase();
  const schedule = scheduleSaid(lower());
  const fit = fitFloor.exec(lower());
  const cut = (start: number, length: number) => {
    text = `${text.slice(0, start)} ${text.slice(start + length)}`;
  };
  if (fit) cut(fit.index, fit[0].length);
  const remoteOk = remoteAcceptedPiece.exec(text);
  if (remoteOk) cut(remoteOk.index, remoteOk[0].length);
  for (const pattern of scheduleWords) {
    let match: RegExpExecArray | null;
    const global = new RegExp(pattern.source, 'g');
    while ((match = global.exec(lower()))) cut(match.index, match[0].length);
  }
  // "whenever a pharmacist role appears in Leeds let me know": the asking is no part of the search.
  text = text.replace(asking, ' ');
  // Pieces a cut emptied ("kafka jobs, , pls"): their commas go too.
  text = text.replace(/\s+/g, ' ').replace(/(?:\s*[,;/]\s*)+(?=[,;/]|$)/g, '').replace(/^\s*[,;:/-]+\s*/, '').trim();
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
  text = text.replace(new RegExp(String.raw`\s+(?:ever\s+)?${appearing}(?=\s+(?:at|in|near|around|with)\s)`, 'i'), '');
  // "product manager, remote, weekly": a list read again without its commas.
  // "data engineer, berlin" / "barista / Melbourne": a list of pieces, the trade first.
  const listed = /[,;]|\s\/\s/.test(text) ? readListedSearch(text.replace(/\s+\/\s+/g, ', ')) : null;
  const search = listed ?? readSearch(text, { needsNoun: false }) ?? readSearch(text.replace(/\s*[,;]\s*/g, ' ').trim(), { needsNoun: false });
  if (!search?.query) return null;
  const args: Args = { query: search.query };
  if (search.location) args.location = search.location;
  if (search.remote || remoteOk) args.remote = true;
  if (search.company) args.company = search.company;
  if (fit?.groups?.fit && Number(fit.groups.fit) <= 100) args.min_fit = Number(fit.groups.fit);
  if (schedule) args.schedule = schedule;
  return args;
}
