import { ALERT_REFERENCE } from '../arguments/alert-reference.ts';
import type { z } from 'zod';
import { scheduleFromWords, tidyScheduleWords, tooOften } from '../../alerts/schedule-from-words.ts';
import { definePhrasing, type Intent } from '../phrasing/phrasing.ts';
import type { createAlertArgs } from './args.ts';
import type { AlertDelivery } from './delivery-note.ts';
import { takeZone } from '../../alerts/zone-from-words.ts';
import { fitFloorInPieces, readAlertRequest, readCompanyPosts, saysFitFloor, scheduleSaid, withoutDeliveryNoun } from './read-alert-request.ts';
import { createAlertUtterances } from './utterances.ts';
import { alertAgain, readAlertAgain } from './read-alert-again.ts';
import { readSeveralAlerts } from './read-several-alerts.ts';
import { alertAskedAbroad } from './read-alert-abroad.ts';
import { eitherPlace, kindsKeptOut, searchFiltersIn } from '../search-jobs/read-search.ts';

type Args = z.input<typeof createAlertArgs>;

/** Said of a request that keeps going: a schedule, "new", "when … appear". */
const ongoing = /\b(?:every|each|daily|weekly|hourly|nightly|weekdays?|new|fresh|whenever|when|as\s+soon\s+as|the\s+(?:moment|minute|instant)|appear|show\s+up|posted|alert|mornings|evenings|afternoons)\b/;

/** Whether words say the request keeps going, a schedule in another language too ("jeden Mittwoch", "todas las mañanas"). */
const saysOngoing = (words: string) => ongoing.test(words) || ongoing.test(tidyScheduleWords(words).toLowerCase());

/**
 * A condition and an asking, in either order: "if a carpenter job comes up in Galway, shout",
 * "any time a … is posted …, i want to know", "should any … appear, email me".
 */
const conditionAsked = new RegExp(
  [
    String.raw`\b(?:if|when(?:ever)?|as\s+soon\s+as|in\s+case|should|any\s*time|every\s+time|each\s+time)\b.*\b(?:appears?|show(?:s)?\s+up|turn(?:s)?\s+up|come(?:s)?\s+(?:up|in)|pop(?:s)?\s+up|crops?\s+up|come(?:s)?\s+along|becomes?\s+available|go(?:es)?\s+live|lands?|opens?(?:\s+up)?|goes\s+up|(?:gets?|is|are)\s+(?:posted|listed|advertised)|there'?s\s+ever|there\s+is\s+ever)\b.*\b(?:tell|let\s+me\s+know|know|ping|email|e-mail|text|message|shout|notify|lmk|alert|hear)\b`,
    String.raw`\b(?:tell|let\s+me\s+know|ping|email|e-mail|text|message|shout|notify|lmk|alert)\b.*\b(?:if|when(?:ever)?|as\s+soon\s+as|in\s+case)\b.*\b(?:appears?|show(?:s)?\s+up|turn(?:s)?\s+up|come(?:s)?\s+(?:up|in)|pop(?:s)?\s+up|crops?\s+up|come(?:s)?\s+along|becomes?\s+available|go(?:es)?\s+live|lands?|opens?(?:\s+up)?|goes\s+up|(?:gets?|is|are)\s+(?:posted|listed|advertised))\b`,
  ].join('|'),
);

/**
 * Said only of a request that recurs, wherever it stands: a schedule ("each morning", "mondays",
 * "once a week", "every couple hours"), "whenever", "notified", "lmk when", "subscribe me",
 * "digest", "heads up", "keep an eye on", or a fit floor with "new".
 */
const recurring = new RegExp(
  [
    String.raw`\b(?:every|each)\s+(?:(?:couple|few|\d{1,2}|other)\s+(?:of\s+)?)?(?:hours?|days?|mornings?|afternoons?|evenings?|nights?|weeks?|weekdays?|work(?:ing)?\s*days?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b`,
    // ("daily paid warehouse jobs" is how they pay.)
    String.raw`\b(?:daily|weekly|hourly|nightly)\b(?!\s+(?:paid|pay|rates?|wages?)\b)`,
    // ("fortnightly", "monthly": no schedule an alert can keep, but said of one; the action says why.)
    String.raw`\b(?:fortnightly|bi-?weekly|monthly|every\s+(?:fortnight|month|(?:other|second|two|three|four|\d)\s+weeks?|\d{1,2}\s+months))\b`,
    // Told by a way of being told, said as a verb, of new postings: "slack me new devops jobs", "email me new …" (not "… now").
    String.raw`\b(?:slack|whats\s?app|telegram|viber|text|sms|e-?mail|ping|message|msg|dm|signal|notify)\s+me\s+(?:about\s+|with\s+|of\s+|when(?:ever)?\s+|if\s+|as\s+soon\s+as\s+)?(?:there\s+are\s+|there'?s\s+)?(?:any\s+|all\s+)?(?:the\s+)?(?:new|fresh|newly)\b`,
    // On the desktop: "desktop notifications for …", "pop up on my desktop when …", "a notification on my screen whenever …".
    String.raw`\b(?:desktop|push)\s+(?:notifications?|alerts?|pop-?ups?)\s+(?:for|about|of|on|when(?:ever)?|if)\b`,
    String.raw`\b(?:pop(?:s)?[\s-]?ups?|notifications?|alerts?)\b.*\bon\s+my\s+(?:desktop|screen|laptop|computer)\b.*\b(?:when(?:ever)?|if|new|every|each)\b`,
    String.raw`\bpop\s+up\b.*\b(?:when(?:ever)?|if)\b`,
    // Sent to the inbox: "send new tiler jobs to my inbox", "drop new … in my inbox".
    String.raw`\b(?:send|drop|put|deliver|forward)\b.*\bnew\b.*\b(?:to|in|into)\s+my\s+(?:inbox|e-?mail|mailbox)\b`,
    String.raw`\b(?:once|twice)\s+a\s+(?:day|week)\b`,
    String.raw`\b(?:\d{1,2}|two|three|four|five|six)\s*(?:x|times)\s+(?:a|per|each|every)\s+(?:day|week)\b`,
    String.raw`\b(?:every|each)\s+(?:(?:\d{1,2}|few|couple(?:\s+of)?)\s+)?min(?:ute)?s?\b|\b(?:every|each)\s+half\s+(?:an\s+)?hour\b`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b`,
    String.raw`\bweek\s*(?:days|ends)\b`,
    String.raw`\bwhenever\b`,
    String.raw`\bnotified\b`,
    String.raw`\b(?:receive|get|want)\s+(?:a\s+|an\s+)?(?:notifications?|alerts?|e-?mails?)\s+(?:when|if|whenever|about|for|of|on)\b`,
    String.raw`\binform\s+me\b.*\bnew\b`,
    String.raw`\bkeep\s+(?:look(?:ing|in'?)?|search(?:ing|in'?)?|checking|checkin'?)\s+(?:out\s+)?(?:for\s+)?.*\b(?:tell|let|ping|notify|lmk|text|email)\b`,
    String.raw`\blmk\s+(?:when|if|about)\b`,
    // ("text me at 7 when there's new …", "email me every evening if there are new …": when said between.)
    String.raw`\b(?:ping|tell|notify|email|e-mail|text|txt|sms|message|whatsapp)\s+me\s+(?:(?:at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|(?:every|each)\s+\w+|in\s+the\s+\w+|daily|weekly|mornings|evenings)\s+)?(?:when|if|as\s+soon\s+as)\b.*\bnew\b`,
    String.raw`\bsubscribe\s+me\b`,
    String.raw`\bdigest\b`,
    String.raw`\bheads\s+up\b`,
    String.raw`\bkeep\s+(?:an\s+eye|watch|tabs)\b`,
    String.raw`\bwatch(?:ing)?\s+(?:out\s+)?for\b`,
    String.raw`\b(?:alert|alret)\s+(?:for|me|about|on)\b`,
    String.raw`\b(?:sms|text|e-?mail|desktop|push|daily|weekly)\s+alerts\s+(?:for|about|on)\b`,
    // (A least fit is a number with "%", "+" or "or better" beside it: "top 5 matches" is no floor.)
    String.raw`\bnew\b.*\bfit\b.*\d|\bnew\b.*\bfits\b.*\b\d{2,3}\s*(?:%|\+|or\s+(?:better|more|above|higher))|\bnew\b.*\b\d{2,3}\s*(?:%|\+)\s*(?:fits?|match(?:es)?)\b`,
    // "keep checking for remote python jobs", "monitor new care jobs in Cardiff": watching, said as a verb.
    String.raw`\b(?:shoot|send|drop|fire)\s+me\s+an?\s+(?:quick\s+)?(?:text|sms|e-?mail|message)\b.*\bnew\b.*\b(?:jobs?|roles?|openings?|positions?|vacanc(?:y|ies)|postings?|gigs?)\b`,
    String.raw`\bkeep\s+(?:checking|checkin'?|monitoring|an\s+eye)\s+(?:out\s+)?(?:for|on)\b|^(?:(?:please|pls|can\s+you|could\s+you)\s+)*monitor\s+(?:new|fresh|for|the\s+boards?\s+for)\s`,
    // Wishes: "would love to hear when …", "keep me posted on …", "be on the lookout for …", "flag new …", "a daily roundup of …".
    String.raw`\b(?:hear|know)\s+(?:about|of|when(?:ever)?|if|as\s+soon\s+as)\b.*\b(?:new|come\s+up|comes\s+up|appears?|show(?:s)?\s+up|turn(?:s)?\s+up|pop(?:s)?\s+up|posted|listed|open(?:s|\s+up)?)\b`,
    String.raw`\bkeep\s+me\s+(?:posted|updated|informed|in\s+the\s+loop)\b`,
    String.raw`\bon\s+the\s+look-?out\b`,
    String.raw`\blook\s+out\s+for\b.*\b(?:tell|let|ping|notify|lmk|text|email)\b`,
    String.raw`\bflag\s+(?:any\s+|new\s+|up\s+)`,
    String.raw`\b(?:roundup|round-up|round\s+up|summary|updates)\s+of\s+new\b`,
    String.raw`\b(?:receive|get|want)\s+(?:a\s+)?(?:message|text|ping|heads[\s-]?up|shout)\s+(?:when|if|whenever|about)\b`,
    conditionAsked.source,
  ].join('|'),
);
/** Said of an alert already there, or of a reminder: never a new alert. */
const notNew = /\b(?:remind(?:er)?s?|pause|mute|stop|delete|remove|cancel|resume|unpause|turn(?!\s+up)|switch|kill|unsubscribe|reactivate|restart|snooze|bin|scrap|disable|enable)\b|\balerts?\s+(?:on|off|again)\b|\b(?:my|the)\s+\w+(?:\s+\w+)?\s+alerts?\b|^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:make|set|change|switch|move|update|edit)\s+(?:the|that|my)\s+[\w\s]{1,30}?\s+one\b/;
/** What leads into the search in a recurring request: "i want to get notified about", "lmk when", "check for". */
const leadIn = /^.*?\b(?:(?:(?:i'?d|i\s+would)\s+(?:like|love)|i\s+(?:want|need)|(?:can|could|may)\s+i\s+(?:get|have))(?=\s+(?:an?\s+|some\s+)?(?:every|each|daily|weekly|nightly|hourly)\b)|hear(?:\s+(?:about|of))?|know\s+(?:about|of)|keep\s+me\s+(?:posted|updated|informed|in\s+the\s+loop)|(?:be\s+)?on\s+the\s+look-?out|look\s+out|flag(?:\s+up)?|(?:daily\s+|weekly\s+)?(?:roundup|round-up|round\s+up|summary)\s+of|(?:send|drop|give|shoot|fire)\s+me\s+(?:an?\s+)?(?:desktop\s+|push\s+|quick\s+)?(?:e-?mails?|texts?|sms|messages?|whatsapps?|notifications?|pop-?ups?|alerts?)|(?:whatsapp|sms|telegram|viber|slack|message|msg|dm|signal)\s+me|pop(?:\s+it)?\s+up(?:\s+(?:a|an)\s+(?:notification|alert))?(?:\s+on\s+my\s+(?:desktop|screen|laptop|computer))?|(?:send|drop|put|deliver|forward)(?=\s+(?:any\s+|all\s+)?(?:the\s+)?new\b)|notified|notify\s+me|send\s+me|tell\s+me|email\s+me|ping\s+me|text\s+me|show\s+me|give\s+me|lmk|let\s+me\s+know|know|check|look|watch(?:ing)?|subscribe\s+me|heads\s+up|keep\s+(?:an\s+eye(?:\s+out)?|watch|tabs)|(?:(?:sms|text|e-?mail|desktop|push)\s+alerts?)|alert(?:\s+me)?|alret|alrt|digest|updates?|inform\s+me|monitor(?:ing)?|(?:shoot|fire)\s+me|(?:receive|get)\s+(?:a\s+|an\s+)?(?:notifications?|alerts?|e-?mails?)|keep\s+(?:look(?:ing|in'?)?|search(?:ing|in'?)?|checking|checkin'?)(?:\s+out)?)\b(?:\s+(?:on\s+my\s+(?:desktop|phone)|by\s+e-?mail|by\s+text|(?:on|via|over)\s+(?:whatsapp|teams|slack|telegram|signal|discord)))?(?:\s+(?:to|on|for|about|of|with|when(?:ever)?|if|as\s+soon\s+as|once|the\s+(?:moment|minute|instant)))?\s*[:,-]?\s+/i;

/** How the person asked to be told, when they said it: "email me", "text me", "whatsapp me", "on my desktop". */
const deliveryWords: ReadonlyArray<[AlertDelivery, RegExp]> = [
  ['messaging_app', /\b(?:whats\s?app|telegram|viber|slack|discord|messenger|signal\s+me|on\s+signal)\b|\b(?:on|via|over|in|through)\s+(?:ms\s+|microsoft\s+)?teams\b/],
  ['sms', /\b(?:text|sms)\s+me\b|\btxts?\b|\ban?\s+(?:text|sms)\s+(?:when(?:ever)?|if|as\s+soon\s+as|once|the\s+moment)\b|\b(?:sms|text)\s+(?:alerts?|notifications?|updates?)\b|\b(?:shoot|send|drop|fire)\s+me\s+an?\s+(?:quick\s+)?(?:text|sms)\b|\b(?:daily|weekly|nightly|morning|evening)\s+(?:texts?|sms)\b|\b(?:texts?|sms)\s+(?:about|with|of|on|for|re\b|w\/|every|each)\b|\b(?:by|via|as\s+an?)\s+(?:text|sms)\b|\btext\s+messages?\b|\b(?:send|drop)\s+me\s+(?:an?\s+)?(?:texts?|sms)\b/],
  ['email', /\ban?\s+e-?mail\s+(?:when(?:ever)?|if|as\s+soon\s+as|once|the\s+moment)\b|\b(?:to|in|into)\s+my\s+(?:e-?mail|mailbox|gmail|outlook)\b|\b(?:fortnightly|monthly|bi-?weekly)\s+(?:e-?mails?|mails?)\b|\b(?:e-?mail|mail)\s+me\b|\b(?:daily|weekly|nightly|morning|evening|hourly)\s+(?:e-?mails?|mails?)\b|\b(?:e-?mails?|mail)\s+(?:about|with|of|on|for|re\b|w\/|digest|every|each)\b|\be-?mails?\s+pls\b|\bget\s+an?\s+(?:\w+\s+)?e-?mail\b|\b(?:send|drop)\s+me\s+(?:an?\s+)?e-?mails?\b|\b(?:by|via|in\s+an?|over)\s+e-?mail\b|\be-?mail\s+(?:alerts?|notifications?|updates?|digest)\b/],
  ['phone_push', /\bpush\s+notifications?\b|\ba\s+push\b|\bpush\s+(?:on|to)\s+my\b|\b(?:on|to)\s+my\s+(?:phone|mobile|cell)\b/],
  ['desktop', /\b(?:on|to)\s+(?:my\s+|the\s+)?(?:desktop|screen|laptop|computer)\b|\bpop\s+up\b|\bdesktop\s+(?:notifications?|alerts?|pop-?ups?)\b|\bpop[\s-]?ups?\b/],
];
const deliveryIn = (said: string): AlertDelivery | undefined => deliveryWords.find(([, pattern]) => pattern.test(said.toLowerCase()))?.[0];

/** A reading of a new alert with how the person asked to be told and the zone its times were said in, when they said them. */
function withDelivery<Reading extends { args: Args } | { reply: string }>(reading: Reading | null, said: string): Reading | null {
  if (!reading || !('args' in reading)) return reading;
  const tellBy = deliveryIn(said);
  const { zone, words } = takeZone(said);
  // ("daily at 9 IST": the schedule is passed on as said, its zone's words too; a cron expression stays one.)
  const schedule = reading.args.schedule;
  const withZone = schedule && words && !/^[\d*]/.test(schedule) && !schedule.toLowerCase().includes(words.toLowerCase()) ? { schedule: `${schedule} ${words}` } : {};
  return { ...reading, args: { ...reading.args, ...withZone, ...(tellBy ? { tell_by: tellBy } : {}), ...(zone ? { time_zone: zone } : {}) } };
}

/** A recurring request said any way: the schedule and fit read from the whole, the search from what follows the lead-in. */
function readRecurring(said: string) {
  const text = tidyScheduleWords(withoutDeliveryNoun(said)).replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const saidLower = said.toLowerCase();
  // ("desktop notifications for …": the way of being told says it recurs, though it is no part of the search.)
  // (The words as said are tested again only when tidying changed them.)
  if (!(recurring.test(lower) || (saidLower !== lower && recurring.test(saidLower))) || notNew.test(lower)) return null;
  const whole = readAlertRequest(text);
  // "when new X jobs appear, let me know every morning": after the lead-in only when; the search is before it.
  const afterLead = text.replace(leadIn, '');
  const inner = afterLead.trim() && !onlyWhen(afterLead) ? readAlertRequest(afterLead) : null;
  const args = inner ?? whole;
  if (!args) return null;
  const schedule = whole?.schedule ?? scheduleSaid(` ${lower} `);
  if (schedule) args.schedule = schedule;
  if (whole?.min_fit !== undefined) args.min_fit = whole.min_fit;
  return { args };
}

/** New postings with a least fit said in a piece of its own, in any order: "only good fits, like 75 or up. new ML jobs, remote". */
function readFitted(message: string) {
  const text = tidyScheduleWords(withoutDeliveryNoun(message)).replace(/\s+/g, ' ').trim();
  const args = readAlertRequest(text.replace(leadIn, '')) ?? readAlertRequest(text);
  if (!args) return null;
  args.schedule ??= scheduleSaid(` ${text.toLowerCase()} `);
  if (args.schedule === undefined) delete args.schedule;
  return { args };
}

/** "alert: data engineer, berlin, daily", "new job alert - nurse, dublin, weekly", "Alert please — mining engineer, Perth": a list after the word. */
const listedAlert =
  /^\s*(?:(?:hi|hey|ok|okay|yo|pls|please|plz)[\s,!]+)*(?:(?:(?:can|could)\s+(?:you|u)\s+)?(?:pls\s+|please\s+)?(?:set\s*up|setup|create|make|add|start|save|new|i\s+want|i'?d\s+like)\s+(?:me\s+)?(?:an?\s+)?(?:new\s+)?)?(?:daily\s+|weekly\s+)?(?:job\s+)?(?:alert|alrt|alret)(?:\s+(?:pls|please|plz|for))?\s*(?:->|=>|[:,;.\-—–>])+\s*(?<rest>.+)$/i;

/** A whole message that is an alert told as a list: its commas and full stops part the pieces, not requests. */
function readListedAlert(message: string) {
  const rest = listedAlert.exec(message)?.groups?.rest;
  if (!rest || notNew.test(rest.toLowerCase())) return null;
  const pieces = rest.replace(/\s*[.—–]+\s+|\s+-+\s+|\.\s*$/g, ', ').replace(/[,\s]+$/, '');
  if (!/[,;]|\s\/\s/.test(pieces)) return null;
  const args = readAlertRequest(pieces);
  if (!args) return null;
  // "Pflegefachkraft, Berlin", "welder fabricator, aberdeen": a trade the search reader does not
  // know, then a place: in a list, the piece after the trade is where.
  const [trade, place, ...more] = args.query.split(/\s*,\s*/);
  if (trade && place && more.length === 0 && !args.location && /^\p{L}[\p{L}'. -]{1,40}$/u.test(place) && place.split(/\s+/).length <= 3) {
    args.query = trade;
    args.location = place;
  }
  // "daily alert: python developer, wfh fine": the schedule said before the list.
  args.schedule ??= scheduleSaid(` ${message.toLowerCase()} `);
  if (args.schedule === undefined) delete args.schedule;
  return { args };
}

/** A piece that tells who the person is, not what they ask: "hi", "I'm a night-shift nurse in Leeds", "I work nights as a guard". */
const introduction =
  /^(?:(?:hi|hello|hey|hiya|yo|good\s+(?:morning|afternoon|evening)|ok(?:ay)?|so)\b[\s,!.]*)*(?:i'?m|im|i\s+am|i\s+work|i\s+live|i\s+have\s+been|i'?ve\s+been|ive\s+been|my\s+name\s+is|been\s+a|i\s+was\s+a|currently|now\s+(?:living|based|live)|living\s+in|based\s+in)\b/i;
const greetingOnly = /^(?:hi|hello|hey|hiya|yo|good\s+(?:morning|afternoon|evening)|there|all|team|jobpilot)(?:[\s,!.]+(?:hi|hello|hey|there|all|team|jobpilot))*[\s,!.]*$/i;
/** An introduction that is the request itself: "I'm looking for …", "I'm after …", "I'd like …". */
const asksInIt = /\b(?:look(?:ing|in)?|search(?:ing)?|hunt(?:ing)?|after|want(?:ing)?|need|'d\s+like|would\s+like|interested|alert|notify|tell|remind|let\s+me|lmk|send|email|ping|keep|watch)\b/i;
/** Where an introduction says the person is: "in Leeds", "from Cork", "live in Derby", "based in New York". */
const placeInIntroduction = /\b(?:in|from|near|based\s+in|living\s+in|live\s+in)\s+(?<place>[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?|[a-z][\p{L}'-]{2,})\b/u;

const livingIn = /\b(?:based|living|live|work(?:ing)?|settled)\s+in\s+(?<place>[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/u;

/**
 * "I'm a night-shift nurse in Leeds, let me know every morning about ward manager jobs": who
 * the person is, then the alert they ask for. The introduction is no part of the request (its
 * "nights" is no schedule, its trade no search); where it says they are is where the alert
 * looks when the request names no place and asks for no remote work.
 */
function readIntroduced(message: string) {
  const pieces = message.split(/(?<=[.!?,;])\s+|\s+[-–—]+\s+/);
  let told = 0;
  while (told < pieces.length - 1) {
    const piece = (pieces[told] ?? '').trim();
    if (!greetingOnly.test(piece) && (!introduction.test(piece) || asksInIt.test(piece.replace(introduction, '')))) break;
    told += 1;
  }
  if (told === 0) return null;
  const request = pieces.slice(told).join(' ').replace(/^(?:and|so|but)\s+/i, '');
  const reading = readRecurring(request) ?? readListedAlert(request) ?? readSearchThenWhen(request);
  if (!reading) return null;
  const intro = pieces.slice(0, told).join(' ');
  // (Where they live now wins where they come from: "from Poland, now living in Rotterdam".)
  const place = livingIn.exec(intro)?.groups?.place ?? placeInIntroduction.exec(intro)?.groups?.place;
  if (place && !reading.args.location && !reading.args.remote && !/^(?:the|a|an|my|nights?|days?|shifts?|care|retail|hospitality|it|tech|sales|school|college|uni|year|\d.*)$/i.test(place)) {
    reading.args.location = place;
  }
  return reading;
}

/** "watch shopify for new backend jobs", "keep an eye on Monzo for any new data roles": a company watched for new postings of a trade. */
const companyWatched = /^(?:on\s+)?(?<company>[\p{L}\d&.'+-]+(?:\s+[\p{L}\d&.'+-]+)?)\s+for\s+(?:any\s+)?(?:new|fresh)\s+(?<rest>.+)$/iu;

/** The alert of a company watched for new postings of a trade (dev alerts9 #12: "shopify for new backend" was the search). */
function readCompanyWatched(target: string) {
  const found = companyWatched.exec(target.trim())?.groups;
  const company = found?.company;
  if (!found || !company || /^(?:me|us|jobs?|roles?|openings?|anything|something|out|them|it|the|any|all)$/i.test(company)) return null;
  const args = readAlertRequest(`new ${found.rest ?? ''}`);
  if (!args || args.company) return null;
  // ("keep an eye on the market for new SAP jobs", "the boards for new …": where to look, no employer.)
  if (/^(?:the\s+)?(?:job\s+)?(?:market|boards?|sites?|web|internet|listings?|ads|adverts)$/i.test(company)) return { args };
  if (/^(?:the|a|an|my|our|your|any)\s+\p{Ll}/u.test(company)) return null;
  return { args: { ...args, company: /^\p{Ll}/u.test(company) ? company.charAt(0).toUpperCase() + company.slice(1) : company } };
}

const read = (rest: string, whole?: string) => {
  const args = readAlertRequest(rest);
  if (!args) return null;
  // "set up a daily alert for welding jobs": the schedule said before the search.
  if (!args.schedule && whole) {
    const schedule = scheduleSaid(` ${whole.toLowerCase()} `);
    if (schedule) args.schedule = schedule;
  }
  return { args };
};

/** A piece said only of when, with a word of repeating: "daily at 15:00 pls", "every mornin", "weekdays at 7 thx". */
const repeatingWord = /\b(?:every|each|daily|weekly|hourly|nightly|week\s*days|week\s*ends|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:once|twice)\s+a\s+(?:day|week)|(?:\d{1,2}|two|three|four|five|six)\s*(?:x|times)\s+(?:a|per)\s+(?:day|week))\b/;
const politeness = /\b(?:pls|please|plz|thanks|thx|ty|ta|cheers|x+|if\s+(?:you\s+)?can|if\s+possible)\b|[!.?]+/gi;
/** A part of the day in the plural: when an alert repeats ("welder jobs in Hull, mornings"), or a shift ("find … , mornings"). */
const partsOfDay = /\b(?:mornings|evenings|afternoons|arvos)\b/;
/** The schedule a piece says and nothing else; a part of the day in the plural counts unless it may be the shift ("nights" always may). */
function onlyWhen(piece: string, partOfDayIsShift = true): string | undefined {
  const tidy = ` ${tidyScheduleWords(piece).toLowerCase().replace(politeness, ' ')} `;
  const schedule = scheduleSaid(tidy);
  if (!schedule || !(repeatingWord.test(tidy) || (!partOfDayIsShift && partsOfDay.test(tidy)))) return undefined;
  const left = schedule.split(' ').reduce((rest, word) => rest.replace(word, ' '), tidy);
  return /^[\s,;:&-]*(?:and\s+)?[\s,;:&-]*$/.test(left) ? schedule : undefined;
}

// ("…, check every day 7 am", "…, look again each monday", "…, have it scan weekdays": the looking asked for before when is
// the alert's run, never its search; regression, trial s50 #29: an alert for "check".)
const askedBeforeWhen =
  /^(?:(?:and|then|pls|please|just)\s+)*(?:(?:tell|send|alert|notify|ping|e-?mail|text|message|update)\s+me|let\s+me\s+know|lmk|keep\s+me\s+(?:posted|updated|informed)|(?:(?:have|let|make)\s+it\s+|it\s+)?(?:check|look|scan|search|run|re-?check|refresh|(?:do|repeat)\s+(?:it|this|that))(?:s|ing)?(?:\s+(?:it|again|them|for\s+(?:new\s+ones|them|more)))?)(?:\s+(?:about\s+)?(?:the\s+)?(?:new\s+ones|them|those|it))?\s+(?=\S)/i;

/** A search asked for before when: "could you search for", "find me", "look up". */
const searchAsked = /^(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:search(?:\s+for)?|find(?:\s+me)?|look\s+(?:for|up))\s+(?=\S)/i;
/** What parts the pieces of a search then when: commas and dashes, and an "and" before the asking to be told. */
const andThenAsked =
  /\s*[,;?!]\s*|\s+[-–—]+\s+|\s+(?:and|&|n)\s+(?=(?:then\s+)?(?:(?:tell|send|alert|notify|ping|e-?mail|text|message|update)\s+me|let\s+me\s+know|lmk|keep\s+me\s+(?:posted|updated|informed))\b)/i;

/**
 * "new electrician jobs in Leeds, daily at 15:00 pls", "nurse jobs in Cork - every morning",
 * "roofer jobs, Derby, weekly, only 70%+ fits": a search, then when in a piece of its own (the last,
 * or one followed only by what an alert keeps: a least fit, kinds kept out, a pay floor). The
 * repeating schedule makes the whole an alert.
 */
function readSearchThenWhen(message: string) {
  // ("look for porter jobs in Derby and tell me each morning", "… & send me them weekdays": the asking joined by "and" is a piece too.)
  const pieces = message.split(andThenAsked).filter((piece) => piece.trim() !== "");
  if (pieces.length < 2 || notNew.test(message.toLowerCase())) return null;
  // ("…, tell me each morning", "…, alert me weekdays", "…, send me new ones every monday": the asking before when.)
  // ("find baker jobs in Frome, mornings": with a search asked for, "mornings" may be the shift.)
  const searched = /\b(?:find|search|look\s+(?:for|up)|show\s+me)\b/i.test(message);
  const whenAt = pieces.findLastIndex((piece, at) => at > 0 && onlyWhen(piece.replace(askedBeforeWhen, ''), searched) && pieces.slice(at + 1).every(keptByAlert));
  if (whenAt < 0) return null;
  const schedule = onlyWhen((pieces[whenAt] ?? '').replace(askedBeforeWhen, ''), searched);
  if (!schedule) return null;
  // ("could you search for porter jobs in Derby and tell me every evening": the search asked for is what the alert watches.)
  const search = pieces.slice(0, whenAt).join(', ').replace(searchAsked, '');
  const args = readAlertRequest(search.replace(leadIn, '')) ?? readAlertRequest(search);
  if (!args) return null;
  args.schedule = schedule;
  return { args };
}

/**
 * A piece that says only how to be told: "push on my phone", "by email", "text me", "whatsapp is fine", "desktop pop-ups pls".
 * Only an alert tells anything later, so beside a search it makes the whole an alert (trial s49: "new Kotlin jobs, push on my
 * phone, 60k minimum, remote" searched for "push on" as a place).
 */
const toldByOnly =
  /^(?:(?:and|just|pls|please)\s+)*(?:(?:by|via|over|through|as\s+an?|on)\s+)?(?:an?\s+)?(?:(?:push|phone)(?:\s+(?:notifications?|alerts?))?|texts?|txts?|sms|e-?mails?|whats\s?app|telegram|slack|signal|(?:desktop\s+)?(?:notifications?|pop-?ups?|alerts?)|(?:text|txt|sms|e-?mail|whats\s?app|ping|message|notify)\s+me)(?:\s+(?:on|to)\s+my\s+(?:phone|mobile|cell|desktop|laptop|screen|computer))?(?:\s+(?:is|are|would\s+be)\s+(?:fine|ok(?:ay)?|good|best|great|perfect))?(?:\s+(?:pls|please|plz|thx|thanks))*$/i;

/** "new Kotlin jobs, push on my phone, 60k minimum, remote", "barista jobs in Cork - text me": a search, and how to be told in a piece of its own. */
function readSearchThenTold(message: string) {
  const pieces = message.split(/\s*[,;!]\s*|\s+[-–—]+\s+|\.\s+/).map((piece) => piece.trim()).filter((piece) => piece !== '');
  const told = pieces.findIndex((piece, at) => at > 0 && toldByOnly.test(piece));
  if (told < 0 || notNew.test(message.toLowerCase()) || /\b(?:find|search|look\s+(?:for|up)|show\s+me)\b/i.test(message)) return null;
  const search = pieces.filter((_, at) => at !== told).join(', ');
  const args = readAlertRequest(search.replace(leadIn, '')) ?? readAlertRequest(search);
  return args ? { args } : null;
}

/** What a piece saying only "as they appear" holds: the gate before the reader splits anything (docs/nlu.md, `needs`). */
const appearingNeeds = /\b(?:moment|minute|second|instant|soon|whenever|each\s+time|every\s+time|as\s+and\s+when)\b/;
/** A piece said only of the postings appearing: "the moment they're posted", "as soon as they appear", "whenever new ones go up". */
const appearingOnly =
  /^(?:(?:and|but|just|pls|please)\s+)*(?:the\s+(?:moment|minute|second|instant)|as\s+soon\s+as|whenever|each\s+time|every\s+time|as\s+and\s+when)\s+(?:they|they'?re|one|any|new\s+ones|it|it'?s)(?:\s+(?:are|is|get|gets|have\s+been|has\s+been))?\s+(?:posted|listed|advertised|published|up|live|out|appears?|show\s+up|shows\s+up|come\s+(?:up|in|out)|comes\s+(?:up|in|out)|go\s+(?:up|live)|goes\s+(?:up|live)|lands?|pops?\s+up|drops?|opens?(?:\s+up)?)(?:\s+(?:pls|please|plz|thanks|thx))*$/i;

/**
 * "new remote accessibility jobs, the moment they're posted", "barista jobs in Leeds - as soon as they appear": a search,
 * then when its postings appear in a piece of its own, with no asking: only an alert tells of postings as they
 * appear (dev alerts10 #69: searched with "moment they're posted" as the place). Its runs keep the default schedule.
 */
function readSearchThenAppearing(message: string) {
  const lower = message.toLowerCase();
  if (!appearingNeeds.test(lower) || notNew.test(lower) || /\b(?:find|search|look\s+(?:for|up)|show\s+me)\b/.test(lower)) return null;
  const pieces = message.split(/\s*[,;!]\s*|\s+[-–—]+\s+|\.\s+/).map((piece) => piece.trim().replace(/[.!?]+$/, '')).filter((piece) => piece !== '');
  const at = pieces.findIndex((piece, index) => index > 0 && appearingOnly.test(piece));
  if (at < 0) return null;
  const search = pieces.filter((_, index) => index !== at).join(', ');
  const args = readAlertRequest(search.replace(leadIn, '')) ?? readAlertRequest(search);
  return args ? { args } : null;
}

/** A piece an alert keeps beside its search, read by the slots from the whole message: "only 75%+ fits", "no agencies", "60k minimum". */
const keptByAlert = (piece: string) => saysFitFloor(piece) || Object.values(searchFiltersIn(piece)).some((value) => value !== undefined);

/** A cron expression said inside a sentence: "alert me 0 9 * * 1-5 for …", "cron 30 6 * * * for …". */
const cronInside = /(?:\bcron\s+)?(?<![\w*/,-])(?<cron>(?:[\d*][\d*/,-]*\s+){4}[\d*][\d*/,-]*)(?![\w*/,-])/i;

/**
 * A message with its zone words gone ("9am new york time", "8am CET": `time_zone`, read by
 * `withDelivery`; no part of the search) and a cron expression inside it taken out, and that expression.
 */
function withScheduleTaken(message: string): { text: string; cron?: string | undefined } {
  const { text } = takeZone(message);
  const cron = cronInside.exec(text);
  if (!cron?.groups?.cron || !scheduleFromWords(cron.groups.cron.trim())) return { text };
  return { text: `${text.slice(0, cron.index)} ${text.slice(cron.index + cron[0].length)}`.replace(/\s+/g, ' ').trim(), cron: cron.groups.cron.trim() };
}

/** What may stand after when, before the search: "tell me about", "send me", "alert for" ("weekly alert for …"). */
const askedAfterWhen = /^(?:(?:job\s+)?(?:alert|alrt|alret)s?\s*(?:for|about|on|of|:|-)|(?:please\s+|pls\s+)?(?:tell|send|notify|email|e-mail|ping|alert|message|update|text)\s+me(?:\s+(?:about|of|on|with|when))?|let\s+me\s+know\s+(?:about|of|when)|(?:please\s+|pls\s+)?(?:check|look)\s+(?:out\s+)?for)\s+/i;
/** A request to be told said after the search: "…, keep me posted", "… let me know". */
const askedAtEnd = /[\s,;.!-]+(?:keep\s+me\s+(?:posted|updated)|let\s+me\s+know|lmk|tell\s+me|send\s+(?:me\s+)?(?:them|those|the\s+new\s+ones))(?:\s+(?:pls|please|thx|thanks))?[\s.!]*$/i;
/** Words of repeating in when said first: a schedule, not one search at some hour. */
const repeatingFirst = /\b(?:every|each|daily|weekly|hourly|nightly|week\s*days?|weekday|weekends?|mornings|evenings|nights|(?:once|twice)\s+a|\d{1,2}\s*x|times|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b/i;

/**
 * "mon wed fri at 9 new chef jobs dubai", "twice a week is fine, electrician jobs leeds, keep me
 * posted", "8am CET tell me about new SAP jobs in zurich": when said first, then the search. The
 * longest run of opening words that reads as a schedule is when; a request to be told, or words
 * of repeating, make it an alert rather than a search.
 */
function readWhenThenSearch(message: string) {
  const lower = message.toLowerCase();
  if (notNew.test(lower) || /\b(?:find|search|look\s+(?:for|up)|show\s+me)\b/.test(lower)) return null;
  const words = message.split(' ');
  // The opening words of when: each a word schedules are made of; a comma after one ends it.
  let count = 0;
  while (count < words.length && (words[count] ?? '').replace(/[,;:.!-]+$/, '').split('/').every((part) => scheduleWord.test(part))) {
    count++;
    if (/[,;:.!-]$/.test(words[count - 1] ?? '')) break;
  }
  if (count === 0 || count >= words.length) return null;
  const when = words
    .slice(0, count)
    .join(' ')
    .replace(/[\s,;:.!-]+$/, '')
    .replace(/\s+(?:is|are|would\s+be)\s+(?:fine|good|ok(?:ay)?|great|best|perfect)$/i, '')
    .replace(/\s+(?:around|about|roughly)(?=\s+\d)/gi, ' at');
  // ("every 15 minutes check for …": said as a schedule, though none keeps it; the action says why.)
  if (!(scheduleFromWords(when) || tooOften(when)) || !/\d|[a-z]{3}/i.test(when)) return null;
  let rest = words.slice(count).join(' ').replace(/^[\s,;:.!—–-]+/, '');
  const told = askedAfterWhen.test(rest) || askedAtEnd.test(rest);
  if (!told && !repeatingFirst.test(when)) return null;
  rest = rest.replace(askedAfterWhen, '').replace(askedAtEnd, '');
  const args = readAlertRequest(rest);
  // ("daily email about X at 18h": when is said again later, and the other readers read it whole.)
  if (!args?.query || args.schedule || scheduleFromWords(args.query)) return null;
  return { args: { ...args, schedule: when } };
}

/** A word schedules are made of: "mon", "9am", "every", "mornings", "twice", "at", "around", "fine". */
const scheduleWord =
  /^(?:every|each|daily|weekly|hourly|nightly|twice|once|a|an|on|at|and|&|around|about|ish|roughly|\d{1,2}(?::\d{2})?(?:am|pm|h|ish|x)?|am|pm|o'?clock|half|quarter|past|times|per|minutes?|mins?|hours?|mon(?:day)?s?|tues?(?:day)?s?|wed(?:nesday)?s?|thu(?:rs?)?(?:day)?s?|fri(?:day)?s?|sat(?:urday)?s?|sun(?:day)?s?|week\s*days?|weekdays?|weekends?|week|day|days|mornings?|evenings?|nights?|afternoons?|noon|midday|lunchtime|is|fine|ok|okay|good|before|after|work|first|thing|except|excluding)$/i;

/** Asked to be told when something happens: "tell me when …", "lmk as soon as …", "give me a shout once …". */
const toldWhen =
  /\b(?:tell\s+me|let\s+me\s+know|ping\s+me|notify\s+me|alert\s+me|e-?mail\s+me|text\s+me|message\s+me|lmk|shout|give\s+me\s+a\s+(?:shout|heads[\s-]?up|ping)|(?:an?\s+)?(?:push|text|e-?mail|ping|message|notification|heads[\s-]?up)(?:\s+(?:on|to)\s+my\s+(?:phone|mobile|desktop|laptop|screen))?)\b[\s,]*(?<rest>(?:when(?:ever)?|if|as\s+soon\s+as|once|the\s+(?:moment|minute|second|day))\s+.+)$/i;

/** "tell me when Shopify posts anything", "lmk once Notion is hiring": a company's openings watched for. */
function readPostedBy(message: string) {
  const rest = toldWhen.exec(message)?.groups?.rest;
  const args = rest ? readCompanyPosts(rest) : null;
  if (args) return { args };
  // "a push on my phone when new cabin crew jobs in Doha come up would be amazing": being told, said as a wish (the wish's
  // words are no part of the search).
  const wish = rest?.replace(wishTail, '');
  if (!rest || !wish || wish === rest || !/\bnew\b/i.test(wish)) return null;
  const wished = readAlertRequest(wish);
  return wished ? { args: wished } : null;
}

/** What makes a request a wish, said after it: "… would be amazing", "… would be really helpful", "… is all I need". */
const wishTail = /[\s,]+(?:(?:that|it|this)\s+)?(?:would\s+be|'d\s+be|wd\s+be|is)\s+(?:(?:really|so|super|very|just)\s+)?(?:amazing|great|nice|lovely|helpful|perfect|ideal|good|ace|brilliant|awesome|fab(?:ulous)?|super|handy|useful|fantastic|grand|all\s+i\s+need)\b.*$/i;

/** What jobpilot asks when an alert is asked for with nothing to watch for. */
const nothingToWatch =
  'What should the alert watch for? Say the job, and if you like the place and when: "alert me every morning about new welder jobs in Leeds" or "set up an alert for remote QA jobs, weekdays at 7".';

/**
 * An alert asked for with nothing to watch for: "set up an alert", "can you set up a job alert for me", "alert me about new
 * jobs", "set an alert for 8am", "I want alerts": a schedule or a politeness is all there is, so what to watch is asked,
 * never a search for "alert me about" (regression, session 46).
 */
const alertWithoutSearch =
  /^(?:(?:hi|hey|hello|ok|okay|so)[\s,!]+)*(?:(?:can|could|will|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:(?:i\s+(?:want|need|would\s+like)|i'd\s+like)\s+(?:to\s+(?:set\s+up|setup|create|make|get|have)\s+)?|(?:set\s+up|setup|set|create|make|add|start|get|give)\s+(?:me\s+)?)(?:an?\s+|a\s+new\s+|some\s+|my\s+)?(?:new\s+)?(?:job\s+)?(?:alerts?|notifications?)(?:\s+for\s+me)?(?<rest>(?:\s+.*)?)$|^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?(?:alert|notify|tell)\s+me\s+(?:about|of|to|for|when\s+there\s+are)\s+(?:new\s+|any\s+)?(?:jobs?|openings?|postings?|vacancies|roles|positions)(?<after>(?:\s+.*)?)$/;
/** What may follow "set up an alert" and still name nothing to watch for: when, and politeness. */
const onlyWhenOrPlease =
  /^(?:\s+(?:for|at|every|each|on|in\s+the|around|please|pls|thanks|now|daily|weekly|hourly|nightly|mornings?|evenings?|nights?|afternoons?|weekdays?|days?|\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?|am|pm|o'?clock|too|then))*\s*$/;

/** The patterns of a new alert; each reading also takes how the person asked to be told. */
const alertIntents: ReadonlyArray<Intent<Args>> = [
  {
    pattern: alertWithoutSearch,
    questions: true,
    confidence: 'certain',
    read: ({ groups }) => (onlyWhenOrPlease.test(groups.rest ?? groups.after ?? '') ? { reply: nothingToWatch } : null),
  },
  {
    // "same alert but for Toronto", "do the same for Curitiba": the last alert again, changed.
    pattern: alertAgain,
    // ("do the same for Curitiba" opens as a question would.)
    questions: true,
    confidence: 'certain',
    read: ({ clause }, context) => readAlertAgain(clause.text, context),
  },
  {
    // "tell me every morning about new remote TypeScript jobs", "let me know when new rust jobs appear"
    // ("only tell me about react jobs where I'm at least a 70% fit": a least fit is said only of an alert.)
    // ("text me in the mornings about …", "whatsapp me each evening about …": a way of being told said as the verb.)
    // ("send me when new inspector jobs in Bergen", "inform me as soon as …": sending or informing said with when, the thing sent left out.)
    // ("give me a heads up the moment new … are posted", "send me a shout whenever …": being told, said as a thing given.)
    pattern: /^(?:(?:can|could|will|would)\s+you\s+)?(?:please\s+)?(?:(?:only|just)\s+)?(?:(?:tell|notify|alert|ping|email|e-mail|message|update|let|text|txt|sms|whats\s?app|telegram|slack|dm|msg|mail|inform)\s+me(?:\s+know)?|(?:give|send)\s+me\s+a\s+(?:quick\s+)?(?:heads[\s-]?up|shout|ping|nudge|buzz)|(?:send|write|inform)\s+me(?=\s+(?:when(?:ever)?|as\s+soon\s+as|once|each\s+time|every\s+time|the\s+(?:moment|minute|day)|if\s+(?:there\s+(?:is|are)\s+)?(?:any\s+)?new)\b))\s+(?<target>.+)$/,
    questions: true,
    confidence: 'certain',
    read: ({ groups, original }) => (saysOngoing(groups.target ?? '') || saysFitFloor(groups.target ?? '') ? read(original('target') ?? '') : null),
  },
  {
    // "remind me every morning at 7 about new plumber jobs", "remind me weekdays about fresh welder roles in Hull": new
    // postings on a schedule are an alert's, not a reminder's ("remind me every monday to check new jobs" is a task: a reminder).
    pattern: /^(?:(?:can|could|will|would)\s+you\s+)?(?:please\s+)?remind\s+me\s+(?<target>(?:every|each|daily|weekly|on\s+weekdays|weekdays|mornings|evenings)\b(?:(?!\bto\s).)*\b(?:about|of|for|with|on)\s+(?:any\s+|the\s+)?(?:new|fresh|latest)\s+.*\b(?:jobs?|roles?|openings?|vacanc(?:y|ies)|positions?|postings?)\b.*)$/,
    confidence: 'certain',
    read: ({ original }) => read(original('target') ?? ''),
  },
  {
    // "every morning at 7 tell me about new kotlin jobs": the schedule said first.
    pattern: /^(?<when>(?:every|each|daily|weekly|hourly|nightly|on\s+weekdays|weekdays)\b.*?),?\s+(?:tell|notify|alert|ping|email|e-mail|message|send|update)\s+me\s+(?<target>.+)$/,
    confidence: 'certain',
    read: ({ original }) => read(`${original('target') ?? ''} ${original('when') ?? ''}`),
  },
  {
    // "let me know when new rust jobs appear": the planner strips "let me" as filler, leaving "know when …".
    pattern: /^know\s+(?<target>(?:when(?:ever)?|if|as\s+soon\s+as|about|of|once|the\s+(?:moment|minute|instant))\s+.+)$/,
    confidence: 'certain',
    read: ({ groups, original }) => (saysOngoing(groups.target ?? '') ? read(original('target') ?? '') : null),
  },
  {
    // "set up an alert for rust jobs in Berlin every weekday", "create a job alert: remote go jobs"
    pattern: /^(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:set\s+up|setup|set\s+me\s+up|create|make|add|start|save|give\s+me)\s+(?:an?\s+|a\s+new\s+|me\s+an?\s+)?(?:daily\s+|weekly\s+|new\s+)?(?:job\s+)?(?:alert|alrt|alret|notification|watch)\s*(?:for|4|about|on|:)?\s+(?<target>.+)$/,
    questions: true,
    confidence: 'certain',
    read: ({ original, clause }) => read(original('target') ?? '', clause.text),
  },
  {
    // "weekly alert for remote frontend jobs", "a daily job alert on nursing in Cork": the alert named with its when, no verb.
    pattern: /^(?:(?:an?|one|my)\s+)?(?:daily|weekly|hourly|nightly|morning|evening|weekday|new)\s+(?:job\s+)?(?:alert|alrt|alret)s?\s*(?:for|4|about|on|:|-)\s*(?<target>.+)$/,
    confidence: 'certain',
    read: ({ original, clause }) => read(original('target') ?? '', clause.text),
  },
  {
    // "keep an eye out for new Go jobs at Stripe", "watch for remote react jobs every morning"
    pattern: /^(?:please\s+)?(?:keep\s+an\s+eye\s+out|keep\s+watch|watch(?:\s+out)?|look\s+out|keep\s+looking)\s+(?:for\s+)?(?<target>.+)$/,
    read: ({ groups, original }) => (saysOngoing(groups.target ?? '') ? (readCompanyWatched(original('target') ?? '') ?? read(original('target') ?? '')) : null),
  },
  {
    // "mondays, send me new ux designer jobs", "lmk when theres new electrician jobs in denver",
    // "i want to get notified about new warehouse jobs in Phoenix": a recurring request said any way.
    pattern: /^(?<target>.+)$/,
    read: ({ original }) => readRecurring(original('target') ?? ''),
  },
  {
    // "send me new remote typescript jobs every morning"
    pattern: /^(?:please\s+)?(?:send|email|e-mail|show)\s+me\s+(?<target>.+?\b(?:every|each|daily|weekly|hourly)\b.*)$/,
    read: ({ original }) => read(original('target') ?? ''),
  },
];

/**
 * How people ask to be told of new openings: "tell me every morning about new remote
 * TypeScript jobs", "set up an alert for rust jobs in Berlin", "let me know when new data
 * engineer jobs at Stripe appear".
 */
export const createAlertPhrasing = definePhrasing<Args>({
  priority: 36,
  utterances: createAlertUtterances,
  readWhole: (said) => {
    // (Runs of spaces are one space here: the readers' patterns scan each run once.)
    // ("9am new york time": the zone is no part of the search; "0 9 * * 1-5" inside the sentence is its schedule.)
    const { text: message, cron } = withScheduleTaken(said.replace(/\s+/g, ' '));
    // "set up two alerts: welder in Hull and rigger in Grimsby, both mornings": the first here, each one by `either`.
    const several = cron ? undefined : readSeveralAlerts(message);
    if (several?.[0]) return withDelivery({ args: several[0] }, said);
    // "when new X jobs at Y appear, let me know every morning": a condition and its asking read as one, commas and all.
    const condition = conditionAsked.test(message.toLowerCase()) && !/\b(?:find|search|show\s+me|look\s+for)\b/i.test(message) ? readRecurring(message) : null;
    // "new X jobs in Y, good fits only (75+)", "any new X near Y, tell me each morning, 60% fit or better":
    // new postings with a least fit in a piece of its own are watched for, commas and all.
    const fitted = !condition && /\b(?:new|fresh)\b|\b(?:send|tell|notify|ping|e-?mail|alert|text|message)\s+me\b/i.test(message) && !/\b(?:find|search|show\s+me|look\s+for)\b/i.test(message) && saysFitFloor(message) ? readFitted(message) : null;
    // "avísame cada mañana a las 8 de ofertas de electricista en Valencia", "mon alerte : comptable, Lyon, en semaine à 8h":
    // asked in another language around the job's own words, read in English words (trials s49: read as a search for the asking).
    const abroad = cron ? null : alertAskedAbroad(message);
    const inEnglish = abroad ? (abroad.listed ? readListedAlert(`alert: ${abroad.text}`) : read(abroad.text, abroad.text)) : null;
    // (Every German noun is written with a capital: "Elektriker" alone is the trade, never a company of that name.)
    if (inEnglish?.args.company !== undefined && inEnglish.args.company === inEnglish.args.query) delete inEnglish.args.company;
    if (inEnglish) return withDelivery(inEnglish, said);
    const reading = readPostedBy(message) ?? readWhenThenSearch(message) ?? readListedAlert(message) ?? readSearchThenWhen(message) ?? readIntroduced(message) ?? condition ?? fitted ?? readSearchThenTold(message) ?? readSearchThenAppearing(message);
    if (cron) {
      // "alert me 0 9 * * 1-5 for data analyst roles": any reading of the rest, or the rest as a request of its own.
      const rest = reading ?? readRecurring(message) ?? read(message.replace(/^(?:(?:set\s+up|create|make)\s+(?:an?\s+)?(?:daily\s+|weekly\s+)?(?:job\s+)?alert|alert\s+me|notify\s+me|tell\s+me)\s+(?:for|about|on|of)?\s*/i, '').replace(/^(?:for|about|on|of)\s+/i, ''));
      return rest ? withDelivery({ args: { ...rest.args, schedule: cron } }, said) : null;
    }
    return withDelivery(reading, said);
  },
  readSentence: (clause) =>
    withDelivery(readRecurring(clause.text) ?? (ongoing.test(tidyScheduleWords(clause.lower)) ? read(clause.text.replace(/^.*?\b(?:about|for|of|on|when(?:ever)?)\s+/i, ''), clause.text) : null), clause.text),
  // "set up an alert for QA jobs in Utrecht. only good fits (70+)": a least fit said as a request of its own.
  // "…, no agencies", "not contract", "no Werkstudent": kept out as a search keeps them out (the search's own reader).
  slots: {
    min_fit: (message) => fitFloorInPieces(message.replace(/\s+/g, ' '))?.fit,
    exclude_seniority: (message) => searchFiltersIn(message).exclude_seniority,
    exclude_employment_type: (message) => searchFiltersIn(message).exclude_employment_type,
    exclude_agencies: (message) => searchFiltersIn(message).exclude_agencies,
    min_salary: (message) => searchFiltersIn(message).min_salary,
  },
  // ("no call centres", "nothing commission-only": kinds no search can keep out, said so rather than searched for.)
  keptOut: (text) => kindsKeptOut(text),
  // Regression (session 38): "every monday send me planner jobs in utrecht or antwerp" watched Utrecht only:
  // two places, either will do, are one alert for each (an alert searches one place).
  // Several alerts asked at once ("alert me about new chef jobs in Leeds and new porter jobs in York") are one step each.
  either: (args, text) => {
    const several = readSeveralAlerts(withScheduleTaken(text.replace(/\s+/g, ' ')).text);
    if (several && several.length > 1) return several.map((alert) => withDelivery({ args: alert }, text)?.args ?? alert);
    const places = args.location ? eitherPlace(args.location) : undefined;
    return places?.map((location) => ({ ...args, location }));
  },
  capability: 'watch the job boards for you on a schedule (alerts)',
  describe: ({ query, schedule }) => `set up an alert for new ${query} jobs${schedule ? `, ${schedule}` : ', every morning at 8'}`,
  intents: alertIntents.map((intent) => ({ ...intent, read: (match, context) => withDelivery(intent.read(match, context), match.clause.text) })),
  examples: [
    { say: 'tell me every morning about new remote TypeScript jobs', args: { query: 'TypeScript', remote: true, schedule: 'every morning' } },
    { say: 'set up an alert for rust jobs in Berlin', args: { query: 'rust', location: 'Berlin' } },
    { say: 'let me know when new data engineer jobs at Stripe appear', args: { query: 'data engineer', company: 'Stripe' } },
    { say: 'notify me every weekday at 9 about new python jobs in London', args: { query: 'python', location: 'London', schedule: 'every weekday at 9' } },
    { say: 'send me new react jobs every monday', args: { query: 'react', schedule: 'every monday' } },
    { say: 'every morning at 7 tell me about new kotlin jobs', args: { query: 'kotlin', schedule: 'every morning at 7' } },
    { say: 'alert: welder, Rotterdam, weekly', args: { query: 'welder', location: 'Rotterdam', schedule: 'weekly' } },
    { say: 'set up an alert for scala jobs, evenings pls', args: { query: 'scala', location: null, schedule: 'evenings' } },
    { say: 'lmk when new ux jobs in Oslo come up, remote is fine too', args: { query: 'ux', location: 'Oslo', remote_too: true } },
  ],
  counterExamples: ['find remote typescript jobs', 'tell me about the second one', 'what is new since yesterday?'],
  produces: [ALERT_REFERENCE],
});
