import { createHash } from 'node:crypto';
import type { ActionRegistry } from '../../actions/action-registry.ts';
import { conversationUtterances } from './conversation-utterances.ts';
import type { LabelledUtterance } from './train-intent-model.ts';

/**
 * The classifier's training set, walked from the registry: each action's utterances and
 * examples under its name, then the planner's own conversational intents. Duplicates are
 * kept once, in first-seen order, so the set is the same on every run.
 *
 * @example
 * trainingSet(createActions(planningOnlyDependencies())).length; // ≈ 900
 */
export function trainingSet(registry: ActionRegistry): LabelledUtterance[] {
  const seen = new Set<string>();
  const set: LabelledUtterance[] = [];
  const add = (text: string, intent: string) => {
    const key = text.trim().toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    set.push({ text: text.trim(), intent });
  };
  for (const action of registry.actions) {
    const phrasing = action.phrasing;
    if (!phrasing) continue;
    for (const text of phrasing.utterances ?? []) add(text, action.name);
    for (const example of phrasing.examples) add(example.say, action.name);
  }
  for (const [intent, texts] of Object.entries(conversationUtterances)) {
    for (const text of texts) add(text, intent);
  }
  return set;
}

/**
 * A fingerprint of a training set, stored in the model file: retrain when it changes.
 *
 * @example
 * fingerprint(trainingSet(registry)) === modelFile.training.sha256; // false after an utterance changed
 */
export function fingerprint(set: readonly LabelledUtterance[]): string {
  return createHash('sha256').update(JSON.stringify(set)).digest('hex');
}
