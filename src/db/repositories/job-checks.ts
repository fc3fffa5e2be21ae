import type pg from 'pg';

/** What the last still-open check of a posting found. */
export interface JobCheck {
  job_id: string;
  status: 'open' | 'changed' | 'closed' | 'unknown';
  reason: string;
  reference: string | null;
  baseline_fingerprint: string | null;
  fingerprint: string | null;
  checked_at: string;
  /** When the status became what it is. */
  status_since: string;
}

interface JobCheckRow extends Omit<JobCheck, 'checked_at' | 'status_since'> {
  checked_at: Date;
  status_since: Date;
}

const toCheck = (row: JobCheckRow): JobCheck => ({
  ...row,
  checked_at: row.checked_at.toISOString(),
  status_since: row.status_since.toISOString(),
});

const columns = 'job_id, status, reason, reference, baseline_fingerprint, fingerprint, checked_at, status_since';

/**
 * The still-open checks of postings (migration 0014): one row per posting, the last answer,
 * the text first seen (a later difference is "changed") and since when the status holds.
 *
 * @example
 * const checks = jobChecksRepository(pool);
 * await checks.record('3f9a1c0b7d2e', { status: 'closed', reason: 'Lever answered 404', reference, fingerprint: null }, new Date());
 */
export function jobChecksRepository(pool: pg.Pool) {
  return {
    async get(jobId: string): Promise<JobCheck | null> {
      const { rows } = await pool.query<JobCheckRow>(`SELECT ${columns} FROM job_checks WHERE job_id = $1`, [jobId]);
      return rows[0] ? toCheck(rows[0]) : null;
    },

    /**
     * Stores a check's answer. The baseline text is the first one answered; `status_since`
     * moves only when the status changes. Returns the row as stored.
     */
    async record(
      jobId: string,
      result: Pick<JobCheck, 'status' | 'reason' | 'reference' | 'fingerprint'>,
      checkedAt: Date,
    ): Promise<JobCheck> {
      const { rows } = await pool.query<JobCheckRow>(
        `INSERT INTO job_checks (job_id, status, reason, reference, baseline_fingerprint, fingerprint, checked_at, status_since)
         VALUES ($1, $2, $3, $4, $5, $5, $6, $6)
         ON CONFLICT (job_id) DO UPDATE SET
           status = EXCLUDED.status,
           reason = EXCLUDED.reason,
           reference = COALESCE(EXCLUDED.reference, job_checks.reference),
           baseline_fingerprint = COALESCE(job_checks.baseline_fingerprint, EXCLUDED.fingerprint),
           fingerprint = EXCLUDED.fingerprint,
           checked_at = EXCLUDED.checked_at,
           status_since = CASE WHEN job_checks.status = EXCLUDED.status THEN job_checks.status_since ELSE EXCLUDED.checked_at END
         RETURNING ${columns}`,
        [jobId, result.status, result.reason, result.reference, result.fingerprint, checkedAt],
      );
      const row = rows[0];
      if (!row) throw new Error(`The check of ${jobId} was not stored.`);
      return toCheck(row);
    },
  };
}

export type JobChecksRepository = ReturnType<typeof jobChecksRepository>;
