import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { compareJobs } from '../../career/jobs/compare-jobs.ts';
import { JOB_REFERENCES, lastResultIds } from '../../career/jobs/resolve-job.ts';
import { compareJobsArgs } from './args.ts';
import { compareJobsPhrasing } from './phrasing.ts';

/**
 * `compare_jobs`: which of the last results (or the saved jobs) pays the most, fits the
 * active resume best, is the newest, or is remote; the answer names the job(s) with the
 * figure, and a single winner becomes "it" for the next request.
 *
 * @example
 * registry line: makeCompareJobsAction(dependencies)
 */
export const makeCompareJobsAction = (dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'resumes'>) =>
  defineAction({
    name: 'compare_jobs',
    description: 'Compare the last search results (or the saved jobs) by pay, fit to the resume, how recent, or remote, naming the winning job(s).',
    args: compareJobsArgs,
    phrasing: compareJobsPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args, context) {
      const comparison = await compareJobs(args, dependencies, context);
      if (!comparison.ok) return { ok: false, summary: comparison.error };
      const [winner, ...others] = comparison.winners;
      // Regression (session 40): "open the second one" after "sort them by fit" opened the search's second job: the
      // numbered ranking shown is the list "the second one" counts in (the jobs it leaves out follow, for their names).
      const listed = comparison.listed.map((job) => job.id);
      const rest = lastResultIds(context.references ?? {}).filter((id) => !listed.includes(id));
      const references = {
        ...(winner && others.length === 0 ? { [JOB_REFERENCES.lastJob]: winner.id, [JOB_REFERENCES.missed]: '' } : {}),
        ...(listed.length > 0 ? { [JOB_REFERENCES.lastResults]: [...listed, ...rest].join(',') } : {}),
      };
      return {
        ok: true,
        summary: comparison.summary,
        data: { by: args.by, compared: comparison.compared, job_ids: comparison.winners.map((job) => job.id) },
        ...(Object.keys(references).length > 0 ? { references } : {}),
      };
    },
  });
