import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { whatsNewArgs } from './args.ts';
import { whatsNewUtterances } from './utterances.ts';

type Args = z.input<typeof whatsNewArgs>;

const when = '(?<since>yesterday|today|last\\s+night|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\\s+morning|this\\s+week|last\\s+week|(?:the\\s+)?(?:last|past)\\s+\\d{1,3}\\s+(?:hours?|days?|weeks?)|i\\s+(?:last\\s+)?(?:checked|looked|asked)|last\\s+time)';

const reading = (since: string | undefined) => ({ args: since && !/^i\s|last\s+time/.test(since) ? { since } : {} });

/**
 * How people ask what their alerts and reminders brought: "what's new since yesterday?",
 * "anything new?", "what did my alerts find?", "check my inbox".
 */
export const whatsNewPhrasing = definePhrasing<Args>({
  priority: 35,
  utterances: whatsNewUtterances,
  capability: 'tell you what is new in your notifications',
  describe: ({ since }) => (since ? `tell you what is new since ${since}` : 'tell you what is new'),
  readSentence: (clause) => reading(new RegExp(when).exec(clause.lower)?.groups?.since),
  intents: [
    {
      // "mark them all read", "mark my notifications as read", "mark everything as seen", "set all to read"
      pattern: /^(?:(?:ok|okay|thanks|cool|great)[\s,!]+)?(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+|pls\s+|just\s+)?(?:mark|set|flag)\s+(?:them|those|these|all|everything|every\s+one|(?:all\s+)?(?:of\s+)?(?:them|my|the)(?:\s+(?:new|unread))?(?:\s+(?:notifications?|alerts?|messages?|inbox|ones))?)(?:\s+(?:all|of\s+them))?\s+(?:as\s+|to\s+)?(?:read|seen|done)(?:\s+(?:please|pls|now|thanks))?$/,
      confidence: 'certain',
      read: () => ({ args: { mark_read: true } }),
    },
    {
      // "what's new since yesterday?", "anything new today?", "what's new?"
      pattern: new RegExp(`^(?:so\\s+|ok\\s+|hey\\s+)?(?:what(?:'s|\\s+is|s)|anything|any\\s*thing|is\\s+there\\s+anything|got\\s+anything|any\\s+news|any\\s+updates?|what\\s+happened|what(?:'s|\\s+has)\\s+(?:come\\s+in|happened|changed))(?:\\s+(?:new|for\\s+me|at\\s+all))*(?:\\s+(?:since|from|for|over)?\\s*${when})?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "what did my alerts find (yesterday)?", "show my notifications", "check my inbox"
      pattern: new RegExp(`^(?:(?:show|check|read|open|list)(?:\\s+me)?\\s+(?:my\\s+|the\\s+)?(?:inbox|notifications|unread\\s+notifications)|what\\s+did\\s+(?:my\\s+|the\\s+)?alerts?\\s+(?:find|turn\\s+up|bring|catch)|(?:do\\s+i\\s+have|have\\s+i\\s+got|any)\\s+(?:new\\s+|unread\\s+)?notifications)(?:\\s+(?:since\\s+)?${when})?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "any new jobs since yesterday", "anything new from my alerts today": new things with no search in them.
      pattern: new RegExp(`^(?:any|anything|got\\s+any|are\\s+there\\s+any)\\s+new\\s*(?:jobs?|postings?|openings?|matches|roles|listings|ones|stuff)?(?:\\s+(?:for\\s+me|from\\s+(?:my|the)\\s+alerts?|come\\s+in))*(?:\\s+(?:since|from|for|over)?\\s*${when})?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
    {
      // "whats come in the last 3 days", "there is something new for me?", "new jobs from my alerts?", "any new matches or
      // reminders I haven't seen yet?": what came in, said loosely (no search in it).
      pattern: new RegExp(
        `^(?:(?:so|ok|hey|hi)\\s+)?(?:what(?:'s|s|\\s+has|\\s+have)?\\s+(?:come|came|arrived|landed|turned\\s+up)(?:\\s+in)?|there\\s+(?:is|are)\\s+(?:something|anything)\\s+new|(?:is\\s+there\\s+|got\\s+)?(?:something|anything)\\s+new|(?:any\\s+)?new\\s+(?:jobs?|matches|openings|postings|stuff|things)\\s+(?:from|in)\\s+(?:my|the)\\s+(?:alerts?|inbox)|any\\s+new\\s+(?:matches|jobs|openings|notifications)\\s+(?:or|and)\\s+(?:reminders|notifications|alerts)(?:\\s+(?:that\\s+)?i\\s+(?:haven'?t|have\\s+not|didn'?t)\\s+seen(?:\\s+yet)?)?)(?:\\s+(?:for\\s+me|yet|at\\s+all))*(?:\\s+(?:since|from|for|over|in)?\\s*${when})?$`,
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => reading(groups.since),
    },
  ],
  examples: [
    { say: "what's new since yesterday?", args: { since: 'yesterday' } },
    { say: 'anything new?', args: { since: null } },
    { say: 'what did my alerts find today?', args: { since: 'today' } },
    { say: 'check my inbox', args: { since: null } },
    { say: 'mark them all as read', args: { mark_read: true } },
  ],
  counterExamples: ['find new remote typescript jobs', 'tell me every morning about new rust jobs'],
});
