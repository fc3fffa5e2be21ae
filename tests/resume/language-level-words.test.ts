/**
 * A CEFR level written with its words in brackets ("Inglês — C1 (avançado)", "Francês (B2 (intermédio))"):
 * the level and its words are read apart ("C1, avançado"), so no display nests brackets, and a level in
 * brackets that holds brackets still names the language. Every resume here is written for the test;
 * none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

describe('a CEFR level with its words in brackets', () => {
  it('is read as the level, then its words', () => {
    const text = ['Rita Gomes', 'rita@example.pt', 'Idiomas', '• Português — língua materna', '• Inglês — C1 (avançado)', '• Francês (B2 (intermédio))', 'Deutsch\tB1 (Mittelstufe)'];
    expect(parseSections(text.join('\n')).languages).toEqual([
      { language: 'Português', fluency: 'língua materna' },
      { language: 'Inglês', fluency: 'C1, avançado' },
      { language: 'Francês', fluency: 'B2, intermédio' },
      { language: 'Deutsch', fluency: 'B1, Mittelstufe' },
    ]);
  });
});
