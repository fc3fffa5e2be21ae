import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { dayIn } from '../../time/time-zone.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import type { SavedJob } from '../../db/repositories/saved-jobs.ts';
import type { JobStatus } from '../arguments/job-status.ts';
import { listSavedJobsArgs } from './args.ts';
import { listSavedJobsPhrasing } from './phrasing.ts';

/** Past `applied` in the pipeline: a job at interviewing or offer was applied to too. */
const afterApplying = new Set<JobStatus>(['applied', 'interviewing', 'offer']);

/**
 * The jobs applied to: those at applied or a later stage, and those rejected or withdrawn
 * after an application (their history says so).
 */
const reachedApplied = (saved: readonly SavedJob[]): SavedJob[] =>
  saved.filter((job) => afterApplying.has(job.status) || job.history.some((event) => afterApplying.has(event.status)));

/** Whether a saved job is at the company named: its name, or part of it ("Brenner" for "Brenner Logistik GmbH"). */
const atCompany = (job: SavedJob, company: string): boolean => job.company.toLowerCase().includes(company.trim().toLowerCase());

/**
 * `list_saved_jobs`: the tracker, optionally one status or one company, each job with when it got there.
 * The listed ids become the thread's last results, so "mark the second one as applied" works.
 *
 * @example
 * registry line: makeListSavedJobsAction(dependencies)
 */
export const makeListSavedJobsAction = (dependencies: Pick<CareerDependencies, 'saved' | 'timeZone'>) =>
  defineAction({
    name: 'list_saved_jobs',
    description: 'List the saved jobs in the application tracker, optionally only those with one status (applied also lists those that moved on: interviewing, offer).',
    args: listSavedJobsArgs,
    phrasing: listSavedJobsPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args) {
      const atStatus = args.status === 'applied' ? reachedApplied(await dependencies.saved.list()) : await dependencies.saved.list(args.status);
      const saved = args.company ? atStatus.filter((job) => atCompany(job, args.company as string)) : atStatus;
      if (saved.length === 0) {
        return {
          ok: true,
          summary: args.company
            ? `No saved job${args.status ? ` marked ${args.status}` : ''} is at ${args.company}${atStatus.length > 0 ? ` (${atStatus.length} other${atStatus.length === 1 ? ' is' : 's are'}: say "show my saved jobs" to see ${atStatus.length === 1 ? 'it' : 'them'})` : ''}.`
            : args.status === 'applied'
              ? "You haven't applied to any saved job yet."
              : args.status
                ? `No saved jobs are marked ${args.status}.`
                : 'No saved jobs yet: say "save the second one" after a search.',
          data: { count: 0 },
        };
      }
      const lines = saved.map((job, index) => {
        const since = dayIn(new Date(job.history.filter((event) => event.status === job.status).at(-1)?.at ?? job.updated_at), dependencies.timeZone);
        const notes = job.notes ? ` — ${job.notes.split('\n').join('; ')}` : '';
        return `${index + 1}. ${job.title} — ${job.company} · ${job.status} since ${since}${notes} [${job.job_id}]`;
      });
      const plural = saved.length === 1 ? '' : 's';
      const at = args.company ? ` at ${args.company}` : '';
      const heading =
        args.company && !args.status
          ? `${saved.length} saved job${plural}${at}`
          : args.status === 'applied'
          ? `${saved.length} job${plural}${at} you applied to, each at its stage now`
          : args.status
            ? `${saved.length} job${plural}${at} marked ${args.status}`
            : `${saved.length} saved job${plural}`;
      const ids = saved.map((job) => job.job_id).slice(0, 50);
      return {
        ok: true,
        summary: `${heading}:\n${lines.join('\n')}`,
        data: { count: saved.length, job_ids: ids },
        references: { [JOB_REFERENCES.lastResults]: ids.join(',') },
      };
    },
  });
