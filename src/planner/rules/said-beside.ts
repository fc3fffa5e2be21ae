import type { RequestedStep } from './parse-request.ts';

/**
 * "change it", "do that please", "sort it for me", "mark it pls": the request said again with a verb and a pronoun.
 * (Regression, session 38: "I got rejected from the Acme one :( mark it" listed "mark it" as left out.)
 */
const requestAgain =
  /^(?:(?:and|so|then|ok|okay|pls|please|can\s+you|could\s+you|would\s+you)[,\s]+)*(?:change|update|fix|correct|amend|edit|do|sort|sort\s+out|make|apply|save|put|add|swap|replace|mark|record|note|log|track|set)\s+(?:it|that|this|them)(?:\s+(?:out|in|on|please|pls|plz|for\s+me|thanks|thx|ta|now|then|too|as\s+well))*$/i;

/** "the £250/day one", "the one in Leeds", "that Leeds job": a job pointed at again, beside a step about a job. */
const jobAgain = /^(?:i\s+mean\s+|i\s+meant\s+|you\s+know,?\s+|like\s+)?(?:the|that|this)\s+(?!other\b)(?:\S+\s+){0,3}?(?:one|job|role|position|posting|ad|listing)(?:\s+(?:in|at|from|with|paying|based\s+in)\s+\S+(?:\s+\S+)?)?$/i;

/**
 * "i dont fancy a grad scheme tbh", "ive been teaching 7 yrs", "cos i have a 2:1": the person's
 * own reason or background, told beside the request, asking for nothing. Not a wish ("i want",
 * "i'd like", "i need") nor a question: those are requests the turn may not have read.
 */
const reasonLead =
  /^(?:(?:tbh|honestly|to\s+be\s+honest|btw|fwiw|also|and|but|plus)[,\s]+)*(?:(?:because|cos|coz|cause|'cause|since|as)\s+|i\s*(?:'m|m|\s+am|'ve|ve|\s+have|\s+had|\s+was|\s+do(?:n'?t|\s+not)?|\s+really|\s+just|\s+already|\s+never|\s+hate|\s+love|\s+like|\s+prefer|\s+fancy|\s+reckon|\s+think|\s+guess)\b|my\s+\p{L}+\s+(?:is|was|are|were)\b)/iu;
/** "great news", "finally!!", "yay", "guess what": how a person opens news, asking nothing. */
const newsOpening = /^(?:(?:so|oh|and|well|ok|okay)[,\s]+)*(?:(?:some\s+|big\s+|the\s+)?(?:great|good|amazing|fantastic|awesome|big|exciting|happy|sad|bad)\s+news|news|update|quick\s+update|fyi|guess\s+what|finally|yay+|woo+h?o+|omg|wow|hurray|hooray|yes+|thank\s+god|thank\s+goodness|praise\s+god)$/i;

/** First-person wishes and asks, which a reason never is. */
const wish = /\b(?:i\s*(?:'d|d|\s+would)\s+(?:like|love)|i\s+(?:want|need)|can\s+you|could\s+you|would\s+you|will\s+you|please|pls|plz)\b|\?/i;

/**
 * Whether an unread piece of a message with steps only restates a step ("…, change it"), points
 * again at a step's job ("what about the contract one, the £250/day one") or gives the person's
 * reason for it ("remove the graduate one, i dont fancy a grad scheme tbh"): said beside the
 * request, nothing left out.
 *
 * @example
 * saidBeside('change it', [{ action: 'correct_resume', args: { position: 'Head of Maths' }, text: 'my title is Head of Maths' }]); // true
 * saidBeside('also find nurse jobs', steps); // false
 */
export function saidBeside(piece: string, steps: readonly RequestedStep[]): boolean {
  if (steps.length === 0) return false;
  const text = piece
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<![.!,;:\s])[.!,;:\s]+$/, '');
  if (requestAgain.test(text)) return true;
  // ("Great news, Solvik made me an offer!": how news opens asks for nothing; trial s50 #37's tail.)
  if (newsOpening.test(text)) return true;
  if (jobAgain.test(text) && steps.some((step) => typeof step.args.job === 'string')) return true;
  return reasonLead.test(text) && !wish.test(text);
}

/**
 * The steps without one that only says an earlier step's request again ("I applied to the stock
 * controller yesterday, mark it please": "mark it please" is that status change, not a second one
 * for a job called "mark it"). A restatement with an action of its own is kept.
 *
 * @example
 * withoutRestatedSteps([{ action: 'update_job_status', args: { job: 'stock controller', status: 'applied' }, text: 'I applied to the stock controller' }, { action: 'update_job_status', args: { job: 'mark it', status: 'applied' }, text: 'mark it please' }]).length; // 1
 */
export function withoutRestatedSteps(steps: readonly RequestedStep[]): RequestedStep[] {
  return steps.filter((step, index) => {
    if (index === 0) return true;
    const text = step.text.replace(/\s+/g, ' ').trim().replace(/(?<![.!,;:\s])[.!,;:\s]+$/, '');
    return !(requestAgain.test(text) && steps.slice(0, index).some((earlier) => earlier.action === step.action));
  });
}
