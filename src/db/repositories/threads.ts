import type pg from 'pg';
import { prepared } from '../prepared.ts';
import type { PendingApproval, ThreadStatus } from '../../protocol/api.ts';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';
import type { LatestCheckpoint } from '../checkpoint-memory.ts';
import { threadLockHeldSql } from '../thread-locks.ts';
import { inTransaction } from '../transaction.ts';

export interface ThreadRow {
  /** The thread's key: its id, prefixed with `<owner>/` for a named owner (see `threadKey`). */
  thread_id: string;
  owner: string;
  title: string;
  created_at: Date;
  updated_at: Date;
  /** The run the row last recorded as holding the thread; it may have died since (see `run_in_progress`). */
  active_run_id: string | null;
  pending_approval: PendingApproval | null;
  /** A run holds the thread now: the row names one and some session holds the thread's lock. */
  run_in_progress: boolean;
}

// The lock is the truth: a row left saying "busy" by a process that died is not busy.
const columns = `thread_id, owner, title, created_at, updated_at, active_run_id, pending_approval,
  (active_run_id IS NOT NULL AND ${threadLockHeldSql}) AS run_in_progress`;

/**
 * Where an owner's thread `threadId` is stored: the id itself for the default owner (as
 * before named tokens), `<owner>/<id>` for a named one. "/" never occurs in a thread id, so
 * two owners' keys never meet and each owner has every thread id to themselves.
 *
 * @example
 * threadKey('default', 'chat-1'); // 'chat-1'
 * threadKey('alice', 'chat-1'); // 'alice/chat-1'
 */
export const threadKey = (owner: string, threadId: string): string =>
  owner === DEFAULT_OWNER ? threadId : `${owner}/${threadId}`;

/** The id a thread's owner knows it by: its key without the owner prefix. */
export const publicThreadId = (row: Pick<ThreadRow, 'thread_id' | 'owner'>): string =>
  row.owner === DEFAULT_OWNER ? row.thread_id : row.thread_id.slice(row.owner.length + 1);

/** `busy` while a run holds the thread, `awaiting_approval` while an approval waits, else `idle`. */
export function threadStatus(row: ThreadRow): ThreadStatus {
  if (row.run_in_progress) return 'busy';
  if (row.pending_approval) return 'awaiting_approval';
  return 'idle';
}

/**
 * Threads: creation, listing, the run each row records for listings (the thread's lock,
 * `thread-locks.ts`, is what keeps one run per thread), and deletion with the checkpoints.
 *
 * @example
 * const threads = threadsRepository(pool);
 * await threads.ensure('my-thread');
 */
export function threadsRepository(pool: pg.Pool) {
  return {
    /** Creates the thread (key from `threadKey`) for `owner` unless it exists. */
    async ensure(threadId: string, owner: string = DEFAULT_OWNER): Promise<ThreadRow> {
      const { rows } = await pool.query<ThreadRow>(
        `INSERT INTO threads (thread_id, owner) VALUES ($1, $2)
         ON CONFLICT (thread_id) DO UPDATE SET thread_id = EXCLUDED.thread_id
         RETURNING ${columns}`,
        [threadId, owner],
      );
      return rows[0] as ThreadRow;
    },

    async get(threadId: string): Promise<ThreadRow | null> {
      const { rows } = await pool.query<ThreadRow>(
        `SELECT ${columns} FROM threads WHERE thread_id = $1`,
        [threadId],
      );
      return rows[0] ?? null;
    },

    /** One owner's threads, most recently active first. */
    async list(limit = 100, owner: string = DEFAULT_OWNER): Promise<ThreadRow[]> {
      const { rows } = await pool.query<ThreadRow>(
        `SELECT ${columns} FROM threads WHERE owner = $2 ORDER BY updated_at DESC, thread_id LIMIT $1`,
        [limit, owner],
      );
      return rows;
    },

    /**
     * Records the run that now holds the thread's lock (for listings: `busy`), creating the
     * thread for `create.owner` when asked to; null when there is no such thread. One statement.
     * Also says how the previous run left the row: `clean` when it ended and recorded the
     * approval it left waiting (`pendingApproval`), false when a run died holding it (the row
     * still names it) — then only the checkpoint knows. `untitled` when the thread has no title
     * yet (a new one), so a turn that finds one titled need not try to title it. `attemptsLeft`
     * when other runs of the thread left step attempts (`step_attempts`): only then need a turn read them.
     * With `latestCheckpoint`, also the id of the thread's latest checkpoint (LangGraph's tables in
     * the schema `langgraph`) and how many pending writes it has: whether the one this process
     * remembers is still the latest (checkpoint-memory.ts).
     */
    async markBusy(
      threadId: string,
      runId: string,
      create?: { owner: string },
      { latestCheckpoint = false }: { latestCheckpoint?: boolean } = {},
    ): Promise<{
      clean: boolean;
      pendingApproval: PendingApproval | null;
      untitled: boolean;
      attemptsLeft: boolean;
      latestCheckpoint?: LatestCheckpoint;
    } | null> {
      // The row as it was before this statement (its snapshot); the caller holds the thread's
      // lock, so nobody else writes it meanwhile. (Not FOR UPDATE: a locking read of a row this
      // same statement updates finds no row.) Whether other runs of the thread left step attempts
      // (the at-most-once journal) is asked here too: a turn reads them only when there are some.
      const before = `WITH before AS (SELECT active_run_id, pending_approval, title FROM threads WHERE thread_id = $1)${
        latestCheckpoint
          ? `, latest AS (SELECT checkpoint_id FROM langgraph.checkpoints WHERE thread_id = $1 AND checkpoint_ns = ''
                           ORDER BY checkpoint_id DESC LIMIT 1)`
          : ''
      }`;
      const returning = `RETURNING (SELECT active_run_id FROM before) AS previous_run, (SELECT pending_approval FROM before) AS pending_approval,
                                   coalesce((SELECT title FROM before), '') = '' AS untitled,
                                   EXISTS (SELECT 1 FROM step_attempts WHERE step_attempts.thread_id = $1 AND step_attempts.run_id IS DISTINCT FROM $2) AS attempts_left${
                                     latestCheckpoint
                                       ? `, (SELECT checkpoint_id FROM latest) AS latest_checkpoint,
                                   (SELECT count(*)::int FROM langgraph.checkpoint_writes AS writes, latest
                                     WHERE writes.thread_id = $1 AND writes.checkpoint_ns = '' AND writes.checkpoint_id = latest.checkpoint_id) AS latest_writes`
                                       : ''
                                   }`;
      type Row = {
        previous_run: string | null;
        pending_approval: PendingApproval | null;
        untitled: boolean;
        attempts_left: boolean;
        latest_checkpoint?: string | null;
        latest_writes?: number;
      };
      const { rows } = create
        ? await pool.query<Row>(
            prepared(
              `${before}
             INSERT INTO threads (thread_id, owner, active_run_id) VALUES ($1, $3, $2)
             ON CONFLICT (thread_id) DO UPDATE
               SET active_run_id = EXCLUDED.active_run_id, active_run_expires_at = NULL, updated_at = now()
             ${returning}`,
              [threadId, runId, create.owner],
            ),
          )
        : await pool.query<Row>(
            prepared(
              `${before}
             UPDATE threads SET active_run_id = $2, active_run_expires_at = NULL, updated_at = now() WHERE thread_id = $1
             ${returning}`,
              [threadId, runId],
            ),
          );
      const row = rows[0];
      if (!row) return null;
      return {
        clean: row.previous_run === null,
        pendingApproval: row.pending_approval ?? null,
        untitled: row.untitled,
        attemptsLeft: row.attempts_left,
        ...(latestCheckpoint ? { latestCheckpoint: { id: row.latest_checkpoint ?? null, writes: row.latest_writes ?? 0 } } : {}),
      };
    },

    /** Ends the run in the row (before its lock is released): the approval it now waits for, if any. */
    async release(
      threadId: string,
      runId: string,
      pendingApproval: PendingApproval | null,
    ): Promise<void> {
      await pool.query(
        prepared(
          `UPDATE threads
            SET active_run_id = NULL, active_run_expires_at = NULL, pending_approval = $3, updated_at = now()
          WHERE thread_id = $1 AND active_run_id = $2`,
          [threadId, runId, pendingApproval === null ? null : JSON.stringify(pendingApproval)],
        ),
      );
    },

    /**
     * `release`, with the turn's answer appended to the transcript (as the run's assistant
     * message) in the same statement: a turn's last two writes in one round trip, and one
     * commit. Both happen or neither does.
     */
    async releaseWithAnswer(
      threadId: string,
      runId: string,
      pendingApproval: PendingApproval | null,
      answer: string,
    ): Promise<void> {
      await pool.query(
        prepared(
        `WITH answer AS (
           INSERT INTO messages (thread_id, role, content, run_id) VALUES ($1, 'assistant', $4, $2)
         )
         UPDATE threads
            SET active_run_id = NULL, active_run_expires_at = NULL, pending_approval = $3, updated_at = now()
          WHERE thread_id = $1 AND active_run_id = $2`,
        [threadId, runId, pendingApproval === null ? null : JSON.stringify(pendingApproval), answer]),
      );
    },

    /** Renames a thread; null when there is no such thread. The title is not the activity: `updated_at` stays. */
    async rename(threadId: string, title: string): Promise<ThreadRow | null> {
      const { rows } = await pool.query<ThreadRow>(
        `UPDATE threads SET title = $2 WHERE thread_id = $1 RETURNING ${columns}`,
        [threadId, title],
      );
      return rows[0] ?? null;
    },

    /** Titles a thread after its first message. */
    async setTitleIfEmpty(threadId: string, title: string): Promise<void> {
      await pool.query(prepared(`UPDATE threads SET title = $2 WHERE thread_id = $1 AND title = ''`, [threadId, title]));
    },

    /** Sets a thread's title (the LangGraph API's metadata.title); false when there is no such thread. */
    async setTitle(threadId: string, title: string): Promise<boolean> {
      const { rowCount } = await pool.query(`UPDATE threads SET title = $2, updated_at = now() WHERE thread_id = $1`, [threadId, title]);
      return rowCount === 1;
    },

    /**
     * Deletes the thread, its transcript and its checkpoints (LangGraph's tables in
     * `checkpointSchema`) in one transaction: all of it or nothing. The caller holds the
     * thread's lock, so no run starts on a half-deleted thread; `beforeCommit` may refuse
     * (throw) when it no longer does.
     */
    async deleteWithCheckpoints(
      threadId: string,
      checkpointSchema: string,
      beforeCommit: () => Promise<void> = async () => {},
    ): Promise<'deleted' | 'missing'> {
      return inTransaction(pool, async (client) => {
        const schema = client.escapeIdentifier(checkpointSchema);
        for (const table of ['checkpoint_writes', 'checkpoint_blobs', 'checkpoints'])
          await client.query(`DELETE FROM ${schema}.${table} WHERE thread_id = $1`, [threadId]);
        // The runs' kept events hold the conversation too (src/runs/record-run-events.ts).
        await client.query('DELETE FROM run_events WHERE thread_id = $1', [threadId]);
        // The transcript, usage and undo history go with the row (ON DELETE CASCADE).
        const { rowCount } = await client.query('DELETE FROM threads WHERE thread_id = $1', [threadId]);
        await beforeCommit();
        return rowCount === 1 ? 'deleted' : 'missing';
      });
    },
  };
}

export type ThreadsRepository = ReturnType<typeof threadsRepository>;
