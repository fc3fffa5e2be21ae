import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

const job = jobRecord;

const jobs = [
  job('b00000000001', { title: 'Game Designer', company: 'Velvetine', location: 'Montreal', salary: { min: 70000, max: 80000, currency: 'CAD', period: 'year' } }),
  job('b00000000002', { title: 'Level Designer', company: 'Oxbow Interactive', location: 'Helsinki, Finland', salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year' } }),
];

async function ask(args: Record<string, unknown>) {
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: { last_job_ids: jobs.map((entry) => entry.id).join(',') } };
  return (await createActions(fakeCareerDependencies({}, { jobs })).get('answer_about_job')?.run(args as never, context)) as ActionResult;
}

describe('answer_about_job', () => {
  it('finds a job told apart by where it is ("the helsinki one")', async () => {
    const answer = await ask({ job: 'the helsinki one', about: 'pay' });
    expect(answer.ok).toBe(true);
    expect(answer.summary).toContain('Oxbow Interactive');
  });
});
