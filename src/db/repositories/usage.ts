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
  // The totals of the latest runs of this process that recorded a model call, as recorded. A run's
  // totals are asked for by the process that ran it, at its end, so they are known without a
  // query; a run with no call (the rules planner's) has none.
  const calling = new Map<string, UsageTotals>();
  const callingLimit = 10_000;
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
      if (usage.runId === null) return;
      const sum = calling.get(usage.runId) ?? { model_calls: 0, input_tokens: 0, output_tokens: 0 };
      calling.set(usage.runId, {
        model_calls: sum.model_calls + 1,
        input_tokens: sum.input_tokens + usage.inputTokens,
        output_tokens: sum.output_tokens + usage.outputTokens,
      });
      if (calling.size > callingLimit) calling.delete(calling.keys().next().value as string);
    },
    forThread: (threadId: string) => totals('thread_id', threadId),
    /** A run's totals, as the process that ran it recorded them (no query). */
    async forRun(runId: string): Promise<UsageTotals> {
      return { ...(calling.get(runId) ?? { model_calls: 0, input_tokens: 0, output_tokens: 0 }) };
    },
  };
}

export type UsageRepository = ReturnType<typeof usageRepository>;
