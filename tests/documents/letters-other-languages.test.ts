// Issue 13, session 35: letters and prep packs for a person whose resume is written in two
// languages and who is changing field. People and postings written for this file (a French
// pastry chef moving into food-safety work, a German electrician, a Polish warehouse lead).
import { describe, expect, it } from 'vitest';
import { findTone } from '../../src/actions/phrasing/find-tone.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { postingOutline } from '../../src/documents/interview-prep/posting-outline.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { readsAsEnglish } from '../../src/resume/written-language.ts';
import { coverLetterTones, type WriterPosting, type WriterResume } from '../../src/documents/writer-input.ts';

const date = new Date('2026-06-01T09:00:00Z');

const camille: WriterResume = {
  basics: { name: 'Camille Roux', label: 'Cheffe pâtissière / Pastry chef' },
  work: [
    {
      name: 'Pâtisserie Lumière',
      position: 'Head Pastry Chef',
      startDate: '2014-09',
      highlights: ['Rédigé et appliqué le plan HACCP du laboratoire et des deux boutiques', 'Cut allergen complaints to zero with a traceability sheet for every batch'],
    },
    { name: 'Hôtel des Quais', position: 'Commis Pâtissier', startDate: '2010-09', endDate: '2014-08', highlights: ['Tenu les relevés de températures et le plan de nettoyage'] },
  ],
  skills: [{ name: 'Compétences', keywords: ['HACCP', 'Food Safety'] }],
  languages: [
    { language: 'Français', fluency: 'langue maternelle' },
    { language: 'Anglais', fluency: 'courant (C1)' },
  ],
};

const qualityPosting: WriterPosting = {
  title: 'Food Safety Officer',
  company: 'Brioche Nord',
  location: 'Lille, France',
  description: 'Keep our bakery plant audit-ready.\n- Run hygiene inspections and HACCP verification\n- 3+ years in food production or quality\n- HACCP Level 3\n- Fluent French and English',
  requiredSkills: ['HACCP', 'Allergen Management', 'French and English'],
  matchedSkills: ['HACCP'],
  missingSkills: ['Allergen Management', 'French and English'],
};

describe('a letter in English from a resume in two languages', () => {
  const letters = coverLetterTones.map((tone) => ({ tone, text: writeCoverLetter({ resume: camille, posting: qualityPosting, tone, date }) }));

  it('never pastes a bullet written in another language, and keeps the English one', () => {
    for (const { tone, text } of letters) {
      expect(text, tone).not.toMatch(/plan HACCP du laboratoire|relevés de températures|rédigé/i);
    }
    expect(letters.some(({ text }) => /allergen complaints to zero/.test(text))).toBe(true);
  });

  it('says the change of field once, and never announces learning a language the person speaks', () => {
    for (const { tone, text } of letters) {
      expect(text.match(/food safety and quality/g), tone).toHaveLength(1);
      expect(text, tone).not.toMatch(/dig into|learn(?:ing)? (?:French|English)|French and English[^.]*(?:newer|learn|haven't)/i);
    }
  });

  it('reads "langue maternelle" as native and "courant" as fluent', () => {
    const professional = letters.find(({ tone }) => tone === 'professional')?.text ?? '';
    expect(professional).toMatch(/French is my native language, and I am fluent in English/);
  });

  it('says a missing skill plainly, without exclamation or eagerness', () => {
    const enthusiastic = letters.find(({ tone }) => tone === 'enthusiastic')?.text ?? '';
    expect(enthusiastic).toMatch(/Allergen Management is the one thing here I haven't done in my work yet/);
    expect(enthusiastic).not.toMatch(/can't wait/);
  });
});

describe('the letter language check', () => {
  it.each([
    ['Wrote the HACCP plan for two kitchens', true],
    ['Ran the kitchens at Grupo Tágide and Hôtel des Quais', true],
    ['Escrevi o plano HACCP de dois restaurantes', false],
    ['Gestão de fornecedores: aprovação, fichas técnicas', false],
    ['Prüfung der Verteilerkästen und Erstellung der Messprotokolle', false],
    ['Kierowałem zmianą 14 osób w magazynie', false],
  ])('%s → %s', (text, english) => {
    expect(readsAsEnglish(text)).toBe(english);
  });
});

describe('tones asked for in words', () => {
  it.each([
    ['a friendly cover letter for the bakery job', 'warm'],
    ['now a warmer, more humble one', 'warm'],
    ['make it upbeat', 'enthusiastic'],
  ])('"%s" → %s', (sentence, tone) => {
    expect(findTone(sentence)).toBe(tone);
  });
});

describe('prep packs for a posting with no headings', () => {
  it('reads what the person brings as requirements, never as duties', () => {
    const outline = postingOutline(qualityPosting.description);
    expect(outline.responsibilities).toEqual(['Run hygiene inspections and HACCP verification']);
    expect(outline.requirements).toEqual(['3+ years in food production or quality', 'HACCP Level 3', 'Fluent French and English']);
  });

  it('asks no question made from a requirement, and none without a subject', () => {
    const pack = writeInterviewPrep({ resume: camille, posting: qualityPosting });
    expect(pack).not.toMatch(/This role will have you (?:3\+|HACCP Level|fluent)/i);
    expect(pack).not.toMatch(/^\d+\. What similar work have you done/m);
  });
});
