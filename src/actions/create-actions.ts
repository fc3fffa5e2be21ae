import type { ActionDefinition } from './action.ts';
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
import { makeCreateInterviewPrepAction } from './create-interview-prep/index.ts';
import { makeExportDocumentAction } from './export-document/index.ts';
import { makeListDocumentsAction } from './list-documents/index.ts';
import { makeWriteCoverLetterAction } from './write-cover-letter/index.ts';
import { findJobUrlWith } from './open-website/find-job-url.ts';
import { makeOpenWebsiteAction } from './open-website/index.ts';
import { openApp } from './open-app/index.ts';
import { takeScreenshot } from './take-screenshot/index.ts';

/**
 * Every action of a running service, built from its dependencies: the desktop actions
 * (`open_website` can open a job's posting by reference) and the career actions. Adding
 * one is one folder plus one line here.
 *
 * @example
 * const registry = new ActionRegistry(allActions(dependencies));
 */
export const allActions = (dependencies: CareerDependencies): ActionDefinition[] => [
  makeOpenWebsiteAction({ findJobUrl: findJobUrlWith(dependencies) }) as unknown as ActionDefinition,
  openApp as unknown as ActionDefinition,
  takeScreenshot as unknown as ActionDefinition,
  ...careerActions(dependencies),
];

/** The career actions alone (jobs, resumes, documents). */
export const careerActions = (dependencies: CareerDependencies): ActionDefinition[] =>
  [
    makeSearchJobsAction(dependencies),
    makeShowJobAction(dependencies),
    makeSaveJobAction(dependencies),
    makeListSavedJobsAction(dependencies),
    makeUpdateJobStatusAction(dependencies),
    makeImportResumeAction(dependencies),
    makeShowResumeAction(dependencies),
    makeUseResumeAction(dependencies),
    makeAnalyzeMatchAction(dependencies),
    makeOptimizeResumeAction(dependencies),
    makeWriteCoverLetterAction(dependencies),
    makeCreateInterviewPrepAction(dependencies),
    makeListDocumentsAction(dependencies),
    makeExportDocumentAction(dependencies),
  ] as unknown as ActionDefinition[];
