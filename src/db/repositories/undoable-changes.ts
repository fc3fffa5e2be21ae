import type pg from 'pg';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';

/**
 * What a change touched: a job's tracker entry, which resume is active, a reminder (set,
 * moved or cancelled) or an alert (deleted, paused, resumed or changed; all undone by "undo"); a document written or revised, or a resume's content corrected (recorded so that
 * an undo right after one says it cannot reverse it, rather than undoing an older change).
 */
export type UndoableKind = 'saved_job' | 'active_resume' | 'document' | 'resume_content' | 'reminder' | 'alert';

/** One change a conversation made that "undo" can put back. */
export interface UndoableChange {
  id: string;
  kind: UndoableKind;
  /** The job's id (`saved_job`), the resume that became active (`active_resume`), the document (`document`), the corrected resume (`resume_content`), the reminder (`reminder`) or the alert (`alert`). */
  subject: string;
  /** The change in words: 'saved "SRE" at Monzo'. */
  description: string;
  /** What to put back. */
  before: unknown;
  /** What the change left, to tell whether something else changed it since. */
  after: unknown;
  created_at: string;
}

interface ChangeRow extends Omit<UndoableChange, 'created_at'> {
  created_at: Date;
}

const toChange = (row: ChangeRow): UndoableChange => ({ ...row, id: String(row.id), created_at: row.created_at.toISOString() });

/**
 * The changes each conversation made to the tracker and to the active resume, newest last,
 * for "undo". A change is recorded only for a thread that exists; marking one undone is
 * atomic, so two undos never put back the same change.
 *
 * @example
 * const changes = undoableChangesRepository(pool);
 * await changes.record('thread-1', { kind: 'saved_job', subject: jobId, description: 'saved "SRE" at Monzo', before: null, after });
 * const last = await changes.latest('thread-1');
 */
export function undoableChangesRepository(pool: pg.Pool, owner: string = DEFAULT_OWNER) {
  return {
    /** Records a change of `threadId`; returns false (and records nothing) when there is no such thread. */
    async record(threadId: string, change: Omit<UndoableChange, 'id' | 'created_at'>): Promise<boolean> {
      const { rowCount } = await pool.query(
        `WITH thread AS (SELECT thread_id FROM threads WHERE thread_id = $2 FOR KEY SHARE)
         INSERT INTO undoable_changes (owner, thread_id, kind, subject, description, before, after)
         SELECT $1, thread_id, $3, $4, $5, $6, $7 FROM thread`,
        [owner, threadId, change.kind, change.subject, change.description, JSON.stringify(change.before ?? null), JSON.stringify(change.after ?? null)],
      );
      return rowCount === 1;
    },

    /** The newest change of `threadId` not undone yet, or null. */
    async latest(threadId: string): Promise<UndoableChange | null> {
      const { rows } = await pool.query<ChangeRow>(
        `SELECT id, kind, subject, description, before, after, created_at FROM undoable_changes
          WHERE owner = $1 AND thread_id = $2 AND undone_at IS NULL ORDER BY id DESC LIMIT 1`,
        [owner, threadId],
      );
      return rows[0] ? toChange(rows[0]) : null;
    },

    /** Marks a change undone; false when it already was (another undo got there first). */
    async markUndone(id: string): Promise<boolean> {
      const { rowCount } = await pool.query(
        'UPDATE undoable_changes SET undone_at = now() WHERE owner = $1 AND id = $2 AND undone_at IS NULL',
        [owner, id],
      );
      return rowCount === 1;
    },
  };
}

export type UndoableChangesRepository = ReturnType<typeof undoableChangesRepository>;
