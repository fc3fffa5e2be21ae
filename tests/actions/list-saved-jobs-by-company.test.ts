import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

// Session 48 (issue 14): "status of my Brenner applications" lists the tracker's jobs at that company only.
const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', threadId: 'thread-company', references: {} };

const posting = (id: string, title: string, company: string): JobRecord =>
  jobRecord(id, {
    title,
    company,
    location: 'Munich',
    remote: false,
    description: `${title} at ${company}.`,
    first_seen_at: '2026-12-01T00:00:00.000Z',
    last_seen_at: '2026-12-01T00:00:00.000Z',
  });

async function tracker() {
  const jobs = [posting('b0b0b0b0b0b1', 'Logistics Planner', 'Brenner Logistik GmbH'), posting('b0b0b0b0b0b2', 'Warehouse Lead', 'Brenner Logistik GmbH'), posting('c0c0c0c0c0c1', 'Buyer', 'Corvid AG')];
  const actions = createActions(fakeCareerDependencies({}, { jobs }));
  const run = (name: string, args: Record<string, unknown>) => actions.get(name)?.run(args as never, context);
  for (const job of jobs) await run('save_job', { job: job.id });
  await run('update_job_status', { job: 'b0b0b0b0b0b1', status: 'applied' });
  await run('update_job_status', { job: 'c0c0c0c0c0c1', status: 'applied' });
  return run;
}

describe('the tracker at one company', () => {
  it('lists only the jobs at the company named, by part of its name', async () => {
    const run = await tracker();
    const listed = await run('list_saved_jobs', { company: 'brenner' });
    expect(listed?.summary).toMatch(/^2 saved jobs at brenner:/);
    expect(listed?.summary).toContain('Logistics Planner — Brenner Logistik GmbH · applied');
    expect(listed?.summary).toContain('Warehouse Lead — Brenner Logistik GmbH · saved');
    expect(listed?.summary).not.toContain('Corvid');
  });

  it('with a status too, only that stage at that company', async () => {
    const run = await tracker();
    const listed = await run('list_saved_jobs', { company: 'Brenner', status: 'applied' });
    expect(listed?.summary).toMatch(/^1 job at Brenner you applied to/);
    expect(listed?.summary).not.toContain('Warehouse Lead');
  });

  it('says plainly when no tracked job is at that company, and how to see the others', async () => {
    const run = await tracker();
    const listed = await run('list_saved_jobs', { company: 'Kelvo' });
    expect(listed?.summary).toBe('No saved job is at Kelvo (3 others are: say "show my saved jobs" to see them).');
  });
});
