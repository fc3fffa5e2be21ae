/**
 * Measures the intent classifier: k-fold accuracy on its own training utterances, intent
 * accuracy on the development set's inputs (evals/planner.jsonl, never trained on), how long
 * the model takes to load and how long the rules planner takes to decide.
 * Run: npm run nlu:measure [folds]
 */
import { readFileSync } from 'node:fs';
import { createActions } from '../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../src/actions/planning-only-dependencies.ts';
import { evalInput, parseEvalCases } from '../src/planner/evaluate.ts';
import { decodeModel, predictIntents } from '../src/planner/nlu/intent-model.ts';
import { modelFileUrl } from '../src/planner/nlu/load-intent-model.ts';
import { trainIntentModel } from '../src/planner/nlu/train-intent-model.ts';
import { trainingSet } from '../src/planner/nlu/training-set.ts';
import { createRulesPlanner } from '../src/planner/rules/rules-planner.ts';

const folds = Number(process.argv[2] ?? 5);
const registry = createActions(planningOnlyDependencies());
const set = trainingSet(registry);
const actionNames = new Set(registry.names);

// k-fold: every k-th utterance of each intent is held out in turn.
const position = new Map<string, number>();
const foldOf = set.map(({ intent }) => {
  const seen = position.get(intent) ?? 0;
  position.set(intent, seen + 1);
  return seen % folds;
});
let correct = 0;
for (let fold = 0; fold < folds; fold++) {
  const model = trainIntentModel(set.filter((_utterance, index) => foldOf[index] !== fold));
  set.forEach((utterance, index) => {
    if (foldOf[index] === fold && predictIntents(model, utterance.text)[0]?.intent === utterance.intent) correct++;
  });
}
console.log(`${folds}-fold accuracy on ${set.length} training utterances: ${percent(correct / set.length)}`);

let started = performance.now();
const text = readFileSync(modelFileUrl, 'utf8');
const model = decodeModel(JSON.parse(text));
console.log(`model load: ${(performance.now() - started).toFixed(1)} ms (${Math.round(text.length / 1024)} KB)`);

const trained = new Set(set.map(({ text: said }) => said.toLowerCase()));
const cases = parseEvalCases(readFileSync(new URL('../evals/planner.jsonl', import.meta.url), 'utf8'));
const unseen = (evalCase: (typeof cases)[number]) => evalCase.input.trim() !== '' && !trained.has(evalCase.input.trim().toLowerCase());
const actionCases = cases.filter((evalCase) => 'action' in evalCase.expect && unseen(evalCase));
const overlap = cases.filter((evalCase) => trained.has(evalCase.input.trim().toLowerCase())).length;
const right = actionCases.filter((evalCase) => 'action' in evalCase.expect && predictIntents(model, evalCase.input)[0]?.intent === evalCase.expect.action).length;
const respondCases = cases.filter((evalCase) => 'respond' in evalCase.expect && unseen(evalCase));
const conversational = respondCases.filter((evalCase) => !actionNames.has(predictIntents(model, evalCase.input)[0]?.intent ?? '')).length;
console.log(`development set (${cases.length} cases, ${overlap} also in training, left out): intent accuracy on the ${actionCases.length} action cases ${percent(right / actionCases.length)}; ${conversational}/${respondCases.length} respond cases read as no action`);

const planner = createRulesPlanner({ registry });
const inputs = cases.map(evalInput);
for (let round = 0; round < 5; round++) for (const input of inputs) await planner.decide(input);
const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const input of inputs) {
    started = performance.now();
    await planner.decide(input);
    times.push(performance.now() - started);
  }
}
console.log(`rules planner decide, every development case: ${percentiles(times)}`);

// The messages no pattern reads, which the classifier decides.
const classified: typeof inputs = [];
for (const input of inputs) {
  const output = (await planner.decide(input)) as { decision: { reason: string } };
  if (/classifier/.test(output.decision.reason)) classified.push(input);
}
const classifierTimes: number[] = [];
for (let round = 0; round < 50; round++) {
  for (const input of classified) {
    started = performance.now();
    await planner.decide(input);
    classifierTimes.push(performance.now() - started);
  }
}
console.log(`rules planner decide, the ${classified.length} cases the classifier decides: ${percentiles(classifierTimes)}`);

function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (fraction: number) => (sorted[Math.floor(sorted.length * fraction)] ?? 0).toFixed(3);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
