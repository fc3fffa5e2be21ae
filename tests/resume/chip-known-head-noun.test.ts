/**
 * Title Case chips a space apart where a chip's head noun is a skill the vocabulary knows alone
 * ("Leadership"): the plain word before it, which names nothing alone, stays on the chip.
 */
import { describe, expect, it } from 'vitest';
import { separateRunTogetherChips } from '../../src/resume/sections/separate-run-together-chips.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();

describe('a known head noun after a plain word', () => {
  it('stays on the word before it', () => {
    expect(separateRunTogetherChips('Kiln firing Glaze mixing Crew Leadership Studio safety', vocabulary, { listed: true })).toBe(
      'Kiln firing, Glaze mixing, Crew Leadership, Studio safety',
    );
  });

  it('is a chip of its own after a known skill', () => {
    expect(separateRunTogetherChips('Python Leadership Excel', vocabulary, { listed: true })).toBe('Python, Leadership, Excel');
  });
});
