import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';
import type { ReminderKind } from '../../protocol/vocabulary.ts';

/** A reminder as stored: what, when (and in which zone the words were read), about which job. */
export interface ReminderRecord {
  id: string;
  owner: string;
  kind: ReminderKind;
  title: string;
  job_id: string | null;
  /** The job's company and title when it is tied to one (null otherwise, or once the job left the index). */
  company: string | null;
  job_title: string | null;
  job_url: string | null;
  due_at: string;
  all_day: boolean;
  time_zone: string;
  remind_at: string;
  said: string;
  note: string;
  created_at: string;
  notified_at: string | null;
  cancelled_at: string | null;
  sequence: number;
}

/** What a new reminder is made of; the id and dates of record are the repository's. */
export interface NewReminder {
  kind: ReminderKind;
  title: string;
  jobId: string | null;
  dueAt: Date;
  allDay: boolean;
  timeZone: string;
  remindAt: Date;
  said: string;
  note?: string;
}

interface ReminderRow extends Omit<ReminderRecord, 'due_at' | 'remind_at' | 'created_at' | 'notified_at' | 'cancelled_at'> {
  due_at: Date;
  remind_at: Date;
  created_at: Date;
  notified_at: Date | null;
  cancelled_at: Date | null;
}

const toRecord = (row: ReminderRow): ReminderRecord => ({
  ...row,
  due_at: row.due_at.toISOString(),
  remind_at: row.remind_at.toISOString(),
  created_at: row.created_at.toISOString(),
  notified_at: row.notified_at?.toISOString() ?? null,
  cancelled_at: row.cancelled_at?.toISOString() ?? null,
});

const columns = `r.id, r.owner, r.kind, r.title, r.job_id, j.company, j.title AS job_title, j.url AS job_url, r.due_at, r.all_day, r.time_zone,
       r.remind_at, r.said, r.note, r.created_at, r.notified_at, r.cancelled_at, r.sequence`;
const select = `SELECT ${columns} FROM reminders r LEFT JOIN jobs j ON j.id = r.job_id`;

/** `rem_` and 10 hex characters. */
export const newReminderId = (): string => `rem_${randomBytes(5).toString('hex')}`;

/** A reminder id as people and the API write it. */
export const reminderIdPattern = /^rem_[0-9a-f]{10}$/;

/**
 * Reminders of one owner: interviews and follow-ups, tied to a saved job or free-standing.
 * `claimDue` hands each due reminder over once, whatever number of processes ask at once.
 *
 * @example
 * const reminders = remindersRepository(pool, 'default');
 * await reminders.add({ kind: 'follow_up', title: 'Follow up with Northwind', jobId: null, dueAt, allDay: true, timeZone: 'Europe/Berlin', remindAt: dueAt, said: 'on Friday' });
 * const due = await reminders.claimDue(new Date());
 */
export function remindersRepository(pool: pg.Pool, owner: string = DEFAULT_OWNER) {
  async function get(id: string): Promise<ReminderRecord | null> {
    const { rows } = await pool.query<ReminderRow>(`${select} WHERE r.owner = $1 AND r.id = $2`, [owner, id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  return {
    get,

    async add(reminder: NewReminder): Promise<ReminderRecord> {
      const id = newReminderId();
      await pool.query(
        `INSERT INTO reminders (id, owner, kind, title, job_id, due_at, all_day, time_zone, remind_at, said, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          owner,
          reminder.kind,
          reminder.title,
          reminder.jobId,
          reminder.dueAt,
          reminder.allDay,
          reminder.timeZone,
          reminder.remindAt,
          reminder.said,
          reminder.note ?? '',
        ],
      );
      const stored = await get(id);
      if (!stored) throw new Error(`The reminder ${id} vanished right after it was stored.`);
      return stored;
    },

    /**
     * Reminders soonest first: by default the ones still to come (due from `from` on) and not
     * cancelled; `all` lists every one, past and cancelled too.
     */
    async list(options: { from?: Date; all?: boolean; jobId?: string } = {}): Promise<ReminderRecord[]> {
      const all = options.all === true;
      const { rows } = await pool.query<ReminderRow>(
        `${select} WHERE r.owner = $1
            AND ($2::boolean OR (r.cancelled_at IS NULL AND r.due_at >= $3))
            AND ($4::text IS NULL OR r.job_id = $4)
          ORDER BY r.due_at, r.id`,
        [owner, all, options.from ?? new Date(0), options.jobId ?? null],
      );
      return rows.map(toRecord);
    },

    /** Cancels a reminder (kept, so calendars that hold its event are told); null when there is no such reminder. */
    async cancel(id: string, at: Date): Promise<{ reminder: ReminderRecord; changed: boolean } | null> {
      const { rowCount } = await pool.query(
        `UPDATE reminders SET cancelled_at = $3, sequence = sequence + 1
          WHERE owner = $1 AND id = $2 AND cancelled_at IS NULL`,
        [owner, id, at],
      );
      const reminder = await get(id);
      return reminder ? { reminder, changed: (rowCount ?? 0) > 0 } : null;
    },

    /** Takes back a cancel ("undo"): the reminder is pending again, SEQUENCE raised; null when there is no such reminder. */
    async restore(id: string): Promise<ReminderRecord | null> {
      await pool.query(
        `UPDATE reminders SET cancelled_at = NULL, sequence = sequence + 1
          WHERE owner = $1 AND id = $2 AND cancelled_at IS NOT NULL`,
        [owner, id],
      );
      return get(id);
    },

    /**
     * Changes a pending or told reminder (a moved interview, a new title or note), raising its
     * calendar SEQUENCE so calendars replace their copy. A new time that is still to come makes
     * it ring again. Null when there is no such reminder; `cancelled` when it was cancelled.
     */
    async update(
      id: string,
      change: { title?: string; note?: string; when?: Pick<NewReminder, 'dueAt' | 'allDay' | 'remindAt' | 'said'> },
      at: Date,
    ): Promise<ReminderRecord | 'cancelled' | null> {
      const when = change.when;
      const { rowCount } = await pool.query(
        `UPDATE reminders SET title = COALESCE($3, title), note = COALESCE($4, note),
                due_at = COALESCE($5, due_at), all_day = COALESCE($6, all_day), remind_at = COALESCE($7, remind_at), said = COALESCE($8, said),
                notified_at = CASE WHEN $7::timestamptz IS NOT NULL AND $7::timestamptz > $9 THEN NULL ELSE notified_at END,
                sequence = sequence + 1
          WHERE owner = $1 AND id = $2 AND cancelled_at IS NULL`,
        [owner, id, change.title ?? null, change.note ?? null, when?.dueAt ?? null, when?.allDay ?? null, when?.remindAt ?? null, when?.said ?? null, at],
      );
      const reminder = await get(id);
      if (!reminder) return null;
      return (rowCount ?? 0) > 0 ? reminder : 'cancelled';
    },

    /**
     * The reminders whose time to be told has come (`remind_at <= now`), not yet handed over and
     * not cancelled, soonest first. Reads only: `claimDue` is the one that hands them over.
     */
    async due(now: Date): Promise<ReminderRecord[]> {
      const { rows } = await pool.query<ReminderRow>(
        `${select} WHERE r.owner = $1 AND r.notified_at IS NULL AND r.cancelled_at IS NULL AND r.remind_at <= $2
          ORDER BY r.remind_at, r.id`,
        [owner, now],
      );
      return rows.map(toRecord);
    },
  };
}

export type RemindersRepository = ReturnType<typeof remindersRepository>;

/**
 * Every owner's reminders that are due at `now`, each marked as handed over in the same
 * statement: a reminder is returned to exactly one caller, however many processes sharing
 * the database ask at once (rows another caller is claiming are skipped, not waited for).
 * What the scheduler turns into notifications.
 *
 * @example
 * for (const reminder of await claimDueReminders(pool, new Date())) await notify(reminder);
 */
export async function claimDueReminders(pool: pg.Pool, now: Date, limit = 100): Promise<ReminderRecord[]> {
  const { rows } = await pool.query<ReminderRow>(
    `WITH claimed AS (
       UPDATE reminders SET notified_at = $1
        WHERE id IN (SELECT id FROM reminders
                      WHERE notified_at IS NULL AND cancelled_at IS NULL AND remind_at <= $1
                      ORDER BY remind_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING *)
     SELECT ${columns} FROM claimed r LEFT JOIN jobs j ON j.id = r.job_id ORDER BY r.remind_at, r.id`,
    [now, limit],
  );
  return rows.map(toRecord);
}
