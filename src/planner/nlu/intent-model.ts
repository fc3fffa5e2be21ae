import { z } from 'zod';
import { featurize } from './featurize.ts';

/**
 * A multinomial logistic regression over hashed n-gram features: one row of weights per
 * intent. Stored with its weights quantised to 8 bits, so the shipped file stays small and
 * loads in a few milliseconds.
 */
export interface IntentModel {
  /** Intent names: action names, plus the conversational intents (`greeting`, `out_of_scope`, …). */
  intents: readonly string[];
  /** Size of the hashed feature space (a power of two). */
  dimensions: number;
  /** `dimensions × intents.length`, feature-major: the weights of feature f are at f·C … f·C+C−1. */
  weights: Float32Array;
  bias: Float32Array;
}

/** One intent and how likely the model thinks it is. */
export interface ScoredIntent {
  intent: string;
  probability: number;
}

export const modelFileSchema = z.object({
  format: z.literal('jobpilot-intent-model/1'),
  intents: z.array(z.string()).min(2),
  dimensions: z.number().int().positive(),
  /** Weight = byte × scale; bytes are signed, base64-encoded, feature-major. */
  scale: z.number().positive(),
  weights: z.string(),
  bias: z.array(z.number()),
  /** What the model was trained on, for people reading the file. */
  training: z.object({
    utterances: z.number().int(),
    epochs: z.number().int(),
    seed: z.number().int(),
    sha256: z.string(),
    /** Noisy forms of each utterance learned beside it (typos, text-speak, fillers), made at train time. */
    noisyForms: z.number().int().optional(),
  }),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

/**
 * Every intent with its probability (softmax over the linear scores), most likely first.
 *
 * @example
 * predictIntents(model, 'grab my screen')[0]; // { intent: 'take_screenshot', probability: 0.93 }
 */
export function predictIntents(model: IntentModel, text: string): ScoredIntent[] {
  // One message is classified again for each of its readings (its clauses, the reply to a
  // question read again next turn): the same model and words give the same scores.
  const predicted = predictions.get(model) ?? new Map<string, readonly ScoredIntent[]>();
  predictions.set(model, predicted);
  let scored = predicted.get(text);
  if (!scored) {
    scored = scoreIntents(model, text);
    if (predicted.size >= REMEMBERED_TEXTS) predicted.delete(predicted.keys().next().value as string);
    predicted.set(text, scored);
  }
  return scored.map((intent) => ({ ...intent }));
}

/** Texts classified lately, per model, with their scores. */
const predictions = new WeakMap<IntentModel, Map<string, readonly ScoredIntent[]>>();
const REMEMBERED_TEXTS = 512;

function scoreIntents(model: IntentModel, text: string): ScoredIntent[] {
  const classes = model.intents.length;
  const scores = Float64Array.from(model.bias);
  const { indices, values } = featurize(text, model.dimensions);
  for (let position = 0; position < indices.length; position++) {
    const offset = (indices[position] ?? 0) * classes;
    const value = values[position] ?? 0;
    for (let intent = 0; intent < classes; intent++) scores[intent] = (scores[intent] ?? 0) + value * (model.weights[offset + intent] ?? 0);
  }
  const probabilities = softmax(scores);
  return model.intents
    .map((intent, index) => ({ intent, probability: probabilities[index] ?? 0 }))
    .sort((left, right) => right.probability - left.probability || left.intent.localeCompare(right.intent));
}

/**
 * Scores to probabilities, numerically stable (the largest score is subtracted first).
 *
 * @example
 * softmax(Float64Array.of(2, 0)); // Float64Array [0.88, 0.12]
 */
export function softmax(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) max = Math.max(max, score);
  const exponentials = scores.map((score) => Math.exp(score - max));
  let sum = 0;
  for (const value of exponentials) sum += value;
  return exponentials.map((value) => value / sum);
}

/**
 * The model as stored: weights quantised to signed bytes, base64.
 *
 * @example
 * writeFileSync('data/intent-model.json', JSON.stringify(encodeModel(model, training)));
 */
export function encodeModel(model: IntentModel, training: ModelFile['training']): ModelFile {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? largest / 127 : 1;
  const bytes = Int8Array.from(model.weights, (weight) => Math.round(weight / scale));
  return {
    format: 'jobpilot-intent-model/1',
    intents: [...model.intents],
    dimensions: model.dimensions,
    scale: Number(scale.toPrecision(8)),
    weights: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    bias: Array.from(model.bias, (value) => Number(value.toPrecision(6))),
    training,
  };
}

/**
 * The model a stored file describes. Throws when the file is not a model of this format.
 *
 * @example
 * const model = decodeModel(JSON.parse(readFileSync(file, 'utf8')));
 */
export function decodeModel(json: unknown): IntentModel {
  const file = modelFileSchema.parse(json);
  const bytes = Buffer.from(file.weights, 'base64');
  const expected = file.dimensions * file.intents.length;
  if (bytes.length !== expected) throw new Error(`The intent model has ${bytes.length} weights; ${expected} were expected.`);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(signed.length);
  for (let at = 0; at < signed.length; at++) weights[at] = (signed[at] ?? 0) * file.scale;
  return {
    intents: file.intents,
    dimensions: file.dimensions,
    weights,
    bias: Float32Array.from(file.bias),
  };
}
