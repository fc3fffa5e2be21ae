/**
 * A headline a narrow sidebar wrapped under the name, and spoken languages written as "knowledge
 * of" a language in Dutch, German, English, French and Spanish, as a new user's CVs showed them.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { languagesIn, spokenLanguages } from '../../src/resume/spoken-languages.ts';

describe('a headline wrapped under the name', () => {
  const header = (...lines: string[]) => parseSections([...lines, '', 'EXPERIENCE', 'Stock Controller — Pennine Parcels', '2015-02 - 2017-03'].join('\n')).basics;

  it('joins a title the sidebar cut after its first words', () => {
    expect(header('Ilse Vermeulen', 'Distribution Centre', 'Manager', 'CONTACT', 'ilse@example.be')?.label).toBe('Distribution Centre Manager');
    expect(header('Ilse Vermeulen', 'Head of Planning and', 'Transport', 'ilse@example.be')?.label).toBe('Head of Planning and Transport');
  });

  it('keeps a whole title on one line as it was, and takes no heading or contact line into it', () => {
    expect(header('Ilse Vermeulen', 'Shift Supervisor', 'Antwerp, Belgium', 'ilse@example.be')?.label).toBe('Shift Supervisor');
    expect(header('Ilse Vermeulen', 'Operations Supervisor', 'CONTACT', 'ilse@example.be')?.label).toBe('Operations Supervisor');
    expect(header('Ilse Vermeulen', 'Warehouse Operations', 'ilse@example.be')?.label).toBeUndefined();
  });
});

describe('a language written as knowledge of it', () => {
  it('reads the language and keeps the words around it as its level', () => {
    const text = [
      'Ilse Vermeulen',
      'ilse@example.be',
      '',
      'TALEN',
      'Nederlands (moedertaal)',
      'Goede kennis van Engels',
      'Kennis van het Frans',
      'Grundkenntnisse in Spanisch',
      'Working knowledge of Italian',
      "Connaissance de l'allemand",
    ].join('\n');
    expect(parseSections(text).languages).toEqual([
      { language: 'Nederlands', fluency: 'moedertaal' },
      { language: 'Engels', fluency: 'Goede kennis' },
      { language: 'Frans', fluency: 'Kennis' },
      { language: 'Spanisch', fluency: 'Grundkenntnisse' },
      { language: 'Italian', fluency: 'Working knowledge' },
      { language: 'allemand', fluency: 'Connaissance' },
    ]);
  });

  it('counts the Dutch names that are also words as languages only where the text speaks of languages', () => {
    expect(languagesIn('Kennis van Frans is een pluspunt')).toEqual(['French']);
    expect(languagesIn('Vloeiend Nederlands en Engels vereist')).toEqual(['Dutch', 'English']);
    expect(languagesIn('Duits is een pré')).toEqual(['German']);
    expect(languagesIn('Reports to Frans Engels, Head of Pools')).toEqual([]);
    expect(spokenLanguages({ languages: [{ language: 'Frans' }, { language: 'Engels' }] })).toEqual(['French', 'English']);
  });
});
