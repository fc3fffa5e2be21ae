import { describe, expect, it } from 'vitest';
import { analyzeMatch } from '../../src/resume/match.ts';
import { managementEvidence } from '../../src/resume/match/management.ts';
import { findSkillNames } from '../../src/resume/skill-tokenizer.ts';
import { loadSkillTranslations, spellings, translatedLanguages } from '../../src/resume/skill-translations.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

// Issue 13, class 2: a resume written in Portuguese (or another language the reader knows)
// against a posting's English requirements.
const vocabulary = loadSkillVocabulary();

describe('skill words in other languages', () => {
  it('are words for skills the vocabulary has, in the languages the reader tells apart from English', () => {
    const translations = loadSkillTranslations();
    for (const [name, languages] of Object.entries(translations)) {
      expect(vocabulary.byName.has(name.toLowerCase()), name).toBe(true);
      for (const language of Object.keys(languages)) expect(translatedLanguages).toContain(language);
    }
    // Every common family the matcher knows has its words: leadership, kitchens, care, nursing, safety, warehouses, trades.
    const families = new Set(Object.keys(translations).map((name) => vocabulary.byName.get(name.toLowerCase())?.category));
    for (const family of ['leadership', 'culinary', 'care', 'healthcare', 'safety', 'logistics', 'finance', 'mechanical', 'construction', 'design', 'methodology']) {
      expect(families, family).toContain(family);
    }
  });

  it('are read in every language, with a typographic apostrophe and without accents', () => {
    expect(spellings("gestion d'équipe")).toEqual(["gestion d'équipe", 'gestion d’équipe', "gestion d'equipe", 'gestion d’equipe']);
    const read = (text: string) => findSkillNames(text, vocabulary);
    expect(read('Segurança alimentar e gestão de equipas')).toEqual(['Food Safety', 'People Management']);
    expect(read('seguranca alimentar')).toEqual(['Food Safety']);
    expect(read('Seguridad alimentaria, gestión de equipos')).toEqual(['Food Safety', 'People Management']);
    expect(read('Gestion d’équipe et hygiène alimentaire')).toEqual(['People Management', 'Food Safety']);
    expect(read('Lebensmittelsicherheit, Teamführung, Gabelstapler')).toEqual(['Food Safety', 'People Management', 'Forklift']);
    expect(read('Sicurezza alimentare e gestione del personale')).toEqual(['Food Safety', 'People Management']);
    expect(read('Voedselveiligheid en leidinggeven')).toEqual(['Food Safety', 'People Management']);
    expect(read('Bezpieczeństwo żywności, zarządzanie zespołem, wózek widłowy')).toEqual(['Food Safety', 'People Management', 'Forklift']);
  });

  it('show management written in those languages as a team managed', () => {
    for (const bullet of ['Geri uma equipa de 6 cozinheiros', 'Dirigí un equipo de 8 enfermeras', 'Encadré une équipe de 5 soignants', 'Leitung eines Teams von 8 Lagermitarbeitern', 'Ho gestito un team di 7 persone', 'Leiding gegeven aan 6 medewerkers', 'Kierowałem zespołem 10 osób']) {
      expect(managementEvidence([{ highlights: [bullet] }]).level, bullet).toBe(60);
    }
    expect(managementEvidence([{ highlights: ['Gestão de stocks e encomendas'] }]).level).toBe(0);
  });

  it("meet a posting's English requirements, and the keywords of another language are not held against the resume", () => {
    const resume = {
      basics: { name: 'Rui Matos', label: 'Chefe de Cozinha' },
      work: [
        {
          name: 'Hotel Douro',
          position: 'Chefe de Cozinha',
          startDate: '2017-01',
          highlights: ['Geri uma equipa de 8 cozinheiros', 'Responsável pela segurança alimentar e pelo plano HACCP', 'Elaboração de menus e controlo de stocks'],
        },
      ],
      skills: [{ name: 'Competências', keywords: ['Segurança alimentar', 'Gestão de equipas', 'Gestão de alergénios'] }],
    };
    const posting = {
      title: 'Kitchen Manager - Seafood Restaurants',
      description: 'Harbour Table runs three seafood restaurants on the coast; our kitchens cook over fire.\nRequirements:\n- Team management\n- Food safety and HACCP\n- Menu development\n- Stock control and allergen management',
    };
    const match = analyzeMatch({ resume, posting, now: new Date('2025-06-01') });
    expect(match.breakdown.skills.required.missing).toEqual([]);
    expect(match.matched).toEqual(expect.arrayContaining(['People Management', 'Food Safety', 'HACCP', 'Menu Development', 'Stock Control', 'Allergen Management']));
    expect(match.breakdown.keywords.score).toBeNull();
    expect(match.explanation).toContain("The posting's keywords were not compared: your resume is written in another language (its skills were read in both).");
    expect(match.score).toBeGreaterThanOrEqual(70);
  });
});
