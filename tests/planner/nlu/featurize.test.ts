import { describe, expect, it } from 'vitest';
import { createActions } from '../../../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../../../src/actions/planning-only-dependencies.ts';
import { featurize, wordsOf } from '../../../src/planner/nlu/featurize.ts';

/** The features as documented: each feature's text hashed with FNV-1a (the n-grams built as strings). */
function reference(text: string, dimensions: number) {
  const hash = (feature: string) => {
    let value = 0x811c9dc5;
    for (let position = 0; position < feature.length; position++) value = Math.imul(value ^ feature.charCodeAt(position), 0x01000193);
    return (value >>> 0) & (dimensions - 1);
  };
  const counts = new Map<number, number>();
  const add = (feature: string, weight: number) => counts.set(hash(feature), (counts.get(hash(feature)) ?? 0) + weight);
  const words = wordsOf(text);
  words.forEach((word, position) => {
    add(`w ${word}`, 1);
    const next = words[position + 1];
    if (next !== undefined) add(`b ${word} ${next}`, 1);
    if (word.startsWith('_')) return;
    const padded = `<${word}>`;
    for (let size = 2; size <= 5; size++) for (let start = 0; start + size <= padded.length; start++) add(`c ${padded.slice(start, start + size)}`, 0.5);
  });
  add('w <start>', 1);
  if (words[0] !== undefined) add(`b <start> ${words[0]}`, 1);
  const indices = [...counts.keys()].sort((left, right) => left - right);
  const norm = Math.sqrt(indices.reduce((sum, index) => sum + (counts.get(index) ?? 0) ** 2, 0)) || 1;
  return { indices: Uint32Array.from(indices), values: Float32Array.from(indices, (index) => (counts.get(index) ?? 0) / norm) };
}

describe('featurize', () => {
  it('gives every utterance the vector of its hashed n-gram strings, in any script', () => {
    const texts = createActions(planningOnlyDependencies()).actions.flatMap((action) => [
      ...(action.phrasing?.utterances ?? []),
      ...(action.phrasing?.examples.map((example) => example.say) ?? []),
    ]);
    texts.push('Bewerbung für Softwareentwickler in München', 'найди работу', '求人を探して', 'a', '', 'open ~/cv.pdf at https://example.com 42k');
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) expect(featurize(text, 4096), text).toEqual(reference(text, 4096));
  });
});
