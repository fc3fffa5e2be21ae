import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const resumeFile = new URL('../fixtures/resume/tuning/01-dash-layout.txt', import.meta.url).pathname;
const inThread = (references: Record<string, string> = {}): ActionContext => ({
  signal: new AbortController().signal,
  artifactsDir: '/nonexistent',
  threadId: 'thread-undo',
  references,
});

const job = (id: string, title: string, company: string): JobRecord => ({
  id,
  title,
  company,
  location: 'Columbus, OH',
  remote: false,
  salary: null,
  employment_type: null,
  work_pattern: null,
  closes_on: null,
  posted_at: null,
  url: `https://${company.toLowerCase().replace(/\W+/g, '')}.example/jobs/1`,
  sources: [],
  tags: [],
  description: `${title}: 4+ years of commercial wiring, conduit bending, blueprint reading.`,
  first_seen_at: '2026-12-01T00:00:00.000Z',
  last_seen_at: '2026-12-01T00:00:00.000Z',
});

const foreman = job('f0f0f0f0f0f0', 'Electrical Foreman', 'Brightline Electric');
const millwright = job('a1a1a1a1a1a1', 'Millwright', 'Tessaro Steel');

function actionsWith() {
  const career = fakeCareerDependencies({}, { jobs: [foreman, millwright] });
  const actions = createActions(career);
  const run = (name: string, args: Record<string, unknown>, references: Record<string, string> = {}) =>
    actions.get(name)?.run(args as never, inThread(references));
  return { career, run };
}

describe('undo of a removal', () => {
  // Regression (session 41): the job came back with a status a misread turn had set, and nothing said it could go too.
  it('puts the job back with its status as it was, and names the status change before it as the next undo', async () => {
    const { career, run } = actionsWith();
    expect(await run('save_job', { job: millwright.id })).toMatchObject({ ok: true });
    expect(await run('update_job_status', { job: millwright.id, status: 'interviewing' })).toMatchObject({ ok: true });
    expect(await run('unsave_job', { job: millwright.id })).toMatchObject({ ok: true });

    const undone = await run('undo', {});
    expect(undone?.summary).toContain('"Millwright" at Tessaro Steel is back on your saved list as interviewing');
    expect(undone?.summary).toMatch(/Its status came from an earlier change here \(.*interviewing.*\): say "undo" again to take that back too\./);
    expect((await career.saved.get(millwright.id))?.status).toBe('interviewing');

    expect(await run('undo', {})).toMatchObject({ ok: true });
    expect((await career.saved.get(millwright.id))?.status).toBe('saved');
  });

  it('says nothing more when the job had no change of its own before', async () => {
    const { run } = actionsWith();
    await run('save_job', { job: foreman.id });
    await run('save_job', { job: millwright.id });
    await run('unsave_job', { job: millwright.id });
    expect((await run('undo', {}))?.summary).not.toContain('say "undo" again');
  });
});

describe('undo after a change it cannot reverse', () => {
  it('says a written letter cannot be taken back, changes nothing, and names what the next undo would do', async () => {
    const { career, run } = actionsWith();
    await run('import_resume', { path: resumeFile });
    expect(await run('save_job', { job: foreman.id })).toMatchObject({ ok: true });
    expect(await run('write_cover_letter', { job: foreman.id })).toMatchObject({ ok: true });

    const undone = await run('undo', {});
    expect(undone).toMatchObject({ ok: false, summary: expect.stringMatching(/can't undo your last change \(wrote "Cover letter/) });
    expect(undone?.summary).toContain('I changed nothing else');
    expect(undone?.summary).toContain(`saved "Electrical Foreman" at Brightline Electric`);
    expect((await career.saved.get(foreman.id))?.status).toBe('saved');

    // Asked again, it reaches the change before: the save.
    expect(await run('undo', {})).toMatchObject({ ok: true, summary: expect.stringContaining('no longer on your saved list') });
    expect(await career.saved.get(foreman.id)).toBeNull();
  });

  it('undoes a revision: the version it was made from is the letter in play again, and both stay stored', async () => {
    const { career, run } = actionsWith();
    await run('import_resume', { path: resumeFile });
    const letter = await run('write_cover_letter', { job: millwright.id });
    const first = String(letter?.data?.document_id);
    const shorter = await run('revise_cover_letter', { change: 'shorter' }, { last_document_id: first });
    const revision = String(shorter?.data?.document_id);

    const undone = await run('undo', {});
    expect(undone).toMatchObject({ ok: true, references: expect.objectContaining({ last_document_id: first, last_job_id: millwright.id }) });
    expect(undone?.summary).toContain(`[${first}] is your letter again; the newer one [${revision}] stays stored`);
    expect(undone?.summary).toContain((await career.documents.get(first))?.content.slice(0, 80));
    expect(await career.documents.get(revision)).not.toBeNull();
    // The letter itself was written new: the next undo says it stays.
    expect(await run('undo', {})).toMatchObject({ ok: false, summary: expect.stringMatching(/can't undo your last change \(wrote "Cover letter/) });
  });

  it('undoing a revision touches nothing else and deletes no document', async () => {
    const { career, run } = actionsWith();
    await run('import_resume', { path: resumeFile });
    await run('update_job_status', { job: millwright.id, status: 'applied' });
    const letter = await run('write_cover_letter', { job: millwright.id });
    const documentId = String(letter?.data?.document_id);
    expect(await run('revise_cover_letter', { change: 'shorter' }, { last_document_id: documentId })).toMatchObject({ ok: true });

    const undone = await run('undo', {});
    expect(undone).toMatchObject({ ok: true, summary: expect.stringContaining(`the earlier version "Cover letter — Millwright at Tessaro Steel" [${documentId}] is your letter again`) });
    expect((await career.saved.get(millwright.id))?.status).toBe('applied');
    expect((await career.documents.list()).length).toBe(2);
  });

  it('says a resume correction stays as made, and leaves the active resume alone', async () => {
    const { career, run } = actionsWith();
    await run('import_resume', { path: resumeFile });
    const active = await career.resumes.active();
    expect(await run('correct_resume', { phone: '+1 614 555 0199' })).toMatchObject({ ok: true, summary: expect.stringContaining('Corrected') });
    const undone = await run('undo', {});
    expect(undone).toMatchObject({ ok: false, summary: expect.stringMatching(/can't undo your last change \(corrected phone/) });
    expect((await career.resumes.active())?.id).toBe(active?.id);
  });

  it('still undoes a tracker change made last', async () => {
    const { career, run } = actionsWith();
    await run('save_job', { job: millwright.id });
    await run('update_job_status', { job: millwright.id, status: 'interviewing' });
    expect(await run('undo', {})).toMatchObject({ ok: true, summary: expect.stringContaining('back on your saved list as saved') });
    expect((await career.saved.get(millwright.id))?.status).toBe('saved');
  });
});

describe('news of a stage the job is already at', () => {
  it('adds no second event and says nothing changed', async () => {
    const { career, run } = actionsWith();
    await run('update_job_status', { job: foreman.id, status: 'offer' });
    const again = await run('update_job_status', { job: foreman.id, status: 'offer' });
    expect(again).toMatchObject({ ok: true, summary: expect.stringContaining('is already marked as offer'), data: { changed: false } });
    const saved = await career.saved.get(foreman.id);
    expect(saved?.history.filter((event) => event.status === 'offer')).toHaveLength(1);
  });

  it('keeps a note told with the same stage as an event of its own', async () => {
    const { career, run } = actionsWith();
    await run('update_job_status', { job: millwright.id, status: 'interviewing' });
    await run('update_job_status', { job: millwright.id, status: 'interviewing', note: 'second round on Monday' });
    expect((await career.saved.get(millwright.id))?.history.map((event) => event.note)).toContain('second round on Monday');
  });
});

describe('show_resume with all', () => {
  it('lists every stored resume with its format, and which is active', async () => {
    const { run } = actionsWith();
    await run('import_resume', { path: resumeFile, label: 'trade' });
    await run('import_resume', { path: resumeFile, label: 'warehouse' });
    const listed = await run('show_resume', { all: true });
    expect(listed).toMatchObject({ ok: true, summary: expect.stringMatching(/^2 resumes:/) });
    expect(listed?.summary).toMatch(/"warehouse" \(text, active\)/);
    expect(listed?.summary).toMatch(/"trade" \(text\)/);
  });

  it('says there is none yet instead of an empty list', async () => {
    expect(await actionsWith().run('show_resume', { all: true })).toMatchObject({ ok: false, summary: expect.stringContaining('No resume yet') });
  });
});
