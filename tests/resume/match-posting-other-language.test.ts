// Issue 13, session 39: a posting written (wholly or in part) in another language than the
// resume. Its years of experience are years asked, its language requirements are language
// requirements met or missed by the resume's languages and levels, and its words are not
// compared with an English resume's. People and postings written for this file.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting } from '../../src/resume/match.ts';
import { levelAsked, levelStated } from '../../src/resume/match/language-levels.ts';
import { otherLanguageYears } from '../../src/resume/match/years-in-other-languages.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();
const prepare = (description: string, title = 'Dispatcher') => preparePosting({ title, description }, vocabulary);

describe('years asked in another language', () => {
  it.each([
    ['- minimaal 4 jaar werkervaring als planner', 4],
    ['Je hebt min. 2 jaar ervaring in transport', 2],
    ['Sie haben 6 Jahre Berufserfahrung im Einkauf', 6],
    ['Sie bringen mindestens 3 Jahre Erfahrung in der Disposition mit', 3],
    ['Berufserfahrung von mindestens zwei Jahren', 2],
    ["Vous justifiez de 5 ans d'expérience en exploitation", 5],
    ['Au moins 3 ans dans un poste similaire', 3],
    ['Experiencia mínima de 4 años en almacén', 4],
    ['Tienes al menos 2 años de experiencia', 2],
    ['Pelo menos 3 anos de experiência em armazém', 3],
    ['Almeno 5 anni di esperienza nel settore', 5],
    ['Co najmniej 3 lata doświadczenia w logistyce', 3],
  ])('%s → %d years', (line, years) => {
    expect(prepare(line).yearsRequired).toBe(years);
  });

  it.each([
    'Wij bestaan al 40 jaar en groeien hard',
    'Un contrat de 2 ans, renouvelable',
    'Unser Team ist im Durchschnitt 3 Jahre alt',
    'Seit 12 Jahren Marktführer',
    'Werkweek van 38 uur, 25 vakantiedagen per jaar',
  ])('%s asks for no years', (line) => {
    expect(prepare(line).yearsRequired).toBeUndefined();
    expect(otherLanguageYears(line)).toEqual([]);
  });

  it('reads the field the years are asked in when the rest is in English', () => {
    const posting = prepare('- min. 4 jaar ervaring in nursing or a related field', 'Verpleegkundige');
    expect(posting.yearsRequired).toBe(4);
    expect(posting.yearsFields).toContain('healthcare');
  });

  it('a years sentence in another language is years, not a requirement line the resume must repeat', () => {
    const posting = prepare('Wat wij vragen:\n- Minimaal 3 jaar ervaring in de bouw\n- VCA VOL', 'Uitvoerder');
    expect(posting.yearsRequired).toBe(3);
    expect(posting.requirementLines.map((line) => line.label).join(' ')).not.toMatch(/jaar/);
  });
});

describe('language levels', () => {
  it.each([
    ['Vloeiend Duits in woord en geschrift', 4],
    ['Verhandlungssicheres Deutsch ist Voraussetzung', 5],
    ['Deutsch auf C1-Niveau', 5],
    ['Français courant exigé', 4],
    ['Muttersprachliches Deutsch', 6],
    ['Gute Englischkenntnisse', 3],
  ])('a posting asks %s at rank %d', (sentence, rank) => {
    const at = sentence.search(/Duits|Deutsch|Français|Englisch/);
    expect(levelAsked(sentence, at)?.rank).toBe(rank);
  });

  it.each([
    ['B1', 3],
    ['C2', 6],
    ['Native speaker', 6],
    ['fluent', 5],
    ['Muttersprache', 6],
    ['basic', 2],
    ['intermediate', 3],
  ])('a resume states %s at rank %d', (said, rank) => {
    expect(levelStated(said)?.rank).toBe(rank);
  });

  it('a level asked for one language in a sentence is not the level of another', () => {
    const sentence = 'Spanish is a plus, fluent Italian required';
    expect(levelAsked(sentence, 0)).toBeUndefined();
    expect(levelAsked(sentence, sentence.indexOf('Italian'))?.rank).toBe(4);
  });
});

const dispatcher = (languages: JsonResume['languages']): JsonResume => ({
  basics: { name: 'Tomasz Wrona', label: 'Transport Dispatcher', summary: 'Dispatcher planning 60 trucks a day across the Benelux.' },
  work: [
    {
      name: 'Frigo Trans BV',
      position: 'Transport Dispatcher',
      startDate: '2019-02',
      highlights: ['Planned routes for 60 trucks a day in TMS', 'Cut empty kilometres by 12% with Excel route analysis'],
    },
    { name: 'Rapid Freight', position: 'Planning Assistant', startDate: '2016-05', endDate: '2019-01', highlights: ['Booked loads and drivers for 25 trucks'] },
  ],
  skills: [{ name: 'Tools', keywords: ['TMS', 'Excel', 'Route Planning'] }],
  languages,
});

const posting = {
  title: 'Planner Transport',
  company: 'Van Dijk Koeltransport',
  description: [
    'Voor onze vestiging zoeken wij een planner.',
    'Wat wij vragen:',
    '- Vloeiend Nederlands in woord en geschrift',
    '- Minimaal 3 jaar ervaring als planner',
    '- Ervaring met een TMS',
    '- Excel',
    '- Duits is een pré',
  ].join('\n'),
};

describe('a language requirement in the posting’s language', () => {
  it('is a language requirement, not a missing skill, and a level below it is missed and said so', () => {
    const result = analyzeMatch({ resume: dispatcher([{ language: 'Polish', fluency: 'Native' }, { language: 'Dutch', fluency: 'B1' }]), posting, now });
    expect(result.missing.join(' ')).not.toMatch(/Nederlands|Vloeiend/);
    const dutch = result.conditions.find((condition) => condition.kind === 'language' && condition.requirement.startsWith('Dutch'));
    expect(dutch).toMatchObject({ optional: false, weighs: true, shownBy: null, listedBelow: 'Dutch at B1' });
    expect(result.explanation.join(' ')).toContain('your resume lists Dutch at B1, below the level asked');
    expect(result.advice.join(' ')).toContain('your resume lists Dutch at B1');
    expect(result.advice.join(' ')).not.toMatch(/add it to your skills|a course, a licence/);
  });

  it('is met by the language at that level or above, or listed with no level', () => {
    const fluent = analyzeMatch({ resume: dispatcher([{ language: 'Dutch', fluency: 'C1' }]), posting, now });
    const noLevel = analyzeMatch({ resume: dispatcher([{ language: 'Dutch' }]), posting, now });
    const below = analyzeMatch({ resume: dispatcher([{ language: 'Dutch', fluency: 'A2' }]), posting, now });
    const none = analyzeMatch({ resume: dispatcher([{ language: 'Polish', fluency: 'Native' }]), posting, now });
    expect(fluent.conditions.find((condition) => condition.kind === 'language' && !condition.optional)?.shownBy).toBe('Dutch (C1)');
    expect(noLevel.conditions.find((condition) => condition.kind === 'language' && !condition.optional)?.shownBy).toBe('Dutch');
    expect(fluent.score).toBeGreaterThan(below.score);
    expect(below.score).toBe(none.score);
  });

  it('an optional language in that language ("Duits is een pré") is nice to have', () => {
    const result = analyzeMatch({ resume: dispatcher([{ language: 'Dutch', fluency: 'C1' }]), posting, now });
    expect(result.conditions.find((condition) => condition.requirement.startsWith('German'))).toMatchObject({ optional: true });
  });

  it('reads the years in Dutch against the planning years', () => {
    const result = analyzeMatch({ resume: dispatcher([{ language: 'Dutch', fluency: 'C1' }]), posting, now });
    expect(result.breakdown.experience.yearsRequired).toBe(3);
  });

  it('does not compare the words of a Dutch posting with an English resume', () => {
    const result = analyzeMatch({ resume: dispatcher([{ language: 'Dutch', fluency: 'C1' }]), posting, now });
    expect(result.breakdown.keywords.score).toBeNull();
    expect(result.advice.join(' ')).not.toMatch(/posting's own words/);
  });

  it.each([
    ['Anforderungen:\n- Verhandlungssichere Deutschkenntnisse\n- SAP MM', 'German', 5],
    ['Anforderungen:\n- Deutsch auf C1-Niveau\n- SAP MM', 'German', 5],
    ["Profil :\n- Français courant\n- Maîtrise d'Excel", 'French', 4],
    ['Requisitos:\n- Español nativo\n- Excel avanzado', 'Spanish', 6],
  ])('%j asks for %s at rank %d', (description, language, rank) => {
    const prepared = preparePosting({ title: 'Einkäufer', description }, vocabulary);
    const condition = prepared.conditions.find((each) => each.kind === 'language');
    expect(condition).toMatchObject({ label: language, optional: false });
    expect(condition?.level?.rank).toBe(rank);
  });
});
