import type { ActionDefinition } from './action.ts';
import { ActionRegistry } from './action-registry.ts';
import type { CareerDependencies } from '../career/career-dependencies.ts';
import { makeListSavedJobsAction } from './list-saved-jobs/index.ts';
import { makeSaveJobAction } from './save-job/index.ts';
import { makeSearchJobsAction } from './search-jobs/index.ts';
import { makeShowJobAction } from './show-job/index.ts';
import { makeUpdateJobStatusAction } from './update-job-status/index.ts';
import { makeAnalyzeMatchAction } from './analyze-match/index.ts';
import { makeImportResumeAction } from './import-resume/index.ts';
import { makeOptimizeResumeAction } from './optimize-resume/index.ts';
import { makeShowResumeAction } from './show-resume/index.ts';
import { makeUseResumeAction } from './use-resume/index.ts';
import { makeCorrectResumeAction } from './correct-resume/index.ts';
import { makeCreateInterviewPrepAction } from './create-interview-prep/index.ts';
import { makeExportDocumentAction } from './export-document/index.ts';
import { makeListDocumentsAction } from './list-documents/index.ts';
import { makeWriteCoverLetterAction } from './write-cover-letter/index.ts';
import { makeReviseCoverLetterAction } from './revise-cover-letter/index.ts';
import { makeUnsaveJobAction } from './unsave-job/index.ts';
import { makeUndoAction } from './undo/index.ts';
import { makeSetReminderAction } from './set-reminder/index.ts';
import { makeListRemindersAction } from './list-reminders/index.ts';
import { makeNoteReminderAction } from './note-reminder/index.ts';
import { makeCancelReminderAction } from './cancel-reminder/index.ts';
import { makeCompareJobsAction } from './compare-jobs/index.ts';
import { makeAnswerAboutJobAction } from './answer-about-job/index.ts';
import { findJobUrlWith } from './open-website/find-job-url.ts';
import { makeOpenWebsiteAction } from './open-website/index.ts';
import { openApp } from './open-app/index.ts';
import { takeScreenshot } from './take-screenshot/index.ts';
import { makeCreateAlertAction } from './create-alert/index.ts';
import { makeChangeAlertAction } from './change-alert/index.ts';
import { makeListAlertsAction } from './list-alerts/index.ts';
import { makeWhatsNewAction } from './whats-new/index.ts';

/**
 * The registry of every action, built from its dependencies: the one way the service, the
 * eval, the benchmarks and the tests get their actions (tests pass fake dependencies, the
 * eval `planningOnlyDependencies()`). Adding an action is one folder under `src/actions/`
 * plus one line in this list.
 *
 * @example
 * const registry = createActions(career);
 * registry.get('search_jobs');
 */
export const createActions = (dependencies: CareerDependencies): ActionRegistry =>
  new ActionRegistry(
    [
      makeOpenWebsiteAction({ findJobUrl: findJobUrlWith(dependencies) }),
      openApp,
      takeScreenshot,
      makeSearchJobsAction(dependencies),
      makeShowJobAction(dependencies),
      makeSaveJobAction(dependencies),
      makeUnsaveJobAction(dependencies),
      makeListSavedJobsAction(dependencies),
      makeUpdateJobStatusAction(dependencies),
      makeCompareJobsAction(dependencies),
      makeAnswerAboutJobAction(dependencies),
      makeImportResumeAction(dependencies),
      makeShowResumeAction(dependencies),
      makeUseResumeAction(dependencies),
      makeCorrectResumeAction(dependencies),
      makeAnalyzeMatchAction(dependencies),
      makeOptimizeResumeAction(dependencies),
      makeWriteCoverLetterAction(dependencies),
      makeReviseCoverLetterAction(dependencies),
      makeCreateInterviewPrepAction(dependencies),
      makeListDocumentsAction(dependencies),
      makeExportDocumentAction(dependencies),
      makeUndoAction(dependencies),
      makeCreateAlertAction(dependencies),
      makeChangeAlertAction(dependencies),
      makeListAlertsAction(dependencies),
      makeWhatsNewAction(dependencies),
      makeSetReminderAction(dependencies),
      makeListRemindersAction(dependencies),
      makeCancelReminderAction(dependencies),
      makeNoteReminderAction(dependencies),
    ] as unknown as ActionDefinition[],
  );
