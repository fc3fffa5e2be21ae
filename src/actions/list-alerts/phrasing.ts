import { definePhrasing } from '../phrasing/phrasing.ts';
import { listAlertsUtterances } from './utterances.ts';

type Args = Record<string, never>;

/** How people ask which alerts they have: "show my alerts", "what alerts do I have?". */
export const listAlertsPhrasing = definePhrasing<Args>({
  priority: 31,
  utterances: listAlertsUtterances,
  capability: 'list your alerts',
  describe: () => 'list your alerts',
  intents: [
    {
      // "when does my cork alert run next", "when's the next run of the nurse alert": the list says each one's next run.
      pattern: /^(?:so\s+|and\s+)?(?:when(?:'s|\s+is|s)?\s+(?:the\s+)?next\s+(?:run|check)\s+(?:of|for)\s+(?:my\s+|the\s+)?.*\balerts?|when\s+(?:does|will|do)\s+(?:my\s+|the\s+)?.*\balerts?\s+(?:run|go|check|fire)(?:\s+(?:next|again))?)(?:\s+(?:next|again))?$/,
      questions: true,
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
    {
      // "show me the alarms of jobs you have for me": an alert said as an alarm, by someone for whom that is the word.
      pattern: /^(?:(?:show|list|give|tell)(?:\s+me)?\s+)?(?:all\s+)?(?:my|the)\s+(?:job\s+)?alarms(?:\s+(?:of|for)\s+(?:the\s+)?jobs?)?(?:\s+(?:you\s+have|i\s+have|i\s+set)(?:\s+for\s+me)?)?$/,
      questions: true,
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
    {
      pattern: /^(?:(?:show|list|view|see|display|get|give|check)(?:\s+me)?\s+)?(?:all\s+)?(?:of\s+)?(?:my|the)\s+(?:job\s+)?alerts(?:\s+(?:i\s+have|i\s+set\s+up|please))?$/,
      questions: true,
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
    {
      pattern: /^(?:what|which)\s+(?:job\s+)?alerts\s+(?:do\s+i\s+have|have\s+i\s+(?:got|set\s+up)|are\s+(?:there|set\s+up|running|on))(?:\s+(?:right\s+now|now|at\s+the\s+moment))?$/,
      questions: true,
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
    {
      // "what are you watching for me", "which searches are you keeping an eye on", "what am i subscribed to",
      // "how many alerts do i have", "do i have any alerts running", "remind me which alerts i set up", "alerts?".
      pattern:
        /^(?:(?:what|which)(?:\s+(?:searches|jobs|alerts))?\s+(?:are|r)\s+(?:you|u)\s+(?:watching|keeping\s+an\s+eye\s+on|monitoring|tracking|checking|looking\s+out)(?:\s+for)?(?:\s+(?:me|for\s+me))?|what\s+(?:am\s+i|i'?m)\s+subscribed\s+to|how\s+many\s+(?:job\s+)?alerts\s+(?:do\s+i\s+have|have\s+i\s+got|are\s+there)|do\s+i\s+have\s+any\s+(?:job\s+)?alerts(?:\s+(?:running|set\s+up|on|active))?|(?:remind\s+me|tell\s+me)\s+(?:which|what)\s+(?:job\s+)?alerts\s+(?:i\s+(?:set\s+up|have|made)|i'?ve\s+got|are\s+(?:on|running))|(?:my\s+)?alerts)$/,
      questions: true,
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
  ],
  examples: [{ say: 'show my alerts' }, { say: 'what alerts do I have?' }, { say: 'list my job alerts' }],
  counterExamples: ['show my saved jobs'],
});
