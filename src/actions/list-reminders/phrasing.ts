import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { listRemindersArgs } from './args.ts';
import { listRemindersUtterances } from './utterances.ts';

type Args = z.input<typeof listRemindersArgs>;

const listVerb = '(?:show|list|view|see|display|get|give|pull\\s+up|check|what\\s+are|what\\s+is|whats|what\'s|read)';
const things = '(?:reminders?|upcoming\\s+(?:interviews|reminders|follow[\\s-]?ups)|follow[\\s-]?ups|calendar|schedule|agenda)';

/** How people ask for their reminders: "show my reminders", "what reminders do I have?", "what's coming up?". */
export const listRemindersPhrasing = definePhrasing<Args>({
  priority: 31,
  utterances: listRemindersUtterances,
  capability: 'list your reminders',
  // The classifier's pick ("what have i got coming up", "any interviews this week?"): all of them when "all" or "past" is said.
  readSentence: (clause) => ({ args: /\b(?:all|past|old|every)\b/.test(clause.lower) ? { include_past: true } : {} }),
  describe: ({ include_past: all }) => (all ? 'list all your reminders' : 'list your reminders to come'),
  intents: [
    {
      pattern: new RegExp(`^(?:${listVerb}(?:\\s+me)?\\s+)?(?<every>all\\s+)?(?:of\\s+)?(?:(?:my|the)\\s+)?(?<past>(?:past|old|all)\\s+)?${things}(?:\\s+(?:so far|list|for (?:this|next) week|coming up))?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => ({ args: groups.past || groups.every ? { include_past: true } : {} }),
    },
    {
      // "what reminders do I have?", "do I have any reminders", "what's coming up this week?"
      pattern: /^(?:what|which|any|do\s+i\s+have\s+any|have\s+i\s+got\s+any)\s+(?:reminders?|follow[\s-]?ups)(?:\s+(?:do|have)\s+i\s+(?:have|got|set))?(?:\s+(?:set|coming up|this week|left))?$|^(?:what'?s|what\s+is|anything)\s+coming\s+up(?:\s+(?:this|next)\s+week)?$|^when\s+(?:is|are)\s+my\s+(?:next\s+)?(?:interviews?|follow[\s-]?ups?)$/,
      questions: true,
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
  ],
  examples: [
    { say: 'show my reminders', args: { include_past: null } },
    { say: 'what reminders do I have?', args: { include_past: null } },
    { say: 'list all reminders', args: { include_past: true } },
  ],
  counterExamples: ['remind me to call Acme on Friday', 'show my saved jobs'],
});
