import { describe, expect, it } from 'vitest';
import { describeResume } from '../../src/present/describe-resume.ts';

describe('describeResume', () => {
  it('says which core section was not read, so a lost section is seen before it is repeated', () => {
    const text = describeResume({ resume: { basics: { name: 'Ines Duarte' }, work: [{ name: 'Lumo Foods S.A.', position: 'Buyer', startDate: '2020-01' }] } });
    expect(text.split('\n')).toEqual(['Ines Duarte', 'Experience:', '- Buyer — Lumo Foods S.A. (2020-01 – present)', 'Education: none found', 'Skills: none found']);
  });

  it('leaves out optional sections whose entries have no names', () => {
    const text = describeResume({
      resume: { basics: { name: 'Ines Duarte' }, skills: [{ name: 'Negotiation' }], certificates: [{ name: '' }, {}], projects: [{ name: ' ' }], languages: [{ language: 'Portuguese' }] },
    });
    expect(text).not.toContain('Certificates');
    expect(text).not.toContain('Projects');
    expect(text).toContain('Languages: Portuguese');
    expect(text).toContain('Experience: none found');
  });

  // Regression (session 41): the summary after an import printed "Languages: French, English", the levels read
  // (native, fluent) nowhere to check.
  it('shows each language with the level read, and a language without one as it is', () => {
    const text = describeResume({
      resume: { basics: { name: 'Aino Virtanen' }, languages: [{ language: 'Finnish', fluency: 'Native' }, { language: 'Swedish', fluency: 'B2' }, { language: 'Estonian', fluency: ' ' }] },
    });
    expect(text).toContain('Languages: Finnish (Native), Swedish (B2), Estonian');
  });
});
