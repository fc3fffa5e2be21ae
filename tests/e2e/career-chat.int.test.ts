import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/protocol/events.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { punctuatedReferences } from '../helpers/punctuated-references.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { buildResumePdf, sampleResumeLines } from '../resume/build-resume-documents.ts';
import { startOverlappingBoards } from './boards.ts';

const answerOf = (events: RunEvent[]) => {
  const end = events.find((event) => event.type === 'message-end');
  return end?.type === 'message-end' ? end.text : '';
};
const stepsOf = (events: RunEvent[]) =>
  events.flatMap((event) => (event.type === 'tool-call-end' ? [{ action: event.action, ok: event.ok, summary: event.summary, data: event.data }] : []));
/** Organisation-like names in a text: capitalised words followed by Inc/Corp/GmbH/Ltd/LLC, or "at X". */
const organisations = (text: string) => [...text.matchAll(/\b([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)* (?:Inc|Corp|Corporation|GmbH|Ltd|LLC))\b/g)].map((match) => match[1]);

async function resumePdf(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'jobpilot-chat-resume-')), 'jane-doe-resume.pdf');
  await writeFile(path, await buildResumePdf(sampleResumeLines));
  return path;
}

/** Every step summary and answer a person reads keeps its paths, URLs and ids copyable. */
function expectCopyableReferences(events: RunEvent[]): RunEvent[] {
  for (const event of events) {
    const text = event.type === 'tool-call-end' ? event.summary : event.type === 'message-end' ? event.text : '';
    expect(punctuatedReferences(text), text).toEqual([]);
  }
  return events;
}

/** Posts a message; when the run stops for approval, approves it and returns both runs' events. */
async function say(url: string, thread: string, message: string): Promise<RunEvent[]> {
  const first = await postRun(url, thread, { message });
  if (!first.events.some((event) => event.type === 'approval-request')) return expectCopyableReferences(first.events);
  const resumed = await postRun(url, thread, { resume: { approved: true } });
  return expectCopyableReferences([...first.events, ...resumed.events]);
}

describe('one thread from search to interview prep, rules planner', () => {
  let boards: Awaited<ReturnType<typeof startOverlappingBoards>>;
  let server: ServerProcess;
  beforeAll(async () => {
    boards = await startOverlappingBoards();
    server = await startServerProcess({
      ...boards.env,
      DATABASE_URL: await createTestDatabase(),
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-e2e-chat-')),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await boards?.remotive.close();
    await boards?.arbeitnow.close();
  });

  it('search → save the second one → import a PDF → match → confident letter → PDF → prep', async () => {
    const thread = 'career';
    const search = await say(server.url, thread, 'find remote typescript jobs');
    expect(stepsOf(search).map((step) => step.action)).toEqual(['search_jobs']);
    const second = /^2\. ([^\n]+?) — ([^·\n]+?) ·/m.exec(answerOf(search));
    const [, role = '', company = ''] = second ?? [];
    expect(role).not.toBe('');

    const save = await say(server.url, thread, 'save the second one');
    expect(stepsOf(save)).toEqual([expect.objectContaining({ action: 'save_job', ok: true })]);

    const path = await resumePdf();
    const imported = await say(server.url, thread, `import my resume from ${path}`);
    expect(imported.some((event) => event.type === 'approval-request')).toBe(true);
    expect(stepsOf(imported)).toEqual([expect.objectContaining({ action: 'import_resume', ok: true })]);

    const match = await say(server.url, thread, 'how well do I match it?');
    expect(stepsOf(match)).toEqual([expect.objectContaining({ action: 'analyze_match', ok: true })]);
    expect(answerOf(match)).toMatch(/\d+\/100/);
    expect(answerOf(match)).toMatch(/Missing:/);
    expect(answerOf(match)).toContain(role);

    const letter = await say(server.url, thread, 'write a confident cover letter for it');
    const [written] = stepsOf(letter);
    expect(written).toMatchObject({ action: 'write_cover_letter', ok: true });
    const documentId = String(written?.data?.document_id);
    const stored = (await (await fetch(`${server.url}/v1/documents/${documentId}`)).json()) as { content: string };
    expect(stored.content).toContain(company.trim());
    expect(stored.content).toContain(role);
    expect(stored.content).toContain('Acme Corp');
    const sources = `${sampleResumeLines.map((line) => line.text).join('\n')}\n${company}`;
    // Every organisation the letter names is in the resume or the posting ("Dear Umbrella GmbH" → "Umbrella GmbH").
    for (const organisation of organisations(stored.content)) {
      const words = organisation?.split(' ') ?? [];
      const backed = words.some((_, start) => start < words.length - 1 && sources.includes(words.slice(start).join(' ')));
      expect(backed, `${organisation} is in neither the resume nor the posting`).toBe(true);
    }

    const exported = await say(server.url, thread, 'export it as PDF');
    const [file] = stepsOf(exported);
    expect(file).toMatchObject({ action: 'export_document', ok: true });
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(String(file?.data?.path))));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Acme Corp');
    expect(text).toContain(company.trim());

    const prep = await say(server.url, thread, 'prepare me for the interview');
    expect(stepsOf(prep)).toEqual([expect.objectContaining({ action: 'create_interview_prep', ok: true })]);
    expect(answerOf(prep)).toMatch(/question/i);
  });
});

describe('the same flow with an OpenAI-compatible model streaming the letter', () => {
  let boards: Awaited<ReturnType<typeof startOverlappingBoards>>;
  let stub: OpenAIStub;
  let server: ServerProcess;
  beforeAll(async () => {
    boards = await startOverlappingBoards();
    stub = await startOpenAIStub();
    server = await startServerProcess({
      ...boards.env,
      DATABASE_URL: await createTestDatabase(),
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-e2e-model-')),
      JOBPILOT_PLANNER: 'openai',
      OPENAI_BASE_URL: `${stub.url}/v1`,
      OPENAI_MODEL: 'llama3.1',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await stub?.close();
    await boards?.remotive.close();
    await boards?.arbeitnow.close();
  });

  const pieces = (text: string) => text.match(/[\s\S]{1,10}/g) ?? [];
  const decide = (decision: Record<string, unknown>) => ({ deltas: pieces(JSON.stringify({ decision })) });
  const act = (action: string, args: Record<string, unknown>) => decide({ action, reason: 'asked', args });
  const respond = (answer: string) => decide({ action: 'respond', reason: 'done', answer });

  it('matches, streams the letter as tool-progress, grounds it, exports it, and prepares the interview', async () => {
    const thread = 'career-model';
    stub.reply(act('search_jobs', { query: 'typescript', remote: true, location: null, limit: null, company: null, sort: null }), respond('Here are the jobs.'));
    const search = await say(server.url, thread, 'find remote typescript jobs');
    const ids = (stepsOf(search)[0]?.data?.job_ids as string[] | undefined) ?? [];
    expect(ids.length).toBeGreaterThan(1);

    stub.reply(act('save_job', { job: 'the second one', notes: null }), respond('Saved.'));
    await say(server.url, thread, 'save the second one');

    const path = await resumePdf();
    stub.reply(act('import_resume', { path, label: null }), respond('Imported.'));
    const imported = await say(server.url, thread, `import my resume from ${path}`);
    expect(stepsOf(imported)).toEqual([expect.objectContaining({ action: 'import_resume', ok: true })]);

    stub.reply(act('analyze_match', { job: 'it', resume: null }), respond('You match it well; Kubernetes is missing.'));
    const match = await say(server.url, thread, 'how well do I match it?');
    const [matched] = stepsOf(match);
    expect(matched).toMatchObject({ action: 'analyze_match', ok: true });
    expect(matched?.summary).toMatch(/\d+\/100/);

    const letterText = [
      '# Cover letter\n\nDear hiring team,\n\n',
      'As a Senior Engineer at Acme Corp I built trading services in C++ and C# and the Node.js gateway. ',
      'At Globex Corporation I grew revenue 300% in a year. ',
      'I would like to bring that to your team.\n\nBest regards,\nJane Doe\n',
    ].join('');
    stub.reply(
      act('write_cover_letter', { job: 'it', tone: 'confident', hiring_manager: null, resume: null }),
      { deltas: pieces(letterText) },
      respond('Your letter is ready.'),
    );
    const letter = await say(server.url, thread, 'write a confident cover letter for it');
    const progress = letter.filter((event) => event.type === 'tool-progress');
    expect(progress.length).toBeGreaterThan(5);
    const [written] = stepsOf(letter);
    expect(written).toMatchObject({ action: 'write_cover_letter', ok: true });
    const stored = (await (await fetch(`${server.url}/v1/documents/${written?.data?.document_id}`)).json()) as { content: string };
    expect(stored.content).toContain('Acme Corp');
    expect(stored.content).not.toMatch(/Globex|300/);

    stub.reply(act('export_document', { document: null, format: 'pdf' }), respond('Exported.'));
    const exported = await say(server.url, thread, 'export it as PDF');
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(String(stepsOf(exported)[0]?.data?.path))));
    expect((await extractText(pdf, { mergePages: true })).text).toContain('Acme Corp');

    const prepText = '# Interview prep\n\n## Likely questions\n\n1. Tell us about the Node.js gateway you built at Acme Corp.\n';
    stub.reply(act('create_interview_prep', { job: 'it', resume: null }), { deltas: pieces(prepText) }, respond('Your prep pack is ready.'));
    const prep = await say(server.url, thread, 'prepare me for the interview');
    expect(prep.filter((event) => event.type === 'tool-progress').length).toBeGreaterThan(3);
    expect(stepsOf(prep)).toEqual([expect.objectContaining({ action: 'create_interview_prep', ok: true })]);

    const thread_ = (await (await fetch(`${server.url}/v1/threads/${thread}`)).json()) as { usage: { model_calls: number } };
    // Two decisions per one-action turn (seven turns), plus the letter's and the prep pack's own calls.
    expect(thread_.usage.model_calls).toBe(7 * 2 + 2);
  });
});
