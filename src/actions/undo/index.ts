import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { undoLastChange } from '../../career/changes/undo-last-change.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import { RESUME_REFERENCE } from '../../career/resumes/resolve-resume.ts';
import { DOCUMENT_REFERENCE } from '../../career/writing/resolve-document.ts';
import { REMINDER_REFERENCE } from '../arguments/reminder-reference.ts';
import { ALERT_REFERENCE } from '../arguments/alert-reference.ts';
import { undoArgs } from './args.ts';
import { undoPhrasing } from './phrasing.ts';

/**
 * `undo`: puts back the newest change this conversation made to the saved jobs (save,
 * unsave, status change), a reminder (set, moved, cancelled), an alert (deleted, paused, resumed, changed) or the active resume (use_resume, an import). Each undo takes
 * one change further back, until none is left; an undo is not itself undone.
 *
 * @example
 * registry line: makeUndoAction(dependencies)
 */
export const makeUndoAction = (
  dependencies: Pick<CareerDependencies, 'changes' | 'saved' | 'resumes' | 'jobs'> & Partial<Pick<CareerDependencies, 'documents' | 'reminders' | 'now' | 'alerts'>>,
) =>
  defineAction({
    name: 'undo',
    description:
      'Undo the last change this conversation made to the saved jobs (save, remove, status change), to a reminder (set, moved, cancelled), to an alert (deleted, paused, resumed, changed: a deleted alert comes back), to the active resume (switch, import) or to a letter (a revision: the earlier version is the letter again); again to go one change further back. When the last change cannot be undone (a new letter written, a resume corrected), it says so and changes nothing.',
    args: undoArgs,
    phrasing: undoPhrasing,
    approval: () => 'auto',
    async run(_args, context) {
      const outcome = await undoLastChange(dependencies, context);
      const references = {
        ...(outcome.ok && outcome.jobId ? { [JOB_REFERENCES.lastJob]: outcome.jobId, [JOB_REFERENCES.missed]: '' } : {}),
        ...(outcome.ok && outcome.resumeId ? { [RESUME_REFERENCE]: outcome.resumeId } : {}),
        ...(outcome.ok && outcome.documentId ? { [DOCUMENT_REFERENCE]: outcome.documentId } : {}),
        ...(outcome.ok && outcome.reminderId ? { [REMINDER_REFERENCE]: outcome.reminderId } : {}),
        ...(outcome.ok && outcome.alertId ? { [ALERT_REFERENCE]: outcome.alertId } : {}),
      };
      return {
        ok: outcome.ok,
        summary: outcome.summary,
        data: { undone: outcome.undone?.description ?? null, kind: outcome.undone?.kind ?? null },
        ...(Object.keys(references).length > 0 ? { references } : {}),
      };
    },
  });
