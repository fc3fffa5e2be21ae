import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

// Session 42 (trial s42 #59, #66): a job's reminders after it ended, and "the next interview" alone.
const now = new Date('2026-12-07T10:00:00Z');
const inThread = (references: Record<string, string> = {}): ActionContext => ({ signal: new AbortController().signal, artifactsDir: '/nonexistent', threadId: 'thread-42c', references });
const job = (id: string, title: string, company: string): JobRecord => ({
  id, title, company, location: 'Porto, Portugal', remote: false, salary: null, employment_type: null, work_pattern: null, closes_on: null,
  posted_at: null, url: `https://${company.toLowerCase()}.example/jobs/1`, sources: [], tags: [], description: `${title} at ${company}.`,
  first_seen_at: '2026-12-01T00:00:00.000Z', last_seen_at: '2026-12-01T00:00:00.000Z',
});
const welder = job('a1a1a1a1a1a1', 'Pipe Welder', 'Ferrovia Norte');
const planner = job('b2b2b2b2b2b2', 'Maintenance Planner', 'Quinta Steel');

function world() {
  const career = fakeCareerDependencies({ now: () => now, timeZone: 'Europe/Lisbon' }, { jobs: [welder, planner] });
  const actions = createActions(career);
  const run = async (name: string, args: Record<string, unknown>, references: Record<string, string> = {}) => {
    const result = await actions.get(name)?.run(args as never, inThread(references));
    if (!result) throw new Error(`no action ${name}`);
    return result;
  };
  const remind = (about: 'interview' | 'follow_up' | 'other', when: string, jobId: string | null, title: string) =>
    career.reminders.add({ kind: about, title, jobId, dueAt: new Date(when), allDay: false, timeZone: 'Europe/Lisbon', remindAt: new Date(when), said: when });
  return { run, remind };
}

describe('a job marked rejected or withdrawn with reminders still to come (#59)', () => {
  it('names the one left and points "it" at it', async () => {
    const { run, remind } = world();
    await run('save_job', { job: welder.id });
    const reminder = await remind('interview', '2026-12-10T14:00:00Z', welder.id, 'Interview: Pipe Welder at Ferrovia Norte');
    const result = await run('update_job_status', { job: welder.id, status: 'withdrawn' });
    expect(result.summary).toMatch(/as withdrawn .* You still have a reminder for it: Interview: Pipe Welder at Ferrovia Norte, Thursday 10 Dec 2026, 14:00 .*; say "cancel it" to drop it\.$/);
    expect(result.references).toMatchObject({ last_reminder_id: reminder.id });
    expect((await run('cancel_reminder', { reminder: 'it' }, result.references)).ok).toBe(true);
  });

  it('lists several on their own lines, and says nothing when none is left or the job goes on', async () => {
    const { run, remind } = world();
    await remind('interview', '2026-12-10T14:00:00Z', planner.id, 'Interview: Maintenance Planner at Quinta Steel');
    await remind('follow_up', '2026-12-14T09:00:00Z', planner.id, 'Follow up with Quinta Steel');
    const rejected = await run('update_job_status', { job: planner.id, status: 'rejected' });
    expect(rejected.summary).toMatch(/\nYou still have 2 reminders for it:\n1\. Interview: Maintenance Planner.*\n2\. Follow up with Quinta Steel.*\nSay "cancel the first one"/);
    expect(rejected.references?.last_reminder_ids?.split(',')).toHaveLength(2);
    expect((await run('update_job_status', { job: planner.id, status: 'interviewing' })).summary).not.toMatch(/You still have/);
    expect((await run('update_job_status', { job: welder.id, status: 'rejected' })).summary).not.toMatch(/You still have/);
  });
});

describe('"what\'s my next interview?" (#66)', () => {
  it('answers the soonest interview alone, never the follow-ups before it', async () => {
    const { run, remind } = world();
    await remind('follow_up', '2026-12-08T09:00:00Z', planner.id, 'Follow up with Quinta Steel');
    await remind('other', '2026-12-09T09:00:00Z', null, 'Apply to Ferrovia Norte');
    await remind('interview', '2026-12-15T15:30:00Z', welder.id, 'Interview: Pipe Welder at Ferrovia Norte');
    await remind('interview', '2026-12-18T10:00:00Z', planner.id, 'Interview: Maintenance Planner at Quinta Steel');
    const next = await run('list_reminders', { next: true, kind: 'interview' });
    expect(next.summary).toMatch(/^Your next interview: Interview: Pipe Welder at Ferrovia Norte, Tuesday 15 Dec 2026, 15:30 .*\.$/);
    expect(next.summary).not.toMatch(/Quinta|Apply/);
    const interviews = await run('list_reminders', { kind: 'interview' });
    expect(interviews.summary).toMatch(/^2 reminders of interviews to come:\n1\. Interview: Pipe Welder.*\n2\. Interview: Maintenance Planner/);
  });

  it('says there is none to come', async () => {
    const { run, remind } = world();
    await remind('follow_up', '2026-12-08T09:00:00Z', planner.id, 'Follow up with Quinta Steel');
    expect((await run('list_reminders', { next: true, kind: 'interview' })).summary).toMatch(/^No interview to come; say "my interview with Acme/);
  });
});
