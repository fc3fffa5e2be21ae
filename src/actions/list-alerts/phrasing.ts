import { definePhrasing } from '../phrasing/phrasing.ts';
import { listAlertsUtterances } from './utterances.ts';

type Args = Record<string, never>;

/** An alert named by its words or as "the … one": "my Leeds alert", "that Bristol alert", "the Swansea one". */
const namedAlert = String.raw`(?:my|the|that|this|our)\s+(?:[\w+#./&'-]+\s+){1,4}?(?:job\s+)?(?:alert|one)`;
/** What an alert's state is said as: on, running, paused, still there. */
const alertState = String.raw`(?:still\s+)?(?:on|running|active|live|working|paused|switched\s+on|turned\s+on|set\s+up|there)(?:\s+still)?`;
/** A question about one alert's state that the list answers; "… or did I pause it" after it is the same question. */
const alertStatusAsked = new RegExp(
  String.raw`^(?:so\s+|and\s+|hey\s+|quick\s+question\s*,?\s*)?(?:` +
    [
      String.raw`(?:is|are)\s+${namedAlert}\s+${alertState}`,
      String.raw`do\s+i\s+(?:still\s+)?have\s+(?:my|the|that|this|an?)\s+(?:[\w+#./&'-]+\s+){1,4}?(?:job\s+)?alert(?:\s+(?:still|anymore|any\s+more))?`,
      String.raw`(?:did|has)\s+${namedAlert}\s+(?:actually\s+|even\s+|really\s+|already\s+)?(?:run|ran|gone\s+off|go\s+off|fired?|checked?|found\s+anything)(?:\s+(?:yet|today|this\s+(?:morning|afternoon|evening|week)|last\s+night|yesterday|at\s+all))*`,
      String.raw`when(?:'s|\s+is|s)?\s+${namedAlert}\s+(?:next\s+)?(?:due|running|going\s+off|going\s+out)(?:\s+next)?`,
      String.raw`when\s+(?:does|will|do)\s+${namedAlert}\s+(?:run|go\s+off|go\s+out|check|fire|next\s+run)(?:\s+(?:next|again))?`,
    ].join('|') +
    String.raw`)(?:\s+or\s+(?:did|have|has)\s+(?:i|you|it)\b.*|\s+or\s+(?:not|what))?$`,
);

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
      // Whether one alert is on, ran or is still there, asked of it by its words: "is my Leeds alert still on?", "is the
      // welder alert still running or did I pause it", "do I still have that Bristol alert (or did I delete it)", "did my
      // cork alert actually run this morning", "when does the Swansea one run next", "when does my Rotterdam alert go off
      // next", "has the Hull alert run yet": the list says each one's state, last run and next run. Nothing is changed.
      pattern: alertStatusAsked,
      questions: true,
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
    {
      // "show me my saved searches", "which searches have I saved": an alert is the only search jobpilot keeps.
      pattern: /^(?:(?:show|list|view|see|give|check)(?:\s+me)?\s+)?(?:all\s+)?(?:of\s+)?my\s+saved\s+searches(?:\s+please)?$|^(?:what|which)\s+searches\s+(?:have\s+i|did\s+i)\s+(?:saved?|set\s+up)$/,
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
      // (Also what is left of "remind me what job alerts I set up" once "remind me" is read as a lead-in.)
      pattern: /^(?:what|which)\s+(?:job\s+)?alerts\s+(?:do\s+i\s+have|have\s+i\s+(?:got|set\s+up|made)|i\s+(?:set\s+up|have|made)|i'?ve\s+(?:got|set\s+up|made)|are\s+(?:there|set\s+up|running|on|active|live))(?:\s+(?:on|running))?(?:\s+(?:right\s+now|now|at\s+the\s+moment|currently))?$/,
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
