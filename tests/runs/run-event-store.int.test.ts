import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { createPool } from '../../src/db/pool.ts';
import { runEventsRepository } from '../../src/db/repositories/run-events.ts';
import { createRunNotices } from '../../src/db/run-notices.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { joinRun } from '../../src/runs/join-run.ts';
import { recordRunEvents } from '../../src/runs/record-run-events.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let pool: pg.Pool;
let notices: ReturnType<typeof createRunNotices>;
beforeAll(async () => {
  pool = createPool(await createTestDatabase(), { log: () => {} });
  await migrate(pool);
  notices = createRunNotices(pool);
  await notices.start();
});
afterAll(async () => {
  await notices?.close();
  await pool?.end();
});

/** A run's events: run-start, `words` deltas, message-end, run-end. */
function turn(runId: string, words: number): RunEvent[] {
  const deltas = Array.from({ length: words }, (_, index): RunEvent => ({ type: 'message-delta', text: `w${index} ` }));
  return [
    { type: 'run-start', run_id: runId, thread_id: 't' },
    ...deltas,
    { type: 'message-end', text: 'done' },
    { type: 'run-end', run_id: runId, status: 'completed' },
  ];
}

async function* asStream(events: RunEvent[]): AsyncGenerator<RunEvent> {
  for (const event of events) yield event;
}

/** Counts the statements that write run_events, with a statement-level trigger (this test's database only). */
async function countingInserts(): Promise<() => Promise<number>> {
  await pool.query(`CREATE TABLE IF NOT EXISTS insert_count (n int NOT NULL);
    INSERT INTO insert_count SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM insert_count);
    CREATE OR REPLACE FUNCTION count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE insert_count SET n = n + 1; RETURN NULL; END $$;
    CREATE OR REPLACE TRIGGER run_events_count AFTER INSERT ON run_events FOR EACH STATEMENT EXECUTE FUNCTION count_insert();`);
  await pool.query('UPDATE insert_count SET n = 0');
  return async () => (await pool.query<{ n: number }>('SELECT n FROM insert_count')).rows[0]?.n ?? -1;
}

const log = () => {};
const store = () => runEventsRepository(pool);

describe('the kept run events', () => {
  it('keeps a turn of 40 events in a few statements, each event under its place in the run', async () => {
    const statements = await countingInserts();
    const events = turn('run-batched', 37);
    const recorded = recordRunEvents({ store: store(), perRunLimit: 10_000, log }, { threadKey: 'default:t', runId: 'run-batched' }, asStream(events));
    const passed: RunEvent[] = [];
    for await (const event of recorded) passed.push(event);
    await recorded.settled();
    expect(passed).toEqual(events);
    const kept = await store().after('default:t', 'run-batched', 0, 500);
    expect(kept.map((entry) => entry.seq)).toEqual(events.map((_, index) => index + 1));
    expect(kept.map((entry) => entry.event)).toEqual(events);
    // run-start alone (so a join finds the run at once), then the rest together.
    expect(await statements()).toBeLessThanOrEqual(3);
    await pool.query('DROP TRIGGER run_events_count ON run_events');
  });

  it('keeps at most the per-run limit, and always the run-end (its id is its place in the run)', async () => {
    const events = turn('run-capped', 20);
    const recorded = recordRunEvents({ store: store(), perRunLimit: 5, log }, { threadKey: 'default:t', runId: 'run-capped' }, asStream(events));
    for await (const _event of recorded);
    await recorded.settled();
    const kept = await store().after('default:t', 'run-capped', 0, 500);
    expect(kept.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 23]);
    expect(kept.at(-1)?.event).toEqual({ type: 'run-end', run_id: 'run-capped', status: 'completed' });
  });

  it('expires events past their age, then the oldest beyond the total', async () => {
    const repository = store();
    for (const runId of ['old', 'new-1', 'new-2']) {
      await repository.append('default:x', runId, turn(runId, 1).map((event, index) => ({ seq: index + 1, event })));
    }
    await pool.query(`UPDATE run_events SET created_at = now() - interval '2 days' WHERE run_id = 'old'`);
    await pool.query(`UPDATE run_events SET created_at = now() - interval '1 hour' WHERE run_id = 'new-1'`);
    await repository.prune({ maxAgeMs: 24 * 3_600_000, maxRows: 1_000_000 });
    expect(await repository.exists('default:x', 'old')).toBe(false);
    expect(await repository.exists('default:x', 'new-1')).toBe(true);
    // The total bound: four rows of the newest run stay, every older row goes.
    const before = Number((await pool.query('SELECT count(*) FROM run_events')).rows[0]?.count);
    expect(before).toBeGreaterThan(4);
    await repository.prune({ maxAgeMs: 24 * 3_600_000, maxRows: 4 });
    const left = await pool.query<{ run_id: string }>('SELECT DISTINCT run_id FROM run_events');
    expect(left.rows.map((row) => row.run_id)).toEqual(['new-2']);
    expect(await repository.after('default:x', 'new-2', 0, 500)).toHaveLength(4);
  });

  it('a join reads on as events are stored, and ends at run-end', async () => {
    const repository = store();
    const events = turn('run-live', 3);
    await repository.append('default:live', 'run-live', [{ seq: 1, event: events[0] as RunEvent }]);
    const seen: number[] = [];
    const joined = (async () => {
      for await (const { seq } of joinRun({ store: repository, notices, isRunning: async () => true, pollMs: 60_000 }, { threadKey: 'default:live', runId: 'run-live' }, 0, new AbortController().signal))
        seen.push(seq ?? -1);
    })();
    // Announced by NOTIFY: with a poll of a minute, only the notices bring these.
    for (let seq = 2; seq <= events.length; seq++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await repository.append('default:live', 'run-live', [{ seq, event: events[seq - 1] as RunEvent }]);
    }
    await joined;
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('a join of a run no process runs any more ends with RUN_LOST and a failed run-end, without ids', async () => {
    const repository = store();
    const events = turn('run-lost', 2).slice(0, 2);
    await repository.append('default:lost', 'run-lost', events.map((event, index) => ({ seq: index + 1, event })));
    const seen = [];
    for await (const entry of joinRun({ store: repository, notices, isRunning: async () => false, pollMs: 50 }, { threadKey: 'default:lost', runId: 'run-lost' }, 1, new AbortController().signal))
      seen.push(entry);
    expect(seen).toEqual([
      { seq: 2, event: events[1] },
      { seq: undefined, event: expect.objectContaining({ type: 'error', code: 'RUN_LOST', retryable: false }) },
      { seq: undefined, event: { type: 'run-end', run_id: 'run-lost', status: 'failed' } },
    ]);
  });
});
