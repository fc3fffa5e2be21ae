import type { z } from 'zod';
import { answeredAbout, listedLast, reminderJustTold, remindersListed } from '../phrasing/listed-last.ts';
import { definePhrasing, type PhrasingContext } from '../phrasing/phrasing.ts';
import type { cancelReminderArgs } from './args.ts';
import { cancelReminderUtterances } from './utterances.ts';

type Args = z.input<typeof cancelReminderArgs>;

const cancelVerb = '(?:cancel|delete|remove|drop|clear(?:\\s+out)?|wipe(?:\\s+out)?|erase|purge|withdraw|stop|forget(?:\\s+about)?|never\\s*mind|scrap|bin|ditch|kill|nix|axe|trash|turn\\s+off|get\\s+rid\\s+of)';

/** Whether reminders are in play: the thread's references, or reminder ids in jobpilot's last answer. */
const remindersInPlay = (context: PhrasingContext): boolean => {
  const answer = context.history.at(-1);
  // The thing the newest answer was about wins over another kind: right after an alert, "delete the supply chain one" is that alert.
  if (answeredAbout(context) === 'alerts') return false;
  return (
    Boolean(context.references.last_reminder_id || context.references.last_reminder_ids) ||
    (answer?.role === 'assistant' && /\brem_[0-9a-f]{3,12}\b/.test(answer.content)) ||
    listedLast(context) === 'reminders' ||
    reminderJustTold(context)
  );
};

/** Whether every word of `target` is in jobpilot's newest answer (a weekday by its first three letters: "friday" in "Fri 11 Dec"). */
function inNewestList(target: string, context: PhrasingContext): boolean {
  const listed = ([...context.history].reverse().find((message) => message.role === 'assistant')?.content ?? '').toLowerCase();
  return target
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 1)
    .every((word) => listed.includes(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day$/.test(word) ? word.slice(0, 3) : word));
}

/** "I just made", "you just set", "from before": the reminder the conversation dealt with last. */
const justMade = /^(?:(?:that\s+)?(?:i|you|we)\s+(?:just\s+)?(?:made|set|added|created|set\s+up)(?:\s+(?:just\s+now|now|earlier))?|just\s+(?:made|set|added))$/;
/** How a reason run on after a cancel opens, with no mark before it: its subject, "since", "no point", "not needed". */
const reasonOpening =
  "(?=(?:they|they['’]?(?:ve|re)|theyve|theyre|he|she|i|i['’]?(?:m|ve)|im|ive|we|we['’]?(?:ve|re)|it['’]?s|its|as|since|because|cause|cos|coz|bc|no\\s+point|not\\s+needed|no\\s+longer|already|got\\s+(?:the|a|an)|didn['’]?t|did\\s+not)\\b)";
/** "first", "2nd", "no. 3", "#2", "the last": a place in the list of reminders jobpilot showed last. */
const placeInList = '(?<place>first|second|third|fourth|fifth|last|\\d{1,2}(?:st|nd|rd|th)?)';
/** Said of a reminder no longer wanted: "can go", "is not needed", "no longer needed". */
const notNeeded = "(?:can\\s+go|(?:is\\s+|'s\\s+)?(?:not|no\\s+longer)\\s+needed(?:\\s+any\\s*more)?|isn'?t\\s+needed(?:\\s+any\\s*more)?|is\\s+off|is\\s+cancelled|got\\s+cancelled|was\\s+cancelled)";

/**
 * Whose reminder a reason names: "the Tesco interview was cancelled", "I'm not going to the Stobart interview anymore", "I
 * withdrew from deliveroo", "Ferrowell pulled the interview".
 */
function namedInReason(reason: string): string | undefined {
  return (
    /^(?!(?:I|We|They|He|She|It|You)\b)(?<name>\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*)?)\s+(?:pulled|cancell?ed|canceled|called\s+off|scrapped|dropped|rejected|withdrew|postponed|filled)\b/u.exec(reason)?.groups?.name ??
    /\b(?:the|my)\s+(?<name>[\p{L}\d&.'-]+(?:\s+[\p{L}\d&.'-]+)?)\s+(?:interview|follow[\s-]?up|call|screen|one)\b/iu.exec(reason)?.groups?.name ??
    /\b(?:from|with|at|by|to)\s+(?:the\s+)?(?<name>[\p{L}\d&.'-]+(?:\s+[A-Z][\p{L}\d&.'-]*)?)[\s,.!]*$/u.exec(reason)?.groups?.name
  );
}

/** A cancel that points at the reminder ("drop the reminder"), and a reason before or after it in a piece of its own. */
const cancelPointed = `(?:${cancelVerb}\\s+(?<all>all\\s+)?(?:that|the|this|my|their|its|those|these)\\s+reminders?|take\\s+(?:that|the|this|my)\\s+reminders?\\s+(?:off|out|down))(?:\\s+(?:pls|please|too|as\\s+well|off\\s+(?:the\\s+)?(?:list|calendar)))?`;
const reasonThenCancel = new RegExp(`^(?<reason>.+?)\\s*[,;.!—–-]+\\s*(?:(?:so|and|pls|please|can\\s+(?:you|u)|could\\s+(?:you|u))\\s+)*${cancelPointed}[\\s.!]*$`, 'i');
const cancelThenReason = new RegExp(`^(?:(?:pls|please|can\\s+(?:you|u)|could\\s+(?:you|u))\\s+)*${cancelPointed}\\s*[,;.!—–-]+\\s*(?:(?:as|since|because|coz|cos)\\s+)?(?<reason>.+?)[\\s.!]*$`, 'i');
/**
 * "I'm not going to the Stobart interview anymore, drop the reminder", "cancel that reminder - the Kier interview is off":
 * a reason that names whose, in a piece of its own beside a cancel that points ("the reminder"). Null when the reason
 * names no one, or the message is anything else.
 */
function readReasonAndCancel(message: string): { args: Args } | null {
  const found = reasonThenCancel.exec(message.trim()) ?? cancelThenReason.exec(message.trim());
  const reason = found?.groups?.reason;
  const named = reason && !/\?/.test(reason) ? namedInReason(reason) : undefined;
  if (!named || /^(?:that|this|it|the|my|next|first|last|everything|anything)$/i.test(named)) return null;
  // ("I withdrew from Capita, bin all their reminders": every reminder of that company.)
  const every = Boolean(found?.groups?.all) || /\b(?:their|its|those|these)\s+reminders\b/i.test(message);
  return { args: { reminder: every ? `all ${named}` : named } };
}

/** How people cancel a reminder: "cancel the Northwind reminder", "delete that reminder", "don't remind me about Acme". */
export const cancelReminderPhrasing = definePhrasing<Args>({
  priority: 35,
  utterances: cancelReminderUtterances,
  capability: 'cancel reminders',
  describe: ({ reminder }) => `cancel the reminder ${reminder}`,
  readWhole: (message) => readReasonAndCancel(message.replace(/\s+/g, ' ')),
  intents: [
    {
      // "cancel the reminder for Northwind", "delete reminder rem_3f9a1c0b7d", "remove the second reminder".
      pattern: new RegExp(`^${cancelVerb}\\s+(?:the\\s+|my\\s+|that\\s+|this\\s+)?(?:(?<place>first|second|third|fourth|fifth|last|\\d+(?:st|nd|rd|th)?)\\s+)?reminder(?:\\s+(?:for|about|to|with|of|concerning|regarding|re)\\s+|\\s+)?(?<target>.*?)(?:\\s*[;.!]\\s*(?:the\\s+matter|it|that|they)\\b.*)?$`),
      confidence: 'certain',
      read: ({ groups, original }) => {
        const target = (original('target') ?? '').trim();
        if (groups.place) return { args: { reminder: `the ${groups.place} one` } };
        return { args: { reminder: !target || justMade.test(target.toLowerCase()) ? 'it' : target } };
      },
    },
    {
      // "rem cancel globex", "reminder del 2": the terse order of a note to self.
      pattern: /^(?:rem|reminder)\s+(?:cancel|delete|del|rm|off|drop)\s+(?<target>.+)$/,
      confidence: 'certain',
      read: ({ original }) => ({ args: { reminder: (original('target') ?? '').trim() } }),
    },
    {
      // "get rid of whatever I had on Friday", "drop anything I've got tomorrow": the reminders of that day.
      pattern: new RegExp(`^${cancelVerb}\\s+(?:whatever|anything|everything|what)\\s+(?:i(?:\\s+(?:have|had|got|have\\s+got)|'ve\\s+got|'ve)|is|was|there\\s+is)(?:\\s+(?:booked|set|on))?\\s+(?:on\\s+|for\\s+)?(?<target>(?:this\\s+|next\\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|today|tomorrow|the\\s+\\d{1,2}(?:st|nd|rd|th)?)$`),
      confidence: 'certain',
      read: ({ original }) => ({ args: { reminder: (original('target') ?? '').trim() } }),
    },
    {
      // "never mind the Netflix offer reminder, I turned it down", "scrap the Umbra follow-up reminder - they replied": the reason after.
      // ("cancel the wealthsimple reminder they replied already": the reason run on without a mark, from its subject or "since".)
      pattern: new RegExp(`^${cancelVerb}\\s+(?:the\\s+|my\\s+)(?<target>[^,;.!?]+?)\\s+reminder(?:\\s*[,;.!-]+\\s*|\\s+${reasonOpening})\\s*.+$`),
      confidence: 'certain',
      read: ({ original }) => ({ args: { reminder: (original('target') ?? '').trim() } }),
    },
    {
      // "cancel rem_9a2c01", "delete rem_42b": a reminder named by its id alone.
      pattern: new RegExp(`^${cancelVerb}\\s+(?:reminder\\s+)?(?<id>rem_[0-9a-f]{3,12})$`),
      confidence: 'certain',
      read: ({ groups }) => ({ args: { reminder: groups.id ?? '' } }),
    },
    {
      // "scrap the follow up with Xero", "drop the Acme interview reminder", "cancel the interview with Tesco": the kind of reminder, then whose.
      pattern: new RegExp(`^${cancelVerb}\\s+(?:the\\s+|my\\s+|that\\s+)?(?:follow[\\s-]?up|interview|call|phone\\s+screen)(?:\\s+reminder)?\\s+(?:with|for|at|to|about)\\s+(?<target>.+?)(?:\\s+reminder)?$`),
      confidence: 'certain',
      read: ({ original }, context) => (remindersInPlay(context) ? { args: { reminder: (original('target') ?? '').trim() } } : null),
    },
    {
      // "the Tesco interview was cancelled so drop that reminder": whose, said before the reminder is pointed at.
      pattern: new RegExp(`^(?<before>.+?)[\\s,]+(?:so\\s+|and\\s+)?(?:(?:can|could)\\s+(?:you|u)\\s+|pls\\s+|please\\s+)?${cancelVerb}\\s+(?:that|the|this|my)\\s+reminder$`),
      confidence: 'certain',
      read: ({ original }) => ({ args: { reminder: namedInReason(original('before') ?? '') ?? 'it' } }),
    },
    {
      // Regression (trial s41 #47): "cancel the Account Executive reminders, both of them", "delete both Quillbank reminders",
      // "drop my Harbourline reminders, all of them": every reminder to come with those words (a job's title or company).
      pattern: new RegExp(
        `^${cancelVerb}\\s+(?:(?:both|all)\\s+(?:of\\s+)?)?(?:the\\s+|my\\s+|those\\s+)?(?:(?:both|two|2)\\s+)?(?<target>[^,;.!?]+?)\\s+(?:interview\\s+|follow[\\s-]?up\\s+)?(?:reminders|ones)(?:\\s*[,;:-]?\\s*(?:both|all)(?:\\s+of\\s+(?:them|em|'em))?)?(?:\\s*[,;.!?-]+\\s*.*)?$`,
      ),
      confidence: 'certain',
      read: ({ original }, context) => {
        const target = (original('target') ?? '').trim();
        if (listedLast(context) === 'alerts' || !target || /^(?:the|my|all|both|these|those|them|my\s+\w+)$/i.test(target)) return null;
        return { args: { reminder: `all ${target}` } };
      },
    },
    {
      // "cancel the Northwind reminder", "delete my Acme interview reminder".
      // ("cancel the Zalando reminder on Monday": the day it is on says which, no more. Regression, session 40.)
      pattern: new RegExp(`^${cancelVerb}\\s+(?:the\\s+|my\\s+)?(?<target>.+?)\\s+reminder(?:\\s+(?:on\\s+|for\\s+|this\\s+|next\\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tomorrow|tmrw))?$`),
      confidence: 'certain',
      read: ({ original }) => ({ args: { reminder: (original('target') ?? '').trim() } }),
    },
    {
      // "cancel the friday one", "delete the housing trust one" right after a list of reminders: one of them, by its day or words;
      // "cancel the bewleys one, I got a job elsewhere" with no list: the reminder of those words (an alert's only when alerts were listed).
      pattern: new RegExp(`^${cancelVerb}\\s+(?:the|that|my)\\s+(?<target>[^,;.!?]+?)\\s+one(?:\\s*[,;.!?-]+\\s*(?<why>.*))?$`),
      confidence: 'certain',
      read: ({ original }, context) => {
        const target = (original('target') ?? '').trim();
        if (listedLast(context) === 'alerts' || /^(?:first|second|third|fourth|fifth|last|other|same|new|old|next|\\d+(?:st|nd|rd|th)?)$/i.test(target)) return null;
        // "the purple one": words no reminder listed has are asked about, never sent to fit a reminder by chance.
        if (listedLast(context) === 'reminders') return inNewestList(target, context) ? { args: { reminder: target } } : null;
        // (With nothing in play "the kafka one" may be an alert or a saved job: left to them.)
        return remindersInPlay(context) ? { args: { reminder: target } } : null;
      },
    },
    {
      // "Shopee one cancel can?", "the kakao one i want cancel, they rejected me": the reminder first, then the cancel.
      pattern: new RegExp(`^(?:the\\s+|my\\s+)?(?<target>[\\p{L}\\d&.'-]+(?:\\s+[\\p{L}\\d&.'-]+)?)\\s+(?:one|reminder)\\s+(?:i\\s+(?:want|wanna|need)\\s+(?:to\\s+)?|pls\\s+|please\\s+|can\\s+(?:you|u)\\s+)?(?:cancel|delete|remove)(?:\\s+(?:can|it|pls|please|lah|ah|ok))*(?:\\s*[,;.!?-]+\\s*.*)?$`, 'u'),
      confidence: 'certain',
      read: ({ original }, context) => {
        const target = (original('target') ?? '').trim();
        if (listedLast(context) === 'alerts' || /^(?:the|this|that|it|a|my|which|what)$/i.test(target)) return null;
        return { args: { reminder: target } };
      },
    },
    {
      // "scrap that, I'm not going", "cancel it pls" right after a reminder was set: that one.
      pattern: new RegExp(`^${cancelVerb}\\s+(?:it|that|this)(?:\\s+one)?(?:\\s+(?:pls|please|too))?(?:\\s*[,;.!-]+\\s*.*)?$`),
      confidence: 'certain',
      // Regression (trial s42 #53): "cancel it" right after a list of one reminder was "Okay, I won't do that": that one
      // reminder; after a list of several, which one is asked.
      read: (_, context) => {
        const listed = remindersListed(context);
        if (listed.length === 1) return { args: { reminder: 'the first one' } };
        if (listed.length > 1) {
          return { reply: `Which one should I cancel? ${listed.slice(0, 5).map((line, at) => `${at + 1}. ${line}`).join('; ')}. Say "cancel the second one", or its company.` };
        }
        return reminderJustTold(context) && answeredAbout(context) !== 'alerts' ? { args: { reminder: 'it' } } : null;
      },
    },
    {
      // "delete the one on friday", "drop the one with Kainos": the reminder said by its day or company.
      pattern: new RegExp(`^${cancelVerb}\\s+the\\s+one\\s+(?:on|for|at|with|from|about)\\s+(?<target>[^,;.!?]+?)(?:\\s*[,;.!?-]+\\s*.*)?$`),
      confidence: 'certain',
      read: ({ original }, context) => {
        const target = (original('target') ?? '').trim();
        // (A day names a reminder; a company only when reminders are in play.)
        const day = /^(?:(?:this|next)\\s+)?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(?:today|tomorrow|tmrw)$|\\d/i.test(target);
        return listedLast(context) === 'alerts' || !(day || remindersInPlay(context)) ? null : { args: { reminder: target } };
      },
    },
    {
      // "clear all my reminders", "cancel all reminders of Airbus", "everything for friday can go": every reminder, or every one of those words.
      pattern: new RegExp(
        `^(?:${cancelVerb}\\s+(?:all|everything|every\\s+(?:one|reminder))(?:\\s+of)?(?:\\s+(?:them|em|'em|those))?(?:\\s+(?:my|the))?(?:\\s+reminders?)?(?:\\s+(?:for|of|on|about|with|at)\\s+(?<target>[^,;.!?]+?))?|(?:all|everything|anything)(?:\\s+(?:my\\s+)?reminders?)?(?:\\s+(?:i'?ve\\s+got|i\\s+(?:have|had)(?:\\s+got)?|i'?ve|that'?s|booked|set))?(?:\\s+(?:for|of|on|about|with|at)\\s+(?<target2>[^,;.!?]+?))?\\s+(?:can\\s+go|(?:can|should)\\s+be\\s+(?:cancelled|canceled|deleted|removed)|is\\s+off))(?:\\s*[,;.!?-]+\\s*.*)?$`,
      ),
      confidence: 'certain',
      read: ({ original }, context) => {
        if (listedLast(context) === 'alerts') return null;
        const target = (original('target') ?? original('target2') ?? '').trim();
        return { args: { reminder: target ? `all ${target}` : 'all' } };
      },
    },
    {
      // "scrap the second one", "get rid of the last one", "remove no. 3" right after a list of reminders: that place in it.
      pattern: new RegExp(`^${cancelVerb}\\s+(?:the\\s+|that\\s+|no\\.?\\s*|number\\s+|#\\s*)?${placeInList}(?:\\s+(?:one|reminder))?(?:\\s+(?:pls|please|too|as\\s+well))?$`),
      confidence: 'certain',
      read: ({ groups }, context) => (listedLast(context) === 'reminders' ? { args: { reminder: /^\d+$/.test(groups.place ?? '') ? `no. ${groups.place}` : `the ${groups.place} one` } } : null),
    },
    {
      // "no. 2 can go", "the second one isn't needed" right after a list of reminders: that place in it.
      pattern: new RegExp(`^(?:the\\s+|no\\.?\\s*|number\\s+|#\\s*)?${placeInList}(?:\\s+(?:one|reminder))?\\s+${notNeeded}(?:[\\s,.!-]+.*)?$`),
      confidence: 'certain',
      read: ({ groups }, context) => (listedLast(context) === 'reminders' ? { args: { reminder: /^\d+$/.test(groups.place ?? '') ? `no. ${groups.place}` : `the ${groups.place} one` } } : null),
    },
    {
      // "the aldi one can go", "the Kainos follow-up is not needed, they replied", "no need for the HSE reminder, cancel it": whose, then that it is not wanted.
      pattern: new RegExp(
        `^(?:no\\s+need\\s+for\\s+|don'?t\\s+need\\s+|(?:both|all)\\s+(?:of\\s+)?)?(?:the\\s+|my\\s+|that\\s+)?(?<target>[\\p{L}\\d&.'-]+(?:\\s+[\\p{L}\\d&.'-]+){0,2}?)\\s+(?<noun>ones|one|reminders|reminder|follow[\\s-]?up|interview\\s+reminder)(?:\\s*[-–—:,]\\s*|\\s+)?(?:${notNeeded}|(?:(?:any\\s*more|anymore)[\\s,]*)?(?:(?:so\\s+)?${cancelVerb}\\s+it|$))(?:[\\s,.!-]+.*)?$`,
        'u',
      ),
      confidence: 'certain',
      read: ({ original, groups, clause }, context) => {
        const target = (original('target') ?? '').trim();
        if (/^(?:the|this|that|it|a|my|which|what)$/i.test(target)) return null;
        // "the aldi one" names a reminder only when reminders are in play; "the Kainos follow-up", "the HSE reminder" say it.
        if (groups.noun === 'one' && (!remindersInPlay(context) || (listedLast(context) === 'reminders' && !inNewestList(target, context)))) return null;
        if (!/\b(?:no\s+need|don'?t\s+need)\b/.test(clause.lower) && !new RegExp(notNeeded).test(clause.lower) && !new RegExp(`${cancelVerb}\\s+it`).test(clause.lower)) return null;
        // ("both Tallaght ones can go": every reminder of those words.)
        if (groups.noun === 'ones' || groups.noun === 'reminders') return { args: { reminder: `all ${target}` } };
        return { args: { reminder: target } };
      },
    },
    {
      // "I don't need the reminder about the van test anymore, passed it", "no longer need my reminder for Arla": whose
      // reminder is not wanted, whatever the reason after it.
      pattern: /^(?:i\s+)?(?:don'?t|do\s+not|no\s+longer|won'?t)\s+need\s+(?:the|that|my|this)\s+reminder\s+(?:about|for|re|to|of|on|with)\s+(?:the\s+|my\s+)?(?<target>[^,;.!?]+?)(?:\s+(?:any\s*more|now))?(?:\s*[,;.!?-]+\s*.*)?$/,
      confidence: 'certain',
      read: ({ original }) => ({ args: { reminder: (original('target') ?? '').trim() } }),
    },
    {
      // "don't remind me about Northwind", "no need to remind me about the Acme follow-up".
      pattern: /^(?:don'?t|do\s+not|no\s+need\s+to|stop\s+reminding\s+me|never\s+mind\s+reminding\s+me)(?:\s+remind\s+me)?\s+(?:about|to|of)\s+(?<target>.+)$/,
      confidence: 'certain',
      read: ({ original }) => ({ args: { reminder: (original('target') ?? '').trim() } }),
    },
  ],
  examples: [
    { say: 'cancel the reminder for Northwind', args: { reminder: 'Northwind' } },
    { say: 'delete that reminder', args: { reminder: 'it' }, references: { last_reminder_id: 'rem_3f9a1c0b7d' } },
    { say: 'remove the second reminder', args: { reminder: 'the second one' }, references: { last_reminder_ids: 'rem_3f9a1c0b7d,rem_8c41d09e2b' } },
    { say: "don't remind me about the Acme follow-up", args: { reminder: 'Acme follow-up' } },
    {
      say: 'cancel the friday one',
      args: { reminder: 'friday' },
      references: { last_reminder_ids: 'rem_3f9a1c0b7d,rem_8c41d09e2b' },
      history: [{ role: 'assistant', content: '2 reminders to come:\n1. Chase Acme, Friday 11 Dec 2026 (all day) [rem_3f9a1c0b7d]\n2. Interview: Data Analyst at Globex, Tuesday 15 Dec 2026, 14:30 (Europe/London) [rem_8c41d09e2b]' }],
    },
  ],
  counterExamples: ['remind me to call Acme on Friday', 'cancel my application to Acme'],
});
