/**
 * Regenerates the built-in planner's intent model (data/intent-model.json) from the
 * utterances each action owns and the planner's conversational ones. Deterministic: run it
 * after changing any utterance, and commit the result.
 * Run: npm run nlu:train
 */
import { writeFileSync } from 'node:fs';
import { createActions } from '../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../src/actions/planning-only-dependencies.ts';
import { buildModelFile, serializeModelFile } from '../src/planner/nlu/build-model-file.ts';
import { modelFileUrl } from '../src/planner/nlu/load-intent-model.ts';

const started = performance.now();
const file = buildModelFile(createActions(planningOnlyDependencies()));
const text = serializeModelFile(file);
writeFileSync(modelFileUrl, text);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Trained on ${file.training.utterances} utterances, ${file.intents.length} intents, in ${seconds}s: ${modelFileUrl.pathname} (${Math.round(text.length / 1024)} KB).`,
);
