/**
 * How fast the built-in planner decides, over every case in evals/planner.jsonl.
 * Run: npx tsx bench/rules-planner.bench.ts [rounds]   (20 rounds by default: ~12,000 decisions,
 * ~20 s of CPU; 200 rounds, as before, took ~200 s and moved no percentile by more than the noise)
 */
import { readFileSync } from 'node:fs';
import { evalInput, parseEvalCases } from '../src/planner/evaluate.ts';
import { createRulesPlanner } from '../src/planner/rules/rules-planner.ts';
import { createActions } from '../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../src/actions/planning-only-dependencies.ts';

const rounds = Number(process.argv[2] ?? 20);
const warmUpRounds = 3;

const registry = createActions(planningOnlyDependencies());
const planner = createRulesPlanner({ registry });
const inputs = parseEvalCases(
  readFileSync(new URL('../evals/planner.jsonl', import.meta.url), 'utf8'),
).map(evalInput);

for (let round = 0; round < warmUpRounds; round++) {
  for (const input of inputs) await planner.decide(input);
}

const nanoseconds = new Float64Array(rounds * inputs.length);
let sample = 0;
const started = process.hrtime.bigint();
for (let round = 0; round < rounds; round++) {
  for (const input of inputs) {
    const before = process.hrtime.bigint();
    await planner.decide(input);
    nanoseconds[sample++] = Number(process.hrtime.bigint() - before);
  }
}
const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;

nanoseconds.sort();
const microseconds = (value: number) => (value / 1000).toFixed(1);
const mean = nanoseconds.reduce((sum, value) => sum + value, 0) / nanoseconds.length;
const percentile = (fraction: number) =>
  nanoseconds[Math.min(nanoseconds.length - 1, Math.floor(nanoseconds.length * fraction))] ?? 0;

console.log(
  `rules planner: ${sample} decisions over ${inputs.length} cases x ${rounds} rounds (after ${warmUpRounds} warm-up rounds)`,
);
console.log(`  ${Math.round(sample / totalSeconds).toLocaleString('en-US')} decisions/s`);
console.log(
  `  mean ${microseconds(mean)} µs, p50 ${microseconds(percentile(0.5))} µs, p99 ${microseconds(percentile(0.99))} µs, max ${microseconds(nanoseconds.at(-1) ?? 0)} µs`,
);
