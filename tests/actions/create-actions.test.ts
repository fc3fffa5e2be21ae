import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { planningOnlyDependencies } from '../../src/actions/planning-only-dependencies.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const context = (): ActionContext => ({ signal: new AbortController().signal, artifactsDir: '/nonexistent' });
const resumeFile = new URL('../fixtures/resume/tuning/01-dash-layout.txt', import.meta.url).pathname;

describe('createActions', () => {
  it('registers the action of every action folder, once', () => {
    const root = new URL('../../src/actions/', import.meta.url);
    // An action folder is one with an argument schema; arguments/ and phrasing/ are shared kits.
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(new URL(`${entry.name}/`, root)).includes('args.ts'))
      .map((entry) => entry.name.replaceAll('-', '_'));
    const { names } = createActions(planningOnlyDependencies());
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(folders.sort());
  });

  it('runs the real handlers on the dependencies it is given', async () => {
    const career = fakeCareerDependencies();
    const actions = createActions(career);
    const imported = await actions.get('import_resume')?.run({ path: resumeFile }, context());
    expect(imported).toMatchObject({ ok: true, references: { active_resume_id: expect.any(String) } });
    expect(await actions.get('show_resume')?.run({}, context())).toMatchObject({ ok: true, summary: expect.stringContaining('(active)') });
    // The import reads the active resume (what "undo" switches back to), then the stored
    // versions' labels (not the versions), to number a label its file name already gave one;
    // before them the corrected versions, whose corrections a re-import of the same resume keeps.
    expect(career.calls).toEqual(['resumes.active', 'resumes.correctedVersions', 'resumes.labels', 'resumes.add', 'resumes.active']);
  });

  it('finds, saves and tracks a job of the index it is given', async () => {
    const job: JobRecord = {
      id: 'a1a1a1a1a1a1',
      title: 'Rust Engineer',
      company: 'Initech',
      location: null,
      remote: true,
      salary: null,
      employment_type: null,
      work_pattern: null,
      closes_on: null,
      posted_at: null,
      url: 'https://initech.example/jobs/1',
      sources: [],
      tags: [],
      description: 'Rust services.',
      first_seen_at: '2025-01-01T00:00:00.000Z',
      last_seen_at: '2025-01-01T00:00:00.000Z',
    };
    const actions = createActions(fakeCareerDependencies({}, { jobs: [job] }));
    const run = (name: string, args: Record<string, unknown>) => actions.get(name)?.run(args as never, context());
    expect(await run('search_jobs', { query: 'rust' })).toMatchObject({ ok: true, references: { last_job_ids: job.id } });
    expect(await run('save_job', { job: job.id })).toMatchObject({ ok: true });
    expect(await run('update_job_status', { job: job.id, status: 'applied' })).toMatchObject({ ok: true });
    expect(await run('list_saved_jobs', { status: 'applied' })).toMatchObject({ ok: true, summary: expect.stringContaining('Rust Engineer') });
  });
});

describe('planningOnlyDependencies', () => {
  it('makes a handler that is run anyway fail loudly, naming what it called', async () => {
    const actions = createActions(planningOnlyDependencies());
    await expect(actions.get('list_documents')?.run({}, context())).rejects.toThrow(
      'Only planning was expected, yet an action called documents.list.',
    );
  });
});
