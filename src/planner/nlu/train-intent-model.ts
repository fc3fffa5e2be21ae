import { featurize } from './featurize.ts';
import { type IntentModel, softmax } from './intent-model.ts';

/** One training sentence and the intent it expresses. */
export interface LabelledUtterance {
  text: string;
  intent: string;
}

export interface TrainingOptions {
  /** Size of the hashed feature space, a power of two. */
  dimensions: number;
  epochs: number;
  seed: number;
  learningRate: number;
  /** L2 shrinkage applied once per epoch. */
  decay: number;
  /** Noisy forms learned beside each utterance (`withNoisyForms`); none when left out. */
  noisyForms?: number;
}

export const defaultTrainingOptions: TrainingOptions = { dimensions: 8192, epochs: 20, seed: 14, learningRate: 0.6, decay: 0.004, noisyForms: 2 };

/**
 * Trains the intent model by stochastic gradient descent on the cross-entropy, visiting
 * the utterances in an order drawn from a seeded generator: the same utterances and options
 * give the same weights, to the bit, on every run.
 *
 * @example
 * const model = trainIntentModel([{ text: 'take a screenshot', intent: 'take_screenshot' }, …]);
 */
export function trainIntentModel(utterances: readonly LabelledUtterance[], options: TrainingOptions = defaultTrainingOptions): IntentModel {
  const intents = [...new Set(utterances.map((utterance) => utterance.intent))].sort();
  const classes = intents.length;
  const classOf = new Map(intents.map((intent, index) => [intent, index]));
  const samples = utterances.map((utterance) => ({ features: featurize(utterance.text, options.dimensions), label: classOf.get(utterance.intent) ?? 0 }));
  const weights = new Float32Array(options.dimensions * classes);
  const bias = new Float32Array(classes);
  const random = mulberry32(options.seed);
  const order = samples.map((_sample, index) => index);
  const scores = new Float64Array(classes);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch * 0.1);
    for (const index of order) {
      const { features, label } = samples[index] as (typeof samples)[number];
      scores.set(bias);
      for (let position = 0; position < features.indices.length; position++) {
        const offset = (features.indices[position] ?? 0) * classes;
        const value = features.values[position] ?? 0;
        for (let intent = 0; intent < classes; intent++) scores[intent] = (scores[intent] ?? 0) + value * (weights[offset + intent] ?? 0);
      }
      const probabilities = softmax(scores);
      for (let intent = 0; intent < classes; intent++) {
        const gradient = (probabilities[intent] ?? 0) - (intent === label ? 1 : 0);
        // (An intent the model already rules out learns nothing worth the time: most of them, after the first epochs.)
        if (Math.abs(gradient) < 1e-6) continue;
        bias[intent] = (bias[intent] ?? 0) - rate * gradient * 0.1;
        for (let position = 0; position < features.indices.length; position++) {
          const at = (features.indices[position] ?? 0) * classes + intent;
          weights[at] = (weights[at] ?? 0) - rate * gradient * (features.values[position] ?? 0);
        }
      }
    }
    const keep = 1 - options.decay;
    for (let at = 0; at < weights.length; at++) weights[at] = (weights[at] ?? 0) * keep;
  }
  return { intents, dimensions: options.dimensions, weights, bias };
}

/** A small seeded generator (mulberry32): deterministic, good enough to shuffle. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let last = items.length - 1; last > 0; last--) {
    const other = Math.floor(random() * (last + 1));
    [items[last], items[other]] = [items[other] as number, items[last] as number];
  }
}
