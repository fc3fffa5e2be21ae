import type { CareerDependencies } from '../career/career-dependencies.ts';

/**
 * Dependencies for a registry that only plans, as the eval does: the planners read names,
 * schemas and phrasing, never a handler, so every call here is a bug and throws saying which.
 *
 * @example
 * const registry = createActions(planningOnlyDependencies());
 */
export function planningOnlyDependencies(): CareerDependencies {
  const refuse = (name: string) => (): never => {
    throw new Error(`Only planning was expected, yet an action called ${name}.`);
  };
  return {
    jobs: {
      upsert: refuse('jobs.upsert'),
      search: refuse('jobs.search'),
      searchWithForms: refuse('jobs.searchWithForms'),
      storePrepared: refuse('jobs.storePrepared'),
      get: refuse('jobs.get'),
      getMany: refuse('jobs.getMany'),
      freshness: refuse('jobs.freshness'),
    },
    saved: {
      get: refuse('saved.get'),
      save: refuse('saved.save'),
      setStatus: refuse('saved.setStatus'),
      remove: refuse('saved.remove'),
      restore: refuse('saved.restore'),
      list: refuse('saved.list'),
    },
    resumes: {
      add: refuse('resumes.add'),
      get: refuse('resumes.get'),
      active: refuse('resumes.active'),
      labels: refuse('resumes.labels'),
      correctedVersions: refuse('resumes.correctedVersions'),
      list: refuse('resumes.list'),
      choose: refuse('resumes.choose'),
      correct: refuse('resumes.correct'),
      remove: refuse('resumes.remove'),
    },
    documents: {
      add: refuse('documents.add'),
      get: refuse('documents.get'),
      list: refuse('documents.list'),
    },
    changes: {
      record: refuse('changes.record'),
      latest: refuse('changes.latest'),
      markUndone: refuse('changes.markUndone'),
    },
    reminders: {
      get: refuse('reminders.get'),
      add: refuse('reminders.add'),
      list: refuse('reminders.list'),
      cancel: refuse('reminders.cancel'),
      restore: refuse('reminders.restore'),
      update: refuse('reminders.update'),
      due: refuse('reminders.due'),
    },
    now: refuse('now'),
    timeZone: 'UTC',
    searchJobs: refuse('searchJobs'),
    writer: { provider: 'openai', model: 'none', label: 'no model (planning only)', stream: refuse('writer.stream') },
    recordUsage: refuse('recordUsage'),
  };
}
