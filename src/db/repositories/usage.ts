import type pg from 'pg';
import type { UsageRecord } from '../../model/usage.ts';

/** Token totals over a set of model calls. */
export interface UsageTotals {
  model_calls: number;
  input_tokens: number;
  output_tokens: number;
}

/**
 * Model usage: one row per call, with its thread and run.
 *
 * @example
 * await usageRepository(pool).record({ threadId, runId, provider: 'openai', model: 'gpt-4o-mini', purpose: 'decision', inputTokens: 812, outputTokens: 40, estimated: false });
 */
export function usageRepository(pool: pg.Pool) {
  const totals = async (column: 'thread_id' | 'run_id', id: string): Promise<UsageTotals> => {
    const { rows } = await pool.query<{ calls: string; input: string | null; output: string | null }>(
      `SELECT count(*) AS calls, sum(input_tokens) AS input, sum(output_tokens) AS output
         FROM model_usage WHERE ${column} = $1`,
      [id],
    );
    const row = rows[0];
    return {
      model_calls: Number(row?.calls ?? 0),
      input_tokens: Number(row?.input ?? 0),
      output_tokens: Number(row?.output ?? 0),
    };
  };
  return {
    async record(usage: UsageRecord): Promise<void> {
      await pool.query(
        `INSERT INTO model_usage (thread_id, run_id, provider, model, purpose, input_tokens, output_tokens, estimated)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          usage.threadId,
          usage.runId,
          usage.provider,
          usage.model,
          usage.purpose,
          usage.inputTokens,
          usage.outputTokens,
          usage.estimated,
        ],
      );
    },
    forThread: (threadId: string) => totals('thread_id', threadId),
    forRun: (runId: string) => totals('run_id', runId),
  };
}

export type UsageRepository = ReturnType<typeof usageRepository>;
