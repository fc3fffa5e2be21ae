import type { AlertRecord } from '../../db/repositories/alerts.ts';
import type { JobRecord } from '../../db/repositories/jobs.ts';
import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import type { ResumeRecord } from '../../db/repositories/resumes.ts';
import type { SavedJob } from '../../db/repositories/saved-jobs.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';

/** A job as a change describes it: `"SRE" at Monzo`. */
export const jobInWords = (job: Pick<JobRecord, 'title' | 'company'>): string => `"${job.title}" at ${job.company}`;

/**
 * Records a change a conversation made to a job's tracker entry (save, unsave, status),
 * with the entry before and after, so "undo" can put it back. Outside a conversation (no
 * thread) nothing is recorded.
 *
 * @example
 * await recordTrackerChange(dependencies, context, { job, before: null, after: saved, description: `saved ${jobInWords(job)}` });
 */
export async function recordTrackerChange(
  dependencies: Pick<CareerDependencies, 'changes'>,
  context: Pick<CareerCallContext, 'threadId'>,
  change: { job: Pick<JobRecord, 'id'>; before: SavedJob | null; after: SavedJob | null; description: string },
): Promise<void> {
  if (!context.threadId) return;
  await dependencies.changes.record(context.threadId, {
    kind: 'saved_job',
    subject: change.job.id,
    description: change.description,
    before: change.before,
    after: change.after,
  });
}

/**
 * Records that a conversation made another resume the active one (`use_resume`, or an
 * import, which activates the new version), with the one active before.
 *
 * @example
 * await recordResumeChange(dependencies, context, { before: previous?.id ?? null, after: stored, description: `switched to "${stored.label}"` });
 */
export async function recordResumeChange(
  dependencies: Pick<CareerDependencies, 'changes'>,
  context: Pick<CareerCallContext, 'threadId'>,
  change: { before: string | null; after: Pick<ResumeRecord, 'id'>; description: string },
): Promise<void> {
  if (!context.threadId || change.before === change.after.id) return;
  await dependencies.changes.record(context.threadId, {
    kind: 'active_resume',
    subject: change.after.id,
    description: change.description,
    before: change.before,
    after: change.after.id,
  });
}

/**
 * Records a change a conversation made to a reminder or an alert, with the row before (null when
 * it was just made) and after (null when deleted), so "undo" can put it back whole. Outside a
 * conversation nothing is recorded. The two kinds differ only in their name.
 *
 * @example
 * await recordRowChange('alert', dependencies, context, { before: alert, after: null, description: `deleted the alert for ${alert.name}` });
 */
export async function recordRowChange<Row extends { id: string }>(
  kind: 'reminder' | 'alert',
  dependencies: Partial<Pick<CareerDependencies, 'changes'>>,
  context: Pick<CareerCallContext, 'threadId'>,
  change: { before: Row | null; after: Row | null; description: string },
): Promise<void> {
  const row = change.after ?? change.before;
  if (!context.threadId || !dependencies.changes || !row) return;
  await dependencies.changes.record(context.threadId, { kind, subject: row.id, description: change.description, before: change.before, after: change.after });
}

/**
 * A reminder set (`before` null), moved or cancelled (`recordRowChange` of kind `reminder`).
 *
 * @example
 * await recordReminderChange(dependencies, context, { before, after: moved, description: `moved "${moved.title}"` });
 */
export const recordReminderChange = (
  dependencies: Partial<Pick<CareerDependencies, 'changes'>>,
  context: Pick<CareerCallContext, 'threadId'>,
  change: { before: ReminderRecord | null; after: ReminderRecord; description: string },
): Promise<void> => recordRowChange('reminder', dependencies, context, change);

/**
 * An alert deleted (`after` null), paused, resumed or changed (`recordRowChange` of kind `alert`).
 *
 * @example
 * await recordAlertChange(dependencies, context, { before: alert, after: null, description: `deleted the alert for ${alert.name}` });
 */
export const recordAlertChange = (
  dependencies: Partial<Pick<CareerDependencies, 'changes'>>,
  context: Pick<CareerCallContext, 'threadId'>,
  change: { before: AlertRecord; after: AlertRecord | null; description: string },
): Promise<void> => recordRowChange('alert', dependencies, context, change);

/**
 * Records a change a conversation made that "undo" cannot reverse: a document written or
 * revised (`before`: the document it was revised from), or a resume's content corrected. An
 * undo right after it says so and changes nothing else.
 *
 * @example
 * await recordKeptChange(dependencies, context, { kind: 'document', subject: letter.id, before: from.id, description: `wrote a shorter version of "${from.title}"` });
 */
export async function recordKeptChange(
  dependencies: Partial<Pick<CareerDependencies, 'changes'>>,
  context: Pick<CareerCallContext, 'threadId'>,
  change: { kind: 'document' | 'resume_content'; subject: string; before?: string | null; description: string },
): Promise<void> {
  if (!context.threadId || !dependencies.changes) return;
  await dependencies.changes.record(context.threadId, {
    kind: change.kind,
    subject: change.subject,
    description: change.description,
    before: change.before ?? null,
    after: change.subject,
  });
}
