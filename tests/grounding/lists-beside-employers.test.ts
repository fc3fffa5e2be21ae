// A capitalised list in a letter or prep pack ("Blueprint Reading and Fire Alarm Systems") is
// not an invented employer (2026-12-05 trial, item 15), in any trade; and an invented employer
// hidden in a list beside a real skill ("at Mercy General Hospital and Tissue Viability") is
// still its own claim, caught and repaired. People and postings written for this file.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/grounding/find-claims.ts';
import { groundDocument, type GroundingSources } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2025-06-01T00:00:00Z');
const sourcesFor = (resume: JsonResume, skills: string[], posting: GroundingSources['posting']): GroundingSources => ({
  resume: { ...resume, skills: [{ name: 'Skills', keywords: skills }] },
  rawText: `${resume.basics?.name ?? ''}\nSkills: ${skills.join(', ')}`,
  posting,
  now,
});

const nurse = sourcesFor(
  { basics: { name: 'Aisha Bello', label: 'Charge Nurse' }, work: [{ name: "St Brennan's Hospital", position: 'Charge Nurse', startDate: '2018-01' }] },
  ['Cannulation', 'IV Therapy', 'Wound Care', 'Tissue Viability', 'Post-operative Care'],
  { title: 'Senior Staff Nurse', company: 'Kingsmead NHS Trust', description: 'Discharge planning and bed management\nSepsis screening' },
);
const chef = sourcesFor(
  { basics: { name: 'Luis Ortega', label: 'Head Chef' }, work: [{ name: 'The Wren Brasserie', position: 'Head Chef', startDate: '2020-05' }] },
  ['Butchery', 'Sauces', 'Food Costing', 'Allergen Management'],
  { title: 'Sous Chef', company: 'Linden House Hotel', description: 'Menu costing and stock control\nRunning the pass' },
);
const plumber = sourcesFor(
  { basics: { name: 'Owen Price', label: 'Plumber' }, work: [{ name: 'Price & Sons Plumbing', position: 'Plumber', startDate: '2017-03' }] },
  ['Unvented Cylinders', 'Leak Detection', 'Bathroom Installation'],
  { title: 'Maintenance Plumber', company: 'Castlegate Facilities', description: 'Booster pumps and TMV servicing' },
);

describe('lists of the resume\'s and the posting\'s own things stay', () => {
  it.each([
    [nurse, 'My strongest areas are Wound Care, Tissue Viability, and Post-operative Care.'],
    [nurse, 'Expect questions on Discharge Planning and Bed Management.'],
    [chef, 'I would bring Butchery and Sauces to the brigade.'],
    [chef, 'Be ready to talk through Menu Costing and Stock Control.'],
    [plumber, 'Expect questions on Booster Pumps and TMV Servicing.'],
    [plumber, 'I bring Unvented Cylinders and Leak Detection from eight years on the tools.'],
  ] as const)('%#: %s', (sources, sentence) => {
    const result = groundDocument(sentence, sources);
    expect(result.changes).toEqual([]);
    expect(result.text).toBe(sentence);
  });
});

describe('an employer hidden in a list beside a skill is still checked', () => {
  it('finds the employer as its own claim beside the skill', () => {
    const claims = findClaims('I nursed for Mercy General Hospital and Tissue Viability.', loadSkillVocabulary());
    expect(claims.map((claim) => [claim.kind, claim.text])).toEqual([
      ['employer', 'Mercy General Hospital'],
      ['skill', 'Tissue Viability'],
    ]);
  });

  it.each([
    [nurse, 'I worked at Mercy General and Tissue Viability.', 'Mercy General', "St Brennan's Hospital"],
    [chef, 'I cooked at Le Petit Jardin and Butchery.', 'Le Petit Jardin', 'The Wren Brasserie'],
  ] as const)('%#: %s', (sources, sentence, invented, real) => {
    const result = groundDocument(sentence, sources);
    expect(result.text).not.toContain(invented);
    expect(result.text).toContain(real);
  });
});
