import type pg from 'pg';
import { prepared } from '../prepared.ts';
import type { RunEvent } from '../../protocol/events.ts';

/** The channel each batch of stored events is announced on: the payload is `<run id> <last seq>`. */
export const RUN_EVENTS_CHANNEL = 'jobpilot_run_events';

/** A kept run in brief: when it started, and how it ended (`null` while no `run-end` is kept). */
export interface KeptRun {
  run_id: string;
  started_at: Date;
  updated_at: Date;
  ended: RunEndStatus | null;
}
type RunEndStatus = Extract<RunEvent, { type: 'run-end' }>['status'];

/** One stored event: its id within the run (`seq`, the SSE `id:`) and the event. */
export interface StoredRunEvent {
  seq: number;
  event: RunEvent;
}

/**
 * The kept events of runs (migration 0011): written in batches while a run streams, read by
 * joins. Every batch is one statement, which also notifies `RUN_EVENTS_CHANNEL`.
 *
 * @example
 * const store = runEventsRepository(pool);
 * await store.append('default:my-thread', runId, [{ seq: 1, event: { type: 'run-start', run_id: runId, thread_id: 'my-thread' } }]);
 * const missed = await store.after('default:my-thread', runId, 0, 500);
 */
export function runEventsRepository(pool: pg.Pool) {
  return {
    /** Stores a batch of one run's events (seqs ascending) and announces it, in one statement. */
    async append(threadKey: string, runId: string, events: readonly StoredRunEvent[]): Promise<void> {
      if (events.length === 0) return;
      const last = events.at(-1)?.seq ?? 0;
      await pool.query(
        prepared(
        `WITH stored AS (
           INSERT INTO run_events (thread_id, run_id, seq, type, data)
           SELECT $1, $2, seq, type, data FROM unnest($3::int[], $4::text[], $5::jsonb[]) AS batch(seq, type, data)
           ON CONFLICT DO NOTHING
         )
         SELECT pg_notify($6, $7)`,
        [
          threadKey,
          runId,
          events.map((entry) => entry.seq),
          events.map((entry) => entry.event.type),
          events.map(({ event: { type: _type, ...data } }) => JSON.stringify(data)),
          RUN_EVENTS_CHANNEL,
          `${runId} ${last}`,
        ]),
      );
    },

    /** Up to `limit` of the run's stored events with a seq above `afterSeq`, in order. */
    async after(threadKey: string, runId: string, afterSeq: number, limit: number): Promise<StoredRunEvent[]> {
      const { rows } = await pool.query<{ seq: number; type: string; data: Record<string, unknown> }>(
        `SELECT seq, type, data FROM run_events
          WHERE thread_id = $1 AND run_id = $2 AND seq > $3 ORDER BY seq LIMIT $4`,
        [threadKey, runId, afterSeq, limit],
      );
      return rows.map((row) => ({ seq: row.seq, event: { ...row.data, type: row.type } as RunEvent }));
    },

    /** The seq of the run's kept `run-end`, or null while it has none (still running, or lost). */
    async endSeq(threadKey: string, runId: string): Promise<number | null> {
      const { rows } = await pool.query<{ seq: number }>(`SELECT seq FROM run_events WHERE thread_id = $1 AND run_id = $2 AND type = 'run-end' LIMIT 1`, [threadKey, runId]);
      return rows[0]?.seq ?? null;
    },

    /** Whether any event of the run is kept under this thread (a join of anything else is RUN_NOT_FOUND). */
    async exists(threadKey: string, runId: string): Promise<boolean> {
      const { rowCount } = await pool.query('SELECT 1 FROM run_events WHERE thread_id = $1 AND run_id = $2 LIMIT 1', [threadKey, runId]);
      return rowCount === 1;
    },

    /** The thread's kept runs, newest first (`runId`: that one only). */
    async runs(threadKey: string, { limit = 100, runId }: { limit?: number; runId?: string } = {}): Promise<KeptRun[]> {
      const { rows } = await pool.query<KeptRun>(
        `SELECT run_id, min(created_at) AS started_at, max(created_at) AS updated_at,
                max(data->>'status') FILTER (WHERE type = 'run-end') AS ended
           FROM run_events WHERE thread_id = $1 AND ($2::text IS NULL OR run_id = $2)
          GROUP BY run_id ORDER BY min(created_at) DESC, run_id LIMIT $3`,
        [threadKey, runId ?? null, limit],
      );
      return rows;
    },

    /**
     * Deletes the events older than `maxAgeMs`, then the oldest beyond `maxRows` in all.
     * Returns how many went.
     */
    async prune({ maxAgeMs, maxRows }: { maxAgeMs: number; maxRows: number }): Promise<number> {
      const old = await pool.query(`DELETE FROM run_events WHERE created_at < now() - $1 * interval '1 millisecond'`, [maxAgeMs]);
      // The row at position `maxRows` from the newest: it and everything older goes (ties by time go together).
      const over = await pool.query(
        `DELETE FROM run_events WHERE created_at <= (
           SELECT created_at FROM run_events ORDER BY created_at DESC OFFSET $1 LIMIT 1)`,
        [maxRows],
      );
      return (old.rowCount ?? 0) + (over.rowCount ?? 0);
    },
  };
}

export type RunEventsRepository = ReturnType<typeof runEventsRepository>;
