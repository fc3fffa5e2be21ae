import { access, readFile } from 'node:fs/promises';
import { createPlanner } from '../../planner/create-planner.ts';
import {
  type EvalReport,
  evaluatePlanner,
  formatEvalReport,
  formatEvalScore,
  holdoutFileFor,
  parseEvalCases,
} from '../../planner/evaluate.ts';
import { createActions } from '../../actions/create-actions.ts';
import { planningOnlyDependencies } from '../../actions/planning-only-dependencies.ts';
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
 * locally (no server, no database: no action runs). When FILE has a held-out companion
 * beside it (`planner.jsonl` → `planner-holdout.jsonl`, a set nobody tunes on), its score
 * is printed too. With `--json` the last line of stdout is one JSON object
 * `{total, passed, accuracy, cases: [{input, expected, got, pass}], holdout?: {file, total, passed, accuracy, cases}}`.
 *
 * @example
 * await evalCommand(context, { file: 'evals/planner.jsonl', json: true });
 */
export async function evalCommand(
  context: Pick<Context, 'stdout' | 'loadServerConfig'>,
  options: EvalOptions,
): Promise<number> {
  const cases = await readCases(options.file);
  const holdoutFile = holdoutFileFor(options.file);
  const holdoutCases = holdoutFile && (await exists(holdoutFile)) ? await readCases(holdoutFile) : undefined;
  const registry = createActions(planningOnlyDependencies());
  const planner = await createPlanner(context.loadServerConfig(), registry);
  const score = (set: ReturnType<typeof parseEvalCases>) =>
    evaluatePlanner(planner, registry, set, { concurrency: options.concurrency });
  const report = await score(cases);
  const holdout = holdoutCases ? await score(holdoutCases) : undefined;
  if (options.json) {
    const summary = {
      ...forJson(report),
      ...(holdout && holdoutFile ? { holdout: { file: holdoutFile, ...forJson(holdout) } } : {}),
    };
    context.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    const lines = [formatEvalReport(report)];
    if (holdout && holdoutFile) lines.push(`held out (${holdoutFile}, never tuned on): ${formatEvalScore(holdout)}`);
    const text = lines.join('\n');
    context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
  return 0;
}

async function readCases(file: string) {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new CliError(`can't read ${file}: ${error.message}`, 1, { cause: error });
  });
  try {
    return parseEvalCases(text);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`, 1, { cause: error });
  }
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

const forJson = ({ total, passed, accuracy, cases }: EvalReport) => ({
  total,
  passed,
  accuracy,
  cases: cases.map(({ input, expected, got, pass }) => ({ input, expected, got, pass })),
});
