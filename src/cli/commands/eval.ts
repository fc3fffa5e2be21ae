import { readFile } from 'node:fs/promises';
import { createPlanner } from '../../planner/create-planner.ts';
import { evaluatePlanner, formatEvalReport, parseEvalCases } from '../../planner/evaluate.ts';
import { ActionRegistry } from '../../tools/registry.ts';
import { CliError } from '../cli-error.ts';
import type { Context } from '../context.ts';

export interface EvalOptions {
  file: string;
  json: boolean;
  /** Cases decided at once (useful for remote models). */
  concurrency?: number | undefined;
}

/**
 * `jobpilot eval FILE.jsonl`: scores the configured planner's first decision on each case,
 * locally (no server). With `--json` the last line of stdout is the report as one JSON
 * object `{total, passed, accuracy, cases: [{input, expected, got, pass}]}`.
 *
 * @example
 * await evalCommand(context, { file: 'evals/planner.jsonl', json: true });
 */
export async function evalCommand(
  context: Pick<Context, 'stdout' | 'loadServerConfig'>,
  options: EvalOptions,
): Promise<number> {
  const text = await readFile(options.file, 'utf8').catch((error: Error) => {
    throw new CliError(`can't read ${options.file}: ${error.message}`, 1, { cause: error });
  });
  let cases: ReturnType<typeof parseEvalCases>;
  try {
    cases = parseEvalCases(text);
  } catch (error) {
    throw new CliError(`${options.file}: ${(error as Error).message}`, 1, { cause: error });
  }
  const registry = new ActionRegistry();
  const planner = await createPlanner(context.loadServerConfig(), registry);
  const report = await evaluatePlanner(planner, registry, cases, {
    concurrency: options.concurrency,
  });
  if (options.json) {
    const { total, passed, accuracy } = report;
    const summary = {
      total,
      passed,
      accuracy,
      cases: report.cases.map(({ input, expected, got, pass }) => ({ input, expected, got, pass })),
    };
    context.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    const text = formatEvalReport(report);
    context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
  return 0;
}
