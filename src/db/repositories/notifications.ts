import { randomBytes } from 'node:crypto';
import type pg from 'pg';

/** What a notification says and what it is about. */
export interface NotificationInput {
  /** What made it: `alert` (new matches), `reminder`, … Clients may branch on it. */
  kind: string;
  /** One line: "3 new remote TypeScript jobs". */
  title: string;
  /** The rest, plain text, a line an item. */
  body: string;
  /** Ids and details for clients (`alert_id`, `job_ids`, …). */
  data?: Record<string, unknown>;
}

export interface NotificationRecord {
  id: string;
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

/** The channel every process listens on; the row's trigger (migration 0012) sends `{id, owner}`. */
export const NOTIFICATIONS_CHANNEL = 'jobpilot_notifications';

const columns = 'id, kind, title, body, data, created_at, read_at';

/**
 * One owner's notifications: stored unread, listed newest first, marked read. An insert is
 * announced on `NOTIFICATIONS_CHANNEL` by a trigger, so live streams of every process see it.
 *
 * @example
 * const inbox = notificationsRepository(pool, 'default');
 * await inbox.add({ kind: 'alert', title: '2 new jobs', body: '…' });
 */
export function notificationsRepository(pool: pg.Pool, owner: string) {
  return {
    async add(input: NotificationInput, at: Date = new Date()): Promise<NotificationRecord> {
      const id = `ntf_${randomBytes(6).toString('hex')}`;
      const { rows } = await pool.query<NotificationRecord>(
        `INSERT INTO notifications (id, owner, kind, title, body, data, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${columns}`,
        [id, owner, input.kind, input.title, input.body, JSON.stringify(input.data ?? {}), at],
      );
      return rows[0] as NotificationRecord;
    },
    async get(id: string): Promise<NotificationRecord | null> {
      const { rows } = await pool.query<NotificationRecord>(`SELECT ${columns} FROM notifications WHERE owner = $1 AND id = $2`, [owner, id]);
      return rows[0] ?? null;
    },
    /** Newest first; `since` keeps those made at or after it, `unread` those not read. */
    async list(options: { since?: Date | undefined; unread?: boolean | undefined; limit?: number | undefined } = {}): Promise<NotificationRecord[]> {
      const { rows } = await pool.query<NotificationRecord>(
        `SELECT ${columns} FROM notifications
         WHERE owner = $1 AND ($2::timestamptz IS NULL OR created_at >= $2) AND (NOT $3 OR read_at IS NULL)
         ORDER BY created_at DESC, id LIMIT $4`,
        [owner, options.since ?? null, options.unread ?? false, options.limit ?? 100],
      );
      return rows;
    },
    /** Every notification of this owner, read or not. */
    async count(): Promise<number> {
      const { rows } = await pool.query<{ count: string }>(`SELECT count(*) FROM notifications WHERE owner = $1`, [owner]);
      return Number(rows[0]?.count ?? 0);
    },
    async unreadCount(): Promise<number> {
      const { rows } = await pool.query<{ count: string }>(`SELECT count(*) FROM notifications WHERE owner = $1 AND read_at IS NULL`, [owner]);
      return Number(rows[0]?.count ?? 0);
    },
    /** Marks these (or, with no ids, every unread one) read; returns how many changed. */
    async markRead(ids: readonly string[] | 'all', at: Date = new Date()): Promise<number> {
      const { rowCount } = await pool.query(
        `UPDATE notifications SET read_at = $3 WHERE owner = $1 AND read_at IS NULL AND ($2::text[] IS NULL OR id = ANY($2))`,
        [owner, ids === 'all' ? null : [...ids], at],
      );
      return rowCount ?? 0;
    },
  };
}

export type NotificationsRepository = ReturnType<typeof notificationsRepository>;
