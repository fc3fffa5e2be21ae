import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import type { ResumeWork } from '../../src/protocol/json-resume.ts';
import { collect, endOf } from '../helpers/collect.ts';
import { testConfig } from '../helpers/test-database.ts';
import { startOverlappingBoards } from './boards.ts';

// Session 35 (issue 14): follow-ups a new user says in a conversation, each through the real
// graph with the thread's history (rules planner, real Postgres, stub boards on real ports).

const stepsOf = (events: RunEvent[]) =>
  events.flatMap((event) => (event.type === 'tool-call-end' ? [{ action: event.action, ok: event.ok, summary: event.summary, data: event.data }] : []));
const plansOf = (events: RunEvent[]) => events.flatMap((event) => (event.type === 'plan' ? [{ action: event.action, args: event.args }] : []));
const answerOf = (events: RunEvent[]) => {
  const end = events.findLast((event) => event.type === 'message-end');
  return end?.type === 'message-end' ? end.text : '';
};

/** A resume of three jobs, the third one a line the importer could misread as a job. */
const resumeText = [
  '# Rosa Quintero',
  'rosa.quintero@example.org | Valencia, Spain',
  '## Experience',
  '### Line Cook — Taberna Salitre',
  '2021 – present',
  '- Ran the grill station for 120 covers a night',
  '### Commis Chef — Hotel Marjal',
  '2018 – 2021',
  '- Prepared cold starters and pastry',
  '### Kitchen Porter — Bar Esparto',
  '2016 – 2018',
  '- Kept the pass clean',
  '## Skills',
  'HACCP, knife skills, stock control',
].join('\n');

describe('follow-ups in one conversation, rules planner', () => {
  let boards: Awaited<ReturnType<typeof startOverlappingBoards>>;
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    boards = await startOverlappingBoards();
    jobpilot = await createJobpilot({ config: await testConfig(boards.env) });
    // (Letters need a resume to ground them.)
    await importResume();
  });
  afterAll(async () => {
    await jobpilot?.close();
    await boards?.remotive.close();
    await boards?.arbeitnow.close();
  });

  /** One message in `thread`; a step that stops for approval is approved. */
  async function say(thread: string, message: string): Promise<RunEvent[]> {
    const events = await collect(await jobpilot.runs.start(thread, { message }, new AbortController().signal));
    if (!events.some((event) => event.type === 'approval-request')) {
      expect(endOf(events).status).toBe('completed');
      return events;
    }
    const resumed = await collect(await jobpilot.runs.start(thread, { resume: { approved: true } }, new AbortController().signal));
    expect(endOf(resumed).status).toBe('completed');
    return [...events, ...resumed];
  }

  /** Imports the three-job resume outside the chat (the chat's import asks for approval, tested elsewhere). */
  async function importResume(): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), 'jobpilot-follow-ups-')), 'rosa-quintero.md');
    await writeFile(path, resumeText);
    const context: ActionContext = { signal: new AbortController().signal, artifactsDir: join(jobpilot.config.dataDir, 'artifacts'), references: {}, runId: null };
    const parsed = jobpilot.registry.parseArgs('import_resume', { path, label: 'kitchen' });
    if (!parsed.ok) throw new Error(parsed.error);
    const result = (await jobpilot.registry.get('import_resume')?.run(parsed.args, context)) as ActionResult;
    expect(result.ok, result.summary).toBe(true);
    const active = await jobpilot.career.resumes.active();
    return String(active?.id);
  }
  const workOf = async (id: string) => ((await jobpilot.career.resumes.get(id))?.resume.work ?? []) as ResumeWork[];

  it('"undo that" after "make it shorter" puts the earlier letter back in play', async () => {
    const thread = 'undo-letter';
    await say(thread, 'find typescript jobs');
    const [written] = stepsOf(await say(thread, 'write a cover letter for the Umbrella job'));
    expect(written, written?.summary).toMatchObject({ action: 'write_cover_letter', ok: true });
    const first = String(written?.data?.document_id);
    const [shorter] = stepsOf(await say(thread, 'make it shorter'));
    expect(shorter).toMatchObject({ action: 'revise_cover_letter', ok: true });

    const [undone] = stepsOf(await say(thread, 'undo that'));
    expect(undone).toMatchObject({ action: 'undo', ok: true });
    expect(undone?.summary).toContain(`[${first}]`);
    // The earlier version is the letter in play again: the next revision starts from it.
    const [again] = stepsOf(await say(thread, 'make it more enthusiastic'));
    expect(again, again?.summary).toMatchObject({ action: 'revise_cover_letter', ok: true, data: expect.objectContaining({ revision_of: first }) });
  });

  it('"now a formal one for the same job pls" writes a letter in the formal tone for the job the last one was for', async () => {
    const thread = 'formal-again';
    await say(thread, 'find typescript jobs');
    const [written] = stepsOf(await say(thread, 'write a warm cover letter for the Umbrella job'));
    const jobOfFirst = (await jobpilot.career.documents.get(String(written?.data?.document_id)))?.job_id;
    expect(jobOfFirst).toBeTruthy();
    await say(thread, 'thanks');

    const [formal] = stepsOf(await say(thread, 'now a formal one for the same job pls'));
    expect(formal).toMatchObject({ action: 'write_cover_letter', ok: true });
    const stored = await jobpilot.career.documents.get(String(formal?.data?.document_id));
    expect(stored?.tone).toBe('professional');
    expect(stored?.job_id).toBe(jobOfFirst);
  });

  it('"write a cover letter for it" after a search that showed exactly one result writes it for that result', async () => {
    const thread = 'one-result';
    await say(thread, 'find typescript jobs');
    await say(thread, 'save the Umbrella one');
    const search = await say(thread, 'search data engineer jobs');
    const [found] = stepsOf(search);
    expect(found?.data?.count).toBe(1);
    const [only] = found?.data?.job_ids as string[];

    const [letter] = stepsOf(await say(thread, 'write a cover letter for it'));
    expect(letter, letter?.summary).toMatchObject({ action: 'write_cover_letter', ok: true });
    expect((await jobpilot.career.documents.get(String(letter?.data?.document_id)))?.job_id).toBe(only);
  });

  it('"my second job" in a resume correction is the resume\'s second job, not the second search result', async () => {
    const thread = 'resume-second';
    const resume = await importResume();
    await say(thread, 'search data engineer jobs');

    const title = await say(thread, 'change the title of my second job to Junior Sous Chef');
    expect(plansOf(title), answerOf(title)).not.toEqual([]);
    expect(plansOf(title)).toEqual([{ action: 'correct_resume', args: expect.objectContaining({ position: 'Junior Sous Chef' }) }]);
    expect(stepsOf(title)[0]?.ok).toBe(true);
    const company = await say(thread, "the company of my 2nd position is wrong, it's Hotel Marjal Playa");
    expect(stepsOf(company)[0]).toMatchObject({ action: 'correct_resume', ok: true });
    const work = await workOf(resume);
    expect(work[1]).toMatchObject({ position: 'Junior Sous Chef', name: 'Hotel Marjal Playa' });
    expect(work[0]).toMatchObject({ position: 'Line Cook', name: 'Taberna Salitre' });
  });

  it('drops a misread job from the resume in chat', async () => {
    const thread = 'resume-drop';
    const resume = await importResume();
    await say(thread, 'find typescript jobs');
    await say(thread, 'save the first one');

    const removed = await say(thread, "remove the 3rd job from my resume, it's not a real job");
    expect(stepsOf(removed)).toEqual([expect.objectContaining({ action: 'correct_resume', ok: true })]);
    const work = await workOf(resume);
    // The third job is gone. (The second's company is "Hotel Marjal Playa" when the test before ran: a re-import of
    // the same person keeps a correction whose field the file reads the same wrong way again.)
    expect(work.map((job) => job.name)).toEqual(['Taberna Salitre', expect.stringMatching(/^Hotel Marjal\b/)]);
    // Nothing was unsaved on the way.
    expect((await jobpilot.career.saved.list()).length).toBeGreaterThan(0);
  });

  it('"open the 2nd one" / "save the first" after a saved list, with no results in the thread, count the saved list', async () => {
    const setup = 'saved-setup';
    await say(setup, 'find typescript jobs');
    await say(setup, 'save the first one');
    await say(setup, 'save the second one');

    const thread = 'saved-list';
    const [listed] = stepsOf(await say(thread, 'what jobs have i saved?'));
    expect(listed).toMatchObject({ action: 'list_saved_jobs', ok: true });
    const ids = listed?.data?.job_ids as string[];
    expect(ids).toHaveLength(2);
    const [second] = stepsOf(await say(thread, 'show me the 2nd one'));
    expect(second).toMatchObject({ action: 'show_job', ok: true, data: expect.objectContaining({ job_id: ids[1] }) });
    const [saveFirst] = stepsOf(await say(thread, 'save the first'));
    expect(saveFirst).toMatchObject({ action: 'save_job', ok: true, data: expect.objectContaining({ job_id: ids[0] }) });

    const fresh = await say('nothing-listed', 'save the first');
    expect(stepsOf(fresh)).toEqual([]);
    // Nothing listed in that thread: the answer says what a number counts.
    expect(answerOf(fresh)).toMatch(/counts the last list I showed you.*show my saved jobs/);
  });
});
