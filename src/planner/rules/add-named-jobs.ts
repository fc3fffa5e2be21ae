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
export function addNamedJobs(said: ParsedRequest, message: string, context: PhrasingContext): ParsedRequest {
  const request = withOtherOfTwo(said, context);
  const last = request.steps.at(-1);
  if (!last || typeof last.args.job !== 'string') return request;
  const lower = message.toLowerCase();
  const after = lower.indexOf(last.text.toLowerCase());
  const added: RequestedStep[] = [];
  const others = request.others.filter((intent) => {
    // (A job named before the request is the one it is about: "ooh the N26 one!! save that".)
    if (intent.kind !== 'unknown' || after < 0 || lower.indexOf(intent.text.toLowerCase(), after) < 0) return true;
    const job = namedAlone(intent.text, context) ?? otherOfTwo(intent.text, String(last.args.job), context);
    if (!job || job.toLowerCase() === String(last.args.job).toLowerCase()) return true;
    added.push({ ...last, args: { ...last.args, job }, text: intent.text });
    return false;
  });
  // "mark the Staff one as applied, and the other one too": a job named after the request inside the piece it read.
  const tail = added.length === 0 ? jobToo.exec(last.text) : null;
  if (tail?.groups?.job) {
    const job = namedAlone(tail.groups.job, context) ?? otherOfTwo(tail.groups.job, String(last.args.job), context);
    if (job && job.toLowerCase() !== String(last.args.job).toLowerCase()) return { steps: [...request.steps, { ...last, args: { ...last.args, job }, text: tail[0].trim() }], others };
    // (One the thread cannot tell is said to be left out, never dropped in silence.)
    return { steps: request.steps, others: [...others, { kind: 'unknown', text: tail.groups.job }] };
  }
  return added.length === 0 ? request : { steps: [...request.steps, ...added], others };
}

/** ", and the other one too", " and the first one as well": another job for the same request, at the end of its piece. */
const jobToo = /(?:,\s*|\s+)(?:and|&|plus)\s+(?:also\s+)?(?<job>(?:the\s+)?(?:\S+\s+){0,3}?(?:one|job|role|position|posting))\s+(?:too|as\s+well|also)[\s.!]*$/i;

/** The job a piece names and nothing else, or undefined. */
function namedAlone(text: string, context: PhrasingContext): string | undefined {
  const said = withoutLead(text.trim().replace(/[\s.!?,;:]+$/, '')).replace(around, '').trim();
  if (!said || !jobAlone.test(said)) return undefined;
  if (positionOf(said) !== undefined && context.references.last_job_ids) return said;
  const known = findKnownJob(said, context);
  return known && said.toLowerCase().includes(known.toLowerCase()) ? said : undefined;
}

const ordinals = ['first', 'second'];

/** "save the first one and the other one as well": a step about "the other one", after one of the same action about one job of two. */
function withOtherOfTwo(request: ParsedRequest, context: PhrasingContext): ParsedRequest {
  let changed = false;
  const steps = request.steps.map((step, index) => {
    const before = request.steps[index - 1];
    if (!before || before.action !== step.action || typeof step.args.job !== 'string' || typeof before.args.job !== 'string') return step;
    const job = /^(?:the\s+)?other(?:\s+one)?$/i.test(step.args.job.trim()) ? otherOfTwo('the other one', before.args.job, context) : undefined;
    if (!job) return step;
    changed = true;
    return { ...step, args: { ...step.args, job } };
  });
  return changed ? { ...request, steps } : request;
}

/**
 * "and the other one too" after a request about one job of a list of two: the other of them, by its place
 * (regression, session 40: "mark the Staff one as applied, and the other one too" marked one).
 */
function otherOfTwo(text: string, job: string, context: PhrasingContext): string | undefined {
  const said = withoutLead(text.trim().replace(/[\s.!?,;:]+$/, '')).replace(around, '').trim();
  if (!/^(?:the\s+)?other(?:\s+(?:one|job|role|position|posting))?$/i.test(said)) return undefined;
  const ids = (context.references.last_job_ids ?? '').split(',').filter(Boolean);
  if (ids.length !== 2) return undefined;
  const position = positionOf(job);
  const lower = job.toLowerCase();
  const named = context.known?.jobs.filter((known) => ids.includes(known.id) && (lower.includes(known.title.toLowerCase()) || known.title.toLowerCase().includes(lower) || lower.includes(known.company.toLowerCase())));
  const index = typeof position === 'number' ? position - 1 : position === 'last' ? 1 : named?.length === 1 ? ids.indexOf(named[0]?.id ?? '') : -1;
  return index === 0 || index === 1 ? `the ${ordinals[1 - index]} one` : undefined;
}
