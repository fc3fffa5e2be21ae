import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { jobInWords, recordTrackerChange } from '../../career/changes/record-change.ts';
import { JOB_REFERENCES, resolveJob } from '../../career/jobs/resolve-job.ts';
import { readPastDay } from '../../time/past-day.ts';
import { reminderInWords } from '../../career/reminders/reminder-in-words.ts';
import { REMINDER_LIST_REFERENCE, REMINDER_REFERENCE } from '../arguments/reminder-reference.ts';
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
export const makeUpdateJobStatusAction = (dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'changes' | 'reminders' | 'now' | 'timeZone'>) =>
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
      const pending = endedStatuses.has(args.status) ? await pendingReminders(dependencies, job.id) : { said: '', references: {} };
      return {
        ok: true,
        summary: `Marked "${job.title}" at ${job.company} as ${args.status} on ${when}${from} [${job.id}].${unread}${pending.said}`,
        data: { job_id: job.id, status: args.status, previous },
        references: { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '', ...pending.references },
      };
    },
  });

/** When a job reached the stage it is at: the first of the dated events that end its history at that stage. */
function reachedOn(history: ReadonlyArray<{ status: string; at: string }>, status: string): string | undefined {
  let at: string | undefined;
  for (let index = history.length - 1; index >= 0 && history[index]?.status === status; index--) at = history[index]?.at;
  return at;
}

/** The stages after which a job's reminders are likely not wanted any more. */
const endedStatuses: ReadonlySet<string> = new Set(['rejected', 'withdrawn']);

/**
 * A job's reminders still to come, said after it was marked rejected or withdrawn, so "cancel it" drops the one left
 * (regression, trial s42 #59: the interview reminder of a rejected job stayed pending, unmentioned).
 */
async function pendingReminders(dependencies: Pick<CareerDependencies, 'reminders' | 'now'>, jobId: string): Promise<{ said: string; references: Record<string, string> }> {
  // (A whole-day reminder of today is still to come: from a day back, as the list reads them.)
  const from = new Date(dependencies.now().getTime() - 24 * 3600_000);
  const pending = (await dependencies.reminders.list({ from, jobId })).filter((reminder) => reminder.all_day || new Date(reminder.due_at) >= dependencies.now());
  const [only] = pending;
  if (!only) return { said: '', references: {} };
  if (pending.length === 1) return { said: ` You still have a reminder for it: ${reminderInWords(only)}; say "cancel it" to drop it.`, references: { [REMINDER_REFERENCE]: only.id } };
  return {
    // (A list of its own lines: "cancel the second one" then counts in it.)
    said: `\nYou still have ${pending.length} reminders for it:\n${pending.slice(0, 50).map((reminder, at) => `${at + 1}. ${reminderInWords(reminder)}`).join('\n')}\nSay "cancel the first one" (or the second…) to drop one.`,
    references: { [REMINDER_LIST_REFERENCE]: pending.slice(0, 50).map((reminder) => reminder.id).join(',') },
  };
}
