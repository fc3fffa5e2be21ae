import { z } from 'zod';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { decideWithRetries } from './decide-with-retries.ts';
import type { Planner, PlannerInput } from './planner.ts';

const expectationSchema = z.union([
  z.strictObject({ respond: z.literal(true) }),
  z.strictObject({
    action: z.string().min(1),
    /**
     * Expected arguments: a string must be contained in the argument produced (both
     * lower-cased), a number or boolean must equal it, and `null` means "not given".
     */
    args: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  }),
]);

const messageSchema = z.object({ role: z.enum(['user', 'assistant']), content: z.string() });
const referencesSchema = z.record(z.string(), z.string());

const evalCaseSchema = z
  .object({
    input: z.string(),
    expect: expectationSchema,
    /** Optional context for multi-turn cases: what earlier steps left behind. */
    references: referencesSchema.optional(),
    /**
     * Optional earlier turns: the messages before `input`, oldest first, or an object with
     * those `messages` and the `references` they left behind.
     */
    history: z
      .union([
        z.array(messageSchema),
        z.strictObject({ messages: z.array(messageSchema).optional(), references: referencesSchema.optional() }),
      ])
      .optional(),
  })
  .transform(({ history, references, ...rest }) => {
    const messages = Array.isArray(history) ? history : history?.messages;
    const merged = { ...(Array.isArray(history) ? {} : history?.references), ...references };
    return {
      ...rest,
      ...(Object.keys(merged).length > 0 ? { references: merged } : {}),
      ...(messages ? { history: messages } : {}),
    };
  });

/** One line of an eval set: a user message and the first decision it should get. */
export type EvalCase = z.output<typeof evalCaseSchema>;
export type EvalExpectation = z.infer<typeof expectationSchema>;

/** What the planner's first decision was, or why there was none. */
export type EvalOutcome =
  | { action: string; args: Record<string, unknown> }
  | { respond: true; answer: string }
  | { error: string };

export interface EvalCaseResult {
  input: string;
  expected: EvalExpectation;
  got: EvalOutcome;
  pass: boolean;
}

export interface EvalReport {
  total: number;
  passed: number;
  /** passed / total, 0 for an empty set. */
  accuracy: number;
  cases: EvalCaseResult[];
}

export interface EvaluateOptions {
  signal?: AbortSignal | undefined;
  /**
   * Re-asks after invalid output. Default 0: the eval measures whether the first answer is
   * usable, which retries would hide.
   */
  retries?: number;
  /** Cases decided at once; raise it for remote models. Default 1. */
  concurrency?: number;
}

/**
 * Parses an eval set in JSONL: one case a line; blank lines and lines starting with `//`
 * (comments) are ignored.
 * Throws an Error naming the line number of the first bad line.
 *
 * @example
 * parseEvalCases('{"input": "open github", "expect": {"action": "open_website", "args": {"url": "github.com"}}}');
 */
export function parseEvalCases(text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!line.trim() || line.trimStart().startsWith('//')) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`Line ${index + 1} is not valid JSON: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const parsed = evalCaseSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(
        `Line ${index + 1} is not an eval case: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`,
      );
    }
    cases.push(parsed.data);
  }
  return cases;
}

/**
 * Runs each case's first planner decision and scores it. A case passes when the decision
 * is the expected action and every expected argument, lower-cased, is contained in the
 * argument produced (or when it responds and `respond: true` was expected).
 *
 * @example
 * const report = await evaluatePlanner(planner, registry, parseEvalCases(text));
 * console.log(formatEvalReport(report));
 */
export async function evaluatePlanner(
  planner: Planner,
  registry: ActionRegistry,
  cases: readonly EvalCase[],
  options: EvaluateOptions = {},
): Promise<EvalReport> {
  const results: EvalCaseResult[] = new Array(cases.length);
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < cases.length) {
      const index = nextIndex++;
      const evalCase = cases[index] as EvalCase;
      const got = await firstDecision(planner, registry, evalCase, options);
      results[index] = {
        input: evalCase.input,
        expected: evalCase.expect,
        got,
        pass: passes(evalCase.expect, got),
      };
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 1, cases.length));
  await Promise.all(Array.from({ length: workers }, worker));
  const passed = results.filter((result) => result.pass).length;
  return {
    total: cases.length,
    passed,
    accuracy: cases.length ? passed / cases.length : 0,
    cases: results,
  };
}

/**
 * The report for people: one line per failure, then "78/80 passed (97.5%)".
 *
 * @example
 * formatEvalReport({ total: 1, passed: 1, accuracy: 1, cases: [] }); // '1/1 passed (100%)'
 */
export function formatEvalReport(report: EvalReport): string {
  const failures = report.cases
    .filter((result) => !result.pass)
    .map(
      (result) =>
        `FAIL ${JSON.stringify(result.input)}: expected ${describeExpectation(result.expected)}, got ${describeOutcome(result.got)}`,
    );
  return [...failures, formatEvalScore(report)].join('\n');
}

/**
 * The score alone: "78/80 passed (97.5%)".
 *
 * @example
 * formatEvalScore({ total: 2, passed: 1, accuracy: 0.5, cases: [] }); // '1/2 passed (50%)'
 */
export function formatEvalScore(report: Pick<EvalReport, 'total' | 'passed' | 'accuracy'>): string {
  const percent = Number((report.accuracy * 100).toFixed(1));
  return `${report.passed}/${report.total} passed (${percent}%)`;
}

/**
 * The held-out companion of an eval set: `planner.jsonl` → `planner-holdout.jsonl`.
 *
 * @example
 * holdoutFileFor('evals/planner.jsonl'); // 'evals/planner-holdout.jsonl'
 */
export function holdoutFileFor(file: string): string | undefined {
  if (/-holdout\.jsonl$/.test(file) || !file.endsWith('.jsonl')) return undefined;
  return file.replace(/\.jsonl$/, '-holdout.jsonl');
}

/** The input a user's first message of a fresh turn produces. */
export function evalInput(evalCase: EvalCase): PlannerInput {
  return {
    goal: evalCase.input,
    messages: [...(evalCase.history ?? []), { role: 'user', content: evalCase.input }],
    observations: [],
    references: evalCase.references ?? {},
    stepsLeft: 8,
  };
}

async function firstDecision(
  planner: Planner,
  registry: ActionRegistry,
  evalCase: EvalCase,
  options: EvaluateOptions,
): Promise<EvalOutcome> {
  try {
    const { decision } = await decideWithRetries(planner, evalInput(evalCase), {
      registry,
      retries: options.retries ?? 0,
      signal: options.signal,
    });
    return decision.type === 'respond'
      ? { respond: true, answer: decision.answer }
      : { action: decision.step.action, args: decision.step.args };
  } catch (error) {
    // A cancelled eval stops; a planner that fails on one case only fails that case.
    if (options.signal?.aborted) throw error;
    return { error: (error as Error)?.message ?? String(error) };
  }
}

function passes(expected: EvalExpectation, got: EvalOutcome): boolean {
  if ('respond' in expected) return 'respond' in got;
  if (!('action' in got) || got.action !== expected.action) return false;
  return Object.entries(expected.args ?? {}).every(([field, value]) => {
    const produced = got.args[field];
    if (value === null) return produced === undefined || produced === null;
    if (typeof value !== 'string') return produced === value;
    return String(produced ?? '')
      .toLowerCase()
      .includes(value.toLowerCase());
  });
}

function describeExpectation(expected: EvalExpectation): string {
  if ('respond' in expected) return 'a response';
  return `${expected.action} ${JSON.stringify(expected.args ?? {})}`;
}

function describeOutcome(got: EvalOutcome): string {
  if ('error' in got) return `error: ${got.error}`;
  if ('respond' in got) return `a response: ${JSON.stringify(truncate(got.answer, 80))}`;
  return `${got.action} ${JSON.stringify(got.args)}`;
}

const truncate = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;
