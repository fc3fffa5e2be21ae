import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { changeAlertArgs } from './args.ts';
import { changeAlertUtterances } from './utterances.ts';

type Args = z.input<typeof changeAlertArgs>;

const pauseVerbs = 'stop|pause|turn\\s+off|switch\\s+off|disable|mute|silence|suspend|hold|put\\s+on\\s+hold|snooze';
const deleteVerbs = 'delete|remove|cancel|drop|get\\s+rid\\s+of|kill|scrap|ditch|unsubscribe(?:\\s+me)?\\s+from|bin';
const resumeVerbs = 'resume|restart|turn\\s+on|switch\\s+on|enable|unpause|un-pause|reactivate|re-enable|start\\s+again|unmute';

const changeOf = (verb: string): Args['change'] =>
  new RegExp(`^(?:${deleteVerbs})$`).test(verb) ? 'delete' : new RegExp(`^(?:${resumeVerbs})$`).test(verb) ? 'resume' : 'pause';

/** "the Berlin alert", "my typescript alerts", "the alert for rust jobs", "alert_3f9a1c0b7d". */
const alertTarget = '(?:(?:the|my|that|this)\\s+)?(?:(?<before>.+?)\\s+)?(?:job\\s+)?(?:alerts?|notifications?)(?:\\s+(?:for|about|on)\\s+(?<after>.+))?|(?<id>alert_[0-9a-f]{10})';

const readTarget = (verb: string, before: string | undefined, after: string | undefined, id: string | undefined) => {
  const alert = (id ?? [before, after].filter(Boolean).join(' ')).trim() || 'my alert';
  return { args: { alert, change: changeOf(verb) } };
};

const anyVerb = new RegExp(`\\b(?<verb>${deleteVerbs}|${resumeVerbs}|${pauseVerbs})\\b`);
/** Which alert, said anywhere: "alert_…", "the devops alert", "my alert for rust jobs". */
const anyTarget = [
  /\b(?<id>alert_[0-9a-f]{10})\b/,
  /\b(?:alerts?|notifications?)\s+(?:for|about|on)\s+(?<after>(?!now\b).+?)(?:\s+jobs?)?(?:\s+(?:again|back\s+on|for\s+now|any\s*more|please|pls))*(?:[,.!]|$)/,
  /\b(?:the|my|that|this|our)\s+(?<before>[\w+#. -]+?)\s+(?:job\s+)?(?:alerts?|notifications?)\b/,
];

/**
 * A change said anywhere in a sentence the classifier took for one: "mute the devops alert
 * for now", "start the nursing alert again", "i dont need the php alert anymore, bin it".
 */
function readChangeSentence(lower: string) {
  let verb = anyVerb.exec(lower)?.groups?.verb;
  if (!verb && /\b(?:start|turn|switch|put)\b.*\b(?:again|back\s+on|on)\b/.test(lower)) verb = 'resume';
  if (!verb && /\b(?:start|turn|switch)\b.*\boff\b/.test(lower)) verb = 'stop';
  if (!verb) return null;
  for (const pattern of anyTarget) {
    const groups = pattern.exec(lower)?.groups;
    if (!groups) continue;
    const alert = (groups.id ?? groups.before ?? groups.after ?? '').trim();
    if (alert && !/^(?:the|my|all|every|job|new)$/.test(alert)) return { args: { alert, change: changeOf(verb.replace(/\s+/g, ' ').replace(/^(?:start|turn|switch|put)$/, 'resume')) } };
  }
  return null;
}

/**
 * How people stop, restart or remove an alert: "stop the Berlin alert", "delete my
 * typescript alert", "turn the rust alert back on", "no more Berlin alerts".
 */
export const changeAlertPhrasing = definePhrasing<Args>({
  priority: 37,
  utterances: changeAlertUtterances,
  capability: 'pause, resume or delete your alerts',
  readSentence: (clause) => readChangeSentence(clause.lower),
  describe: ({ alert, change }) => `${change} the alert "${alert}"`,
  intents: [
    {
      pattern: new RegExp(`^(?:(?:can|could)\\s+you\\s+)?(?:please\\s+)?(?<verb>${pauseVerbs}|${deleteVerbs}|${resumeVerbs})\\s+(?:${alertTarget})(?:\\s+(?:back\\s+on|again|for\\s+now|now))?$`),
      questions: true,
      confidence: 'certain',
      read: ({ groups, original }) => readTarget(groups.verb ?? 'stop', original('before'), original('after'), groups.id),
    },
    {
      // "turn the rust alert back on", "switch my Berlin alert off"
      pattern: new RegExp(`^(?:please\\s+)?(?:turn|switch|put)\\s+(?:${alertTarget})\\s+(?<state>back\\s+on|on|off|on\\s+hold)$`),
      confidence: 'certain',
      read: ({ groups, original }) => readTarget(groups.state === 'off' || groups.state === 'on hold' ? 'stop' : 'resume', original('before'), original('after'), groups.id),
    },
    {
      // "no more Berlin alerts", "I don't want the typescript alert anymore"
      pattern: new RegExp(`^(?:no\\s+more|i\\s+(?:don'?t|do\\s+not)\\s+(?:want|need)\\s+(?:the\\s+|my\\s+|any\\s+more\\s+)?)\\s*(?:${alertTarget})(?:\\s+any\\s*more)?$`),
      read: ({ groups, original }) => readTarget('stop', original('before'), original('after'), groups.id),
    },
  ],
  examples: [
    { say: 'stop the Berlin alert', args: { alert: 'Berlin', change: 'pause' } },
    { say: 'delete my typescript alert', args: { alert: 'typescript', change: 'delete' } },
    { say: 'turn the rust alert back on', args: { alert: 'rust', change: 'resume' } },
    { say: 'no more Berlin alerts', args: { alert: 'Berlin', change: 'pause' } },
    { say: 'cancel the alert for python jobs', args: { alert: 'python', change: 'delete' } },
  ],
  counterExamples: ['stop', 'delete the Berlin job from my list', 'set up an alert for rust jobs'],
});
