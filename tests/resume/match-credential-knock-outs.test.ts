// Issue 13, session 48: a licence or certification the posting says one MUST hold ("must hold an
// active RN license", "rijbewijs B is vereist", "DV clearance required") and the resume does not
// show is a knock-out like a mandatory language: capped, in `knockOuts`, said first in the
// explanation and the advice. Asked without "must"/"required" it stays a missing requirement.
// The people and postings are written for this file, apart from the match pairs'.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting } from '../../src/resume/match.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { isCredentialSkill } from '../../src/resume/match/knock-outs.ts';

const now = new Date('2026-12-07T00:00:00Z');

const nurse = (certificate: { name: string; issuer: string }, position: string): JsonResume => ({
  basics: { name: 'Imani Brooks', label: position },
  work: [
    {
      name: 'Sunrise Home Health',
      position,
      startDate: '2018-03',
      highlights: ['Visited 6 patients a day for wound care and medication management', 'Wrote care plans in the EHR and taught families after discharge'],
    },
  ],
  certificates: [certificate],
  skills: [{ name: 'Nursing', keywords: ['Wound care', 'Medication administration', 'Patient education'] }],
});
const registered = nurse({ name: 'Registered Nurse (RN)', issuer: 'Florida Board of Nursing' }, 'Home Health Nurse');
const practical = nurse({ name: 'Licensed Practical Nurse (LPN)', issuer: 'Florida Board of Nursing' }, 'Home Health LPN');

const homeHealth = (licenceLine: string) => ({
  title: 'Home Health Nurse',
  company: 'Bayview Care at Home',
  description: `Requirements\n- ${licenceLine}\n- 2+ years of home health or medical-surgical nursing\n- Wound care and medication administration\n- Patient education`,
});

const courier = (licence: string | null): JsonResume => ({
  basics: { name: 'Sven de Wit', label: 'Bezorger' },
  work: [
    {
      name: 'Snelpost Utrecht',
      position: 'Pakketbezorger',
      startDate: '2020-01',
      highlights: ['Bezorgde 130 pakketten per dag met de bestelbus', 'Routeplanning met de scanner'],
    },
  ],
  ...(licence ? { certificates: [{ name: licence, issuer: 'RDW' }] } : {}),
  languages: [{ language: 'Nederlands', fluency: 'Moedertaal' }],
});
const dutchCourier = {
  title: 'Pakketbezorger',
  company: 'Pakjesdienst Midden',
  description: 'Wat vragen wij\n- Rijbewijs B is vereist\n- Ervaring met pakketbezorging\n- Routeplanning met de scanner',
};

describe('a licence one must hold is a knock-out', () => {
  it('caps the match, names the licence first and says it in the advice', () => {
    const match = analyzeMatch({ resume: practical, posting: homeHealth('You must hold an active RN license'), now });
    expect(match.knockOuts).toEqual(['RN License']);
    expect(match.score).toBeLessThanOrEqual(35);
    expect(match.explanation[0]).toMatch(/^Knock-out: the posting says you must hold RN License and your resume does not show it/);
    expect(match.advice[0]).toMatch(/must hold RN License \(a knock-out\)/);
    // The same requirement is not advised twice as an ordinary missing skill.
    expect(match.advice.filter((line) => line.includes('RN License'))).toHaveLength(1);
  });

  it('is met by the licence written in full on the resume', () => {
    const match = analyzeMatch({ resume: registered, posting: homeHealth('You must hold an active RN license'), now });
    expect(match.knockOuts).toEqual([]);
    expect(match.score).toBeGreaterThanOrEqual(75);
  });

  it('stays a missing requirement, not a knock-out, when the posting only lists it', () => {
    const listed = analyzeMatch({ resume: practical, posting: homeHealth('Active RN license'), now });
    const mandatory = analyzeMatch({ resume: practical, posting: homeHealth('You must hold an active RN license'), now });
    expect(listed.knockOuts).toEqual([]);
    expect(listed.missing).toContain('RN License');
    expect(listed.explanation.some((line) => line.startsWith('Knock-out'))).toBe(false);
    expect(listed.score).toBeGreaterThan(mandatory.score);
  });

  it('reads a driving licence made a condition in Dutch and German', () => {
    const without = analyzeMatch({ resume: courier(null), posting: dutchCourier, now });
    expect(without.knockOuts).toEqual(['Rijbewijs B']);
    expect(without.score).toBeLessThanOrEqual(35);
    const holds = analyzeMatch({ resume: courier('Rijbewijs B'), posting: dutchCourier, now });
    expect(holds.knockOuts).toEqual([]);
    expect(holds.score).toBeGreaterThan(without.score);
    const german = preparePosting({ title: 'Auslieferungsfahrer', description: 'Dein Profil\n- Gültiger Führerschein der Klasse C1 ist Voraussetzung' }, loadSkillVocabulary());
    expect(german.conditions).toMatchObject([{ kind: 'driving licence', mandatory: true }]);
  });

  it('takes a clearance to be obtained as no knock-out', () => {
    const vocabulary = loadSkillVocabulary();
    const held = preparePosting({ title: 'Systems Administrator', description: 'Requirements\n- Must hold active DV clearance' }, vocabulary);
    expect(held.conditions).toMatchObject([{ kind: 'clearance', mandatory: true }]);
    const toObtain = preparePosting({ title: 'Systems Administrator', description: 'Requirements\n- Must be eligible to obtain SC clearance' }, vocabulary);
    expect(toObtain.conditions.some((condition) => condition.mandatory)).toBe(false);
  });

  it('counts only documents one holds as credential skills', () => {
    const vocabulary = loadSkillVocabulary();
    const credential = (name: string) => isCredentialSkill(vocabulary.byName.get(name.toLowerCase()) ?? { name, aliases: [] });
    expect(['CDL Class A', 'RN License', 'NABCEP', 'Gas Safe', 'CSCS Card'].filter(credential)).toHaveLength(5);
    expect(['Python', 'Kubernetes', 'Wound Care', 'Excel'].filter(credential)).toEqual([]);
  });
});
