// Issue 13, session 46 (#49, #60): language requirements were missed in Portuguese postings
// ("Fluência em inglês", "Espanhol é uma mais-valia"), English was dropped from a posting that
// names it "Inglês", a level beside one language of a pair was given to both, and "English C1" in
// an English posting was read as nothing. The spoken languages a resume states (a CEFR grid,
// "native", "C1") meet them, and a missing required language is named. People and postings
// here are written for this file.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';

const now = new Date('2026-12-01T00:00:00Z');

// A Porto payroll analyst with a Europass-style language grid.
const analyst: JsonResume = {
  basics: { name: 'Sílvia Ramalho', label: 'Payroll Analyst' },
  work: [{ name: 'Norteprocessos', position: 'Payroll Analyst', startDate: '2019-02', highlights: ['Ran payroll for 900 employees in SAP', 'Cut payroll corrections by 40% with Excel checks'] }],
  skills: [{ name: 'Tools', keywords: ['SAP', 'Excel'] }],
  languages: [
    { language: 'Portuguese', fluency: 'Mother tongue' },
    { language: 'English', fluency: 'C1' },
    { language: 'French', fluency: 'A2' },
  ],
};

const languages = (description: string, title = 'Analista de Payroll') =>
  analyzeMatch({ resume: analyst, posting: { title, company: 'Grupo Atlântico', description }, now }).conditions.filter((condition) => condition.kind === 'language');

describe('language requirements in a posting written in Portuguese', () => {
  it('asks English named "Inglês" at its level, and the resume’s C1 meets it', () => {
    const asked = languages('Requisitos:\n- SAP e Excel\n- Inglês fluente (C1)\n- Português nativo');
    expect(asked).toEqual([
      expect.objectContaining({ requirement: 'English (c1)', optional: false, shownBy: 'English (C1)' }),
      expect.objectContaining({ requirement: 'Portuguese (nativo)', optional: false, shownBy: 'Portuguese (Mother tongue)' }),
    ]);
  });

  it('reads "Fluência em" as a level and "é uma mais-valia" as optional', () => {
    const asked = languages('O que procuramos:\n- Experiência com SAP\n- Fluência em inglês\n- Francês é uma mais-valia');
    expect(asked).toEqual([
      expect.objectContaining({ requirement: 'English (fluência)', optional: false, shownBy: 'English (C1)' }),
      // The resume lists French at A2, and no level is asked of it: listed is shown.
      expect.objectContaining({ requirement: 'French', optional: true, shownBy: 'French' }),
    ]);
  });

  it('gives a level written beside one language of a pair to that language only', () => {
    const [portuguese, english] = languages('Requisitos:\n- SAP\n- Português fluente e inglês C2');
    expect(portuguese).toEqual(expect.objectContaining({ requirement: 'Portuguese (fluente)', shownBy: 'Portuguese (Mother tongue)' }));
    // C2 asked, C1 stated: below the level, and said so.
    expect(english).toEqual(expect.objectContaining({ requirement: 'English (c2)', shownBy: null, listedBelow: 'English at C1' }));
  });

  it('names a required language the resume does not show', () => {
    const match = analyzeMatch({ resume: analyst, posting: { title: 'Analista de Payroll', description: 'Requisitos:\n- SAP\n- Espanhol fluente\n- Inglês B2' }, now });
    const spanish = match.conditions.find((condition) => condition.requirement.startsWith('Spanish'));
    expect(spanish).toEqual(expect.objectContaining({ optional: false, shownBy: null }));
    expect(match.explanation.join('\n')).toMatch(/"Spanish \(fluente\)" \(required, weighed as a language\) is not shown on your resume/);
    // Not listed at all and asked plainly: no strong fit, said first with the cap.
    expect(match.explanation[0]).toMatch(/^The posting asks for Spanish \(fluente\) and your resume does not list Spanish, so the score is at most 60/);
    expect(match.score).toBeLessThanOrEqual(60);
  });

  it('compares no words between a Portuguese posting and an English resume', () => {
    const match = analyzeMatch({ resume: analyst, posting: { title: 'Analista de Payroll', description: 'Requisitos:\n- SAP\n- Excel\n- Inglês fluente' }, now });
    expect(match.breakdown.keywords.score).toBeNull();
    expect(match.score).toBe(100);
  });
});

describe('language requirements in other languages and in English', () => {
  it('"fließend Deutsch" asks German at a level her resume does not list', () => {
    const asked = languages('Requirements:\n- SAP payroll\n- fließend Deutsch\n- English C1', 'Payroll Specialist');
    expect(asked).toEqual([
      expect.objectContaining({ requirement: 'German (fließend)', optional: false, shownBy: null }),
      expect.objectContaining({ requirement: 'English (c1)', optional: false, shownBy: 'English (C1)' }),
    ]);
  });

  it('"English C1" in an English posting is asked, and a stated B1 is below it', () => {
    const b1: JsonResume = { ...analyst, languages: [{ language: 'Portuguese', fluency: 'Native' }, { language: 'English', fluency: 'B1' }] };
    const match = analyzeMatch({ resume: b1, posting: { title: 'Payroll Specialist', description: 'Requirements:\n- SAP\n- English C1' }, now });
    expect(match.conditions).toContainEqual(expect.objectContaining({ requirement: 'English (c1)', shownBy: null, listedBelow: 'English at B1' }));
  });

  it('a resume written in English that lists no languages shows English by being written in it', () => {
    const native: JsonResume = { ...analyst, languages: [] };
    const match = analyzeMatch({ resume: native, posting: { title: 'Payroll Specialist', description: 'Requirements:\n- SAP\n- English C1\n- Spanish a plus' }, now });
    expect(match.conditions).toContainEqual(expect.objectContaining({ requirement: 'English (c1)', shownBy: 'English (the resume is written in it)' }));
    expect(match.conditions).toContainEqual(expect.objectContaining({ requirement: 'Spanish', optional: true, shownBy: null }));
  });

  it('"Fluent English" in an English posting still goes without saying', () => {
    expect(languages('Requirements:\n- SAP\n- Fluent English', 'Payroll Specialist')).toEqual([]);
  });

  it('"Allemand apprécié" is an optional German, "Anglais courant (C1)" a required English', () => {
    const asked = languages('Profil recherché :\n- SAP et Excel\n- Anglais courant (C1)\n- Allemand apprécié', 'Gestionnaire de paie');
    expect(asked).toEqual([
      expect.objectContaining({ requirement: 'English (c1)', optional: false, shownBy: 'English (C1)' }),
      expect.objectContaining({ requirement: 'German', optional: true, shownBy: null }),
    ]);
  });
});
