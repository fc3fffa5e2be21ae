import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

const job = jobRecord;

const jobs = [
  job('a00000000001', { title: 'Data Engineer', company: 'Globex', salary: { min: 60, max: 70, currency: 'USD', period: 'hour' }, posted_at: '2026-11-20T00:00:00.000Z' }),
  job('a00000000002', { title: 'Backend Engineer', company: 'Initech', salary: { min: 120000, max: 130000, currency: 'USD', period: 'year' }, location: 'Remote, US' }),
  job('a00000000003', { title: 'SRE', company: 'Umbrella', remote: false, location: 'Austin', posted_at: '2026-11-20T00:00:00.000Z' }),
];
const references = { last_job_ids: jobs.map((entry) => entry.id).join(',') };

async function run(name: string, args: Record<string, unknown>, given: Record<string, string> = references, career = fakeCareerDependencies({}, { jobs })) {
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: given };
  return (await createActions(career).get(name)?.run(args as never, context)) as ActionResult;
}

describe('compare_jobs', () => {
  it('ranks pay by its yearly figure, so an hourly rate is weighed against salaries', async () => {
    const pay = await run('compare_jobs', { by: 'pay' });
    expect(pay.summary).toMatch(/^Data Engineer at Globex pays the most: \$60–70\/h\. SRE at Umbrella doesn't state its pay\./);
    expect(pay.references).toEqual({ last_job_id: 'a00000000001' });
  });

  it('names every job tied for newest and does not point "it" at one of them', async () => {
    const recent = await run('compare_jobs', { by: 'recent' });
    expect(recent.summary).toMatch(/^Data Engineer at Globex and SRE at Umbrella are the newest: posted .*2026-11-20.*Backend Engineer at Initech doesn't say when it was posted/);
    expect(recent.references).toBeUndefined();
  });

  it('reads "remote" from the location when the flag is not set', async () => {
    const remote = await run('compare_jobs', { by: 'remote' });
    expect(remote.summary).toBe(
      "1 of the 3 is remote: Backend Engineer at Initech. Not remote: SRE at Umbrella (Austin). Data Engineer at Globex doesn't say where the work is.",
    );
  });

  it('compares the saved jobs when the conversation has no results, and says so', async () => {
    const career = fakeCareerDependencies({}, { jobs });
    await career.saved.save('a00000000002');
    const pay = await run('compare_jobs', { by: 'pay' }, {}, career);
    expect(pay.summary).toMatch(/^There are no results in this conversation, so I compared your saved jobs\. Backend Engineer at Initech pays the most/);
    const nothing = await run('compare_jobs', { by: 'pay' }, {});
    expect(nothing).toMatchObject({ ok: false, summary: expect.stringMatching(/no job results in this conversation to compare/) });
  });

  it('says when no job states its pay', async () => {
    const pay = await run('compare_jobs', { by: 'pay' }, { last_job_ids: 'a00000000003' });
    expect(pay.summary).toBe("SRE at Umbrella doesn't state its pay, so I can't say which pays the most.");
  });
});

describe('answer_about_job', () => {
  it('answers from the posting, and says so when it does not say', async () => {
    expect((await run('answer_about_job', { job: 'first', about: 'pay' })).summary).toBe('Data Engineer at Globex pays $60–$70 an hour.');
    expect((await run('answer_about_job', { job: 'Umbrella', about: 'location' })).summary).toBe('SRE at Umbrella is in Austin.');
    expect((await run('answer_about_job', { job: 'Globex', about: 'remote' })).summary).toBe("It doesn't say whether Data Engineer at Globex is remote.");
    expect((await run('answer_about_job', { job: 'Initech', about: 'type' })).summary).toMatch(/^It doesn't say/);
    expect(await run('answer_about_job', { job: 'Hooli', about: 'pay' })).toMatchObject({ ok: false });
  });
});
