import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { createActions } from '../actions/create-actions.ts';
import { inMemoryCareer } from '../career/in-memory-career.ts';
import { resolveJob } from '../career/jobs/resolve-job.ts';
import { resolveResume } from '../career/resumes/resolve-resume.ts';
import { resolveDocument } from '../career/writing/resolve-document.ts';
import { decideWithRetries } from './decide-with-retries.ts';
import { type EvalWorld, evalWorldSchema, worldCareer, worldKnown, worldReferences } from './eval-world.ts';
import type { Observation, Planner, PlannerInput } from './planner.ts';

const expectationSchema = z.union([
  z.strictObject({ respond: z.literal(true) }),
  /** Answer in words with a short question ("Which job do you mean?"). */
  z.strictObject({ clarify: z.literal(true) }),
  z.strictObject({
    action: z.string().min(1),
    /**
     * Expected arguments: a string must be contained in the argument produced (both
     * lower-cased), a number or boolean must equal it, `null` means "not given", and a list
     * of strings means each is contained in one item of the list produced.
     */
    args: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])).optional(),
  }),
]);

/** Checks on the turn's final answer, case-insensitive: every `all`, at least one `any`, no `none`. */
const answerChecksSchema = z.strictObject({
  all: z.array(z.string()).optional(),
  any: z.array(z.string()).optional(),
  none: z.array(z.string()).optional(),
});

const messageSchema = z.object({ role: z.enum(['user', 'assistant']), content: z.string() });
const referencesSchema = z.record(z.string(), z.string());

const evalCaseSchema = z
  .object({
    input: z.string(),
    expect: expectationSchema,
    /** What the thread and the person's data hold (spec14); read into references and a career store. */
    world: evalWorldSchema.optional(),
    /** Checks on the turn's final answer. */
    answer: answerChecksSchema.optional(),
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
  .transform(({ history, references, world, ...rest }) => {
    const messages = Array.isArray(history) ? history : history?.messages;
    const merged = {
      ...(world ? worldReferences(world, messages) : {}),
      ...(Array.isArray(history) ? {} : history?.references),
      ...references,
    };
    return {
      ...rest,
      ...(Object.keys(merged).length > 0 ? { references: merged } : {}),
      ...(messages ? { history: messages } : {}),
      ...(world ? { world } : {}),
    };
  });

/** One line of an eval set: a user message and the first decision it should get. */
export type EvalCase = z.output<typeof evalCaseSchema>;
export type EvalExpectation = z.infer<typeof expectationSchema>;
export type AnswerChecks = z.infer<typeof answerChecksSchema>;

/** What the planner's first decision was, or why there was none. */
export type EvalOutcome =
  | { action: string; args: Record<string, unknown> }
  | { respond: true; answer: string }
  | { error: string };

/**
 * How the turn's final answer fared against the case's `answer` checks: checked (with the
 * text and, when it failed, what was wrong), or not checked and why.
 */
export type AnswerVerdict =
  | { checked: true; text: string; pass: boolean; problem?: string }
  | { checked: false; reason: string };

export interface EvalCaseResult {
  input: string;
  expected: EvalExpectation;
  got: EvalOutcome;
  /** The decision passed and, when the answer was checked, so did the answer. */
  pass: boolean;
  /** Set for cases with `answer` checks whose decision passed. */
  answer?: AnswerVerdict;
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
  /**
   * The registry that runs an action case's decision to get its final answer, built on an
   * in-memory career store seeded from the case's world. Default: every action
   * (`createActions`).
   */
  actionsFor?: (world: EvalWorld | undefined) => ActionRegistry;
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
 * argument produced or, for a job or resume in a case with a world, names the same one as
 * the actions resolve it ("2" and "the second one") (or when it responds and `respond: true` was expected, or responds
 * with a question and `clarify: true` was). A case with `answer` checks also needs its
 * final answer to pass them: the response itself, or, for an action, the planner's answer
 * after the action ran against an in-memory career store seeded from the case's world.
 * Desktop actions are never run, and a fit comparison is not (the world's fit scores are
 * not reproducible from resumes with no content): their answers are "not checked".
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
      const decided = await passes(evalCase, got);
      const answer = decided && evalCase.answer ? await finalAnswer(planner, evalCase, got, options) : undefined;
      results[index] = {
        input: evalCase.input,
        expected: evalCase.expect,
        got,
        pass: decided && (!answer?.checked || answer.pass),
        ...(answer ? { answer } : {}),
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
  return [...formatEvalMisses(report), formatEvalScore(report)].join('\n');
}

/**
 * One line per failed case: what was expected and what came, or what the answer missed.
 *
 * @example
 * formatEvalMisses(report); // ['FAIL "hi": expected a response, got take_screenshot {}']
 */
export function formatEvalMisses(report: Pick<EvalReport, 'cases'>): string[] {
  return report.cases
    .filter((result) => !result.pass)
    .map((result) =>
      result.answer?.checked
        ? `FAIL ${JSON.stringify(result.input)}: answer ${JSON.stringify(truncate(result.answer.text, 120))} ${result.answer.problem ?? 'fails its checks'}`
        : `FAIL ${JSON.stringify(result.input)}: expected ${describeExpectation(result.expected)}, got ${describeOutcome(result.got)}`,
    );
}

/**
 * The score alone: "78/80 passed (97.5%)".
 *
 * @example
 * formatEvalScore({ total: 2, passed: 1, accuracy: 0.5, cases: [] }); // '1/2 passed (50%)'
 */
export function formatEvalScore(report: Pick<EvalReport, 'total' | 'passed' | 'accuracy'> & Partial<Pick<EvalReport, 'cases'>>): string {
  const percent = Number((report.accuracy * 100).toFixed(1));
  const unchecked = (report.cases ?? []).filter((result) => result.answer && !result.answer.checked).length;
  return `${report.passed}/${report.total} passed (${percent}%)${unchecked ? `; answer not checked on ${unchecked} (decision only)` : ''}`;
}

/**
 * The held-out companion of an eval set: `planner.jsonl` → `planner-holdout.jsonl`.
 *
 * @example
 * holdoutFileFor('evals/planner.jsonl'); // 'evals/planner-holdout.jsonl'
 */
export function holdoutFileFor(file: string): string | undefined {
  if (/-holdout(?:-[\w-]+)?\.jsonl$/.test(file) || !file.endsWith('.jsonl')) return undefined;
  return file.replace(/\.jsonl$/, '-holdout.jsonl');
}

/**
 * The held-out companions among a set's neighbours (file names in its folder):
 * `planner-holdout.jsonl` first, then `planner-holdout-NAME.jsonl` by name.
 *
 * @example
 * holdoutNamesFor('planner.jsonl', ['planner-holdout-messy.jsonl', 'planner-holdout.jsonl']); // ['planner-holdout.jsonl', 'planner-holdout-messy.jsonl']
 */
export function holdoutNamesFor(name: string, neighbours: readonly string[]): string[] {
  const plain = holdoutFileFor(name);
  if (!plain) return [];
  const named = new RegExp(`^${plain.replace(/\.jsonl$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[\\w-]+\\.jsonl$`);
  return [...(neighbours.includes(plain) ? [plain] : []), ...neighbours.filter((neighbour) => named.test(neighbour)).sort()];
}

/** The input a user's first message of a fresh turn produces. */
export function evalInput(evalCase: EvalCase): PlannerInput {
  return {
    goal: evalCase.input,
    messages: [...(evalCase.history ?? []), { role: 'user', content: evalCase.input }],
    observations: [],
    references: evalCase.references ?? {},
    stepsLeft: 8,
    ...(evalCase.world ? { known: worldKnown(evalCase.world) } : {}),
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

async function passes({ expect: expected, world, references }: EvalCase, got: EvalOutcome): Promise<boolean> {
  if ('respond' in expected) return 'respond' in got;
  if ('clarify' in expected) return 'respond' in got && asksQuestion(got.answer);
  if (!('action' in got) || got.action !== expected.action) return false;
  for (const [field, value] of Object.entries(expected.args ?? {})) {
    const produced = got.args[field];
    if (value === null) {
      if (produced !== undefined && produced !== null) return false;
    } else if (Array.isArray(value)) {
      // ("mention": ["forklift licence"]: each fact asked for is among the ones produced.)
      const items = Array.isArray(produced) ? produced.map((item) => String(item).toLowerCase()) : [];
      if (!value.every((wanted) => items.some((item) => item.includes(wanted.toLowerCase())))) return false;
    } else if (typeof value !== 'string') {
      if (produced !== value) return false;
    } else if (!String(produced ?? '').toLowerCase().includes(value.toLowerCase())) {
      // "the second one" and "2" are the same job when the world says so.
      if (!world || typeof produced !== 'string' || !(await sameReferent(field, value, produced, world, references ?? {}))) return false;
    }
  }
  return true;
}

/**
 * Whether two ways of naming a job, a resume or a document ("2", "the second one"; "pdf", "my main
 * resume"; "doc_1", "the Stripe letter") mean the same one in a case's world, resolved as the actions resolve them.
 */
async function sameReferent(field: string, expected: string, produced: string, world: EvalWorld, references: Readonly<Record<string, string>>): Promise<boolean> {
  const career = inMemoryCareer({}, worldCareer(world));
  if (field === 'job') {
    const [left, right] = await Promise.all([expected, produced].map((reference) => resolveJob(reference, { references, ...career })));
    return Boolean(left?.ok && right?.ok && left.job.id === right.job.id);
  }
  if (field === 'document') {
    const [left, right] = await Promise.all([resolveDocument(expected, references, career.documents), resolveDocument(produced, references, career.documents)]);
    return left.ok && right.ok && left.document.id === right.document.id;
  }
  if (field === 'resume') {
    const [left, right] = await Promise.all([expected, produced].map((reference) => resolveResume(reference, career.resumes)));
    return Boolean(left?.ok && right?.ok && left.resume.id === right.resume.id);
  }
  return false;
}

/**
 * Whether an answer asks something: a sentence ending in "?", or one that opens with
 * which/what/where ("Which job do you mean.").
 *
 * @example
 * asksQuestion('Which job do you mean?'); // true
 */
export function asksQuestion(answer: string): boolean {
  const text = answer.trim();
  return /\?["')\]]*(?:\s|$)/.test(text) || /(?:^|[.!:]\s+)(?:which|what|where)\b/i.test(text);
}

/**
 * Applies `answer` checks to a text, case-insensitively: undefined when it passes, else
 * what was wrong ("misses all of [\"Stripe\"]").
 *
 * @example
 * answerProblem('Stripe pays the most.', { any: ['stripe'] }); // undefined
 */
export function answerProblem(text: string, checks: AnswerChecks): string | undefined {
  const lower = text.toLowerCase();
  const has = (word: string) => lower.includes(word.toLowerCase());
  const missing = (checks.all ?? []).filter((word) => !has(word));
  if (missing.length > 0) return `misses ${JSON.stringify(missing)}`;
  if (checks.any && checks.any.length > 0 && !checks.any.some(has)) return `has none of ${JSON.stringify(checks.any)}`;
  const unwanted = (checks.none ?? []).filter(has);
  if (unwanted.length > 0) return `has ${JSON.stringify(unwanted)}`;
  return undefined;
}

/** Actions that act on the desktop: never run by the eval. */
const desktopActions = new Set(['open_website', 'open_app', 'take_screenshot']);
/** Steps one turn may run before its answer; the graph allows 8. */
const turnSteps = 8;

/**
 * The turn's final answer for a case whose decision passed, checked against its `answer`:
 * a response is the answer; an action runs against the case's world, and the planner's
 * next decisions (more steps, then a response) give the answer.
 */
async function finalAnswer(
  planner: Planner,
  evalCase: EvalCase,
  first: EvalOutcome,
  options: EvaluateOptions,
): Promise<AnswerVerdict> {
  const checks = evalCase.answer ?? {};
  const verdict = (text: string): AnswerVerdict => {
    const problem = answerProblem(text, checks);
    return { checked: true, text, pass: problem === undefined, ...(problem ? { problem } : {}) };
  };
  if ('respond' in first) return verdict(first.answer);
  if (!('action' in first)) return { checked: false, reason: 'no decision' };
  const registry = (options.actionsFor ?? ((world) => createActions(inMemoryCareer({}, world ? worldCareer(world) : {}))))(evalCase.world);
  const input = evalInput(evalCase);
  let references: Record<string, string> = { ...input.references };
  const observations: Observation[] = [];
  let step: { action: string; args: Record<string, unknown> } = first;
  for (;;) {
    if (desktopActions.has(step.action)) return { checked: false, reason: `${step.action} acts on the desktop` };
    if (step.action === 'compare_jobs' && step.args.by === 'fit') {
      return { checked: false, reason: "the world's fit scores are not reproduced (its resumes have no content)" };
    }
    const ran = await runStep(registry, step, observations.length, references, options.signal);
    observations.push(ran.observation);
    references = { ...references, ...ran.references };
    try {
      const { decision } = await decideWithRetries(
        planner,
        { ...input, references, observations: [...observations], stepsLeft: turnSteps - observations.length },
        { registry, retries: options.retries ?? 0, signal: options.signal },
      );
      if (decision.type === 'respond') return verdict(decision.answer);
      if (observations.length >= turnSteps) return verdict('');
      step = decision.step;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return verdict('');
    }
  }
}

/** Runs one step as the executor does (schema first; a failure is an observation). */
async function runStep(
  registry: ActionRegistry,
  step: { action: string; args: Record<string, unknown> },
  index: number,
  references: Readonly<Record<string, string>>,
  signal: AbortSignal | undefined,
): Promise<{ observation: Observation; references?: Record<string, string> | undefined }> {
  const failed = (summary: string) => ({ observation: { index, action: step.action, args: step.args, ok: false, summary } });
  const action = registry.get(step.action);
  const parsed = registry.parseArgs(step.action, step.args);
  if (!action || !parsed.ok) return failed(parsed.ok ? `Unknown action "${step.action}".` : parsed.error);
  try {
    const result = await action.run(parsed.args, {
      signal: signal ?? new AbortController().signal,
      references,
      artifactsDir: join(tmpdir(), 'jobpilot-eval'),
    });
    const { ok, summary, data } = result;
    return { observation: { index, action: step.action, args: step.args, ok, summary, ...(data ? { data } : {}) }, references: result.references };
  } catch (error) {
    if (signal?.aborted) throw error;
    return failed(`The step failed: ${(error as Error)?.message ?? String(error)}`);
  }
}

function describeExpectation(expected: EvalExpectation): string {
  if ('respond' in expected) return 'a response';
  if ('clarify' in expected) return 'a clarifying question';
  return `${expected.action} ${JSON.stringify(expected.args ?? {})}`;
}

function describeOutcome(got: EvalOutcome): string {
  if ('error' in got) return `error: ${got.error}`;
  if ('respond' in got) return `a response: ${JSON.stringify(truncate(got.answer, 80))}`;
  return `${got.action} ${JSON.stringify(got.args)}`;
}

const truncate = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;
