import type pg from 'pg';
import { prepared } from '../prepared.ts';
import type { ChatMessage } from '../../protocol/chat-message.ts';

export interface TranscriptRow {
  id: string;
  role: ChatMessage['role'];
  content: string;
  created_at: Date;
}

/**
 * The transcript: append-only, one row per message, kept whole (the graph keeps a window).
 *
 * @example
 * await transcriptRepository(pool).append('my-thread', { role: 'user', content: 'hi' }, runId);
 */
export function transcriptRepository(pool: pg.Pool) {
  return {
    async append(threadId: string, message: ChatMessage, runId: string | null): Promise<void> {
      await pool.query(
        prepared('INSERT INTO messages (thread_id, role, content, run_id) VALUES ($1, $2, $3, $4)', [threadId, message.role, message.content, runId]),
      );
    },

    /**
     * A page of messages in chronological order: the newest `limit` ones, or the newest
     * `limit` older than message id `before`. `nextBefore` pages further back.
     */
    async page(
      threadId: string,
      options: { limit: number; before?: string | undefined },
    ): Promise<{ messages: TranscriptRow[]; nextBefore: string | null }> {
      const { rows } = await pool.query<TranscriptRow>(
        `SELECT id, role, content, created_at FROM messages
          WHERE thread_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
          ORDER BY id DESC LIMIT $3`,
        [threadId, options.before ?? null, options.limit + 1],
      );
      const hasMore = rows.length > options.limit;
      const page = rows.slice(0, options.limit).reverse();
      return { messages: page, nextBefore: hasMore && page[0] ? page[0].id : null };
    },

    /** The newest `limit` messages in chronological order, each with the run that wrote it. */
    async recentWithRuns(threadId: string, limit: number): Promise<(TranscriptRow & { run_id: string | null })[]> {
      const { rows } = await pool.query<TranscriptRow & { run_id: string | null }>(
        `SELECT id, role, content, created_at, run_id FROM messages WHERE thread_id = $1 ORDER BY id DESC LIMIT $2`,
        [threadId, limit],
      );
      return rows.reverse();
    },

    /** The newest message's role and the run that wrote it, or null for an empty thread. */
    async last(threadId: string): Promise<{ role: ChatMessage['role']; runId: string | null } | null> {
      const { rows } = await pool.query<{ role: ChatMessage['role']; run_id: string | null }>(
        'SELECT role, run_id FROM messages WHERE thread_id = $1 ORDER BY id DESC LIMIT 1',
        [threadId],
      );
      return rows[0] ? { role: rows[0].role, runId: rows[0].run_id } : null;
    },

    async count(threadId: string): Promise<number> {
      const { rows } = await pool.query<{ count: string }>(
        'SELECT count(*) FROM messages WHERE thread_id = $1',
        [threadId],
      );
      return Number(rows[0]?.count ?? 0);
    },
  };
}

export type TranscriptRepository = ReturnType<typeof transcriptRepository>;
