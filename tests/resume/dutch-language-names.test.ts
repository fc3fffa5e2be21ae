// Issue 13, session 40: one reader of the Dutch language names that are also surnames or words
// ("Engels", "Frans", "Pools", "Turks"), shared by the resume's languages (`languagesIn`) and the
// posting's language asks (`dutchNamesInContext`, the match's conditions): the same answers for both.
import { describe, expect, it } from 'vitest';
import { preparePosting } from '../../src/resume/match.ts';
import { dutchNamesInContext, languagesIn } from '../../src/resume/spoken-languages.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();

describe('Dutch names that are also words', () => {
  it.each([
    ['Goede beheersing van Engels en Duits', ['English', 'German'], ['English']],
    ['Je spreekt Pools en Nederlands', ['Polish', 'Dutch'], ['Polish']],
    ['Moedertaal: Turks', ['Turkish'], ['Turkish']],
    ['Taalvaardigheid: Frans (B1), Engels (C1)', ['French', 'English'], ['French', 'English']],
    ['Bel Frans Jansen voor vragen over de taaltest', [], []],
    ['Frans Hals Museum, Haarlem', [], []],
    ['Pools and spas maintenance', [], []],
  ])('%s', (text, inText, dutchOnly) => {
    expect(languagesIn(text)).toEqual(inText);
    expect(dutchNamesInContext(text)).toEqual(dutchOnly);
  });

  it('every name the Dutch reader finds is one the resume reader finds, in the same texts', () => {
    const texts = ['Kennis van Engels is een pré', 'Vloeiend Nederlands, Pools is een pluspunt', 'Wij vragen goede kennis van Turks', 'Contact: Frans de Vries', 'Engels ist erforderlich'];
    for (const text of texts) for (const name of dutchNamesInContext(text)) expect(languagesIn(text)).toContain(name);
  });

  it('a posting asks for them as languages, where it speaks Dutch about languages', () => {
    const posting = preparePosting({ title: 'Magazijnmedewerker', description: 'Wat wij vragen:\n- Goede kennis van Pools of Engels\n- Heftruckcertificaat' }, vocabulary);
    const languages = posting.conditions.filter((condition) => condition.kind === 'language').flatMap((condition) => condition.needs);
    expect(languages).toEqual(expect.arrayContaining(['Polish']));
    expect(posting.requiredSkills.map((requirement) => requirement.label).join(' ')).not.toMatch(/Pools|Engels/);
  });
});
