// "mention I'm bilingual" (the 2026-12-05 trial) was dropped. A fact the person asks a letter to
// mention is written in when the resume supports it and refused in words when it does not;
// what is written survives the grounding check. Several professions, invented resumes.
import { describe, expect, it } from 'vitest';
import { letterMentions } from '../../src/career/writing/letter-mentions.ts';
import { mentionedFact } from '../../src/documents/cover-letter/mentioned-fact.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { coverLetterTones, type WriterPosting } from '../../src/documents/writer-input.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';

const chef: JsonResume = {
  basics: { name: 'Inés Carvalho', label: 'Chef de Partie' },
  work: [{ name: 'Saltmarsh Kitchen', position: 'Chef de Partie', startDate: '2019-04', highlights: ['Ran the grill section for 140 covers a night'] }],
  skills: [{ name: 'Grill' }, { name: 'Languages: English' }, { name: 'Portuguese (native)' }],
};
const nurse: JsonResume = {
  basics: { name: 'Dara Quinn' },
  work: [{ name: 'Riverside Hospital', position: 'Staff Nurse', startDate: '2017-09', highlights: ['Cared for 8 patients a shift on a cardiac ward'] }],
  skills: [{ name: 'Clinical', keywords: ['Patient Care', 'Triage'] }],
  certificates: [{ name: 'Advanced Life Support (ALS)' }],
};
const driver: JsonResume = {
  basics: { name: 'Sam Okafor' },
  work: [{ name: 'Northway Haulage', position: 'HGV Class 1 Driver', startDate: '2016-01', highlights: ['Drove night trunking routes without an incident'] }],
  certificates: [{ name: 'Forklift licence (counterbalance)' }, { name: 'Driver CPC' }],
};
const posting: WriterPosting = { title: 'Sous Chef', company: 'Harbour Table', description: 'Requirements:\n- Grill\n- Menu development' };

describe('a fact to mention is checked against the resume', () => {
  it.each([
    ["I'm bilingual", chef, /bilingual in English and Portuguese/],
    ['I speak Portuguese', chef, /I speak Portuguese/],
    ['my forklift licence', driver, /I hold a Forklift licence \(counterbalance\)/],
    ['my ALS certificate', nurse, /I hold an Advanced Life Support \(ALS\)/],
    ['my triage experience', nurse, /my triage experience/],
  ] as const)('"%s" is supported', (fact, resume, sentence) => {
    const result = mentionedFact(fact, resume);
    expect(result.supported).toBe(true);
    if (result.supported) expect(result.formal).toMatch(sentence);
  });

  it.each([
    ["I'm bilingual", nurse, /no language besides English/],
    ['I speak Spanish', chef, /lists no Spanish/],
    ['my CSCS card', driver, /does not show it/],
    ['I have a PhD', nurse, /does not show it/],
  ] as const)('"%s" is refused in words', (fact, resume, reason) => {
    const result = mentionedFact(fact, resume);
    expect(result.supported).toBe(false);
    if (!result.supported) expect(result.reason).toMatch(reason);
  });
});

describe('a letter states what it was asked to mention, and only that', () => {
  it.each(coverLetterTones)('in the %s tone, the supported fact is written before the close and survives grounding', (tone) => {
    const mentions = letterMentions(["I'm bilingual", 'I speak Spanish'], chef);
    expect(mentions.supported).toHaveLength(1);
    expect(mentions.note).toContain('I left out "I speak Spanish": your resume lists no Spanish.');
    const letter = writeCoverLetter({ resume: chef, posting, tone, date: new Date('2026-12-01'), mentions: mentions.supported });
    expect(letter).toMatch(/bilingual in English and Portuguese\./);
    expect(letter).not.toMatch(/Spanish/);
    if (tone === 'professional' || tone === 'confident') expect(letter).toContain('I am bilingual');
    const grounded = groundDocument(letter, { resume: chef, rawText: '', posting: { company: posting.company, description: posting.description } });
    expect(grounded.text).toMatch(/bilingual in English and Portuguese\./);
  });
});
