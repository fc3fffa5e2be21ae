import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/protocol/events.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { punctuatedReferences } from '../helpers/punctuated-references.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { startOverlappingBoards } from './boards.ts';

const answerOf = (events: RunEvent[]) => {
  const end = events.find((event) => event.type === 'message-end');
  const text = end?.type === 'message-end' ? end.text : '';
  // The answers a person reads keep their paths, URLs and ids copyable.
  expect(punctuatedReferences(text), text).toEqual([]);
  return text;
};
const actionsOf = (events: RunEvent[]) =>
  events.flatMap((event) => (event.type === 'tool-call-end' ? [`${event.action}:${event.ok ? 'ok' : 'failed'}`] : []));

/**
 * The job tracker as a person uses it, on the zero-setup default (rules planner, real
 * Postgres, real server processes), against two stub boards of different shapes.
 */
describe('search → save → restart → applied → what have I applied to → interviewing → undo → unsave → undo → offline search', () => {
  let boards: Awaited<ReturnType<typeof startOverlappingBoards>>;
  let server: ServerProcess;
  let env: Record<string, string>;
  const thread = 'job-hunt';

  beforeAll(async () => {
    boards = await startOverlappingBoards();
    env = {
      ...boards.env,
      DATABASE_URL: await createTestDatabase(),
      JOBPILOT_DATA_DIR: await mkdtemp(join(tmpdir(), 'jobpilot-e2e-jobs-')),
    };
    server = await startServerProcess(env);
  });
  afterAll(async () => {
    await server?.stop();
    await boards?.remotive.close();
    await boards?.arbeitnow.close();
  });

  it('runs the whole flow in one thread', async () => {
    const search = await postRun(server.url, thread, { message: 'find remote typescript jobs' });
    expect(actionsOf(search.events)).toEqual(['search_jobs:ok']);
    const listed = answerOf(search.events);
    // The opening on both boards is one job with both sources.
    expect(listed.match(/Senior TypeScript Engineer/g)).toHaveLength(1);
    const acmeId = /Senior TypeScript Engineer — Acme[^\n]*\[([0-9a-f]{12})\]/.exec(listed)?.[1];
    expect(acmeId).toBeDefined();
    const job = (await (await fetch(`${server.url}/v1/jobs/${acmeId}`)).json()) as { sources: { name: string }[] };
    expect(job.sources.map((source) => source.name).sort()).toEqual(['arbeitnow', 'remotive']);
    const second = /^2\. ([^\n]+?) — ([^·\n]+?) ·/m.exec(listed);
    expect(second).not.toBeNull();
    const [, secondTitle = '', secondCompany = ''] = second ?? [];

    const save = await postRun(server.url, thread, { message: 'save the second one' });
    expect(actionsOf(save.events)).toEqual(['save_job:ok']);
    expect(answerOf(save.events)).toContain(secondTitle);

    // A restart between two turns: the thread's references come back from Postgres.
    await server.stop();
    server = await startServerProcess(env);

    const applied = await postRun(server.url, thread, { message: 'mark it as applied' });
    expect(actionsOf(applied.events)).toEqual(['update_job_status:ok']);
    expect(answerOf(applied.events)).toMatch(new RegExp(`${escape(secondTitle)}.*applied`));

    const tracker = await postRun(server.url, thread, { message: 'what have I applied to?' });
    expect(actionsOf(tracker.events)).toEqual(['list_saved_jobs:ok']);
    expect(answerOf(tracker.events)).toContain(secondTitle);
    expect(answerOf(tracker.events)).toContain(secondCompany.trim());

    // A job that moved on from applied is still one you applied to; undo walks the tracker back.
    const interviewing = await postRun(server.url, thread, { message: 'I got an interview with them!' });
    expect(actionsOf(interviewing.events)).toEqual(['update_job_status:ok']);
    const stillApplied = answerOf((await postRun(server.url, thread, { message: 'what have I applied to?' })).events);
    expect(stillApplied).toMatch(new RegExp(`${escape(secondTitle)} — [^\\n]*· interviewing since`));
    const undone = await postRun(server.url, thread, { message: 'undo that' });
    expect(actionsOf(undone.events)).toEqual(['undo:ok']);
    expect(answerOf(undone.events)).toMatch(/back on your saved list as applied/);
    const removed = await postRun(server.url, thread, { message: 'remove it from my list' });
    expect(actionsOf(removed.events)).toEqual(['unsave_job:ok']);
    expect(answerOf((await postRun(server.url, thread, { message: 'what have I applied to?' })).events)).toMatch(/haven't applied to any saved job yet/);
    expect(actionsOf((await postRun(server.url, thread, { message: 'put it back' })).events)).toEqual(['undo:ok']);
    expect(answerOf((await postRun(server.url, thread, { message: 'what have I applied to?' })).events)).toContain(secondTitle);

    // Every board down: the search still answers, from the index, and says so.
    await boards.remotive.close();
    await boards.arbeitnow.close();
    const offline = await postRun(server.url, thread, { message: 'find remote typescript jobs' });
    expect(actionsOf(offline.events)).toEqual(['search_jobs:ok']);
    expect(answerOf(offline.events)).toMatch(/saved index, last updated/);
    expect(answerOf(offline.events)).toContain('Senior TypeScript Engineer');
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
