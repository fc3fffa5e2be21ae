import type { ActionDefinition } from './action.ts';
import type { CareerDependencies } from './career-dependencies.ts';
import { makeListSavedJobsAction } from './jobs/list-saved-jobs/index.ts';
import { makeSaveJobAction } from './jobs/save-job/index.ts';
import { makeSearchJobsAction } from './jobs/search-jobs/index.ts';
import { makeShowJobAction } from './jobs/show-job/index.ts';
import { makeUpdateJobStatusAction } from './jobs/update-job-status/index.ts';
import { makeAnalyzeMatchAction } from './resume/analyze-match/index.ts';
import { makeImportResumeAction } from './resume/import-resume/index.ts';
import { makeOptimizeResumeAction } from './resume/optimize-resume/index.ts';
import { makeShowResumeAction } from './resume/show-resume/index.ts';
import { makeUseResumeAction } from './resume/use-resume/index.ts';
import { makeCreateInterviewPrepAction } from './documents/create-interview-prep/index.ts';
import { makeExportDocumentAction } from './documents/export-document/index.ts';
import { makeListDocumentsAction } from './documents/list-documents/index.ts';
import { makeWriteCoverLetterAction } from './documents/write-cover-letter/index.ts';
import { findJobUrlWith } from './os/open-website/find-job-url.ts';
import { makeOpenWebsiteAction } from './os/open-website/index.ts';
import { openApp } from './os/open-app/index.ts';
import { takeScreenshot } from './os/take-screenshot/index.ts';

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
