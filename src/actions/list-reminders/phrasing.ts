import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { listRemindersArgs } from './args.ts';
import { periodSaid } from './period.ts';
import { listRemindersUtterances } from './utterances.ts';

type Args = z.input<typeof listRemindersArgs>;

const listVerb = '(?:show|list|view|see|display|get|give|pull\\s+up|check|what\\s+are|what\\s+is|whats|what\'s|read)';
const things = '(?:reminders?|rems|upcoming\\s+(?:interviews|reminders|follow[\\s-]?ups)|follow[\\s-]?ups|calendar|schedule|agenda)';

/**
 * Reminders wanted in a calendar app, however the wish is worded: "can my reminders show up on my iPhone calendar?", "is
 * there a way to see my interviews in outlook", "get my android calendar to show my follow-ups" (plural: "put the Qantas
 * interview in my calendar" sets that one).
 */
const calendarApp =
  /\b(?:reminders|interviews|follow[\s-]?ups)\b.*\b(?:in|on|into|to|with)\s+(?:my\s+|the\s+)?(?:(?:google|apple|iphone|ios|ipad|mac|outlook|android|samsung|proton|phone'?s?)\s+(?:calendar|cal)|gcal|ical|outlook)\b|\b(?:google|apple|iphone|ios|outlook|android|samsung|phone'?s?)\s+calendar\b.*\b(?:show|display|sync|pull|get|have|see)\b.*\b(?:reminders|interviews|follow[\s-]?ups)\b/;

/** jobpilot's own calendar feed: "open the calendar feed", "my ics link", "subscribe to my reminders in google calendar". */
// (Session 49: "could outlook's calendar subscribe to them?", "how do I subscribe my phone's calendar": a calendar and
// "subscribe" in one question is the feed, whatever is said between.)
const feedAsked =
  /\b(?:calendar|cal|outlook|gcal|ical)\b.*\bsubscribe\b|\bsubscribe\b.*\b(?:calendar|outlook|gcal|ical)\b|\b(?:(?:calendar|reminders?|ical|ics|interviews?)\s+(?:feed|subscription|link|url|address)|\.ics\b|ics\s+(?:file|feed)|subscribe\s+to\s+(?:my\s+|the\s+)?(?:reminders|interviews|calendar)|(?:link|url|address)\s+to\s+subscribe|subscribe\s+(?:in|from|with|on)\s+(?:my\s+)?(?:outlook|google|gcal|apple|iphone|thunderbird)|subscribe\s+(?:my\s+)?(?:google\s+|apple\s+|iphone\s+|outlook\s+)?(?:calendar|gcal|outlook)\s+to\s+(?:my\s+|the\s+)?(?:reminders|interviews|follow[\s-]?ups|feed)|\bfeed\b.*\bsubscribe\b|\bsubscribe\b.*\bfeed\b|(?:get|put|see|have|add|sync)\s+(?:(?:these|those|my|the|all(?:\s+my)?)\s+)?(?:them|these|those|reminders|interviews)\s+(?:in|into|on|to)\s+(?:my\s+)?(?:google\s+|apple\s+|iphone\s+|outlook\s+|phone'?s?\s+)?(?:calendar|gcal|outlook|phone)|(?:add|put|get|sync|export)\s+(?:my\s+|the\s+|all\s+(?:my\s+)?)?(?:reminders|interviews|follow[\s-]?ups)\s+(?:in)?to\s+(?:my\s+)?(?:google\s+|apple\s+|outlook\s+)?(?:calendar|gcal|outlook))/;

/** A day said short or in full: "tomorrow", "tomoz", "friday", "on the 10th", "10 december", "dec 10". */
// (A month by its name: "what is 12 squared" names no day.)
const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const daySaid = String.raw`(?:on\s+|for\s+)?(?:today|tonight|tomorrow|tmrw|tmr|tomoz|2moro|2morrow|this\s+week|next\s+week|the\s+rest\s+of\s+the\s+week|this\s+(?:morning|afternoon|evening)|(?:this\s+|next\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?${month})?|${month}\s+\d{1,2}(?:st|nd|rd|th)?)`;
/**
 * "what's on this week", "whats on for me", "have i got anything on tomorrow", "anything booked this week?", "do i have
 * anything booked on friday", "what is on 10 december", "got anything tmrw or not": the reminders of a stretch or a day.
 */
const onAsked = new RegExp(
  String.raw`^(?:(?:hi|hey|hello|ok(?:ay)?|so)(?:\s+again)?[\s,.!]+)*(?:what'?s|whats|what\s+is|what\s+have\s+i\s+got|what\s+do\s+i\s+have|wat\s+do\s+i\s+have|(?:have\s+i\s+|i\s+)?got\s+anything|have\s+i\s+anything|do\s+i\s+have\s+anything|is\s+there\s+anything|anything|any\s+reminders)(?:\s+(?:on|booked|planned|scheduled|lined\s+up|coming\s+up|due)(?=\s|$)|(?=\s+${daySaid}(?:\s|$)))(?:\s+(?:for\s+me|in|${daySaid}))*(?:\s+(?:before|after)\s+(?:my|the)\s+(?:shift|work|class|lunch|school\s+run))?(?:\s+(?:or\s+not|lah|ah|pls|please|then))*$`,
);
/** "did you set it?", "have I set one for the Deliveroo thing yet?": whether a reminder is there, answered by the list. */
const setAsked = /^(?:(?:so|and|wait|hey)[\s,]+)?(?:did|have|has)\s+(?:you|i|u)\s+(?:(?:already|actually)\s+)?(?:set|added|add|made|make|put\s+in|saved|save)\s+(?:it|one|that|a\s+reminder|the\s+reminder|the\s+[a-z\d&.'-]+(?:\s+[a-z\d&.'-]+)?\s+(?:one|reminder|interview|follow[\s-]?up))\b/;

/**
 * Interviews asked about as dates: "my interviews?", "any interviews coming up?", "any interviews booked for tmrw",
 * "which dates do I have for interviews", "upcoming interviews". ("which ones am I interviewing for", "any interviews
 * yet?" ask about the applications: the tracker's.)
 */
const interviewDatesAsked =
  /^(?:(?:so|ok(?:ay)?|and|hey)[\s,]+)?(?:(?:show|list|see|check|give)\s+(?:me\s+)?)?(?:(?:any|my|all\s+my|the)\s+)?(?:(?:this|next)\s+week'?s\s+|today'?s\s+|tomorrow'?s\s+)?(?:upcoming\s+|next\s+|future\s+)?(?<kind>interviews|interview\s+dates|follow[\s-]?ups)(?:\s+(?:coming\s+up|lined\s+up|booked(?:\s+in)?|scheduled|planned|set|on|for|today|tonight|tomorrow|tmrw|this\s+week|next\s+week|(?:the\s+)?week\s+after(?:\s+next)?|(?:the\s+)?next\s+(?:two|2|few)\s+weeks|pls|please))*$|^(?:which|what)\s+(?:dates?|days?|times?)\s+(?:do\s+)?i\s+(?:have|got)\s+(?:for\s+)?(?:my\s+)?interviews$|^anything\s+(?:for\s+)?(?:today|tonight|tomorrow|tmrw|this\s+week|next\s+week)$/;

/**
 * "what's my next interview?", "when is my next interview", "when's the next follow-up", "next interview?": the soonest
 * reminder of that kind, alone (regression, trial s42 #66: every reminder was listed).
 */
const nextAsked =
  /^(?:(?:so|ok(?:ay)?|and|hey)[\s,]+)?(?:(?:what'?s|whats|what\s+is|when'?s|whens|when\s+is|where'?s|where\s+is|remind\s+me\s+(?:of|about)|show\s+(?:me\s+)?|tell\s+me)\s+)?(?:my|the)?\s*(?:very\s+)?next\s+(?<kind>interview|job\s+interview|follow[\s-]?up|reminder|thing(?:\s+on)?)(?:\s+(?:then|again|pls|please|due|on|coming\s+up|scheduled|booked(?:\s+in)?|set\s+for|supposed\s+to\s+be))*$/;

/**
 * "what time is the KPMG interview again?", "when's my follow up with Hays", "what day is the Aldi induction": the time of
 * one meeting asked, which the reminders answer.
 */
const whenAsked =
  /^(?:(?:so|ok(?:ay)?|and|hey|sorry|wait)[\s,]+)*(?:what\s+time|what\s+day|which\s+day|when)(?:'s|s|\s+is|\s+was)\s+(?:the|my|that)\s+(?:[a-z\d&.'-]+\s+){0,3}?(?<kind>interview|follow[\s-]?up|screen|screening|panel|onsite|assessment|medical|induction|call)(?:\s+(?:with|at|for)\s+[a-z\d&.' -]{1,40}?)?(?:\s+(?:again|exactly|then|pls|please|set\s+for|booked\s+for|on))*$/;
const kindSaid = (word: string): Args['kind'] => (/interview/.test(word) ? 'interview' : /follow/.test(word) ? 'follow_up' : undefined);

/** How people ask for their reminders: "show my reminders", "what reminders do I have?", "what's coming up?". */
export const listRemindersPhrasing = definePhrasing<Args>({
  // Above list_saved_jobs (32): "my interviews?", "any interviews coming up" ask for the dates.
  priority: 33,
  utterances: listRemindersUtterances,
  capability: 'list your reminders',
  // The classifier's pick ("what have i got coming up", "any interviews this week?"): all of them when "all" or "past" is said.
  readSentence: (clause) => {
    if (feedAsked.test(clause.lower) || calendarApp.test(clause.lower)) return { args: { feed: true } };
    const period = periodSaid(clause.lower);
    // "show me just the follow-up reminders", "which interview have I got coming up first?": one kind named is the kind
    // listed, and the first or soonest of it is the next one alone.
    const kinds = new Set([...clause.lower.matchAll(/\b(interview|follow[\s-]?up)s?\b/g)].map((m) => kindSaid(m[1] ?? '')));
    const kind = kinds.size === 1 ? [...kinds][0] : undefined;
    const next = kind !== undefined && /\b(?:first|soonest|earliest|next)\b/.test(clause.lower);
    const scope = period ? { period } : /\b(?:all|past|old|every)\b/.test(clause.lower) ? { include_past: true } : {};
    return { args: { ...scope, ...(kind ? { kind } : {}), ...(next ? { next: true } : {}) } };
  },
  describe: ({ include_past: all, period, feed }) =>
    feed ? 'give the calendar feed\'s address' : period ? `list your reminders for ${period.replace('_', ' ')}` : all ? 'list all your reminders' : 'list your reminders to come',
  intents: [
    {
      // "open the calendar feed", "whats my ics link": jobpilot's own feed, never a calendar website.
      pattern: /^(?<all>.*)$/,
      // (Every way `feedAsked` and `calendarApp` read holds one of these: "calendar", "gcal", "ical", ".ics", "subscribe", "feed", …)
      needs: /cal|outlook|phone|ics|subscri|feed|link|url|address/,
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => (feedAsked.test(groups.all ?? '') || calendarApp.test(groups.all ?? '') ? { args: { feed: true } } : null),
    },
    {
      // "which follow-up is due soonest?", "what interview have I got first": the soonest of a kind, asked with "which".
      pattern: /^(?:which|what)\s+(?<kind>interview|follow[\s-]?up)\s+(?:is|'s|s|have\s+i\s+(?:got|booked)|do\s+i\s+have|(?:am\s+i|i'?m)\s+doing|comes?)\b(?:\s+(?:due|on|coming\s+up|booked|in))*\s+(?:first|soonest|earliest|next)(?:\s+(?:then|again|pls|please))*$/,
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => {
        const kind = kindSaid(groups.kind ?? '');
        return { args: { next: true, ...(kind ? { kind } : {}) } };
      },
    },
    {
      pattern: nextAsked,
      questions: true,
      confidence: 'certain',
      read: ({ groups, clause }) => {
        const kind = kindSaid(groups.kind ?? '');
        const period = periodSaid(clause.lower);
        return { args: { next: true, ...(kind ? { kind } : {}), ...(period ? { period } : {}) } };
      },
    },
    {
      // (Session 46: the kind asked is the kind listed, "my interviews?" lists no follow-ups.)
      pattern: interviewDatesAsked,
      questions: true,
      confidence: 'certain',
      read: ({ groups, clause }) => {
        const period = periodSaid(clause.lower);
        const kind = kindSaid(groups.kind ?? '');
        return { args: { ...(period ? { period } : {}), ...(kind ? { kind } : {}) } };
      },
    },
    {
      pattern: whenAsked,
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => {
        const kind = kindSaid(groups.kind ?? '');
        return { args: kind ? { kind } : {} };
      },
    },
    {
      // "show me every reminder incl. the old ones", "all my reminders, even the cancelled ones": the past and cancelled too.
      pattern: new RegExp(`^(?:${listVerb}(?:\\s+me)?\\s+)?(?:every|all)\\s+(?:(?:of\\s+)?(?:my|the)\\s+)?(?:reminders?|interviews|follow[\\s-]?ups)\\b.*\\b(?:old|past|cancell?ed|canceled|deleted|done|finished|expired|gone)\\b.*$`),
      questions: true,
      confidence: 'certain',
      read: () => ({ args: { include_past: true } }),
    },
    {
      pattern: setAsked,
      questions: true,
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
    {
      pattern: onAsked,
      questions: true,
      confidence: 'certain',
      read: ({ clause }) => {
        const period = periodSaid(clause.lower);
        return { args: period ? { period } : {} };
      },
    },
    {
      pattern: new RegExp(`^(?:${listVerb}(?:\\s+me)?\\s+)?(?<every>all\\s+)?(?:of\\s+)?(?:(?:my|the)\\s+)?(?<past>(?:past|old|all)\\s+)?${things}(?:\\s+(?:so far|list|(?:for\\s+)?(?:this|next)\\s+(?:week|wk)|coming up))?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups, clause }) => {
        const period = periodSaid(clause.lower);
        return { args: period ? { period } : groups.past || groups.every ? { include_past: true } : {} };
      },
    },
    {
      // "what reminders do I have?", "do I have any reminders", "what's coming up this week?"
      pattern: /^(?:what|which|any|do\s+i\s+have\s+any|have\s+i\s+got\s+any)\s+(?:reminders?|follow[\s-]?ups)(?:\s+(?:do|have)\s+i\s+(?:have|got|set))?(?:\s+(?:set|coming up|this week|left))?$|^(?:what'?s|what\s+is|anything)\s+coming\s+up(?:\s+(?:this|next)\s+week)?$|^when\s+(?:is|are)\s+my\s+(?:next\s+)?(?:interviews?|follow[\s-]?ups?)$/,
      questions: true,
      confidence: 'certain',
      read: ({ clause }) => {
        const period = periodSaid(clause.lower);
        return { args: period ? { period } : {} };
      },
    },
  ],
  examples: [
    { say: 'show my reminders', args: { include_past: null } },
    { say: 'what reminders do I have?', args: { include_past: null } },
    { say: 'list all reminders', args: { include_past: true } },
    { say: "what's on this week?", args: { period: 'this_week' } },
    { say: 'open the calendar feed', args: { feed: true } },
  ],
  counterExamples: ['remind me to call Acme on Friday', 'show my saved jobs'],
});
