import { findKnownJob } from '../../actions/phrasing/known-jobs.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import { positionOf } from '../../actions/phrasing/references.ts';
import { type ParsedRequest, type RequestedStep, withoutLead } from './parse-request.ts';

/** Words around a job named on its own after a request: "also", "too", "as well", "pls". */
const around = /^(?:(?:and|also|plus|oh|pls|please|plz|same\s+(?:for|with)|(?:and\s+)?(?:do|the\s+same\s+for))\s+)+|(?:\s+(?:too|as\s+well|also|pls|please|plz|thx|thanks|aswell))+$/gi;

/**
 * "the first one", "#2", "number three", "the Acme one", "the last job", "the first": a job named alone.
 * (Regression, session 38: "save the second one and also the first" saved the second only.)
 */
const jobAlone =
  /^(?:the\s+)?(?:\S+\s+){0,3}?(?:one|job|role|position|posting|listing|opening)$|^#\s?\d{1,2}$|^number\s+\S+$|^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))$/i;

/**
 * The request with a step for each job named alone after a request about a job: "save it
 * pls and also the first one", "mark the Acme one as applied, and the 3rd too" ask the same
 * for both. Only a piece that names nothing but a job the thread can resolve (a position in
 * the results or a job the person was shown or saved), said after the request, is read so.
 *
 * @example
 * addNamedJobs({ steps: [{ action: 'save_job', args: { job: 'it' }, text: 'save it pls' }], others: [{ kind: 'unknown', text: 'the first one' }] }, 'save it pls and also the first one', context);
 * // steps: save_job it, then save_job "the first one"
 */
export function addNamedJobs(request: ParsedRequest, message: string, context: PhrasingContext): ParsedRequest {
  const last = request.steps.at(-1);
  if (!last || typeof last.args.job !== 'string') return request;
  const lower = message.toLowerCase();
  const after = lower.indexOf(last.text.toLowerCase());
  const added: RequestedStep[] = [];
  const others = request.others.filter((intent) => {
    // (A job named before the request is the one it is about: "ooh the N26 one!! save that".)
    if (intent.kind !== 'unknown' || after < 0 || lower.indexOf(intent.text.toLowerCase(), after) < 0) return true;
    const job = namedAlone(intent.text, context);
    if (!job || job.toLowerCase() === String(last.args.job).toLowerCase()) return true;
    added.push({ ...last, args: { ...last.args, job }, text: intent.text });
    return false;
  });
  return added.length === 0 ? request : { steps: [...request.steps, ...added], others };
}

/** The job a piece names and nothing else, or undefined. */
function namedAlone(text: string, context: PhrasingContext): string | undefined {
  const said = withoutLead(text.trim().replace(/[\s.!?,;:]+$/, '')).replace(around, '').trim();
  if (!said || !jobAlone.test(said)) return undefined;
  if (positionOf(said) !== undefined && context.references.last_job_ids) return said;
  const known = findKnownJob(said, context);
  return known && said.toLowerCase().includes(known.toLowerCase()) ? said : undefined;
}
