import type { z } from 'zod';
import { capitalisedName } from '../phrasing/company-name.ts';
import { currentJob, readJob } from '../phrasing/job-references.ts';
import { type Confidence, definePhrasing, type Intent, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import type { JobStatus } from '../arguments/job-status.ts';
import { splitNote } from '../phrasing/split-note.ts';
import { findNote } from '../phrasing/find-slots.ts';
import type { updateJobStatusArgs } from './args.ts';
import { updateJobStatusUtterances } from './utterances.ts';
import { findJob } from '../phrasing/find-job.ts';
import { findStatus, ownRefusal } from '../phrasing/find-status.ts';
import { findKnownJob, knownJobs } from '../phrasing/known-jobs.ts';
import { pastDayIn } from '../../time/past-day.ts';

type Args = z.input<typeof updateJobStatusArgs>;

/** One intent for one way of telling news about a job; `status` is fixed, or read from the words. */
function news(pattern: RegExp, status: JobStatus | 'from-words', confidence: Confidence = 'likely'): Intent<Args> {
  return {
    pattern,
    confidence,
    read: ({ groups, original, clause }, context) => {
      // ("mark it as not applied" is a command; "they never invited me to an interview" tells nothing happened.)
      if (status !== 'from-words' && notNews.test(clause.lower)) return null;
      const { rest, note } = splitNote(original('target') ?? '');
      const said = status === 'from-words' ? splitNote(groups.status ?? '').rest.toLowerCase() : '';
      const stated = status === 'from-words' ? findStatus(said) : status;
      // "put the Acme one in my saved jobs": the list itself, which is saving the job, not a stage.
      if (!stated || (stated === 'saved' && savedList.test(said))) return null;
      const noteAfterStatus = status === 'from-words' ? splitNote(original('status') ?? '').note : undefined;
      return forJob(rest, context, { status: stated, note: note ?? noteAfterStatus });
    },
  };
}

/** "my saved jobs", "my list", "the shortlist": where saved jobs are kept, not the stage "saved". */
const savedList = /^(?:the\s+|my\s+)?(?:saved\s+(?:jobs|list|ones|roles)|(?:job\s+)?list|shortlist|bookmarks|favou?rites|tracker|watch\s*list)\b/;

function forJob(
  phrase: string,
  context: PhrasingContext,
  change: { status: JobStatus; note: string | undefined },
): Reading<Args> | null {
  const said = phrase.replace(/^(?:the\s+)?status\s+(?:of|for)\s+/i, '').trim();
  const reading = said ? readJob(said, context, { bare: true }) : currentJob(context);
  if (!reading) return null;
  return 'job' in reading ? { args: { job: reading.job, ...change } } : { reply: reading.reply };
}

/**
 * "sent my cv", "emailed my resume", "handed in my CV", "dropped off my application": an
 * application sent, in the words people use for sending it (the place it went follows).
 */
const sentApplication = String.raw`(?:sent|e-?mailed|mailed|dropped|handed|posted|forwarded|submitted|gave)(?:\s+(?:off|in|over|out))?\s+(?:my|an|the|a)\s+(?:cv|c\.v\.|resume|résumé|application|app)(?:\s+(?:in|off|over))?`;
/**
 * "I has apply", "i have been applied", "i already apply": a learner's "I applied". (A bare "apply to X", said
 * with no one doing it, asks jobpilot to apply: `applyForMe`.)
 */
const learnersApplied = String.raw`(?:applied|(?<=\b(?:i|we|already|just|finally|officially)\s+)apply|ha(?:ve|s)\s+(?:been\s+)?appl(?:y|ied)|been\s+appl(?:y|ied)|did\s+apply)`;

/** Something happened, told rather than asked: a reply came, an interview was set, an offer made. */
const newsEvent =
  /\b(?:(?:sent|e-?mailed|mailed|dropped|handed|posted|forwarded|submitted|gave)(?:\s+(?:off|in|over|out))?\s+(?:my|the|an?)\s+(?:cv|resume|résumé|application|app)(?:\s+(?:in|off|over))?\s+(?:to|at|for|into|with)|(?:decided|deciding|going|gonna|made\s+up\s+my\s+mind)\s+to\s+withdraw|sa(?:y|ys|id)\s+(?:to\s+)?me\s+no|(?:choose|chose|choosed|picked|went\s+with)\s+(?:an?\s*other|other|someone\s+else|somebody\s+else)|not\s+(?:selected|chosen)|invit(?:e|es|ing)\s+me|(?:e-?mailed|rang|texted|messaged|contacted)\b.*\b(?:interview|screen|call|chat)|accept(?:ed|s)?\s+me\s+for|pull(?:ing)?\s+out|not going ahead|not proceeding|decided against|bow(?:ed|ing) out|pulled (?:out|my application)|backed out|dropped out|retracted|reject(?:ed|ion)|declined|turned (?:me |my application )?down|passed on|said no|it'?s a no|no luck|said yes|it'?s a yes|sent (?:off|in|out)|ghosted|not (?:moving|going) forward|didn'?t (?:get|make)|did not get|let me go|offer(?:ed)?|hired|got the job|gave me the (?:job|role)|(?:signed|gave\s+me|sent\s+me)\s+(?:the|a|my)\s+(?:job\s+|employment\s+)?contract|contract\s+(?:is\s+|was\s+)?signed|i\s+(?:start|begin)|landed|got|have|had|scheduled|booked|invited|wants?|set up|heard back|called|reached out|came back|next round|\d(?:st|nd|rd|th) round|moved (?:on )?to|progressed|moving (?:me )?forward|applied|submitted|app(?:lication)? (?:sent|submitted|done)|(?:come|pop|drop|head) in for|to meet (?:me|up))\b/;
/** An application taken back, said as done: "I withdrew from Acme", "pulled my application at Initech". */
const withdrawal =
  /\b(?:withdr[ae]wn?|(?:decided|deciding|going|gonna|made\s+up\s+my\s+mind)\s+to\s+withdraw|pulled (?:out|my application|my app)|(?:to|will|i'?ll|gonna|going to|i'?m|i am|im)\s+pull(?:ing)?\s+out|backed out|dropped out|bow(?:ed|ing) out|retracted my application|took (?:back )?my application(?: back)?|(?:i'?m|i am|im|we'?re) not (?:going ahead|proceeding|continuing)|decided against|i(?:'ve| have)? (?:declined|turned down) (?:it|them|the offer|their offer)|i turned (?:it|them|the offer|their offer) down|i(?:'ve| have)? (?:declined|turned down|said no to) (?:the |their )?(?:[\w&'.-]+ ){0,4}offer)\b/;
/** "Globex turned me down", "Umbrella came back with …": a name told as the subject of news. */
const namedSubject =
  new RegExp(
    String.raw`(?:^|[,.;!]\s*|\b(?:and|but|oh|so|also|btw|news|update)\s+)(?<name>(?!(?:I|I'm|I've|They|We|The|My|Good|Great|Bad|So|Oh|Also|Btw|Just|Update|News|Well|Sadly|Finally|Yay|Ugh|Hey)\b)${capitalisedName})\s+(?:just\s+|finally\s+|also\s+|officially\s+)?(?:turned|rejected|declined|said|made|gave|sent|extended|offered|wants?|invited|called|came|reached|passed|emailed|replied|ghosted|scheduled|booked|set|got|is|are|has|have|moved|hired|let|would|wrote|texted|rang|messaged|asked)\b`,
    'u',
  );
const weekday = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const monthName = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** When: "on monday", "next week", "12th Dec", "tomorrow at 3pm". */
const when = String.raw`(?:(?:this|next|on|coming)\s+)?(?:${weekday}|tomorrow|tmrw|tonight|today|next\s+week|this\s+week|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthName}|${monthName}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2})(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm))?`;
/** What is happening then: "phone screen", "panel interview", "2nd round", "trial shift". */
const event = String.raw`(?:(?:(?:phone|video|zoom|teams|panel|final|first|second|third|2nd|3rd|1st|technical|onsite|on-site|in-person|group|hr|follow-up)\s+)*(?:interview|screen|screening|call|chat|round|trial\s+shift|assessment(?:\s+day)?|meeting)(?:\s+(?:is|was))?\s+)?`;
const whenPattern = new RegExp(String.raw`\b(?<said>${event}${when})\b`, 'i');

/**
 * When the news happens, as said: "phone screen on monday", "panel interview 12th Dec"; a
 * note kept with the change. Undefined when the message says no day or date.
 *
 * @example
 * whenSaid('update: interviewing at Northgate, panel interview 12th Dec'); // 'panel interview 12th Dec'
 */
export function whenSaid(message: string): string | undefined {
  const said = whenPattern.exec(message)?.groups?.said?.trim();
  // "withdraw me, and remind me to ring them tomorrow", "rejected today": a bare "today" or "tomorrow" is
  // no note (the change is dated anyway), unless it is when an interview is ("interview with X tomorrow").
  if (said && bareDay.test(said) && !/\b(?:interview|screen|screening|call|round|assessment|trial\s+shift|meeting|start(?:ing)?)\b/i.test(message)) return undefined;
  return said;
}
/** A day word that says only "now-ish": today, tonight, tomorrow. */
const bareDay = /^(?:today|tonight|tomorrow|tmrw)$/i;

/** Why, told beside the news: "…, the commute is too long", "… because the pay was low", "…, they went with someone local". */
const reasonPattern =
  /\b(?:because|cause|cuz|coz|since|due\s+to)\s+(?<because>[^.!?]{3,80})|,\s*(?<wanted>(?:they|the\s+(?:recruiter|hiring\s+manager|company|manager|employer)|he|she)\s+(?:(?:really|just|apparently|only)\s+)?(?:want(?:ed|s)?|need(?:ed|s)?|(?:are|were|'re)\s+looking\s+for|went\s+with|hired|picked|chose|prefer(?:red|s)?)\s+[^.!?]{3,80})|,\s*(?<told>(?:(?:the|their|its|my)\s+|(?!(?:it|they|he|she|i|we|you|that|this|there)\b))[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:is|was|were|are|seemed|felt)\s+(?:way\s+|much\s+|a\s+bit\s+|just\s+|really\s+)?(?:too|not|so)\b[^.!?]{0,60})/u;
/** The figure an offer came with: "they made an offer 50k!", "offered me £32,000". */
// (A pay amount is never followed by a letter: "5 km from home" is no "5 k" — review of session 47.)
const offerFigure = /\boffer(?:ed)?\b[^.!?]{0,30}?(?<figure>[$€£]?\d[\d,.]*\s*(?:k(?![\p{L}]))?(?:\s*(?:an?|per|\/)\s*(?:year|yr|hour|hr|month|week))?)(?![\d%\p{L}])/iu;
/** A number as pay is written: "95", "48,000", "52 000", "70.000", "82.5". */
const amount = String.raw`(?:\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)`;
const currencyCodes = 'eur|usd|gbp|sek|nok|dkk|chf|inr|cad|aud|pln';
const currencyWords = `${currencyCodes}|euros?|dollars|pounds`;
/**
 * An amount of pay said anywhere in a message about an offer, with its currency or "k" (regression, trial s46 #59: "I got
 * an offer from Kestrel!! 95k EUR" kept no note): "95k EUR", "SEK 48,000 a month", "70.000 € brutto", "18 lakhs".
 */
const payAmount = new RegExp(
  String.raw`(?<![\p{L}\d])(?<figure>(?:(?:[$€£₹]|(?:${currencyCodes})\s?)${amount}(?:\s?k(?!\p{L}))?|${amount}\s?k(?!\p{L})(?:\s?(?:[$€£₹]|${currencyWords})(?!\p{L}))?|${amount}\s?(?:[$€£₹]|${currencyWords}|lakhs?|lpa)(?!\p{L}))(?:\s?(?:brutto|gross|net|netto|ctc|p\.?a\.?))?(?:\s*(?:an?|per|\/)\s*(?:year|yr|annum|hour|hr|month|week))?)`,
  'iu',
);

/**
 * Why the news happened, or what an offer came with, as the person said it; undefined when they did not.
 *
 * @example
 * reasonSaid('I pulled out of the Acme application, the commute is too long'); // 'the commute is too long'
 */
export function reasonSaid(message: string): string | undefined {
  const reason = reasonPattern.exec(message)?.groups;
  // (A bare number beside "offer" is pay only when it looks like pay: "2 weeks to decide", "2nd round" are not.)
  const bare = offerFigure.exec(message)?.groups?.figure;
  const figure = (/\boffer/i.test(message) ? payAmount.exec(message)?.groups?.figure : undefined) ?? (bare && /[$€£k]|\d{4}|\d[,.]\d{3}/i.test(bare) ? bare : undefined);
  // ("rejected me because of German C1": the reason as said, "because of" and all, never "of German C1".)
  const because = reason?.because && /^of\s/i.test(reason.because) ? `because ${reason.because}` : reason?.because;
  const said = (because ?? reason?.told ?? reason?.wanted ?? figure)?.trim().replace(/[\s,;:]+$/, '');
  return said || undefined;
}

/** When a job starts, in the words said: "start 01.03.2027", "starting monday", "I start on the 4th", "start date is 1 March". */
const startDay = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?${monthName}(?:\s+\d{4})?)?|${monthName}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:(?:this|next|coming)\s+)?${weekday}|tomorrow|tmrw|next\s+(?:week|month|year)|in\s+(?:\d+|a|one|two|three|four|six)\s+(?:days?|weeks?|months?)|asap|immediately|right\s+away)`;
const startPattern = new RegExp(
  String.raw`\b(?<said>(?:(?:i|we|i'?ll|i\s+will|i'?m|im|i\s+am)\s+)?(?:start(?:s|ing)?|begin(?:s|ning)?)(?:\s+(?:work(?:ing)?|date|day))?(?:\s*:\s*|\s+(?:is|will\s+be|would\s+be|on|from|in|at|of))*\s+${startDay})(?![\p{L}\d])`,
  'iu',
);

/**
 * What an offer came with, as said: its pay and the day the job starts ("EUR 52 000, start
 * 01.04.2027"); undefined when no start day is told (the pay alone is `reasonSaid`'s).
 *
 * @example
 * offerTerms('I got an offer from Nordlys! EUR 52 000, start 01.04.2027'); // 'EUR 52 000, start 01.04.2027'
 */
export function offerTerms(message: string): string | undefined {
  if (findStatus(message) !== 'offer') return undefined;
  const start = startPattern.exec(message)?.groups?.said?.trim();
  if (!start) return undefined;
  const pay = reasonSaid(message.replace(start, ' '));
  return pay ? `${pay}, ${start}` : start;
}

/** The message without the day a job starts: "I start on the 4th" never dates the news. */
function withoutStart(message: string): string {
  const start = startPattern.exec(message)?.groups?.said;
  return start ? message.replace(start, ' ') : message;
}

/** A change of ours told as a mistake ("I marked the wrong job", "accidentally set it to applied"): what undo is for, not news. */
const mistake = /\b(?:the\s+wrong\s+(?:job|one|company|status)|by\s+(?:mistake|accident)|accidentally|mistakenly|didn'?t\s+mean\s+to|shouldn'?t\s+have)\b/;

/** A status change commanded, not told: "mark bosch as applied", "set Globex to interviewing", "pls update Acme to rejected". */
const commanded = /^(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|could\s+u)\s+)?(?:mark|set|move|update|change|flag|put|switch)\s+\S.*\s(?:as|to|into)\s+\S/;

/**
 * Regression (session 38): "I did not get offer from X, undo that" marked X as offer again, and "if I get an offer
 * from X, how long can I wait?" marked it too. A stage said as not (or not yet) reached, or on a condition, is no news:
 * "haven't heard back", "never got an interview", "no offer yet", "if they offer me…", "what if I'm rejected".
 * (A company's no said with "not" stays news: "they're not moving forward", "didn't get the job", "unsuccessful".)
 */
const notNews = new RegExp(
  [
    String.raw`\b(?:not|never|didn'?t|didnt|did\s+not|haven'?t|havent|have\s+not|hasn'?t|has\s+not|hadn'?t|had\s+not|don'?t|dont|do\s+not|doesn'?t|does\s+not|won'?t|wasn'?t|weren'?t|no)\s+(?:yet\s+|even\s+|really\s+|actually\s+|ever\s+|officially\s+)?(?:(?:get|got|gotten|receive|received|have|had|heard\s+(?:back|about)|been\s+(?:given|made|sent))\s+)?(?:an?\s+|any\s+|the\s+|their\s+|them\s+an?\s+|me\s+an?\s+|me\s+)?(?:(?:job|formal|written|real)\s+)?(?:offers?|offered|interviews?|interviewed|(?:invited|called)(?:\s+(?:me|in|back))?|applied|apply|application)\b`,
    String.raw`^(?:and\s+|but\s+|so\s+)?(?:if|what\s+if|suppose|supposing|assuming|in\s+case|unless|whether|should|would|could|once|when\s+(?:i|they|we|you|it)\b)\b`,
    String.raw`\b(?:if|what\s+if|in\s+case|in\s+the\s+event)\s+(?:i|they|we|he|she|it|the\s+\w+|\w+)\s+(?:\w+\s+){0,2}?(?:get|gets|got|make|makes|give|gives|offer|offers|reject|rejects|say|says|want|wants|invite|invites|call|calls)\b`,
  ].join('|'),
);

/** "FYI", "good news:", "so": how news opens, no name of a company. */
const newsOpener = /^(?:(?:fyi|ps|btw|so|oh|also|well|update|quick update|(?:good|great|bad|sad) news)\b[,:!.\s-]*)+/i;
/** "sent my cv to siemens on monday", "handed in my CV at the bupa one": where an application went, in any case. */
const sentTo = new RegExp(
  String.raw`\b${sentApplication}\s+(?:to|at|for|into|with)\s+(?:the\s+)?(?!(?:you|u|me|them|him|her|us|myself|my)\b)(?<name>[\p{L}\d][\p{L}\d&.'-]*(?:\s+(?!(?:on|last|yesterday|today|this|in|for|and|but|at|job|one|role)\b)[\p{L}\d][\p{L}\d&.'-]*){0,2})`,
  'iu',
);
/** "rejected by Stripe", "an offer from Acme", "heard back from Initech". */
const byName = new RegExp(String.raw`\b(?:from|by|with|at)\s+(?<name>${capitalisedName})`, 'u');

/**
 * The job news is about, only when the sentence leaves no doubt: a job the thread listed,
 * named in passing; a position; a name told as the subject ("Globex turned me down") or
 * after "from"/"by"; or "they"/"it" with a job in play. Never the job in play by default.
 */
function newsSubject(sentence: string, context: PhrasingContext): string | undefined {
  // "mark both of them as applied": about several jobs, never one told in passing.
  if (/\b(?:both|all\s+of\s+them|them\s+all|all\s+(?:two|three|four|five))\b/i.test(sentence)) return undefined;
  const told = sentence.replace(newsOpener, '');
  const named =
    findKnownJob(told, context) ??
    namedSubject.exec(told)?.groups?.name ??
    byName.exec(told)?.groups?.name ??
    sentTo.exec(told)?.groups?.name ??
    knownByFirstWord(told, context);
  if (named) return named;
  const reading = findJob(sentence, context, { fallback: false });
  if (reading && 'job' in reading) return reading.job;
  // ("…, and today the recruiter emailed asking for a phone screen": the people behind the job in play are "they".)
  return /\b(?:they|them|their|it|(?:the|their)\s+(?:recruiter|hiring\s+manager|manager|employer|hr(?:\s+(?:team|person|lady|guy|department))?))\b/i.test(sentence) && 'job' in currentJob(context) ? 'it' : undefined;
}

/**
 * A company the thread listed or the person saved, named by its first word in any case
 * where news names a company ("heard back from ferngrove", "zephyrine said no"): after
 * "from", "at", "with", "by", "to", or as the sentence's subject.
 */
function knownByFirstWord(sentence: string, context: PhrasingContext): string | undefined {
  const lower = sentence.toLowerCase();
  return knownJobs(context).find(({ company }) => {
    const first = company.toLowerCase().split(/\s+/)[0] ?? '';
    // Letters, digits, apostrophes and hyphens only: nothing to escape in the pattern.
    if (!/^[\p{L}][\p{L}\d'-]{3,}$/u.test(first)) return false;
    return new RegExp(`(?:^|\\b(?:from|at|with|by|to|for)\\s+)${first}(?![\\p{L}\\d])`, 'u').test(lower);
  })?.company;
}

/**
 * A request that jobpilot apply for the person: "apply to X (on my behalf)", "send/submit my application to X", asked
 * with "can you" and a softening word ("can you just apply to the X job for me?": "just apply" is no learner's "I applied").
 */
const applyForMe =
  /^(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:(?:just|please|pls|plz|kindly|quickly|also|then|maybe)\s+)*(?:(?:go\s+(?:and\s+)?)?apply|(?:send|submit)\s+(?:my|an|the)\s+(?:application|applications|app|cv|resume)|fill\s+in\s+(?:the|their)\s+application)\s+(?:to|for|at|with|on)\s+(?<target>.+?)(?:\s+(?:on\s+my\s+behalf|for\s+me|with\s+my\s+(?:cv|resume)))?$/;
/** The employer's form filled in for the person: "fill the form in", "fill out the application for me", "complete their form". */
const formForMe =
  /^(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:(?:just|please|pls|plz|kindly|quickly|also|then|maybe)\s+)*(?:fill|complete)\s+(?:in\s+|out\s+)?(?:the|their|my|an?|this|that)\s+(?:(?:online|application|job|employer'?s?)\s+)?(?:form|forms|application)(?:\s+(?:in|out))?(?:\s+(?:to|for|at|with|on)\s+.+?)?(?:\s+(?:on\s+my\s+behalf|for\s+me))?$/;
const askedToApply = (lower: string): boolean => applyForMe.test(lower) || formForMe.test(lower);
const cannotApply =
  "I can't apply for you: jobpilot doesn't send applications or fill in employers' forms. I can write the cover letter (\"cover letter for the first one\"), and once you've applied, keep track of it (\"mark the first one as applied\").";

const subject = "(?:i\\s+|i'?ve\\s+|i\\s+have\\s+|we\\s+)?(?:just\\s+|already\\s+|finally\\s+|officially\\s+)?";

/**
 * How people report progress on an application: "mark the Stripe job as applied", "I got
 * an interview with Acme", "they rejected me", "withdraw my application for the 3rd one".
 * With no job named, the job in play ("it").
 */
export const updateJobStatusPhrasing = definePhrasing<Args>({
  priority: 34,
  utterances: updateJobStatusUtterances,
  readSentence: (clause, context) => {
    // "did I already apply to Initech?" asks; news is told. ("I marked the wrong job as rejected" tells a mistake, not news.)
    const status = clause.question || askedToApply(clause.lower) || mistake.test(clause.lower) || notNews.test(clause.lower) ? undefined : findStatus(clause.lower);
    if (!status) return null;
    const reading = findJob(clause.text, context, { fallback: false });
    if (reading) return 'job' in reading ? { args: { job: reading.job, status } } : { reply: reading.reply };
    // A capitalised word past the first may be a company we cannot place yet: never guess "it" over it.
    if (/\s(?!I\b)[A-Z]/.test(clause.text)) return null;
    // "some company", "one of them", "a startup": news about a job not named, and not the one in play.
    if (/\b(?:some|a|an|one\s+of\s+(?:the|them|those|my))\s+(?:company|companies|firm|place|startup|employer|recruiter|job|role|one|them|those)\b|\bsomeone\b|\bsomebody\b/.test(clause.lower)) {
      return { reply: 'Which job was that? Name the company (e.g. "Acme gave me an offer") and I will update it.' };
    }
    const current = currentJob(context);
    if ('job' in current) return { args: { job: current.job, status } };
    // "… offered me the role but I said no": the person's own no is about the job the message
    // named before ("it", settled against the message; with none, asked).
    return status === 'withdrawn' && ownRefusal.test(clause.lower) ? { args: { job: 'it', status } } : { reply: current.reply };
  },
  readInPassing: (clause, context) => {
    const refused = ownRefusal.test(clause.lower);
    // ("can you just apply to the X job for me?": a request that jobpilot apply, never news that the person did.)
    if (askedToApply(clause.lower)) return null;
    // ("mark bosch as applied, then remind me …": a change commanded is a request in its place, never news setting a scene.)
    if (clause.question || commanded.test(clause.lower) || mistake.test(clause.lower) || notNews.test(clause.lower) || !(refused || newsEvent.test(clause.lower) || /\baccepted\b/.test(clause.lower))) return null;
    const status = findStatus(clause.lower);
    // "not interested in X" may mean unsave it; only an application taken back (or an offer turned down) is news.
    if (!status || status === 'saved' || (status === 'withdrawn' && !refused && !withdrawal.test(clause.lower))) return null;
    const job = newsSubject(clause.text, context);
    return job ? { args: { job, status } } : null;
  },
  lastWordWins: true,
  // "phone screen with Helix on monday", "panel interview 12th Dec": when it happens is kept with the change.
  // "i applied to the housing trust one yesterday": the day it happened dates the change.
  // "offer from X! NOK 680 000, start 01.03.2027": the pay and the start date both kept (trial s50 #37).
  slots: { note: (message) => findNote(message) ?? offerTerms(message) ?? whenSaid(message) ?? reasonSaid(message), on: (message) => pastDayIn(withoutStart(message)) },
  capability: 'update application statuses',
  describe: ({ job, status }) => `mark ${job} as ${status}`,
  produces: ['last_job_id'],
  intents: [
    // "can you apply to X for me", "submit my application to X", "apply for all of them": jobpilot sends no
    // applications; said so, with what it can do, rather than marking a job applied that was not.
    { pattern: applyForMe, confidence: 'certain', read: () => ({ reply: cannotApply }) },
    { pattern: formForMe, confidence: 'certain', read: () => ({ reply: cannotApply }) },
    news(/^(?:mark|set|move|update|change|flag|put|switch)\s+(?<target>.*?)\s*(?:as|to|into|in|=)\s+(?:status\s+)?(?<status>.+)$/, 'from-words', 'certain'),
    // Regression (session 39): "sent my cv to X on monday", "I has apply to the X job" were no news.
    news(new RegExp(`^${subject}(?:${learnersApplied}|${sentApplication})\\s+(?:to|for|at|with|into)\\s+(?<target>.+)$`), 'applied'),
    news(new RegExp(`^${subject}(?:applied|sent (?:in )?(?:my|the) application|submitted (?:it|my application))(?<target>)$`), 'applied'),
    news(
      new RegExp(
        `^${subject}(?:got|have|had|landed|scored|booked|scheduled|have got)\\s+(?:an?\\s+|the\\s+|my\\s+)?(?:(?:first|second|third|final|next|phone|onsite|on-site|technical|video|hr)\\s+)?(?:interview|phone screen|screening(?: call)?|call back|callback)(?:\\s+(?:with|at|for|from)\\s+(?<target>.+))?$`,
      ),
      'interviewing',
    ),
    news(new RegExp(`^(?:i'?m\\s+|i\\s+am\\s+)?(?:now\\s+)?interviewing\\s+(?:with|at|for)\\s+(?<target>.+)$`), 'interviewing'),
    news(
      /^(?<target>.+?)\s+(?:just\s+|finally\s+|also\s+)?(?:wants? (?:to interview me|an interview)|invited me (?:to|for) (?:an? )?(?:\w+\s+)?interview|(?:scheduled|set up|booked) an interview(?: with me)?|called me (?:in|back)?\s*(?:for (?:an?|the|another) (?:\w+\s+)?interview)?|reached out for an interview)$/,
      'interviewing',
    ),
    news(new RegExp(`^${subject}(?:got|received|have|landed|got offered)\\s+(?:an?\\s+|the\\s+)?(?:job\\s+)?(?:offer|job)(?:\\s+(?:from|at|with|for)\\s+(?<target>.+))?$`), 'offer'),
    news(/^(?<target>.+?)\s+(?:made|gave|sent|extended|offered)\s+me\s+(?:an?\s+)?(?:job\s+)?offer$/, 'offer'),
    news(
      // (Not "I said no", "we declined": the person's own no, an offer turned down.)
      /^(?!(?:i|we|i'?ve|ive|we'?ve)\s)(?<target>.+?)\s+(?:(?:rejected|declined|turned down|passed on|ghosted|said no to)\s+(?:me|my\s+application)|turned\s+(?:me|my\s+application)\s+down|let\s+me\s+go|said\s+no)$/,
      'rejected',
    ),
    news(/^(?:no\s+luck\s+with|it'?s\s+a\s+no\s+from|bad\s+news\s+from)\s+(?<target>.+)$/, 'rejected'),
    news(new RegExp(`^${subject}(?:got|was|been|have been|i've been|were)\\s+(?:rejected|turned down|declined)(?:\\s+(?:by|from|at|for)\\s+(?<target>.+))?$`), 'rejected'),
    news(new RegExp(`^${subject}(?:didn'?t|did not)\\s+get\\s+(?!(?:an?\\s+|any\\s+|the\\s+)?(?:job\\s+)?(?:offers?|interviews?|call(?:\\s+back)?|callback)\\b)(?<target>.+?)(?:\\s+job)?$`), 'rejected'),
    news(
      new RegExp(
        `^${subject}(?:withdrew|withdraw|pulled out|dropped out|backed out)(?:\\s+(?:my\\s+)?application)?(?:\\s+(?:from|of|for|to|at|with)\\s+(?<target>.+))?$`,
      ),
      'withdrawn',
    ),
    news(/^(?:i'?m\s+|i\s+am\s+)?no longer interested in\s+(?<target>.+)$/, 'withdrawn'),
    news(/^(?:i'?m\s+|i\s+am\s+)?(?:withdrawing|pulling out|dropping out|backing out)(?:\s+(?:my\s+)?application)?\s+(?:from|of|for|at|with)\s+(?<target>.+)$/, 'withdrawn'),
  ],
  examples: [
    { say: 'mark the Stripe job as applied', args: { job: 'Stripe', status: 'applied' }, references: { last_job_ids: '3f9a1c0b7d2e' } },
    { say: 'I got an interview with Acme', args: { job: 'Acme', status: 'interviewing' } },
    { say: 'they rejected me', args: { job: 'it', status: 'rejected' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'mark it as applied, note: via referral', args: { job: 'it', status: 'applied', note: 'via referral' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'I just applied to the second one', args: { job: 'the second one', status: 'applied' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'Initech made me an offer!', args: { job: 'Initech', status: 'offer' } },
    { say: 'withdraw my application from Umbrella', args: { job: 'Umbrella', status: 'withdrawn' } },
    { say: 'I applied to Globex yesterday', args: { job: 'Globex', status: 'applied', on: 'yesterday' } },
    // ("hier soir", "avant-hier": a French day said in an English sentence dates it too, never "corrected" to English.)
    { say: 'I applied to Globex hier soir', args: { job: 'Globex', status: 'applied', on: 'hier soir' } },
  ],
  counterExamples: ['should I negotiate the offer?', 'why was my application rejected?', 'what have I applied to?'],
});
