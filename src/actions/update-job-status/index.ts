import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { jobInWords, recordTrackerChange } from '../../career/changes/record-change.ts';
import { JOB_REFERENCES, resolveJob } from '../../career/jobs/resolve-job.ts';
import { readPastDay } from '../../time/past-day.ts';
import { dayIn, instantOfWallTime } from '../../time/time-zone.ts';
import { updateJobStatusArgs } from './args.ts';
import { updateJobStatusPhrasing } from './phrasing.ts';

/**
 * `update_job_status`: moves a job through the pipeline (saving it first if needed);
 * every change is kept as a dated event.
 *
 * @example
 * registry line: makeUpdateJobStatusAction(dependencies)
 */
export const makeUpdateJobStatusAction = (dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'changes' | 'now' | 'timeZone'>) =>
  defineAction({
    name: 'update_job_status',
    description: 'Change where a job stands: saved, applied, interviewing, offer, rejected or withdrawn.',
    args: updateJobStatusArgs,
    phrasing: updateJobStatusPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const resolved = await resolveJob(args.job, { references: context.references ?? {}, ...dependencies });
      if (!resolved.ok) return { ok: false, summary: resolved.error, ...(resolved.references ? { references: resolved.references } : {}) };
      const { job } = resolved;
      const before = await dependencies.saved.get(job.id);
      if (before?.status === args.status && !args.note?.trim()) {
        // "I accepted the Acme offer!" about a job already at offer: news, but no new stage, so no second event.
        const at = reachedOn(before.history, args.status);
        return {
          ok: true,
          summary: `"${job.title}" at ${job.company} is already marked as ${args.status}${at ? ` (since ${dayIn(new Date(at), dependencies.timeZone)})` : ''}; nothing changed [${job.id}].`,
          data: { job_id: job.id, status: args.status, previous: before.status, changed: false },
          references: { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' },
        };
      }
      // "i applied yesterday": the event is dated that day (noon there); a day not read is said, and dated today.
      const now = dependencies.now();
      const today = dayIn(now, dependencies.timeZone);
      const day = args.on ? readPastDay(args.on, { now, timeZone: dependencies.timeZone }) : null;
      const at = day && day !== today ? instantOfWallTime({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), hour: 12, minute: 0 }, dependencies.timeZone) : undefined;
      const unread = args.on && !day ? ` I dated it today: I couldn't read "${args.on}" as a day that has passed.` : '';
      const { saved, previous } = await dependencies.saved.setStatus(job.id, args.status, args.note?.trim() ?? '', at);
      const was = previous && previous !== args.status ? ` (was ${previous})` : '';
      await recordTrackerChange(dependencies, context, { job, before, after: saved, description: `marked ${jobInWords(job)} as ${args.status}${was}` });
      // The person's day, not UTC's: at 20:15 in Toronto it is still the 5th there.
      const changedAt = saved.history.at(-1)?.at;
      const when = dayIn(changedAt ? new Date(changedAt) : dependencies.now(), dependencies.timeZone);
      const from = previous && previous !== args.status ? ` (was ${previous})` : previous ? '' : ' (saved it too)';
      return {
        ok: true,
        summary: `Marked "${job.title}" at ${job.company} as ${args.status} on ${when}${from} [${job.id}].${unread}`,
        data: { job_id: job.id, status: args.status, previous },
        references: { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' },
      };
    },
  });

/** When a job reached the stage it is at: the first of the dated events that end its history at that stage. */
function reachedOn(history: ReadonlyArray<{ status: string; at: string }>, status: string): string | undefined {
  let at: string | undefined;
  for (let index = history.length - 1; index >= 0 && history[index]?.status === status; index--) at = history[index]?.at;
  return at;
}
