import { findKnownJob } from '../../actions/phrasing/known-jobs.ts';
import { jobReferenceKeys } from '../../actions/phrasing/job-references.ts';
import type { PhrasingContext } from '../../actions/phrasing/phrasing.ts';
import type { RequestedStep } from './parse-request.ts';

const pronoun = /^(?:it|that|this|them|(?:that|this|the|the same) (?:one|job|role|posting|position))$/i;

const noJob = 'Which job do you mean? Name it (e.g. "the Stripe job" or "the second one"), or search first.';

/**
 * The first step's job, settled against the whole message: "it" where the message names a
 * job the person has ("I like the Bramblecote role, keep it in my list") is that job, and
 * "it" with no job in play is a question, not a step that can only fail.
 *
 * @example
 * settleJob({ action: 'save_job', args: { job: 'it' }, text: 'keep it' }, 'I like the Bramblecote role, keep it', context);
 * // { action: 'save_job', args: { job: 'Bramblecote' }, text: 'keep it' }
 */
export function settleJob(step: RequestedStep, message: string, context: PhrasingContext): RequestedStep | { reply: string } {
  const { job } = step.args;
  if (typeof job !== 'string' || !pronoun.test(job.trim())) return step;
  const named = findKnownJob(message, context);
  if (named) return { ...step, args: { ...step.args, job: named } };
  return oneJobInPlay(context.references) ? step : { reply: noJob };
}

/** "it" means the job the conversation dealt with last, or the only result: a list of several is no one job. */
function oneJobInPlay(references: Readonly<Record<string, string>>): boolean {
  return Boolean(references[jobReferenceKeys.lastJob]) || (references[jobReferenceKeys.lastResults] ?? '').split(',').filter(Boolean).length === 1;
}
