/**
 * Skill chips a DOCX prints a space apart, with a standard's edition ("ISO 9001:2015") or a vehicle's
 * or machine's model ("Scania R450") among them. Every line here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { separateRunTogetherChips } from '../../src/resume/sections/separate-run-together-chips.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();

describe('chips a space apart', () => {
  it('reads a colon between figures as an edition, not a group label', () => {
    expect(separateRunTogetherChips('EN 9100 ISO 9001:2015 HAZOP 8D SPC FMEA Supplier audits', vocabulary, { listed: true })).toBe(
      'EN 9100, ISO 9001:2015, HAZOP, 8D, SPC, FMEA, Supplier audits',
    );
  });

  it('sets apart the chips after a group label when an edition is among them', () => {
    expect(separateRunTogetherChips('Quality: ISO 9001:2015 Minitab SAP', vocabulary)).toBe('Quality: ISO 9001:2015, Minitab, SAP');
  });

  it('keeps a model number on the make before it', () => {
    expect(separateRunTogetherChips('Iveco S440 Volvo FH16 Renault T480', vocabulary, { listed: true })).toBe('Iveco S440, Volvo FH16, Renault T480');
  });

  it('still reads a label and its list', () => {
    expect(separateRunTogetherChips('Quality: ISO 9001, SPC', vocabulary)).toBe('Quality: ISO 9001, SPC');
  });
});
