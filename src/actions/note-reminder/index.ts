import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { changeReminder } from '../../career/reminders/change-reminder.ts';
import { reminderInWords } from '../../career/reminders/reminder-in-words.ts';
import { resolveReminder } from '../../career/reminders/resolve-reminder.ts';
import { JobpilotError } from '../../errors.ts';
import { REMINDER_REFERENCE } from '../arguments/reminder-reference.ts';
import { noteReminderArgs } from './args.ts';
import { noteReminderPhrasing } from './phrasing.ts';
import { jobInWords, recordTrackerChange } from '../../career/changes/record-change.ts';
import { JOB_REFERENCES, resolveJob } from '../../career/jobs/resolve-job.ts';
import type { ActionContext, ActionResult } from '../action.ts';

/**
 * `note_reminder`: a detail told about an interview or follow-up ("the HSE one is in Cork",
 * "it's on Zoom") kept with its reminder: added to its note, which its calendar event
 * describes (the feed's copy is replaced, same event).
 *
 * @example
 * registry line: makeNoteReminderAction(dependencies)
 */
export const makeNoteReminderAction = (dependencies: Pick<CareerDependencies, 'reminders' | 'now' | 'timeZone'> & Partial<Pick<CareerDependencies, 'jobs' | 'saved' | 'changes'>>) =>
  defineAction({
    name: 'note_reminder',
    description: 'Keep a detail with a reminder ("the HSE interview is in Cork", "it\'s on Zoom"): where, how, what to bring; it is added to its note and its calendar event.',
    args: noteReminderArgs,
    phrasing: noteReminderPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const resolved = await resolveReminder(args.reminder, { reminders: dependencies.reminders, references: context.references ?? {}, now: dependencies.now() });
      if (!resolved.ok) {
        // "add a note to the Vancouver one: recruiter is Priya" with no reminder of Vancouver to come, about a saved job:
        // the note is the job's, kept in the tracker (regression, trial s48 #46: it failed, "No reminder … matches").
        const onJob = await noteOnSavedJob(dependencies, args, context);
        return onJob ?? { ok: false, summary: resolved.error };
      }
      const before = resolved.reminder;
      const detail = args.note.trim().replace(/[.!]+$/, '');
      // A detail told twice is kept once; a new one is added after the ones before.
      const had = before.note.trim();
      const note = had.toLowerCase().includes(detail.toLowerCase()) ? had : had ? `${had}; ${detail}` : detail;
      try {
        const { reminder } = await changeReminder(dependencies, before.id, { note });
        return {
          ok: true,
          summary: `Noted on ${reminderInWords(reminder)}: ${note}. Its calendar event says so too.`,
          data: { reminder_id: reminder.id, note },
          references: { [REMINDER_REFERENCE]: reminder.id },
        };
      } catch (error) {
        if (error instanceof JobpilotError && (error.code === 'REMINDER_CANCELLED' || error.code === 'REMINDER_NOT_FOUND')) return { ok: false, summary: error.message };
        throw error;
      }
    },
  });

/**
 * The note kept with the saved job the words name, when they name one the person saved or tracks: added after its
 * notes (undoable, as every tracker change). Undefined when no saved job is named, so the reminder's answer stands.
 */
async function noteOnSavedJob(
  dependencies: Partial<Pick<CareerDependencies, 'jobs' | 'saved' | 'changes'>>,
  args: { reminder: string; note: string },
  context: ActionContext,
): Promise<ActionResult | undefined> {
  const { jobs, saved } = dependencies;
  if (!jobs || !saved || /^(?:it|that|this|the\s+(?:first|second|third|last|next)(?:\s+one)?)$/i.test(args.reminder.trim())) return undefined;
  const resolved = await resolveJob(args.reminder, { references: context.references ?? {}, jobs, saved });
  if (!resolved.ok) return undefined;
  const { job } = resolved;
  const before = await saved.get(job.id);
  if (!before) return undefined;
  const detail = args.note.trim().replace(/[.!]+$/, '');
  if (before.notes.toLowerCase().includes(detail.toLowerCase())) {
    return { ok: true, summary: `"${job.title}" at ${job.company} already has that note: ${detail} [${job.id}].`, data: { job_id: job.id, notes: before.notes }, references: { [JOB_REFERENCES.lastJob]: job.id } };
  }
  const { saved: after } = await saved.save(job.id, detail);
  if (dependencies.changes) await recordTrackerChange({ changes: dependencies.changes }, context, { job, before, after, description: `noted on ${jobInWords(job)}: ${detail}` });
  return {
    ok: true,
    summary: `Noted on your saved job "${job.title}" at ${job.company} (${after.status}): ${detail} [${job.id}]. No reminder of it was to come, so the note is the job's.`,
    data: { job_id: job.id, notes: after.notes },
    references: { [JOB_REFERENCES.lastJob]: job.id },
  };
}
