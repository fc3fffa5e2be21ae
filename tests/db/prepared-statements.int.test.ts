import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { createPool } from '../../src/db/pool.ts';
import { jobsRepository } from '../../src/db/repositories/jobs.ts';
import { knownNamesRepository } from '../../src/db/repositories/known-names.ts';
import { runEventsRepository } from '../../src/db/repositories/run-events.ts';
import { savedJobsRepository } from '../../src/db/repositories/saved-jobs.ts';
import { threadsRepository } from '../../src/db/repositories/threads.ts';
import { transcriptRepository } from '../../src/db/repositories/transcript.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

// A turn's statements are named prepared statements (src/db/prepared.ts): parsed once per
// connection, their plans kept. The repositories run on one held connection here, so what it
// keeps can be asked (other writes go through the pool), and with
// `plan_cache_mode = force_generic_plan` every statement runs on the plan Postgres keeps for
// any parameters (the one a busy server uses after a few calls), not one made for these.
let pool: pg.Pool;
let client: pg.PoolClient;
/** The held connection, where a repository expects a pool. */
let connection: pg.Pool;
beforeAll(async () => {
  pool = createPool(await createTestDatabase(), { log: () => {}, max: 2 });
  await migrate(pool);
  await jobsRepository(pool).upsert(['kiln', 'glaze', 'wheel', 'slip', 'bisque', 'raku', 'other'].map((id) => posting(id)));
  client = await pool.connect();
  await client.query('SET plan_cache_mode = force_generic_plan');
  connection = client as unknown as pg.Pool;
});
afterAll(async () => {
  client?.release();
  await pool?.end();
});

const kept = async () =>
  (await client.query<{ name: string; statement: string }>("SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'jobpilot\\_%'")).rows;

describe("a turn's statements, prepared", () => {
  it('are kept by the connection after a turn of them, each under a name of its own, and say what they said unnamed', async () => {
    const threads = threadsRepository(connection);
    const runId = '6f1c1d9e-5a2b-4c1e-9d3f-0a1b2c3d4e5f';
    expect(await threads.markBusy('default:pots', runId, { owner: 'default' })).toEqual({ clean: true, pendingApproval: null, untitled: true, attemptsLeft: false });
    await transcriptRepository(connection).append('default:pots', { role: 'user', content: 'thanks, that helps' }, runId);
    await threads.setTitleIfEmpty('default:pots', 'thanks, that helps');
    await runEventsRepository(connection).append('default:pots', runId, [{ seq: 1, event: { type: 'run-start', run_id: runId, thread_id: 'pots' } }]);
    expect(await knownNamesRepository(connection, 'default').read([], { saved: 60, resumes: 20, documents: 20 })).toEqual({ results: [], saved: [], resumes: [], documents: [] });
    await threads.releaseWithAnswer('default:pots', runId, null, 'You are welcome.');
    const second = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b';
    expect(await threads.markBusy('default:pots', second)).toEqual({ clean: true, pendingApproval: null, untitled: false, attemptsLeft: false });
    await threads.release('default:pots', second, { action: 'open_website', args: { url: 'https://example.com' } } as never);

    const statements = await kept();
    expect(new Set(statements.map(({ name }) => name)).size).toBe(statements.length);
    for (const start of [
      /^WITH before AS[\s\S]*INSERT INTO threads/,
      /^WITH before AS[\s\S]*UPDATE threads SET active_run_id = \$2/,
      /^INSERT INTO messages/,
      /^UPDATE threads SET title/,
      /^WITH stored AS \(\s*INSERT INTO run_events/,
      /^SELECT\s+\(SELECT coalesce\(json_agg/,
      /^WITH answer AS/,
      /^UPDATE threads\s+SET active_run_id = NULL/,
    ]) {
      expect(statements.filter(({ statement }) => start.test(statement.trim())), String(start)).toHaveLength(1);
    }
    // What they wrote, read back by plain statements.
    const { rows: messages } = await pool.query<{ role: string; content: string }>("SELECT role, content FROM messages WHERE thread_id = 'default:pots' ORDER BY id");
    expect(messages).toEqual([{ role: 'user', content: 'thanks, that helps' }, { role: 'assistant', content: 'You are welcome.' }]);
    const { rows: [thread] } = await pool.query("SELECT title, active_run_id, pending_approval FROM threads WHERE thread_id = 'default:pots'");
    expect(thread).toEqual({ title: 'thanks, that helps', active_run_id: null, pending_approval: { action: 'open_website', args: { url: 'https://example.com' } } });
    const { rows: events } = await pool.query("SELECT seq, type FROM run_events WHERE thread_id = 'default:pots'");
    expect(events).toEqual([{ seq: 1, type: 'run-start' }]);
  });

  it('read what was written since, each time on the same kept plan', async () => {
    const names = knownNamesRepository(connection, 'default');
    const saved = savedJobsRepository(pool, 'default');
    await names.read([], { saved: 60, resumes: 20, documents: 20 });
    const before = (await kept()).length;
    const seen: string[][] = [];
    for (const id of ['kiln', 'glaze', 'wheel', 'slip', 'bisque', 'raku']) {
      await saved.save(id);
      seen.push((await names.read([id, 'other'], { saved: 60, resumes: 20, documents: 20 })).saved.map((job) => job.id));
      expect((await names.read([id, 'other'], { saved: 60, resumes: 20, documents: 20 })).results.map((job) => job.id)).toEqual([id, 'other']);
    }
    expect(seen.map((ids) => [...ids].sort())).toEqual([
      ['kiln'],
      ['glaze', 'kiln'],
      ['glaze', 'kiln', 'wheel'],
      ['glaze', 'kiln', 'slip', 'wheel'],
      ['bisque', 'glaze', 'kiln', 'slip', 'wheel'],
      ['bisque', 'glaze', 'kiln', 'raku', 'slip', 'wheel'],
    ]);
    expect(seen.at(-1)).toEqual((await saved.list()).map((job) => job.job_id));
    // Nothing new prepared: every read ran the one kept statement.
    expect((await kept()).length).toBe(before);
  });
});

function posting(id: string): MergedPosting {
  return {
    id,
    title: `Potter ${id}`,
    company: 'Claymore',
    location: null,
    remote: null,
    salary: null,
    employment_type: null,
    posted_at: null,
    url: `https://jobs.example.com/${id}`,
    sources: [{ name: 'remotive', url: `https://remotive.com/${id}` }],
    tags: [],
    description: 'Throwing pots.',
  };
}
