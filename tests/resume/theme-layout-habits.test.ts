/**
 * Layout habits of resume themes the reader was not first tuned on: icon-font bullets,
 * label/value contact blocks, a school's field on its own line, titles, dates and highlights
 * side by side in columns. Every resume here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();

describe('icon-font bullets', () => {
  it('reads a private-use or unmapped glyph before an item as its bullet', () => {
    for (const glyph of ['\u0000', '\uf052', '\ufffd']) {
      expect(toResumeLines(`${glyph} Tuned the sourdough starter`)[0]).toEqual({
        text: 'Tuned the sourdough starter',
        bullet: true,
        markdownHeading: false,
      });
    }
  });

  it('keeps such glyphs out of the text elsewhere on the line', () => {
    expect(toResumeLines('Lisbon\uf041 PT')[0]?.text).toBe('Lisbon PT');
  });

  it('reads groups of keywords under icon bullets as separate categories', () => {
    const lines = toResumeLines(['Kitchen', '\u0000 Fermentation', '\u0000 Butchery', 'Front of house', '\u0000 Rostering', '\u0000 Wine service'].join('\n'));
    expect(parseSkills(lines, vocabulary)).toEqual([
      { name: 'Kitchen', keywords: ['Fermentation', 'Butchery'] },
      { name: 'Front of house', keywords: ['Rostering', 'Wine service'] },
    ]);
  });
});
