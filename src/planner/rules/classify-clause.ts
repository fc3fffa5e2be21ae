import type { ClauseIntent, ConversationContext } from './intents.ts';
import { isAddress } from './resolve-target.ts';
import { asksForScreenshot } from './screenshot-request.ts';
import { searchStep } from './search-step.ts';
import { verbStep } from './verb-step.ts';

const acknowledgement =
  /^(?:ok|okay|k|cool|great|nice|perfect|got it|sounds good|alright|all right|sure|yes|yep|no|nope|fine|awesome|done|all good|nothing else|never ?mind|that'?s (?:all|it|great|fine|perfect))$/;
const greeting =
  /^(?:hi|hello|hey|heya|hiya|howdy|yo|hola|greetings|good (?:morning|afternoon|evening|day)|what'?s up|sup)(?:\s+(?:there|jobpilot|friend|buddy|bot|again|all|everyone|pilot))*$/;
const thanks = /^(?:thanks|thank you|thank u|thx|ty|cheers|much appreciated|appreciate it)\b/;
const farewell = /^(?:bye|goodbye|good bye|bye bye|see you|see ya|cya|later|good night)\b/;

const leadingPoliteness =
  /^(?:please|pls|plz|kindly|just|ok(?:ay)?|so|now|first|firstly|then|next|also|and|finally|lastly|after that|afterwards|hey jobpilot|jobpilot|can you|could you|would you(?: mind)?|will you|can u|i want you to|i'd like you to|i would like you to|go ahead and|let'?s)\b[,\s]+(?=\S)/i;
const trailingPoliteness =
  /[,\s]+(?:please|pls|plz|for me|now|right now|thanks|thank you|asap|real quick|quickly)$/i;
const trailingPunctuation = /[\s.!?]+$/;
/** "would you mind opening github": the -ing form after a polite lead-in. */
const gerunds: Readonly<Record<string, string>> = {
  opening: 'open',
  reopening: 'reopen',
  launching: 'launch',
  starting: 'start',
  running: 'run',
  visiting: 'visit',
  loading: 'load',
  going: 'go',
  taking: 'take',
  grabbing: 'grab',
  capturing: 'capture',
  snapping: 'snap',
  pulling: 'pull',
  bringing: 'bring',
  firing: 'fire',
  browsing: 'browse',
  navigating: 'navigate',
};
const leadingGerund = new RegExp(`^(?:${Object.keys(gerunds).join('|')})\\b`, 'i');

const negation = /^(?:don'?t|do not|dont|never|no need to|stop|cancel|forget it|nevermind)\b/;
const help =
  /^(?:help|help me|i need help|\?|what can (?:you|i) (?:do|say|ask)|what else can you do|what are you able to do|what can you help (?:me )?with|what do you do|what are (?:your|the) (?:commands|capabilities|skills|features|options|actions)|(?:list|show)(?: me)? (?:your |the )?(?:commands|actions|capabilities|options)|commands|menu|usage|options|how does (?:this|it) work|how do (?:i|you) use (?:this|you|jobpilot)|who are you|what are you|what is (?:this|jobpilot))$/;
const screenshotLocation =
  /^(?:where|which|what|show|open|view|see|find|display)\b.*\b(?:the|that|my|last|latest|previous)\s+(?:screen ?shot|screen ?grab|screen ?capture)s?\b/;
/** Questions and writing requests: open-ended, so a language model's job. "can you …" is stripped before. */
const question =
  /^(?:what|what'?s|whats|who|who'?s|why|when|where|which|how|is|are|does|do (?:you|i|we)|did|should|shall|was|were|explain|describe|tell me|define|translate|summari[sz]e|write|compose|draft)\b/;

/**
 * Reads one clause of the user's message: a step to run, a social remark, or something
 * only a language model could answer.
 *
 * @example
 * classifyClause('launch the calculator', { references: {}, history: [] });
 * // { kind: 'step', verb: 'launch', step: { action: 'open_app', args: { app_name: 'calculator' } } }
 */
export function classifyClause(clause: string, context: ConversationContext): ClauseIntent {
  const text = clause.trim().replace(trailingPunctuation, '').replace(/\s+/g, ' ');
  if (!text) return { kind: 'none' };
  const lower = text.toLowerCase();
  if (acknowledgement.test(lower)) return { kind: 'acknowledgement' };
  if (greeting.test(lower)) return { kind: 'greeting' };
  if (thanks.test(lower)) return { kind: 'thanks' };
  if (farewell.test(lower)) return { kind: 'farewell' };

  const request = stripPoliteness(text);
  if (!request) return { kind: 'none' };
  const lowerRequest = request.toLowerCase();
  if (negation.test(lowerRequest)) return { kind: 'negated' };
  if (help.test(lowerRequest)) return { kind: 'help' };
  if (screenshotLocation.test(lowerRequest)) return { kind: 'screenshot-location' };
  if (question.test(lowerRequest)) return { kind: 'unknown', text };
  if (asksForScreenshot(lowerRequest)) {
    return { kind: 'step', verb: '', step: { action: 'take_screenshot', args: {} } };
  }
  const search = searchStep(request);
  if (search) return { kind: 'step', verb: '', step: search };
  const verbal = verbStep(request, context);
  if (verbal) return verbal;
  if (isAddress(request)) {
    return { kind: 'step', verb: 'open', step: { action: 'open_website', args: { url: request } } };
  }
  return { kind: 'unknown', text };
}

function stripPoliteness(text: string): string {
  let stripped = text;
  let previous: string;
  do {
    previous = stripped;
    stripped = stripped.replace(leadingPoliteness, '').replace(trailingPoliteness, '').trim();
  } while (stripped !== previous);
  if (/^(?:please|pls|plz)$/i.test(stripped)) return '';
  return stripped.replace(leadingGerund, (gerund) => gerunds[gerund.toLowerCase()] ?? gerund);
}
