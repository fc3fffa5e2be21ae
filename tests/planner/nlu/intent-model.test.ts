import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActions } from '../../../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../../../src/actions/planning-only-dependencies.ts';
import { buildModelFile } from '../../../src/planner/nlu/build-model-file.ts';
import { featurize, wordsOf } from '../../../src/planner/nlu/featurize.ts';
import { decodeModel, encodeModel, predictIntents } from '../../../src/planner/nlu/intent-model.ts';
import { loadIntentModel, modelFileUrl } from '../../../src/planner/nlu/load-intent-model.ts';
import { trainIntentModel } from '../../../src/planner/nlu/train-intent-model.ts';
import { trainingSet } from '../../../src/planner/nlu/training-set.ts';

const tiny = [
  { text: 'take a screenshot', intent: 'shot' },
  { text: 'capture my screen', intent: 'shot' },
  { text: 'grab the desktop', intent: 'shot' },
  { text: 'find rust jobs', intent: 'search' },
  { text: 'look for nursing roles in Leeds', intent: 'search' },
  { text: 'any remote design openings', intent: 'search' },
  { text: 'hello there', intent: 'greeting' },
  { text: 'hi jobpilot', intent: 'greeting' },
];
const tinyOptions = { dimensions: 1024, epochs: 20, seed: 7, learningRate: 0.6, decay: 0.004 };

describe('the shipped intent model', () => {
  it('is exactly what `npm run nlu:train` produces from the utterances in the repo', () => {
    const committed: unknown = JSON.parse(readFileSync(modelFileUrl, 'utf8'));
    // If this fails after you changed an utterance: run `npm run nlu:train` and commit data/intent-model.json.
    expect(buildModelFile(createActions(planningOnlyDependencies()))).toEqual(committed);
  }, 300_000);

  it('knows every action of the registry and the conversational intents', () => {
    const registry = createActions(planningOnlyDependencies());
    const intents = loadIntentModel().intents;
    for (const name of registry.names) expect(intents).toContain(name);
    for (const name of ['greeting', 'thanks', 'farewell', 'help', 'out_of_scope']) expect(intents).toContain(name);
  });

  it('learns from each action\'s own utterances, 40 or more per action', () => {
    const registry = createActions(planningOnlyDependencies());
    const set = trainingSet(registry);
    for (const name of registry.names) expect(set.filter(({ intent }) => intent === name).length, name).toBeGreaterThanOrEqual(40);
  });
});

describe('training', () => {
  it('is deterministic: the same utterances and seed give the same bytes', () => {
    const first = encodeModel(trainIntentModel(tiny, tinyOptions), { utterances: tiny.length, epochs: 20, seed: 7, sha256: '' });
    const second = encodeModel(trainIntentModel([...tiny], tinyOptions), { utterances: tiny.length, epochs: 20, seed: 7, sha256: '' });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('learns a tiny set', () => {
    const model = trainIntentModel(tiny, tinyOptions);
    expect(predictIntents(model, 'screenshot my desktop')[0]?.intent).toBe('shot');
    expect(predictIntents(model, 'find python jobs in Leeds')[0]?.intent).toBe('search');
  });
});

describe('predictIntents', () => {
  const model = loadIntentModel();

  it.each(['take a screenshot', 'what is the weather', 'asdf qwer', ''])('gives probabilities that sum to 1, most likely first: "%s"', (text) => {
    const scored = predictIntents(model, text);
    expect(scored).toHaveLength(model.intents.length);
    expect(scored.reduce((sum, { probability }) => sum + probability, 0)).toBeCloseTo(1, 6);
    for (const [index, { probability }] of scored.entries()) {
      expect(probability).toBeGreaterThanOrEqual(0);
      expect(probability).toBeLessThanOrEqual(scored[index - 1]?.probability ?? 1);
    }
  });

  it('is sure of plain requests and unsure of gibberish', () => {
    expect(predictIntents(model, 'write a cover letter for the Stripe job')[0]).toMatchObject({ intent: 'write_cover_letter' });
    expect(predictIntents(model, 'write a cover letter for the Stripe job')[0]?.probability).toBeGreaterThan(0.8);
    expect(predictIntents(model, 'zxq vbnm plok')[0]?.probability).toBeLessThan(0.55);
  });
});

describe('the stored format', () => {
  it('round-trips: a decoded model predicts as the trained one', () => {
    const trained = trainIntentModel(tiny, tinyOptions);
    const decoded = decodeModel(JSON.parse(JSON.stringify(encodeModel(trained, { utterances: 8, epochs: 20, seed: 7, sha256: '' }))));
    for (const { text } of tiny) expect(predictIntents(decoded, text)[0]?.intent).toBe(predictIntents(trained, text)[0]?.intent);
  });

  it('refuses a file whose weights do not fit its shape', () => {
    const file = encodeModel(trainIntentModel(tiny, tinyOptions), { utterances: 8, epochs: 20, seed: 7, sha256: '' });
    expect(() => decodeModel({ ...file, dimensions: 2048 })).toThrow(/weights/);
    expect(() => decodeModel({ ...file, format: 'something-else' })).toThrow();
  });
});

describe('features', () => {
  it('replace paths, addresses and numbers with placeholders', () => {
    expect(wordsOf('Import ~/Downloads/My-CV.pdf and open https://example.org, 3 times')).toEqual([
      'import',
      '_path_',
      'and',
      'open',
      '_url_',
      '_num_',
      'times',
    ]);
  });

  it("replace a stored document's or resume's id with one placeholder, whatever its random letters", () => {
    for (const id of ['doc_2a45a6ecec', 'res_a1b2c3d4e5', 'doc_0123456789']) {
      expect(wordsOf(`revise cover letter ${id} to be shorter`), id).toEqual(['revise', 'cover', 'letter', '_id_', 'to', 'be', 'shorter']);
    }
  });

  it('see no path in a slash inside a word (pay per hour, 24/7, and/or), and one in a path of two parts', () => {
    expect(wordsOf('$38/hr, 24/7 and/or 9/10')).not.toContain('_path_');
    expect(wordsOf('my cv is at /home/ines/cv')).toContain('_path_');
    expect(wordsOf('load ./resume and C:\\cv.docx')).toEqual(['load', '_path_', 'and', '_path_']);
  });

  it('are unit length', () => {
    const { values } = featurize('find remote rust jobs', 4096);
    expect(Math.hypot(...values)).toBeCloseTo(1, 5);
  });
});
