import { readFileSync } from 'node:fs';
import { createActions } from '../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../src/actions/planning-only-dependencies.ts';
import { evalInput, parseEvalCases } from '../src/planner/evaluate.ts';
import { createRulesPlanner } from '../src/planner/rules/rules-planner.ts';
const registry = createActions(planningOnlyDependencies());
const planner = createRulesPlanner({ registry });
const cases = parseEvalCases(readFileSync(process.argv[2] ?? 'evals/planner.jsonl', 'utf8'));
for (const c of cases) {
  const out = (await planner.decide(evalInput(c))) as { decision: { reason: string; action: string; args?: unknown; answer?: string } };
  const r = out.decision.reason;
  if (/classifier/.test(r) && (process.argv[3] !== 'acts' || out.decision.action !== 'respond')) console.log(JSON.stringify(c.input), '=>', r.slice(0, 140), '|', (out.decision.answer ?? '').slice(0, 60));
}
