import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { createPool } from '../../src/db/pool.ts';
import { stepAttemptsRepository } from '../../src/db/repositories/step-attempts.ts';
import { threadsRepository } from '../../src/db/repositories/threads.ts';
import { transcriptRepository } from '../../src/db/repositories/transcript.ts';
import { usageRepository } from '../../src/db/repositories/usage.ts';
import type { PendingApproval } from '../../src/protocol/api.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

// What a turn reads at its start so that it can skip statements it does not need.
let pool: pg.Pool;
beforeAll(async () => {
  pool = createPool(await createTestDatabase(), { log: () => {} });
  await migrate(pool);
});
afterAll(async () => {
  await pool?.end();
});

describe('the statements a turn can skip', () => {
  it('says a thread is untitled when admission creates it or finds it without a title, and not once it has one', async () => {
    const threads = threadsRepository(pool);
    const created = await threads.markBusy('titles', 'run-1', { owner: 'default' });
    expect(created).toMatchObject({ clean: true, untitled: true });
    await threads.release('titles', 'run-1', null);
    expect(await threads.markBusy('titles', 'run-2', { owner: 'default' })).toMatchObject({ untitled: true });
    await threads.setTitleIfEmpty('titles', 'find me a job');
    await threads.release('titles', 'run-2', null);
    expect(await threads.markBusy('titles', 'run-3')).toMatchObject({ clean: true, untitled: false });
  });

  it('tells a turn whether other runs left step attempts, finished or not, and which were never finished', async () => {
    const threads = threadsRepository(pool);
    const attempts = stepAttemptsRepository(pool);
    await threads.ensure('steps');
    expect(await attempts.interrupted('steps', 'run-a')).toEqual({ steps: [], othersLeft: false });
    expect(await attempts.begin({ threadId: 'steps', stepKey: 'k1', runId: 'run-a', action: 'save_job', args: { job: 1 } })).toBeNull();
    await attempts.finish('steps', 'k1', { ok: true, summary: 'saved' });
    // Only this run's own attempt: nothing left by others.
    expect(await attempts.interrupted('steps', 'run-a')).toEqual({ steps: [], othersLeft: false });
    // A finished attempt of another run is left to forget, but not reported.
    expect(await attempts.interrupted('steps', 'run-b')).toEqual({ steps: [], othersLeft: true });
    await attempts.begin({ threadId: 'steps', stepKey: 'k2', runId: 'run-b', action: 'open_website', args: { url: 'x' } });
    const left = await attempts.interrupted('steps', 'run-c');
    expect(left.othersLeft).toBe(true);
    expect(left.steps.map((step) => [step.action, step.outcome])).toEqual([['open_website', 'interrupted']]);
    await attempts.forgetOthers('steps', 'run-c');
    expect(await attempts.interrupted('steps', 'run-c')).toEqual({ steps: [], othersLeft: false });
  });

  it('says at admission whether other runs left step attempts, so a turn after none does not read them', async () => {
    const threads = threadsRepository(pool);
    const attempts = stepAttemptsRepository(pool);
    expect(await threads.markBusy('admitted', 'run-1', { owner: 'default' })).toMatchObject({ attemptsLeft: false });
    await attempts.begin({ threadId: 'admitted', stepKey: 'k1', runId: 'run-1', action: 'save_job', args: { job: 1 } });
    // Its own attempt is not another run's.
    await threads.release('admitted', 'run-1', null);
    expect(await threads.markBusy('admitted', 'run-1')).toMatchObject({ attemptsLeft: false });
    await threads.release('admitted', 'run-1', null);
    // The next run is told, finished or not, as `interrupted` would say; once forgotten, not any more.
    expect(await threads.markBusy('admitted', 'run-2')).toMatchObject({ attemptsLeft: true });
    await attempts.finish('admitted', 'k1', { ok: true, summary: 'saved' });
    await threads.release('admitted', 'run-2', null);
    expect(await threads.markBusy('admitted', 'run-3', { owner: 'default' })).toMatchObject({ attemptsLeft: true });
    expect((await attempts.interrupted('admitted', 'run-3')).othersLeft).toBe(true);
    await attempts.forgetOthers('admitted', 'run-3');
    await threads.release('admitted', 'run-3', null);
    expect(await threads.markBusy('admitted', 'run-4')).toMatchObject({ attemptsLeft: false });
  });

  it('reports a run’s model usage as recorded, without asking Postgres, and the thread’s from Postgres', async () => {
    const threads = threadsRepository(pool);
    await threads.ensure('usage');
    const usage = usageRepository(pool);
    const call = { threadId: 'usage', provider: 'openai', model: 'm', purpose: 'decision', estimated: false } as const;
    await usage.record({ ...call, runId: 'run-u', inputTokens: 800, outputTokens: 40 });
    await usage.record({ ...call, runId: 'run-u', inputTokens: 900, outputTokens: 12 });
    await usage.record({ ...call, runId: 'run-v', inputTokens: 5, outputTokens: 1 });
    expect(await usage.forRun('run-u')).toEqual({ model_calls: 2, input_tokens: 1700, output_tokens: 52 });
    expect(await usage.forRun('run-none')).toEqual({ model_calls: 0, input_tokens: 0, output_tokens: 0 });
    // The same figures as the rows say.
    const { rows } = await pool.query(`SELECT count(*)::int AS calls, sum(input_tokens)::int AS input FROM model_usage WHERE run_id = 'run-u'`);
    expect(rows[0]).toEqual({ calls: 2, input: 1700 });
    expect(await usage.forThread('usage')).toEqual({ model_calls: 3, input_tokens: 1705, output_tokens: 53 });
  });
  it('stores a turn’s answer and frees the thread in one statement, the answer after the person’s message', async () => {
    const threads = threadsRepository(pool);
    const transcript = transcriptRepository(pool);
    await threads.markBusy('answered', 'run-1', { owner: 'default' });
    await transcript.append('answered', { role: 'user', content: 'thanks, that helps' }, 'run-1');
    await threads.releaseWithAnswer('answered', 'run-1', null, 'You are welcome.');
    const { messages } = await transcript.page('answered', { limit: 10 });
    expect(messages.map(({ role, content }) => [role, content])).toEqual([
      ['user', 'thanks, that helps'],
      ['assistant', 'You are welcome.'],
    ]);
    expect(await transcript.last('answered')).toEqual({ role: 'assistant', runId: 'run-1' });
    expect(await threads.get('answered')).toMatchObject({ active_run_id: null, pending_approval: null, run_in_progress: false });
    expect(await threads.markBusy('answered', 'run-2')).toMatchObject({ clean: true });
    // With the approval the turn now waits for, kept in the row as `release` keeps it.
    const approval: PendingApproval = { action: 'open_website', args: { url: 'https://example.com' }, reason: 'opens a page' };
    await threads.releaseWithAnswer('answered', 'run-2', approval, 'May I open it?');
    expect(await threads.get('answered')).toMatchObject({ active_run_id: null, pending_approval: approval });
  });

  it('writes neither the answer nor the release when the statement fails', async () => {
    const threads = threadsRepository(pool);
    const transcript = transcriptRepository(pool);
    await threads.markBusy('refused', 'run-1', { owner: 'default' });
    // A NUL byte is refused by Postgres in text: the statement fails as a whole.
    await expect(threads.releaseWithAnswer('refused', 'run-1', null, 'bad \u0000 answer')).rejects.toThrow();
    expect(await transcript.count('refused')).toBe(0);
    expect(await threads.get('refused')).toMatchObject({ active_run_id: 'run-1' });
  });
});
