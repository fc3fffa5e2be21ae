import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const resumeFile = new URL('../fixtures/resume/tuning/01-dash-layout.txt', import.meta.url).pathname;
const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', threadId: 'thread-dates', references: {} };

const curriculum: JobRecord = {
  id: 'c0c0c0c0c0c0',
  title: 'Electrical Estimator',
  company: 'Brightline Electric',
  location: 'Toronto, ON',
  remote: false,
  salary: null,
  employment_type: null,
  work_pattern: null,
  closes_on: null,
  posted_at: null,
  url: 'https://brightline.example/jobs/1',
  sources: [],
  tags: [],
  description: 'Electrical Estimator: 4+ years of commercial wiring, conduit bending, blueprint reading.',
  first_seen_at: '2026-12-01T00:00:00.000Z',
  last_seen_at: '2026-12-01T00:00:00.000Z',
};

function actionsIn(timeZone: string, now?: Date) {
  const career = fakeCareerDependencies({ timeZone, ...(now ? { now: () => now } : {}) }, { jobs: [curriculum] });
  const actions = createActions(career);
  const run = (name: string, args: Record<string, unknown>) => actions.get(name)?.run(args as never, context);
  return { career, run };
}

/** The calendar day `hours` east of UTC at `instant`, worked out by hand (no zone rules involved). */
const dayAt = (instant: string, hours: number) => new Date(new Date(instant).getTime() + hours * 3_600_000).toISOString().slice(0, 10);

describe("dates a person reads are their own day (JOBPILOT_TIME_ZONE), not UTC's", () => {
  it('a status change is dated in the zone: Kiritimati (UTC+14) and UTC-12 are always on different days', async () => {
    const ahead = actionsIn('Pacific/Kiritimati');
    const behind = actionsIn('Etc/GMT+12');
    const marked = await ahead.run('update_job_status', { job: curriculum.id, status: 'applied' });
    const markedBehind = await behind.run('update_job_status', { job: curriculum.id, status: 'applied' });
    const at = (await ahead.career.saved.get(curriculum.id))?.history.at(-1)?.at ?? '';
    const atBehind = (await behind.career.saved.get(curriculum.id))?.history.at(-1)?.at ?? '';
    expect(marked?.summary).toContain(`as applied on ${dayAt(at, 14)}`);
    expect(markedBehind?.summary).toContain(`as applied on ${dayAt(atBehind, -12)}`);
    expect(dayAt(at, 14)).not.toBe(dayAt(atBehind, -12));

    const listed = await ahead.run('list_saved_jobs', {});
    expect(listed?.summary).toContain(`applied since ${dayAt(at, 14)}`);
    const again = await ahead.run('update_job_status', { job: curriculum.id, status: 'applied' });
    expect(again?.summary).toContain(`(since ${dayAt(at, 14)})`);
  });

  it("a letter written at 20:15 on 5 December in Toronto is dated the 5th, though it is the 6th in UTC", async () => {
    const { run } = actionsIn('America/Toronto', new Date('2026-12-06T01:15:00Z'));
    await run('import_resume', { path: resumeFile });
    const letter = await run('write_cover_letter', { job: curriculum.id, tone: 'professional' });
    expect(letter?.ok).toBe(true);
    expect(letter?.summary).toMatch(/December 5, 2026|5 December 2026/);
    expect(letter?.summary).not.toMatch(/December 6, 2026|6 December 2026/);
  });
});
