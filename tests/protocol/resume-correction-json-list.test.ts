import { describe, expect, it } from 'vitest';
import { correctionOfField } from '../../src/protocol/resume-correction.ts';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';

// Regression (trial s50 #22): `jobpilot resume set skills '["TIG welding (141)","MAG welding (135)"]'` stored skills
// named `["TIG welding (141)"` and `"MAG welding (135)"]`, brackets and quotes kept, without a word.
describe('a list field given as a JSON array on the command line', () => {
  it.each([
    ['skills', '["Forklift (counterbalance)", "Stock control", "SAP EWM"]', { skills: ['Forklift (counterbalance)', 'Stock control', 'SAP EWM'] }],
    ['languages', ' ["Romanian", "Italian, basic"] ', { languages: ['Romanian', 'Italian, basic'] }],
    ['certificates', '["CPC Driver Qualification", "ADR, tanks"]', { certificates: ['CPC Driver Qualification', 'ADR, tanks'] }],
    ['work.1.highlights', '["Cut picking errors by 30%", "Trained 6 new starters | nights"]', { work: { 1: { highlights: ['Cut picking errors by 30%', 'Trained 6 new starters | nights'] } } }],
  ])('%s %s is the array\'s items, each as written', (field, value, expected) => {
    const read = correctionOfField(field, value);
    expect(read.ok).toBe(true);
    expect(read.ok && read.correction).toMatchObject(expected);
  });

  it('the comma form still splits, and brackets inside a name are kept', () => {
    expect(correctionOfField('skills', 'Excel, Power BI [DAX]')).toMatchObject({ ok: true, correction: { skills: ['Excel', 'Power BI [DAX]'] } });
  });

  it.each(['["Stock control", 3]', '[Stock control, SAP EWM]'])('%s is refused with the forms that work', (value) => {
    const read = correctionOfField('skills', value);
    expect(read).toMatchObject({ ok: false });
    expect(read.ok ? '' : read.error).toMatch(/not one of strings: write it as \["A", "B"\], or as "A, B"/);
  });

  it('a bracket never closed is no array: the comma list it is', () => {
    expect(correctionOfField('skills', '["Stock control", "SAP EWM"')).toMatchObject({ ok: true, correction: { skills: ['["Stock control"', '"SAP EWM"'] } });
  });

  it('the CLI says so as a usage error naming the field', () => {
    expect(() => parseCommandLine(['resume', 'set', 'skills', '[Stock control, SAP EWM]'])).toThrow(/can't set skills: the value looks like a JSON array/);
  });
});
