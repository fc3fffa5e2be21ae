import type pg from 'pg';

/** A step with a side effect, as recorded before its action ran. */
export interface StepAttempt {
  action: string;
  args: Record<string, unknown>;
  runId: string | null;
  startedAt: string;
  /** Null while the action has not returned (it is running, or its run died). */
  outcome: 'ok' | 'failed' | 'interrupted' | null;
  summary: string | null;
}

interface AttemptRow {
  action: string;
  args: Record<string, unknown>;
  run_id: string | null;
  started_at: Date;
  outcome: StepAttempt['outcome'];
  summary: string | null;
}

const toAttempt = (row: AttemptRow): StepAttempt => ({
  action: row.action,
  args: row.args,
  runId: row.run_id,
  startedAt: row.started_at.toISOString(),
  outcome: row.outcome,
  summary: row.summary,
});

/**
 * The journal that makes side effects happen at most once: a step is recorded (committed)
 * before its action runs and marked finished after, so after a crash the step that was
 * running is known, reported as "may already have happened", and not run again unasked.
 * A step is keyed by its thread and LangGraph's task id, which stays the same when the
 * graph replays the step from the same checkpoint.
 *
 * @example
 * const journal = stepAttemptsRepository(pool);
 * const earlier = await journal.begin({ threadId, stepKey: taskId, runId, action: 'open_website', args });
 * if (earlier === null) { … run it …; await journal.finish(threadId, taskId, { ok: true, summary }); }
 */
export function stepAttemptsRepository(pool: pg.Pool) {
  return {
    /**
     * Records that the step starts, unless it was started before: returns null when this
     * call recorded it (run the action), the earlier attempt when there was one (do not run
     * it again), and 'untracked' when the thread has no row (a graph run outside the service).
     */
    async begin(step: {
      threadId: string;
      stepKey: string;
      runId: string | null;
      action: string;
      args: Record<string, unknown>;
    }): Promise<StepAttempt | null | 'untracked'> {
      const { rowCount } = await pool.query(
        `WITH thread AS (SELECT thread_id FROM threads WHERE thread_id = $1 FOR KEY SHARE)
         INSERT INTO step_attempts (thread_id, step_key, run_id, action, args)
         SELECT thread_id, $2, $3, $4, $5 FROM thread
         ON CONFLICT (thread_id, step_key) DO NOTHING`,
        [step.threadId, step.stepKey, step.runId, step.action, JSON.stringify(step.args)],
      );
      if (rowCount === 1) return null;
      return (await this.find(step.threadId, step.stepKey)) ?? 'untracked';
    },

    /** The attempt recorded for a step, if any. */
    async find(threadId: string, stepKey: string): Promise<StepAttempt | null> {
      const { rows } = await pool.query<AttemptRow>(
        `SELECT action, args, run_id, started_at, outcome, summary FROM step_attempts
          WHERE thread_id = $1 AND step_key = $2`,
        [threadId, stepKey],
      );
      return rows[0] ? toAttempt(rows[0]) : null;
    },

    /** Records how the step's action ended. */
    async finish(threadId: string, stepKey: string, result: { ok: boolean; summary: string }): Promise<void> {
      await pool.query(
        `UPDATE step_attempts SET finished_at = now(), outcome = $3, summary = $4
          WHERE thread_id = $1 AND step_key = $2 AND finished_at IS NULL`,
        [threadId, stepKey, result.ok ? 'ok' : 'failed', result.summary],
      );
    },

    /**
     * For a run that now holds the thread and starts a new turn: the steps other runs started
     * and never finished (their runs died: they may or may not have happened), oldest first,
     * and whether other runs left any attempt at all (finished ones too), so a turn after which
     * there is nothing to forget does not ask to. Reads only: they are forgotten
     * (`forgetOthers`) once a turn has said so, so a turn that fails or is cancelled before its
     * answer leaves them for the next one.
     */
    async interrupted(threadId: string, runId: string): Promise<{ steps: StepAttempt[]; othersLeft: boolean }> {
      const { rows } = await pool.query<AttemptRow & { unfinished: boolean }>(
        `SELECT action, args, run_id, started_at, outcome, summary, finished_at IS NULL AS unfinished FROM step_attempts
          WHERE thread_id = $1 AND run_id IS DISTINCT FROM $2
          ORDER BY started_at, step_key`,
        [threadId, runId],
      );
      return {
        steps: rows.filter((row) => row.unfinished).map(({ unfinished: _, ...row }) => toAttempt({ ...row, outcome: 'interrupted' })),
        othersLeft: rows.length > 0,
      };
    },

    /** Forgets every attempt of other runs: the turn of `runId` has reported them, and leaves them behind. */
    async forgetOthers(threadId: string, runId: string): Promise<void> {
      await pool.query('DELETE FROM step_attempts WHERE thread_id = $1 AND run_id IS DISTINCT FROM $2', [threadId, runId]);
    },
  };
}

export type StepAttemptsRepository = ReturnType<typeof stepAttemptsRepository>;
