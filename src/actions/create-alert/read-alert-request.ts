import { companyAlone, companyBeforeRole, readListedSearch, readSearch, withoutQuotes } from '../search-jobs/read-search.ts';
import { saysPlaceOrRemote, saysRemoteToo } from '../phrasing/remote-too.ts';
import type { z } from 'zod';
import type { createAlertArgs } from './args.ts';
import { tidyScheduleWords } from '../../alerts/schedule-from-words.ts';
import { takeZone } from '../../alerts/zone-from-words.ts';
import { placeFromShortForm } from '../../alerts/place-initials.ts';
import { isKnownPlace } from '../../jobs/regions.ts';

type Args = z.input<typeof createAlertArgs>;

/** Words that say when, removed before the search is read: "every morning at 8", "daily", "on weekdays at 7:30". */
const scheduleWords = [
  // "each sunday evening", "every weekday morning": a part of the day after the day is when too.
  /\b(?:every|each)\s+(?:(?:\d{1,2}|couple(?:\s+of)?|few)\s+hours?|\d{1,2}\s+days|other\s+day|hour|day|morning|afternoon|evening|night|(?:week(?:day)?|work(?:ing)?\s*day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?)\b/g,
  /\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?\b/g,
  /\b(?:on\s+)?week\s*(?:days?|ends?)(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?\b/g,
  // "mornings pls", "evenings": a part of the day said in the plural is when, never where.
  /\b(?:in\s+the\s+|on\s+)?(?:mornings|afternoons|evenings|nights)\b/g,
  // ("fortnightly": kept as said, so the alert is refused with the reason rather than made daily.)
  /\b(?:fortnightly|bi-?weekly|monthly|every\s+(?:fortnight|month|(?:other|second|two|three|four|\d)\s+weeks?|\d{1,2}\s+months))\b/g,
  /\b(?:(?:daily|weekly|hourly|nightly)(?!\s+(?:paid|pay|rates?|wages?))|(?:once|twice)\s+a\s+(?:day|week)|in\s+the\s+(?:morning|evening|afternoon))\b/g,
  // "3x a week", "three times per day"; "every 15 minutes", "every half hour" (kept as said: the action says why none keeps it).
  /\b(?:\d{1,2}|one|two|three|four|five|six|seven)\s*(?:x|times)\s+(?:a|per|each|every)\s+(?:day|week)\b/g,
  /\b(?:every|each)\s+(?:(?:\d{1,2}|few|couple(?:\s+of)?|ten|fifteen|twenty|thirty|five)\s+)?min(?:ute)?s?\b|\b(?:every|each)\s+half\s+(?:an\s+)?hour\b|\bhalf[\s-]?hourly\b/g,
  /(?<=\d\s*(?:am|pm)?\s*)\bsharp\b/g,
  // ("weekly at 9:00, welder jobs": a comma after the time ends it too.)
  /\b(?:at|around|by)\s+\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?(?=[\s,;!?]|$)/g,
  /\b(?:at\s+)?(?:noon|midday|lunchtime)\b/g,
  /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b/g,
  // "every monday 08:30", "daily 18:00": a clock time with its minutes is when, even without "at".
  /(?<![\d:.])\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?![\d:])/g,
  // "weekdays 0700", "1830hrs": four figures with a leading zero or "hrs" are a clock time too.
  /(?<![\d:.,$€£])\b(?:0\d[0-5]\d\b(?!\s*(?:k\b|%))|(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs?|h)\b)/g,
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
    // ("mondays and thursdays": the "and" between two pieces of when is kept with them.)
    if (kept.length > 0 && /^\s*(?:,\s*)?(?:and|&|\+)\s*$/i.test(text.slice(end, entry.index))) kept.push('and');
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
  /(?<![\p{L}-])(?:(?:an?|one|the)\s+)?(?:(?<when>daily|weekly|nightly|hourly|fortnightly|monthly|bi-?weekly|morning|evening|night|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?(?:(?:e-?mail|mail|text|sms|whats\s?app|telegram|slack|push|desktop)\s+)?(?:e-?mails?|mails?|texts?|txts?|sms|messages?|notifications?|digests?|round-?ups?|round\s+ups?|summary|summaries|updates?|pings?)(?:\s+(?:pls|please|plz))?\s*(?:about|with|of|on(?!\s+(?:my|the)\s+(?:desktop|screen|laptop|computer|phone|mobile)\b)|for|re:?|regarding|w\/|w(?=\s)|listing|containing|[:–—]|-(?=\s))\s*/giu;

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
    /(?<![\p{L}-])(?:(?:an?|one)\s+)?(?<when>(?:daily|weekly|nightly|morning|evening)\s+)?(?:e-?mails?|mails?|texts?|txts?|sms|digests?)\s+(?<schedule>(?:every|each|on|at)\s+[\w:. ]{1,30}?)\s+(?:about|with|of|on|for|re:?|regarding|w\/|w(?=\s)|listing)\s+/giu,
    (...match: unknown[]) => {
      const groups = match.at(-1) as { when?: string; schedule?: string };
      return ` ${groups.when ?? ''}${groups.schedule ?? ''} `;
    },
  );
  return between.replace(deliveryNoun, (...match: unknown[]) => {
    const when = (match.at(-1) as { when?: string }).when?.toLowerCase();
    if (!when) return ' ';
    return /^(?:morning|evening|night|weekday|\w+day)$/.test(when) && !/^(?:daily|weekly|nightly|hourly|bi-?weekly)$/.test(when) ? ` every ${when} ` : ` ${when} `;
  });
}

/** "with a fit of at least 70", "that fit me 70+", "fit score over 60". */
const fitFloor =
  /\b(?:with\s+(?:an?\s+)?|that\s+)?(?:(?:min(?:imum)?|least|lowest)\.?\s+)?(?:fits?|fit\s+score|match(?:es)?|match\s+score)(?:\s+me)?(?:\s+(?:of|score))?\s+(?:at\s+least|over|above|of|>=?|from|min(?:imum)?\.?)?\s*(?:of\s+)?(?<fit>\d{1,3})\s*(?:%|percent)?\s*(?:\+|or\s+(?:more|better|higher|above)|and\s+(?:up|above)|plus)?|\b(?:(?:(?:where|when|if)\s+(?:i'?m|im|i\s+am)\s+(?:at\s+least\s+)?|(?:at\s+least|min(?:imum)?|over|above)\s+)(?:an?\s+)?(?<fit2>\d{1,3})\s*(?:%|percent)?|(?<fit3>\d{1,3})\s*(?:%|percent))\s*(?:\+|or\s+(?:more|better|higher|above))?\s*(?:fits?|match(?:es)?)\b(?:\s+(?:or\s+(?:more|better|higher|above)|min(?:imum)?))?/;

/** Words that make a piece about fit: "good fits", "75%+ match", "just the 70+ ones", "strong matches". */
const fitWords = /\b(?:fits?|fitting|match(?:es|ing)?|matched|score[sd]?|ones|strong|decent|well)\b/i;
/** A floor said in numbers: "70+", "75%+", "80 or above", "60 or higher", "70 and up", "above 85", "min 70%", "≥ 75". */
const floorNumber =
  /(?<!\d)(?<fit>\d{1,3})\s*(?:%|percent)?\s*(?:\+|or\s+(?:above|more|higher|better|over|up)|and\s+(?:up|above|over|higher)|plus)|(?:above|over|at\s+least|min(?:imum)?\.?|>=?|≥)\s*(?<over>\d{1,3})\s*%?|(?<!\d)(?<percent>\d{1,3})\s*%/i;
/** Pieces of a message: commas, semicolons, brackets, full stops and dashes part them. */
const pieceBreak = /\s*(?:[,;()[\]]|\.(?=\s|$)|\s[-—–]+\s|—|–)\s*|\s+(?:but|and)\s+(?=(?:only|just)\b)/i;

/**
 * A least fit said in a piece of its own, anywhere in the message: "… only good fits (70+)",
 * "…; only ones where I'm a 75%+ match", "only decent matches pls, 60+", "(min 70% fit)". The
 * number and the pieces that say it; undefined when no piece says a fit floor.
 *
 * @example
 * fitFloorInPieces('alert for QA jobs in Utrecht. only good fits (70+)'); // { fit: 70, pieces: ['only good fits', '70+'] }
 */
export function fitFloorInPieces(message: string): { fit: number; pieces: string[] } | undefined {
  const pieces = message.split(pieceBreak).map((piece) => piece.trim()).filter((piece) => piece !== '');
  const numberOf = (piece: string) => {
    const groups = floorNumber.exec(piece)?.groups;
    const fit = Number(groups?.fit ?? groups?.over ?? groups?.percent ?? Number.NaN);
    return Number.isInteger(fit) && fit <= 100 ? fit : undefined;
  };
  // A piece that is only the number ("70+", "75%+"), or says it beside words of fit.
  const numberOnly = (piece: string) => /^(?:(?:only|just|min(?:imum)?|at\s+least|pls|please|like|say|over|above|around)\s+)*[\d%+≥>= ]+(?:\s*plus|\s*(?:or|and)\s+(?:above|more|higher|better|over|up))?(?:\s+(?:only|pls|please))*$/i.test(piece);
  for (const [index, piece] of pieces.entries()) {
    const fit = numberOf(piece);
    if (fit === undefined) continue;
    if (fitWords.test(piece) && !/\b(?:jobs?|roles?|positions?|openings?)\b/i.test(piece)) return { fit, pieces: [piece] };
    if (!numberOnly(piece)) continue;
    const beside = [pieces[index - 1], pieces[index + 1]].find((other) => other !== undefined && fitWords.test(other) && numberOf(other) === undefined && !/\b(?:jobs?|roles?)\b/i.test(other));
    if (beside) return { fit, pieces: [beside, piece] };
  }
  return undefined;
}

/**
 * Whether a message says a least fit, in words beside the number ("a strong match (over 60%)",
 * "fit 70+") or in a piece of its own ("…, only good fits (75+)").
 *
 * @example
 * saysFitFloor('new tiler jobs where I am a good match (over 65%)'); // true
 */
export function saysFitFloor(message: string): boolean {
  return fitFloor.test(message.toLowerCase().replace(/[()]/g, ' ')) || fitFloorInPieces(message) !== undefined;
}

/**
 * Remote said as acceptance: "remote is fine", "remote ok", "happy to go remote", "wfh fine",
 * "working from home is ok with me", "remote also ok", "open to remote".
 */
const remoteAccepted =
  /\b(?:remote(?:ly)?|wfh|work(?:ing)?\s+from\s+home|home\s*office)\s+(?:(?:is|would\s+be|also|too|works?|as\s+well)\s+)*(?:fine|ok|okay|good|great|welcome|cool|works?|acceptable)\b|\b(?:happy|willing|open|glad|ok|okay|fine)\s+(?:to\s+(?:go|work|be)\s+|with\s+|for\s+)?(?:remote(?:ly)?|wfh|from\s+home)\b|\bremote\s+(?:works|is\s+an\s+option)\b/i;
/** What accepts remote, cut from the search words: it is not where. */
const remoteAcceptedPiece = new RegExp(`[,;]?\\s*(?:(?:and|but|also|tho|though)\\s+)?(?:${remoteAccepted.source})(?:\\s+(?:with|for|by)\\s+me|\\s+too|\\s+as\\s+well)?`, 'i');

/** Verbs of a posting appearing: "appears", "comes up", "turns up", "gets posted", "is listed", "opens". */
const appearing = String.raw`(?:appears?|(?:gets?|are|is)\s+published|show(?:s)?\s+up|turns?\s+up|comes?\s+(?:up|out|in|along)|pops?\s+up|crops?\s+up|opens?(?:\s+up)?|goes\s+up|go\s+up|goes\s+live|go\s+live|lands?|becomes?\s+(?:available|free|vacant)|(?:gets?|are|is|has\s+been)\s+(?:posted|listed|advertised|put\s+up)|get\s+listed)`;

/**
 * "… whenever one comes up", "… the moment they're posted", "… each time one opens up", "… in due
 * course": when the postings appear, said after the search. Never where.
 */
const whenTheyAppear = new RegExp(
  String.raw`\s+(?:(?:whenever|when|each\s+time|every\s+time|any\s*time|if|once|as\s+(?:soon\s+as|and\s+when)|the\s+(?:moment|minute|second|instant|day)|in\s+case)\s+(?:(?:there(?:'s|\s+is|\s+are)|theres)\s+)?(?:ever\s+)?(?:one|ones|they|they'?re|any(?:thing)?|some(?:thing|one)?|it|a\s+new\s+one|new\s+ones|a\s+(?:job|role|post|vacancy|position|opening))\b.*|(?:in\s+(?:due\s+course|the\s+future|future|the\s+meantime|my\s+area|the\s+area|my\s+region)|from\s+now\s+on|going\s+forward)\b.*)$`,
  'i',
);
/** Words a place never has: what a reading took for one from a clause about appearing ("comes up", "whenever one"). */
const notAPlace = /\b(?:whenever|when|once|one|ones|they|them|they'?re|it|moment|minute|second|time|posted|listed|advertised|course|future|meantime|something|anything|available|live|lands?|appears?|crops?|pops?|comes?|turns?|up|out|along|new|area|region)\b/i;
/**
 * The asking in a wish or a condition, wherever it stands: "…, let me know", "… i want to know",
 * "give me a shout", "ping me": not the search.
 */
const asking =
  /(?:^|[,;]?\s+)(?:(?:and|then|n|&|pls|please|just)\s+)*(?:let\s+me\s+know|tell\s+me|ping\s+me|text\s+me|e-?mail\s+me|message\s+me|notify\s+me|alert\s+me|give\s+me\s+a\s+(?:shout|heads[\s-]?up|ping|nudge)|shout|holler|lmk|i\s+(?:want|wanna|would\s+like|'?d\s+like|need)\s+to\s+(?:know|hear(?:\s+about\s+it)?)|i\s+want\s+to\s+be\s+told)(?:\s+(?:about\s+(?:it|them)|asap|straight\s+away|right\s+away))?(?=[\s,.!;]|$)/gi;

/** What is said around the search but is not it: "about new", "when there are", "that get posted". */
const around = [
  // "notify me on teams about …": the way of being told, before what.
  /^(?:on|via|over|by|through)\s+(?:ms\s+|microsoft\s+)?(?:teams|slack|whats\s?app|telegram|signal|discord|text|sms|e-?mail)\s+/,
  // ("alert me to new baker jobs": "to" after the asking leads into what, as "about" does.)
  /^(?:about|of|on|for|with|to(?=\s+(?:any|new|fresh|all|every|each)\b)|when(?:ever)?|if|as\s+soon\s+as|in\s+case|should|any\s*time|every\s+time|each\s+time|once|as\s+and\s+when|the\s+(?:moment|minute|second|instant|day))\s+/,
  // "if there's ever a …", "whenever a …", "should any …": the posting said as one of many.
  /^(?:there\s+(?:is|are)\s+|there'?s\s+|theres\s+)?ever\s+/,
  /^(?:an?|any|some)\s+(?=\S+\s+\S)/,
  /^(?:there\s+(?:are|is)\s+|there'?s\s+|theres\s+)?(?:any\s+|an?\s+)?(?:new|fresh|newly\s+posted|latest|new\s+openings\s+for)\s+/,
  new RegExp(String.raw`\s+(?:ever\s+)?${appearing}$`),
  /\s+as\s+(?:they|soon\s+as\s+they)\s+(?:come\s+(?:in|up|out)|appear|(?:get|are)\s+posted)$/,
  /\s+(?:for\s+me|please)$/,
  // "… in glasgow n tell me", "… and let me know": the asking, not the search.
  /\s+(?:and|n|&|\+)\s+(?:tell|let|ping|notify|email|text|message)\s+me(?:\s+know)?(?:\s+about\s+(?:it|them))?$/,
];
/** The patterns above, compiled once as they are read (`around` in any case; each word of schedule found everywhere). */
const aroundAnyCase = around.map((pattern) => new RegExp(pattern.source, 'i'));
const everyScheduleWord = scheduleWords.map((pattern) => new RegExp(pattern.source, 'g'));
/** "… opens at Netflix": the verb of appearing before where or whom. */
const appearingBeforeWhere = new RegExp(String.raw`\s+(?:ever\s+)?${appearing}(?=\s+(?:at|in|near|around|with)\s)`, 'i');
/** "Leeds whenever one comes up": the verb of appearing and all after it, which a place never has. */
const appearingToEnd = new RegExp(String.raw`\s+(?:ever\s+)?${appearing}\b.*$`, 'i');

/**
 * What follows "tell me" in an alert request ("every morning about new remote TypeScript
 * jobs in Berlin"): the search, the schedule in words and a fit floor. Null when no role is
 * named.
 *
 * @example
 * readAlertRequest('every morning about new remote TypeScript jobs'); // { query: 'TypeScript', remote: true, schedule: 'every morning' }
 */
/** "hotjar posts new engineering jobs", "Acme posts a new job, any job": a company said as the one posting. */
const companyPosts =
  /^(?:(?:when(?:ever)?|if|as\s+soon\s+as|each\s+time|every\s+time|once|the\s+(?:moment|minute|second|instant|day))\s+)?(?<company>[\p{L}\d&.'+-]+(?:\s+[\p{L}\d&.'+-]+)?)\s+(?:posts|puts\s+up|advertises|lists|opens|adds)\s+(?:a\s+|any\s+)?(?:new\s+)?(?:(?<query>[\p{L}\d+#/ -]+?)\s+)?(?:jobs?|roles?|openings?|positions?|vacanc(?:y|ies)|postings?)\b(?<tail>.*)$/iu;

/**
 * "Shopify posts anything", "Canva has new openings", "Notion is hiring", "Spotify posts something
 * new": a company said as the one posting, with no trade.
 */
const companyPostsAnything =
  /^(?:(?:when(?:ever)?|if|as\s+soon\s+as|each\s+time|every\s+time|once|the\s+(?:moment|minute|second|instant|day))\s+)?(?<company>[\p{L}\d&.'+-]+(?:\s+[\p{L}\d&.'+-]+)?)\s+(?:(?:posts|puts\s+up|advertises|lists|adds|has|have|opens|got)\s+(?:(?:any|some)thing|stuff|(?:any|some)\s+(?:openings|vacancies|jobs|roles|positions)(?=\s*$|\s*[,;.!])|(?:any(?:thing)?\s+|some(?:thing)?\s+)?(?:new|fresh)(?:\s+(?:stuff|ones|openings|vacancies|postings))?|openings|vacancies)(?:\s+(?:new|open|up))?|(?:is|are|starts?)\s+hiring(?:\s+again)?)\b(?<tail>.*)$/iu;

/**
 * The search of a company said as the one posting; its trade when said, else the company's name.
 *
 * @example
 * readCompanyPosts('when Shopify posts anything'); // { query: 'Shopify', company: 'Shopify' }
 */
export function readCompanyPosts(said: string): Args | null {
  const anything = companyPostsAnything.exec(said.trim());
  const anyCompany = anything?.groups?.company?.trim();
  // ("hotjar posts new engineering jobs": a trade said after is the company's posting with its trade, read below.)
  const tradeAfter = /\b(?:jobs?|roles?|openings?|positions?|vacanc(?:y|ies)|postings?)\b/i.test(anything?.groups?.tail ?? '');
  if (anyCompany && !tradeAfter && !/^(?:anyone|someone|somebody|anybody|they|it|a|the|new|any|one|there|who|what)$/i.test(anyCompany)) {
    const named = /^\p{Ll}/u.test(anyCompany) ? anyCompany.charAt(0).toUpperCase() + anyCompany.slice(1) : anyCompany;
    const rest = readAlertRequest(`${named} jobs ${anything?.groups?.tail ?? ''}`);
    return { ...(rest ?? {}), query: named, company: named };
  }
  const found = companyPosts.exec(said.trim());
  const company = found?.groups?.company?.trim();
  if (!found?.groups || !company || /^(?:anyone|someone|somebody|anybody|they|it|a|the|new|any|one)$/i.test(company)) return null;
  const rest = readAlertRequest(`${found.groups.query ?? ''} jobs ${found.groups.tail ?? ''}`.replace(/[,;]\s*any\s+(?:job|role|one)\b/i, ' '));
  const query = rest?.query && !/^(?:any|all|new)$/i.test(rest.query) ? rest.query : company;
  const named = /^\p{Ll}/u.test(company) ? company.charAt(0).toUpperCase() + company.slice(1) : company;
  return { ...(rest ?? {}), query, company: named };
}

export function readAlertRequest(message: string): Args | null {
  // "… at 9 nyc time", "8am CET": the zone is the alert's `time_zone`, no part of the search.
  const said = takeZone(message).text;
  const posting = readCompanyPosts(said);
  if (posting) return posting;
  // "evry mornin", "wkdays at half past 7": schedule words as typed in a hurry, read as meant; quotes are emphasis.
  // (A full stop or "!!" at the end closes the sentence; it is no part of the search.)
  let text = ` ${tidyScheduleWords(withoutDeliveryNoun(withoutQuotes(said.replace(/\s+/g, ' ').trim().replace(/(?<!\b[A-Za-z])[.!?]+$/, ''))))} `;
  // "in Lisbon or remote EU", "in Leeds or remote (UK)": the place, or remote (an alert watches one place, so the
  // region remote work is allowed from is no second place; regression, trial s42 #24: Lisbon was dropped for "EU").
  text = text.replace(/(\s(?:in|near|around)\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s+or\s+remote)\s+\(?(?:(?:in|within|from)\s+)?(?:the\s+)?(?:EU|Europe|EMEA|UK|US|USA|CET|European\s+Union)\)?(?=[\s,;.]|$)/u, '$1');
  const lower = () => text.toLowerCase();
  const schedule = scheduleSaid(lower());
  // ("a strong match (over 60%)": brackets are no break between the words of fit and the number; same length, same places.)
  const fit = fitFloor.exec(lower().replace(/[()]/g, ' '));
  const cut = (start: number, length: number) => {
    text = `${text.slice(0, start)} ${text.slice(start + length)}`;
  };
  if (fit) {
    cut(fit.index, fit[0].length);
    // "…, and only if I fit 70% or more", "daily. fit 65+ only": what led into the floor goes with it.
    text = text.replace(/(?:\s*[,;.]\s*|\s+)(?:(?:and|but)\s+)?(?:only|just)(?:\s+(?:if|when)(?:\s+(?:i|i'?m|im))?)?(?:\s+the)?(?:\s+ones?)?\s*(?=[,;.]|\s*$)/gi, ' ');
    // "… where I'm a strong match (over 60%)": what led into the floor said as where they stand.
    text = text.replace(/\s+(?:where|when|if)\s+(?:i'?m|im|i\s+am)\s+(?:an?\s+)?(?:(?:strong|good|great|decent|close|solid)\s+)?(?=[()\s]*$)/i, ' ').replace(/\(\s*\)/g, ' ');
  }
  // "… in Utrecht, only good fits (70+)": a floor said in pieces of its own, the pieces cut.
  const floor = fit ? undefined : fitFloorInPieces(text);
  if (floor) {
    for (const piece of floor.pieces) {
      const at = text.indexOf(piece);
      if (at >= 0) cut(at, piece.length);
    }
    text = text.replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/(?:\s*[.,;—–-]+|\s+(?:but|and))+\s*$/i, ' ');
  }
  // "whenever a new Rust job shows up that's remote": remote said of the posting after it appears, never where.
  const remoteAfter = /\s+(?:that'?s|thats|that\s+is|which\s+is|that\s+are|which\s+are|if\s+it'?s)\s+(?:fully\s+|all\s+|100%\s+)?remote(?=[\s,;.!?]|$)/i.exec(text);
  if (remoteAfter) cut(remoteAfter.index, remoteAfter[0].length);
  const remoteOk = remoteAcceptedPiece.exec(text);
  if (remoteOk) cut(remoteOk.index, remoteOk[0].length);
  for (const global of everyScheduleWord) {
    let match: RegExpExecArray | null;
    // (Read to the end each time: a global pattern's last `exec`, which finds nothing, leaves it ready for the next text.)
    while ((match = global.exec(lower()))) cut(match.index, match[0].length);
  }
  // "… to my inbox", "… on my desktop": where to be told, no part of the search (nor its place).
  text = text.replace(/\s+(?:(?:straight\s+)?(?:to|in|into|on)\s+my\s+(?:inbox|e-?mail|mailbox|gmail|outlook|desktop|screen|laptop|computer|phone)|as\s+(?:an?\s+)?(?:desktop\s+)?(?:notifications?|pop-?ups?))\b/gi, ' ');
  // "whenever a pharmacist role appears in Leeds let me know": the asking is no part of the search.
  text = text.replace(asking, ' ');
  // Pieces a cut emptied ("kafka jobs, , pls"): their commas go too.
  text = text.replace(/\s+/g, ' ').replace(/(?:\s*[,;/]\s*)+(?=[,;/]|$)/g, '').replace(/^(?:\s*[,;:/.—–-])+\s*/, '').trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const pattern of aroundAnyCase) {
      const next = text.replace(pattern, '');
      if (next !== text) {
        text = next.trim();
        changed = true;
      }
    }
  }
  // "plumber jobs whenever one comes up", "… the moment they're posted": when they appear, not where.
  text = text.replace(whenTheyAppear, '').trim();
  // "new scala jobs open at Netflix": the verb of appearing before where or whom.
  text = text.replace(appearingBeforeWhere, '');
  // "product manager, remote, weekly": a list read again without its commas.
  // "data engineer, berlin" / "barista / Melbourne": a list of pieces, the trade first.
  const listed = /[,;]|\s\/\s/.test(text) ? readListedSearch(text.replace(/\s+\/\s+/g, ', ')) : null;
  const search = listed ?? readSearch(text, { needsNoun: false }) ?? readSearch(text.replace(/\s*[,;]\s*/g, ' ').trim(), { needsNoun: false });
  // ("new openings at Stripe": a search leaves the query out for a company alone; an alert watches for its name.)
  // ("alert me to anything new at Stripe": anything at the company is the company's openings.)
  const anything = search?.query && search.company && /^(?:to\s+)?(?:any|every|some)(?:thing|one)?(?:\s+(?:new|fresh|open|at|from))*$/i.test(search.query);
  const query = (anything ? undefined : search?.query) || search?.company;
  if (!search || !query) return null;
  const args: Args = { query };
  // A place is a place: words of appearing a reading took for one ("comes up", "whenever one") are none.
  const location = search.location?.replace(appearingToEnd, '').trim();
  // ("nyc", "ldn": the alert keeps the place by its name.)
  // ("New York", "New Orleans": the "new" of a place's name is no word of appearing.)
  const placeWords = location && (isKnownPlace(location) || /^New\s+\p{Lu}/u.test(location)) ? location.replace(/^new\s+/i, '') : location;
  if (location && placeWords && !notAPlace.test(placeWords)) args.location = placeFromShortForm(location);
  if (search.remote || remoteOk || remoteAfter) args.remote = true;
  // "… in Galway, remote is fine too", "… in Leeds or remote": remote allowed as well, never remote only, as a search
  // reads it: with a place, the place's openings and remote ones; with none, any opening.
  if (args.remote && (saysRemoteToo(message) || (args.location !== undefined && saysPlaceOrRemote(location ?? args.location, message)))) {
    delete args.remote;
    if (args.location) args.remote_too = true;
  }
  if (search.company) args.company = search.company;
  // "…, no agencies", "not contract", "nothing senior": kept out by the alert's runs as the search reader read them.
  if (search.exclude_seniority) args.exclude_seniority = search.exclude_seniority;
  if (search.exclude_employment_type) args.exclude_employment_type = search.exclude_employment_type;
  if (search.exclude_agencies) args.exclude_agencies = true;
  // "… paying at least 60k", "nothing under €45k": the pay floor as the search reader read it.
  if (search.min_salary) args.min_salary = search.min_salary;
  // "the moment new Stripe backend jobs get posted": the company said before the role.
  const before = search.company ? undefined : companyBeforeRole(query);
  if (before) Object.assign(args, before);
  // "new Atlassian jobs every morning": a company said alone is watched for by its name.
  const alone = search.company || before ? undefined : companyAlone(query);
  if (alone) args.company = alone;
  const fitSaid = fit?.groups?.fit ?? fit?.groups?.fit2 ?? fit?.groups?.fit3;
  if (fitSaid && Number(fitSaid) <= 100) args.min_fit = Number(fitSaid);
  else if (floor) args.min_fit = floor.fit;
  if (schedule) args.schedule = schedule;
  return args;
}
