import type pg from 'pg';
import type { JobStatus } from '../../protocol/vocabulary.ts';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';
import { inTransaction } from '../transaction.ts';

/** One dated change in the tracker. */
export interface StatusEvent {
  status: JobStatus;
  note: string;
  at: string;
}

/** What the last still-open check found about a saved posting (`checkStillOpen`). */
export interface PostingCheck {
  status: 'open' | 'changed' | 'closed' | 'unknown';
  reason: string;
  checked_at: string;
  /** Since when the status holds ("closed since …"). */
  status_since: string;
}

/** A saved job: the posting's headline, where it stands, and how it got there. */
export interface SavedJob {
  job_id: string;
  title: string;
  company: string;
  location: string | null;
  url: string;
  status: JobStatus;
  notes: string;
  saved_at: string;
  updated_at: string;
  history: StatusEvent[];
  /** Whether the posting is still open, as last checked; null until it has been. */
  posting_check?: PostingCheck | null;
}

interface SavedRow {
  job_id: string;
  title: string;
  company: string;
  location: string | null;
  url: string;
  status: JobStatus;
  notes: string;
  saved_at: Date;
  updated_at: Date;
  history: Array<{ status: JobStatus; note: string; at: string }> | null;
  check_status: PostingCheck['status'] | null;
  check_reason: string | null;
  checked_at: Date | null;
  check_status_since: Date | null;
}

const toSaved = (row: SavedRow): SavedJob => ({
  job_id: row.job_id,
  title: row.title,
  company: row.company,
  location: row.location,
  url: row.url,
  status: row.status,
  notes: row.notes,
  saved_at: row.saved_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
  history: (row.history ?? []).map((event) => ({ ...event, at: new Date(event.at).toISOString() })),
  posting_check:
    row.check_status && row.checked_at && row.check_status_since
      ? {
          status: row.check_status,
          reason: row.check_reason ?? '',
          checked_at: row.checked_at.toISOString(),
          status_since: row.check_status_since.toISOString(),
        }
      : null,
});

const select = `SELECT s.job_id, j.title, j.company, j.location, j.url, s.status, s.notes, s.saved_at, s.updated_at,
       (SELECT jsonb_agg(jsonb_build_object('status', e.status, 'note', e.note, 'at', e.created_at) ORDER BY e.id)
          FROM job_status_events e WHERE e.owner = s.owner AND e.job_id = s.job_id) AS history,
       c.status AS check_status, c.reason AS check_reason, c.checked_at, c.status_since AS check_status_since
  FROM saved_jobs s JOIN jobs j ON j.id = s.job_id LEFT JOIN job_checks c ON c.job_id = s.job_id`;

/**
 * The application tracker: saved jobs, their status, and every change as a dated event.
 *
 * @example
 * const saved = savedJobsRepository(pool);
 * await saved.save(jobId, 'referral from Ana');
 * await saved.setStatus(jobId, 'applied');
 */
export function savedJobsRepository(pool: pg.Pool, owner: string = DEFAULT_OWNER) {
  async function get(jobId: string, client: pg.Pool | pg.PoolClient = pool): Promise<SavedJob | null> {
    const { rows } = await client.query<SavedRow>(`${select} WHERE s.owner = $1 AND s.job_id = $2`, [owner, jobId]);
    return rows[0] ? toSaved(rows[0]) : null;
  }

  return {
    get,

    /**
     * Saves a job (status `saved`); saving it again keeps its status and adds the notes.
     * Returns the saved job and whether it was new.
     */
    async save(jobId: string, notes = ''): Promise<{ saved: SavedJob; created: boolean }> {
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<{ created: boolean }>(
          `INSERT INTO saved_jobs (owner, job_id, status, notes) VALUES ($1, $2, 'saved', $3)
           ON CONFLICT (owner, job_id) DO UPDATE SET
             notes = CASE WHEN EXCLUDED.notes = '' THEN saved_jobs.notes
                          WHEN saved_jobs.notes = '' THEN EXCLUDED.notes
                          ELSE saved_jobs.notes || E'\\n' || EXCLUDED.notes END,
             updated_at = now()
           RETURNING (xmax = 0) AS created`,
          [owner, jobId, notes],
        );
        const created = rows[0]?.created ?? false;
        if (created) {
          await client.query('INSERT INTO job_status_events (owner, job_id, status, note) VALUES ($1, $2, $3, $4)', [
            owner,
            jobId,
            'saved',
            notes,
          ]);
        }
        const saved = await get(jobId, client);
        if (!saved) throw new Error(`The saved job ${jobId} vanished inside its own transaction.`);
        return { saved, created };
      });
    },

    /** Moves a job to `status` (saving it first if needed) and records the dated event (dated `at` when given: a day said, "applied yesterday"). */
    async setStatus(jobId: string, status: JobStatus, note = '', at?: Date): Promise<{ saved: SavedJob; previous: JobStatus | null }> {
      return inTransaction(pool, async (client) => {
        const before = await client.query<{ status: JobStatus }>(
          'SELECT status FROM saved_jobs WHERE owner = $1 AND job_id = $2 FOR UPDATE',
          [owner, jobId],
        );
        const previous = before.rows[0]?.status ?? null;
        await client.query(
          `INSERT INTO saved_jobs (owner, job_id, status) VALUES ($1, $2, $3)
           ON CONFLICT (owner, job_id) DO UPDATE SET status = EXCLUDED.status, updated_at = now()`,
          [owner, jobId, status],
        );
        // A stage reached on a day said ("applied yesterday") is dated that day; otherwise now.
        await client.query('INSERT INTO job_status_events (owner, job_id, status, note, created_at) VALUES ($1, $2, $3, $4, COALESCE($5, now()))', [
          owner,
          jobId,
          status,
          note,
          at ?? null,
        ]);
        const saved = await get(jobId, client);
        if (!saved) throw new Error(`The saved job ${jobId} vanished inside its own transaction.`);
        return { saved, previous };
      });
    },

    /**
     * Takes a job off the tracker: its row and its dated events. Returns what was removed
     * (so it can be put back), or null when the job was not saved.
     */
    async remove(jobId: string): Promise<SavedJob | null> {
      return inTransaction(pool, async (client) => {
        await client.query('SELECT 1 FROM saved_jobs WHERE owner = $1 AND job_id = $2 FOR UPDATE', [owner, jobId]);
        const removed = await get(jobId, client);
        if (!removed) return null;
        await client.query('DELETE FROM job_status_events WHERE owner = $1 AND job_id = $2', [owner, jobId]);
        await client.query('DELETE FROM saved_jobs WHERE owner = $1 AND job_id = $2', [owner, jobId]);
        return removed;
      });
    },

    /**
     * Puts a job's tracker entry back as `snapshot` had it (status, notes, dates and every
     * event), or takes it off when `snapshot` is null: what undo does.
     */
    async restore(jobId: string, snapshot: SavedJob | null): Promise<SavedJob | null> {
      return inTransaction(pool, async (client) => {
        await client.query('SELECT 1 FROM saved_jobs WHERE owner = $1 AND job_id = $2 FOR UPDATE', [owner, jobId]);
        await client.query('DELETE FROM job_status_events WHERE owner = $1 AND job_id = $2', [owner, jobId]);
        await client.query('DELETE FROM saved_jobs WHERE owner = $1 AND job_id = $2', [owner, jobId]);
        if (!snapshot) return null;
        await client.query(
          'INSERT INTO saved_jobs (owner, job_id, status, notes, saved_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)',
          [owner, jobId, snapshot.status, snapshot.notes, snapshot.saved_at, snapshot.updated_at],
        );
        for (const event of snapshot.history) {
          await client.query('INSERT INTO job_status_events (owner, job_id, status, note, created_at) VALUES ($1, $2, $3, $4, $5)', [
            owner,
            jobId,
            event.status,
            event.note,
            event.at,
          ]);
        }
        return get(jobId, client);
      });
    },

    /** Saved jobs, most recently changed first, optionally only those with one status. */
    async list(status?: JobStatus): Promise<SavedJob[]> {
      const { rows } = await pool.query<SavedRow>(
        `${select} WHERE s.owner = $1 AND ($2::text IS NULL OR s.status = $2) ORDER BY s.updated_at DESC, s.job_id`,
        [owner, status ?? null],
      );
      return rows.map(toSaved);
    },
  };
}

export type SavedJobsRepository = ReturnType<typeof savedJobsRepository>;
