import type { ActionRegistry } from '../../actions/action-registry.ts';
import { encodeModel, type ModelFile } from './intent-model.ts';
import { defaultTrainingOptions, trainIntentModel, type TrainingOptions } from './train-intent-model.ts';
import { fingerprint, trainingSet } from './training-set.ts';
import { withNoisyForms } from './noisy-utterances.ts';

/**
 * Trains the shipped intent model from the registry's utterances and returns the file's
 * content. Deterministic: the same registry gives the same bytes.
 *
 * @example
 * writeFileSync('data/intent-model.json', serializeModelFile(buildModelFile(registry)));
 */
export function buildModelFile(registry: ActionRegistry, options: TrainingOptions = defaultTrainingOptions): ModelFile {
  const set = trainingSet(registry);
  const model = trainIntentModel(withNoisyForms(set, options.noisyForms ?? 0), options);
  const training = { utterances: set.length, epochs: options.epochs, seed: options.seed, sha256: fingerprint(set) };
  return encodeModel(model, options.noisyForms ? { ...training, noisyForms: options.noisyForms } : training);
}

/**
 * The file's text: one key a line, the weights on one long line.
 *
 * @example
 * serializeModelFile(buildModelFile(registry)).startsWith('{'); // true
 */
export const serializeModelFile = (file: ModelFile): string => `${JSON.stringify(file, null, 1)}\n`;
