import type { AlertRecord } from '../../db/repositories/alerts.ts';
import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import { JobpilotError } from '../../errors.ts';
import type { SavedJob } from '../../db/repositories/saved-jobs.ts';
import { reminderInWords } from '../reminders/reminder-in-words.ts';
import type { UndoableChange } from '../../db/repositories/undoable-changes.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { jobInWords } from './record-change.ts';

/** What an undo did, in words, and what it touched. */
export type UndoOutcome =
  | { ok: true; summary: string; undone: UndoableChange; jobId?: string; resumeId?: string; documentId?: string; reminderId?: string; alertId?: string }
  | { ok: false; summary: string; undone?: UndoableChange };

type Dependencies = Pick<CareerDependencies, 'changes' | 'saved' | 'resumes' | 'jobs'> & Partial<Pick<CareerDependencies, 'documents' | 'reminders' | 'now' | 'alerts'>>;

/**
 * Undoes the newest change this conversation made to the saved jobs (save, unsave, status
 * change), to a reminder (set: cancelled; moved: back to its time; cancelled: pending again), to the active resume (`use_resume`, an import that activated a new version) or to
 * a letter (a revision: the version it was made from is the letter in play again; both stay
 * stored) that is not undone yet; undoing again takes the change before it, until none is left.
 * When something else changed the same thing since (another conversation, the CLI), that
 * change is left alone, said so, and passed over, so the next undo reaches the one before.
 *
 * @example
 * const outcome = await undoLastChange(dependencies, context);
 * outcome.summary; // 'Undid your last change (saved "SRE" at Monzo): it is no longer on your saved list.'
 */
export async function undoLastChange(dependencies: Dependencies, context: Pick<CareerCallContext, 'threadId'>): Promise<UndoOutcome> {
  const change = context.threadId ? await dependencies.changes.latest(context.threadId) : null;
  if (!change) {
    return {
      ok: false,
      summary:
        'There is nothing left to undo in this conversation: I can undo saving, removing or re-marking a saved job, setting, moving or cancelling a reminder, deleting, pausing, resuming or changing an alert, switching or importing the active resume, and revising a letter.',
    };
  }
  if (change.kind === 'document' && typeof change.before === 'string') {
    const restored = await earlierVersion(dependencies, change);
    if (restored) return restored;
  }
  if (change.kind === 'document' || change.kind === 'resume_content') return keptChange(dependencies, change, context.threadId as string);
  const outcome =
    change.kind === 'saved_job'
      ? await undoTrackerChange(dependencies, change, context.threadId as string)
      : change.kind === 'reminder'
        ? await undoReminderChange(dependencies, change, context.threadId as string)
        : change.kind === 'alert'
          ? await undoAlertChange(dependencies, change)
          : await undoResumeChange(dependencies, change);
  await dependencies.changes.markUndone(change.id);
  return outcome;
}

/**
 * The last change was one undo cannot reverse: said so, nothing else changed. It is passed
 * over, so another undo reaches the change before it (named, so the person can choose).
 */
async function keptChange(dependencies: Dependencies, change: UndoableChange, threadId: string): Promise<UndoOutcome> {
  await dependencies.changes.markUndone(change.id);
  const kept =
    change.kind === 'document'
      ? typeof change.before === 'string'
        ? `the earlier version [${change.before}] is still kept beside it, and jobpilot does not delete documents`
        : 'jobpilot keeps the documents it writes and does not delete them'
      : 'a correction stays as made; say the right value to correct it again';
  const earlier = await dependencies.changes.latest(threadId);
  const next = earlier ? ` Say "undo" again to undo the change before it (${earlier.description}).` : '';
  return { ok: false, undone: change, summary: `I can't undo your last change (${change.description}): ${kept}. I changed nothing else.${next}` };
}

/**
 * A revision undone: the version it was made from is the letter in play again ("make it
 * shorter", then "undo that"), with its text; the revision stays stored, as every document
 * does. Undefined when the earlier version is gone (then it is a change that stays).
 */
async function earlierVersion(dependencies: Dependencies, change: UndoableChange): Promise<UndoOutcome | undefined> {
  const earlier = dependencies.documents ? await dependencies.documents.get(String(change.before)) : null;
  if (!earlier) return undefined;
  await dependencies.changes.markUndone(change.id);
  return {
    ok: true,
    undone: change,
    documentId: earlier.id,
    ...(earlier.job_id ? { jobId: earlier.job_id } : {}),
    summary: `Undid your last change (${change.description}): the earlier version "${earlier.title}" [${earlier.id}] is your letter again; the newer one [${change.subject}] stays stored.\n\n${earlier.content}`,
  };
}

async function undoTrackerChange(dependencies: Dependencies, change: UndoableChange, threadId: string): Promise<UndoOutcome> {
  const before = change.before as SavedJob | null;
  const after = change.after as SavedJob | null;
  const current = await dependencies.saved.get(change.subject);
  const job = (await dependencies.jobs.get(change.subject)) ?? before ?? after;
  const named = job ? jobInWords(job) : change.subject;
  if (!sameEntry(current, after)) {
    const now = current ? `it is ${current.status} now` : 'it is no longer saved';
    return {
      ok: false,
      undone: change,
      summary: `I left your last change (${change.description}) as it is: ${named} changed since (${now}), so putting it back would undo that too.`,
    };
  }
  await dependencies.saved.restore(change.subject, before);
  const result = before
    ? `${named} is back on your saved list as ${before.status}${before.notes ? `, with your notes` : ''}`
    : `${named} is no longer on your saved list`;
  // Regression (session 41): a job removed, then put back by "undo", came back "applied", a status a misread turn had
  // set; nothing said that status was this conversation's doing, and undoable too. The job's change before is named.
  await dependencies.changes.markUndone(change.id);
  const earlier = await dependencies.changes.latest(threadId);
  const next =
    before && before.status !== 'saved' && earlier?.kind === 'saved_job' && earlier.subject === change.subject
      ? ` Its status came from an earlier change here (${earlier.description}): say "undo" again to take that back too.`
      : '';
  return { ok: true, undone: change, jobId: change.subject, summary: `Undid your last change (${change.description}): ${result}.${next}` };
}

/**
 * A reminder put back as it was before the change: one just set is cancelled (the calendar
 * drops it), a moved one goes back to its time, a cancelled one is pending again. Left alone
 * when something changed it since (its calendar SEQUENCE moved on).
 */
async function undoReminderChange(dependencies: Dependencies, change: UndoableChange, threadId: string): Promise<UndoOutcome> {
  const before = change.before as ReminderRecord | null;
  const after = change.after as ReminderRecord;
  const current = dependencies.reminders ? await dependencies.reminders.get(change.subject) : null;
  if (!dependencies.reminders || !current) return { ok: false, undone: change, summary: `I can't undo your last change (${change.description}): the reminder is gone.` };
  if (current.sequence !== after.sequence) {
    return { ok: false, undone: change, summary: `I left your last change (${change.description}) as it is: the reminder changed since (${reminderInWords(current)}).` };
  }
  const now = dependencies.now?.() ?? new Date();
  let result: string;
  if (!before) {
    await dependencies.reminders.cancel(current.id, now);
    result = `the reminder "${current.title}" is cancelled, and your calendar feed drops it`;
  } else if (!before.cancelled_at && after.cancelled_at) {
    const restored = await dependencies.reminders.restore(current.id);
    result = `the reminder is back: ${reminderInWords(restored ?? current)}`;
  } else {
    const moved = await dependencies.reminders.update(
      current.id,
      { title: before.title, note: before.note, when: { dueAt: new Date(before.due_at), allDay: before.all_day, remindAt: new Date(before.remind_at), said: before.said } },
      now,
    );
    result = `the reminder is back at its time: ${reminderInWords(typeof moved === 'object' && moved ? moved : current)}`;
  }
  // Setting an interview also moved its job on the tracker: named, for another undo to take back.
  const earlier = await dependencies.changes.latest(threadId);
  const next = earlier && !before ? ` Say "undo" again to undo the change before it (${earlier.description}).` : '';
  return { ok: true, undone: change, reminderId: current.id, summary: `Undid your last change (${change.description}): ${result}.${next}` };
}

/**
 * An alert put back as it was before the change: a deleted one comes back under its own id
 * (its earlier runs went with it, so its next run may tell openings again), a paused, resumed
 * or changed one gets its search, schedule and state back. Left alone when something changed
 * it since, or when another alert has its search by now.
 */
async function undoAlertChange(dependencies: Dependencies, change: UndoableChange): Promise<UndoOutcome> {
  const before = change.before as AlertRecord;
  const after = change.after as AlertRecord | null;
  if (!dependencies.alerts) return { ok: false, undone: change, summary: `I can't undo your last change (${change.description}): alerts are not available here.` };
  const current = await dependencies.alerts.list().then((alerts) => alerts.find((alert) => alert.id === before.id) ?? null);
  const changedSince = after ? !current || !sameAlert(current, after) : current !== null;
  if (changedSince) {
    const now = current ? `it is ${current.name}${current.paused ? ', paused' : ''} now` : 'it was deleted since';
    return { ok: false, undone: change, summary: `I left your last change (${change.description}) as it is: the alert changed since (${now}).` };
  }
  try {
    const restored = await dependencies.alerts.restore(before);
    const state = restored.paused ? 'paused, as it was' : 'on, as it was';
    return { ok: true, undone: change, alertId: restored.id, summary: `Undid your last change (${change.description}): the alert for ${restored.name} [${restored.id}] is back, ${state}.` };
  } catch (error) {
    if (error instanceof JobpilotError && error.code === 'ALERT_EXISTS') return { ok: false, undone: change, summary: `I can't undo your last change (${change.description}): ${error.message}` };
    throw error;
  }
}

async function undoResumeChange(dependencies: Dependencies, change: UndoableChange): Promise<UndoOutcome> {
  const before = typeof change.before === 'string' ? change.before : null;
  const active = await dependencies.resumes.active();
  if (active?.id !== change.after) {
    return {
      ok: false,
      undone: change,
      summary: `I left your last change (${change.description}) as it is: the active resume changed since${active ? ` (it is "${active.label}" now)` : ''}.`,
    };
  }
  const previous = before ? await dependencies.resumes.get(before) : null;
  if (!previous) {
    return {
      ok: false,
      undone: change,
      summary: `I can't undo your last change (${change.description}): there was no other resume before it${before ? ' that is still stored' : ''}, so it stays the active one.`,
    };
  }
  await dependencies.resumes.choose(previous.id);
  const kept = active && active.id !== previous.id ? ` "${active.label}" [${active.id}] stays stored; say "use my ${active.label} resume" to switch back.` : '';
  return {
    ok: true,
    undone: change,
    resumeId: previous.id,
    summary: `Undid your last change (${change.description}): "${previous.label}" [${previous.id}] is the active resume again.${kept}`,
  };
}

/** Whether an alert is still what the change left: its search, schedule, state and last change alike. */
function sameAlert(current: AlertRecord, after: AlertRecord): boolean {
  const fields = ['query', 'location', 'remote', 'company', 'min_fit', 'min_salary', 'schedule', 'time_zone', 'paused'] as const;
  return fields.every((field) => current[field] === after[field]) && new Date(current.updated_at).getTime() === new Date(after.updated_at).getTime();
}

/** Whether the tracker entry is still what the change left (nothing changed it since). */
function sameEntry(current: SavedJob | null, after: SavedJob | null): boolean {
  if (!current || !after) return current === after;
  return current.status === after.status && current.notes === after.notes && current.updated_at === after.updated_at && current.history.length === after.history.length;
}
