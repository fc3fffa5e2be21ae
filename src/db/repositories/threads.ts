import type pg from 'pg';
import type { PendingApproval, ThreadStatus } from '../../protocol/api.ts';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';

export interface ThreadRow {
  /** The thread's key: its id, prefixed with `<owner>/` for a named owner (see `threadKey`). */
  thread_id: string;
  owner: string;
  title: string;
  created_at: Date;
  updated_at: Date;
  active_run_id: string | null;
  active_run_expires_at: Date | null;
  pending_approval: PendingApproval | null;
}

const columns =
  'thread_id, owner, title, created_at, updated_at, active_run_id, active_run_expires_at, pending_approval';

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

/** `busy` while a live lease is held, `awaiting_approval` while an approval waits, else `idle`. */
export function threadStatus(row: ThreadRow, now = new Date()): ThreadStatus {
  if (row.active_run_id && row.active_run_expires_at && row.active_run_expires_at > now)
    return 'busy';
  if (row.pending_approval) return 'awaiting_approval';
  return 'idle';
}

/**
 * Threads: creation, listing, and the run lease that makes one run per thread hold
 * across every server process sharing the database.
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

    /** Takes the thread for a run unless another live run holds it. Returns false when busy. */
    async acquire(threadId: string, runId: string, leaseSeconds: number): Promise<boolean> {
      const { rowCount } = await pool.query(
        `UPDATE threads
            SET active_run_id = $2, active_run_expires_at = now() + make_interval(secs => $3), updated_at = now()
          WHERE thread_id = $1 AND (active_run_id IS NULL OR active_run_expires_at < now())`,
        [threadId, runId, leaseSeconds],
      );
      return rowCount === 1;
    },

    /** Extends a held lease; false when the lease was lost. */
    async renew(threadId: string, runId: string, leaseSeconds: number): Promise<boolean> {
      const { rowCount } = await pool.query(
        `UPDATE threads SET active_run_expires_at = now() + make_interval(secs => $3)
          WHERE thread_id = $1 AND active_run_id = $2`,
        [threadId, runId, leaseSeconds],
      );
      return rowCount === 1;
    },

    /** Ends the run: frees the thread and records the approval it now waits for, if any. */
    async release(
      threadId: string,
      runId: string,
      pendingApproval: PendingApproval | null,
    ): Promise<void> {
      await pool.query(
        `UPDATE threads
            SET active_run_id = NULL, active_run_expires_at = NULL, pending_approval = $3, updated_at = now()
          WHERE thread_id = $1 AND active_run_id = $2`,
        [threadId, runId, pendingApproval === null ? null : JSON.stringify(pendingApproval)],
      );
    },

    /** Titles a thread after its first message. */
    async setTitleIfEmpty(threadId: string, title: string): Promise<void> {
      await pool.query(`UPDATE threads SET title = $2 WHERE thread_id = $1 AND title = ''`, [
        threadId,
        title,
      ]);
    },

    /**
     * Deletes a thread unless a live run holds it: 'deleted', 'busy' or 'missing'. One
     * statement, so a run can't take the thread between the check and the delete.
     */
    async deleteIdle(threadId: string): Promise<'deleted' | 'busy' | 'missing'> {
      const { rows } = await pool.query<{ deleted: boolean }>(
        `WITH gone AS (
           DELETE FROM threads
            WHERE thread_id = $1 AND (active_run_id IS NULL OR active_run_expires_at < now())
            RETURNING 1)
         SELECT EXISTS (SELECT 1 FROM gone) AS deleted`,
        [threadId],
      );
      if (rows[0]?.deleted) return 'deleted';
      return (await this.get(threadId)) ? 'busy' : 'missing';
    },
  };
}

export type ThreadsRepository = ReturnType<typeof threadsRepository>;
