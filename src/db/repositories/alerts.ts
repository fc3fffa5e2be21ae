import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { JobSeniority } from '../../protocol/api.ts';
import type { EmploymentType } from '../../protocol/posting.ts';
import { inTransaction } from '../transaction.ts';

/** What an alert searches for. */
export interface AlertSearch {
  query: string;
  location: string | null;
  remote: boolean | null;
  /** With a location: remote openings as well as the place's ("Galway, remote is fine too"). */
  remote_too: boolean;
  company: string | null;
  /** Only openings the active resume fits at least this well (0–100). */
  min_fit: number | null;
  /** A yearly pay floor, as a search reads it ("paying at least 60k"): a posting stating less is left out; one stating no pay is kept. */
  min_salary: number | null;
  /** Levels kept out ("nothing senior"): none when empty. */
  exclude_seniority: JobSeniority[];
  /** Employment types kept out ("not contract", "no Werkstudent"): none when empty. */
  exclude_employment_type: EmploymentType[];
  /** Recruitment agencies' postings kept out ("no agencies"). */
  exclude_agencies: boolean;
}

export interface AlertRecord extends AlertSearch {
  id: string;
  name: string;
  /** A five-field cron expression, read in `time_zone`. */
  schedule: string;
  time_zone: string;
  paused: boolean;
  /** The next due time; null while paused. */
  next_run_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export type AlertRunStatus = 'queued' | 'running' | 'succeeded' | 'partial' | 'failed';
export type AlertRunTrigger = 'schedule' | 'catch-up' | 'manual';

export interface FailedBoard {
  source: string;
  label: string;
  code: string;
  message: string;
}

/** A board a run did not ask again: its answer from `fetched_at` was kept (its terms ask for few calls). */
export interface ReusedAnswer {
  source: string;
  label: string;
  /** ISO instants. */
  fetched_at: string;
  kept_until: string;
  reason: string;
}

export interface AlertRunRecord {
  id: string;
  alert_id: string;
  due_at: Date;
  trigger: AlertRunTrigger;
  status: AlertRunStatus;
  started_at: Date | null;
  finished_at: Date | null;
  duration_ms: number | null;
  new_matches: number;
  failed_boards: FailedBoard[];
  reused_answers: ReusedAnswer[];
  error: string | null;
}

const alertColumns =
  'id, name, query, location, remote, remote_too, company, min_fit, min_salary, exclude_seniority, exclude_employment_type, exclude_agencies, schedule, time_zone, paused, next_run_at, created_at, updated_at';
const runColumns =
  'id::text AS id, alert_id, due_at, trigger, status, started_at, finished_at, duration_ms, new_matches, failed_boards, reused_answers, error';

/** An alert's exclusions and pay floor as the last four parameters of an insert or update (absent ones: none). */
const exclusionsOf = (alert: Partial<Pick<AlertSearch, 'exclude_seniority' | 'exclude_employment_type' | 'exclude_agencies' | 'min_salary'>>) => [
  alert.exclude_seniority ?? [],
  alert.exclude_employment_type ?? [],
  alert.exclude_agencies ?? false,
  alert.min_salary ?? null,
];

/** Unique violation: that due time of that alert already has its run. */
const UNIQUE_VIOLATION = '23505';

/**
 * One owner's alerts and their runs.
 *
 * @example
 * const alerts = alertsRepository(pool, 'default');
 * await alerts.create({ name: 'remote typescript', query: 'typescript', remote: true, … }, nextRunAt);
 */
export function alertsRepository(pool: pg.Pool, owner: string) {
  return {
    async create(
      alert: AlertSearch & { name: string; schedule: string; time_zone: string },
      nextRunAt: Date,
      at: Date,
    ): Promise<AlertRecord> {
      const id = `alert_${randomBytes(5).toString('hex')}`;
      const { rows } = await pool.query<AlertRecord>(
        `INSERT INTO alerts (id, owner, name, query, location, remote, company, min_fit, schedule, time_zone, next_run_at, created_at, updated_at, remote_too,
                             exclude_seniority, exclude_employment_type, exclude_agencies, min_salary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $15, $16, $17) RETURNING ${alertColumns}`,
        [id, owner, alert.name, alert.query, alert.location, alert.remote, alert.company, alert.min_fit, alert.schedule, alert.time_zone, nextRunAt, at, alert.remote_too, ...exclusionsOf(alert)],
      );
      return rows[0] as AlertRecord;
    },
    async list(): Promise<AlertRecord[]> {
      const { rows } = await pool.query<AlertRecord>(`SELECT ${alertColumns} FROM alerts WHERE owner = $1 ORDER BY created_at, id`, [owner]);
      return rows;
    },
    async get(id: string): Promise<AlertRecord | null> {
      const { rows } = await pool.query<AlertRecord>(`SELECT ${alertColumns} FROM alerts WHERE owner = $1 AND id = $2`, [owner, id]);
      return rows[0] ?? null;
    },
    /** Pauses (next run cleared) or resumes (next run given); null when there is no such alert. */
    async setPaused(id: string, paused: boolean, nextRunAt: Date | null, at: Date): Promise<AlertRecord | null> {
      const { rows } = await pool.query<AlertRecord>(
        `UPDATE alerts SET paused = $3, next_run_at = $4, updated_at = $5 WHERE owner = $1 AND id = $2 RETURNING ${alertColumns}`,
        [owner, id, paused, paused ? null : nextRunAt, at],
      );
      return rows[0] ?? null;
    },
    /**
     * Changes an alert's search, schedule or zone (with its name and next due time as the
     * service worked them out); null when there is no such alert. A paused alert stays paused.
     */
    async update(
      id: string,
      alert: AlertSearch & { name: string; schedule: string; time_zone: string },
      nextRunAt: Date,
      at: Date,
    ): Promise<AlertRecord | null> {
      const { rows } = await pool.query<AlertRecord>(
        `UPDATE alerts SET name = $3, query = $4, location = $5, remote = $6, company = $7, min_fit = $8, schedule = $9, time_zone = $10,
                next_run_at = CASE WHEN paused THEN NULL ELSE $11::timestamptz END, updated_at = $12, remote_too = $13,
                exclude_seniority = $14, exclude_employment_type = $15, exclude_agencies = $16, min_salary = $17
          WHERE owner = $1 AND id = $2 RETURNING ${alertColumns}`,
        [owner, id, alert.name, alert.query, alert.location, alert.remote, alert.company, alert.min_fit, alert.schedule, alert.time_zone, nextRunAt, at, alert.remote_too, ...exclusionsOf(alert)],
      );
      return rows[0] ?? null;
    },
    /**
     * Puts a deleted alert back as it was, under its own id (its runs and what it reported went
     * with it); null when an alert with that id exists.
     */
    async restore(alert: AlertRecord, nextRunAt: Date | null, at: Date): Promise<AlertRecord | null> {
      const { rows } = await pool.query<AlertRecord>(
        `INSERT INTO alerts (id, owner, name, query, location, remote, company, min_fit, schedule, time_zone, paused, next_run_at, created_at, updated_at,
                             remote_too, exclude_seniority, exclude_employment_type, exclude_agencies, min_salary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) ON CONFLICT (id) DO NOTHING RETURNING ${alertColumns}`,
        [
          alert.id, owner, alert.name, alert.query, alert.location, alert.remote, alert.company, alert.min_fit, alert.schedule, alert.time_zone, alert.paused,
          alert.paused ? null : nextRunAt, alert.created_at, at, alert.remote_too, ...exclusionsOf(alert),
        ],
      );
      return rows[0] ?? null;
    },
    /** Deletes the alert with its runs and what it reported; false when there was none. */
    async delete(id: string): Promise<boolean> {
      const { rowCount } = await pool.query(`DELETE FROM alerts WHERE owner = $1 AND id = $2`, [owner, id]);
      return (rowCount ?? 0) > 0;
    },
    /** The alert's runs, newest first. */
    async runs(id: string, limit = 20): Promise<AlertRunRecord[]> {
      const { rows } = await pool.query<AlertRunRecord>(
        `SELECT ${runColumns} FROM alert_runs r WHERE alert_id = $1 AND EXISTS (SELECT 1 FROM alerts a WHERE a.id = r.alert_id AND a.owner = $2)
         ORDER BY due_at DESC, id DESC LIMIT $3`,
        [id, owner, limit],
      );
      return rows;
    },
    /** Adds a run asked for now (`jobpilot alerts run`): queued, due `at`. */
    async queueManualRun(id: string, at: Date, enqueue: (client: pg.PoolClient, runId: string) => Promise<void>): Promise<AlertRunRecord | null> {
      return inTransaction(pool, async (client) => {
        // The alert's row is locked (FOR KEY SHARE) as it is read: a delete committed meanwhile
        // leaves no row to insert from, where a plain read would fail the insert on the foreign
        // key (a 500 for what is "there is no such alert"). The same in every insert that reads its parent.
        const { rows } = await client.query<AlertRunRecord>(
          `WITH alert AS (SELECT id FROM alerts WHERE owner = $1 AND id = $2 FOR KEY SHARE)
           INSERT INTO alert_runs (alert_id, due_at, trigger, status)
           SELECT id, $3, 'manual', 'queued' FROM alert
           ON CONFLICT (alert_id, due_at) DO NOTHING RETURNING ${runColumns}`,
          [owner, id, at],
        );
        const run = rows[0];
        if (run) await enqueue(client, run.id);
        return run ?? null;
      });
    },
  };
}

export type AlertsRepository = ReturnType<typeof alertsRepository>;

/** A due alert as the sweep sees it: any owner's. */
export interface DueAlert {
  id: string;
  owner: string;
  schedule: string;
  time_zone: string;
  next_run_at: Date;
}

/**
 * What the scheduler reads and writes across owners: the sweep that queues due runs, and a
 * run's life (started, finished) and what it reported.
 *
 * @example
 * const runs = alertRunsRepository(pool);
 * await runs.claimDue(now, nextAfter, enqueue);
 */
export function alertRunsRepository(pool: pg.Pool) {
  return {
    /**
     * Queues one run for every alert due at `now`, and moves its next due time past `now`
     * (so a machine that was off for a week runs a missed alert once, not seven times). The
     * move is a compare-and-set, and the run and its queue entry are added in the same
     * transaction: of several processes sweeping at once, one queues each due run.
     */
    async claimDue(
      now: Date,
      nextAfter: (alert: DueAlert, after: Date) => Date | null,
      enqueue: (client: pg.PoolClient, runId: string) => Promise<void>,
      /** A due time older than this before `now` was missed (the machine was off): its run is a catch-up. */
      lateMs: number,
    ): Promise<AlertRunRecord[]> {
      const { rows: due } = await pool.query<DueAlert>(
        `SELECT id, owner, schedule, time_zone, next_run_at FROM alerts WHERE NOT paused AND next_run_at <= $1 ORDER BY next_run_at LIMIT 500`,
        [now],
      );
      const queued: AlertRunRecord[] = [];
      for (const alert of due) {
        const run = await inTransaction(pool, async (client) => {
          const next = nextAfter(alert, now);
          const moved = await client.query(
            `UPDATE alerts SET next_run_at = $3 WHERE id = $1 AND next_run_at = $2 AND NOT paused`,
            [alert.id, alert.next_run_at, next],
          );
          if (moved.rowCount !== 1) return null;
          const late = now.getTime() - alert.next_run_at.getTime() > lateMs;
          try {
            const { rows } = await client.query<AlertRunRecord>(
              `INSERT INTO alert_runs (alert_id, due_at, trigger, status) VALUES ($1, $2, $3, 'queued') RETURNING ${runColumns}`,
              [alert.id, alert.next_run_at, late ? 'catch-up' : 'schedule'],
            );
            const inserted = rows[0] as AlertRunRecord;
            await enqueue(client, inserted.id);
            return inserted;
          } catch (error) {
            if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
            throw error;
          }
        });
        if (run) queued.push(run);
      }
      return queued;
    },
    /**
     * Marks a queued run running and returns it with its alert's owner; null when it is not
     * queued (already run, or its alert deleted): a job retried after a crash runs nothing twice.
     */
    async start(runId: string, at: Date): Promise<(AlertRunRecord & { owner: string }) | null> {
      const { rows } = await pool.query<AlertRunRecord & { owner: string }>(
        `UPDATE alert_runs r SET status = 'running', started_at = $2 FROM alerts a
         WHERE r.id = $1 AND r.status IN ('queued', 'running') AND a.id = r.alert_id
         RETURNING r.id::text AS id, r.alert_id, r.due_at, r.trigger, r.status, r.started_at, r.finished_at, r.duration_ms,
                   r.new_matches, r.failed_boards, r.reused_answers, r.error, a.owner`,
        [runId, at],
      );
      return rows[0] ?? null;
    },
    async finish(
      runId: string,
      outcome: {
        status: AlertRunStatus;
        at: Date;
        durationMs: number;
        newMatches: number;
        failedBoards: FailedBoard[];
        reusedAnswers?: ReusedAnswer[];
        error: string | null;
      },
    ): Promise<void> {
      await pool.query(
        `UPDATE alert_runs SET status = $2, finished_at = $3, duration_ms = $4, new_matches = $5, failed_boards = $6, reused_answers = $8, error = $7 WHERE id = $1`,
        [runId, outcome.status, outcome.at, outcome.durationMs, outcome.newMatches, JSON.stringify(outcome.failedBoards), outcome.error, JSON.stringify(outcome.reusedAnswers ?? [])],
      );
    },
    /**
     * Keeps the openings not reported before by this alert, and records them as reported,
     * in one statement: two runs of one alert never both report an opening.
     */
    async markSeen(alertId: string, runId: string, openings: ReadonlyArray<{ dedupeKey: string; jobId: string }>, at: Date): Promise<Set<string>> {
      if (openings.length === 0) return new Set();
      const { rows } = await pool.query<{ dedupe_key: string }>(
        `INSERT INTO alert_seen (alert_id, dedupe_key, job_id, run_id, seen_at)
         SELECT $1, key, job, $4, $5 FROM unnest($2::text[], $3::text[]) AS o(key, job)
         ON CONFLICT (alert_id, dedupe_key) DO NOTHING RETURNING dedupe_key`,
        [alertId, openings.map((opening) => opening.dedupeKey), openings.map((opening) => opening.jobId), runId, at],
      );
      return new Set(rows.map((row) => row.dedupe_key));
    },
    /** The alert's own row (any owner), for a run. */
    async alert(alertId: string): Promise<(AlertRecord & { owner: string }) | null> {
      const { rows } = await pool.query<AlertRecord & { owner: string }>(`SELECT ${alertColumns}, owner FROM alerts WHERE id = $1`, [alertId]);
      return rows[0] ?? null;
    },
  };
}

export type AlertRunsRepository = ReturnType<typeof alertRunsRepository>;
