/**
 * Dumps what the built-in planner decides for every case of evals/planner.jsonl and of every
 * development set (evals/planner-dev-*.jsonl; the held-out sets are never read): the first
 * decision as `decide` returns it (action, arguments, answer text, everything) and, for a case
 * whose answer the eval checks, the final answer. The clock is fixed, so two runs of the same
 * planner print the same bytes: run it before and after a change that must decide nothing
 * differently and diff the two files.
 * Run: npx tsx scripts/planner-decisions.ts > before.jsonl   (then again after; diff before.jsonl after.jsonl)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createActions } from '../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../src/actions/planning-only-dependencies.ts';
import { evalInput, evaluatePlanner, parseEvalCases } from '../src/planner/evaluate.ts';
import { createRulesPlanner } from '../src/planner/rules/rules-planner.ts';

const fixedNow = Date.UTC(2026, 11, 7, 10, 30);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args: ConstructorParameters<typeof Date> | []) {
    if (args.length === 0) super(fixedNow);
    else super(...(args as ConstructorParameters<typeof Date>));
  }
  static override now(): number {
    return fixedNow;
  }
}
globalThis.Date = FixedDate as DateConstructor;

const evalsUrl = new URL('../evals/', import.meta.url);
const files = [
  'planner.jsonl',
  ...readdirSync(evalsUrl)
    .filter((name) => /^planner-dev-[\w-]+\.jsonl$/.test(name))
    .sort(),
];
const registry = createActions(planningOnlyDependencies());
const planner = createRulesPlanner({ registry });
for (const file of files) {
  const cases = parseEvalCases(readFileSync(new URL(file, evalsUrl), 'utf8'));
  const report = await evaluatePlanner(planner, registry, cases);
  for (const [index, evalCase] of cases.entries()) {
    const decided = await planner.decide(evalInput(evalCase));
    const result = report.cases[index];
    console.log(JSON.stringify({ file, index, decided, final: result?.answer ?? null }));
  }
}
