import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { jobInWords } from '../../career/changes/record-change.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import { unsaveJob } from '../../career/jobs/unsave-job.ts';
import { unsaveJobArgs } from './args.ts';
import { unsaveJobPhrasing } from './phrasing.ts';

/**
 * `unsave_job`: takes a job off the saved list, its status history with it; "undo" puts it
 * back. A job that is not saved gets an answer naming what is.
 *
 * @example
 * registry line: makeUnsaveJobAction(dependencies)
 */
export const makeUnsaveJobAction = (dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'changes'>) =>
  defineAction({
    name: 'unsave_job',
    description: 'Remove a job from the saved jobs (the application tracker), with its status history; "undo" puts it back.',
    args: unsaveJobArgs,
    phrasing: unsaveJobPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const outcome = await unsaveJob(args.job, dependencies, context);
      if (!outcome.ok) {
        return { ok: false, summary: outcome.error, ...(outcome.job ? { data: { job_id: outcome.job.id } } : {}) };
      }
      const { job, removed } = outcome;
      return {
        ok: true,
        summary: `Removed ${jobInWords(job)} from your saved jobs (it was ${removed.status}) [${job.id}]. Say "undo" to put it back.`,
        data: { job_id: job.id, status: removed.status },
        references: { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' },
      };
    },
  });
