import { readFileSync } from 'node:fs';
import { decodeModel, type IntentModel } from './intent-model.ts';

/** Where the shipped model lives (beside the skills vocabulary; the same path from dist/). */
export const modelFileUrl = new URL('../../../data/intent-model.json', import.meta.url);

let shipped: IntentModel | undefined;

/**
 * The intent model shipped with the package, read once per process.
 *
 * @example
 * predictIntents(loadIntentModel(), 'grab my screen')[0]?.intent; // 'take_screenshot'
 */
export function loadIntentModel(): IntentModel {
  shipped ??= decodeModel(JSON.parse(readFileSync(modelFileUrl, 'utf8')));
  return shipped;
}
