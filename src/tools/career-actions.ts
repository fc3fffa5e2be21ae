import type { ActionDefinition } from './action.ts';
import type { CareerDependencies } from './career-dependencies.ts';
import { makeListSavedJobsAction } from './jobs/list-saved-jobs/index.ts';
import { makeSaveJobAction } from './jobs/save-job/index.ts';
import { makeSearchJobsAction } from './jobs/search-jobs/index.ts';
import { makeShowJobAction } from './jobs/show-job/index.ts';
import { makeUpdateJobStatusAction } from './jobs/update-job-status/index.ts';

/**
 * The career actions, built from their dependencies. Adding one is one folder plus one
 * line here.
 *
 * @example
 * const registry = new ActionRegistry([...builtinActions, ...careerActions(dependencies)]);
 */
export const careerActions = (dependencies: CareerDependencies): ActionDefinition[] =>
  [
    makeSearchJobsAction(dependencies),
    makeShowJobAction(dependencies),
    makeSaveJobAction(dependencies),
    makeListSavedJobsAction(dependencies),
    makeUpdateJobStatusAction(dependencies),
  ] as unknown as ActionDefinition[];
