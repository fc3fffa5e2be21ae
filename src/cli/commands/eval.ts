import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createPlanner } from '../../planner/create-planner.ts';
import {
  type EvalReport,
  evaluatePlanner,
  formatEvalReport,
  formatEvalScore,
  holdoutNamesFor,
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
 * `jobpilot eval FILE.jsonl`: scores the configured planner on each case, locally (no
 * server, no database): its first decision and, for cases with `answer` checks, the turn's
 * final answer (an action runs against an in-memory store seeded from the case's world).
 * Held-out companions beside FILE (`planner.jsonl` → `planner-holdout.jsonl`,
 * `planner-holdout-*.jsonl`: sets nobody tunes on) are scored too, one line each, and their
 * failures are never listed beside the development set's: reading them is how a held-out set
 * stops being held out. Scoring a held-out file on its own lists them, deliberately. With `--json` the last line of stdout is one JSON object
 * `{total, passed, accuracy, cases, holdout?: {file, total, passed, accuracy}, holdouts?: [{file, total, passed, accuracy}]}`
 * (`holdout` is the first companion; a companion's totals only, never its cases).
 *
 * @example
 * await evalCommand(context, { file: 'evals/planner.jsonl', json: true });
 */
export async function evalCommand(
  context: Pick<Context, 'stdout' | 'loadServerConfig'>,
  options: EvalOptions,
): Promise<number> {
  const cases = await readCases(options.file);
  const holdoutFiles = await holdoutFilesFor(options.file);
  const holdoutCases = await Promise.all(holdoutFiles.map(async (file) => ({ file, cases: await readCases(file) })));
  const registry = createActions(planningOnlyDependencies());
  const planner = await createPlanner(context.loadServerConfig(), registry);
  const score = (set: ReturnType<typeof parseEvalCases>) =>
    evaluatePlanner(planner, registry, set, { concurrency: options.concurrency });
  const report = await score(cases);
  const holdouts: Array<{ file: string; report: EvalReport }> = [];
  for (const { file, cases: held } of holdoutCases) holdouts.push({ file, report: await score(held) });
  if (options.json) {
    const [first] = holdouts;
    const summary = {
      ...forJson(report),
      // A held-out set's totals only, never its cases: reading them is how it stops being held out.
      ...(first ? { holdout: { file: first.file, ...totals(first.report) } } : {}),
      ...(holdouts.length > 1 ? { holdouts: holdouts.map(({ file, report: held }) => ({ file, ...totals(held) })) } : {}),
    };
    context.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    const lines = [formatEvalReport(report)];
    for (const { file, report: held } of holdouts) lines.push(`held out (${file}, never tuned on): ${formatEvalScore(held)}`);
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

/** The held-out companions beside a set, as paths written like the set's. */
async function holdoutFilesFor(file: string): Promise<string[]> {
  const folder = dirname(file);
  const neighbours = await readdir(folder).catch(() => []);
  const names = holdoutNamesFor(basename(file), neighbours);
  return names.map((name) => (folder === '.' && !file.startsWith('.') ? name : join(folder, name)));
}

const totals = ({ total, passed, accuracy }: EvalReport) => ({ total, passed, accuracy });

const forJson = ({ total, passed, accuracy, cases }: EvalReport) => ({
  total,
  passed,
  accuracy,
  cases: cases.map(({ input, expected, got, pass, answer }) => ({ input, expected, got, pass, ...(answer ? { answer } : {}) })),
});
