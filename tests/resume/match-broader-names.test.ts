// Issue 13, session 39 (trial findings 21 and 56): a skill the resume names more specifically
// than the posting ("SAP EWM" for "SAP", "AWS Lambda" for "AWS") is no gap, in the match and in
// the prep pack, and a prep pack never lists one skill both as a strongest match and as one to
// prepare. People and postings written for this file.
import { describe, expect, it } from 'vitest';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { coversSkill, matchSkills } from '../../src/documents/skill-match.ts';
import type { WriterPosting, WriterResume } from '../../src/documents/writer-input.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();

const buyer: JsonResume = {
  basics: { name: 'Ines Carvalho', label: 'Procurement Specialist' },
  work: [{ name: 'Lusomar', position: 'Procurement Specialist', startDate: '2020-01', highlights: ['Raised 300 purchase orders a month in SAP MM', 'Cut supplier lead times by 15%'] }],
  skills: [{ name: 'Systems', keywords: ['SAP MM', 'Excel'] }],
};

describe('a skill shown under a more specific name', () => {
  it('"SAP" asked is met by SAP MM, and the explanation says through what', () => {
    const result = analyzeMatch({ resume: buyer, posting: { title: 'Buyer', description: 'Requirements:\n- SAP\n- Excel\n- Negotiation' }, now });
    expect(result.missing).not.toContain('SAP');
    expect(result.breakdown.skills.viaSpecific).toContainEqual(expect.objectContaining({ requirement: 'SAP', by: ['SAP MM'] }));
    expect(result.advice.join(' ')).not.toMatch(/requires SAP\b/);
  });

  it('"SAP or other WMS" is met by a warehouse module of SAP, once', () => {
    const planner: JsonResume = { ...buyer, skills: [{ name: 'Systems', keywords: ['SAP EWM', 'Excel'] }] };
    const result = analyzeMatch({ resume: planner, posting: { title: 'Stock Planner', description: 'Requirements:\n- SAP or other WMS\n- Excel' }, now });
    expect(result.missing).toEqual([]);
  });

  it('a broader name does not meet a specific one: SAP alone is not SAP EWM', () => {
    const generalist: JsonResume = { ...buyer, skills: [{ name: 'Systems', keywords: ['SAP', 'Excel'] }], work: [] };
    const result = analyzeMatch({ resume: generalist, posting: { title: 'Warehouse Planner', description: 'Requirements:\n- SAP EWM\n- Excel' }, now });
    expect(result.missing).toContain('SAP EWM');
  });

  // The class, over the whole vocabulary: a skill whose name is another (unambiguous) skill's
  // name and more implies it, unless it is another product (Visual Studio Code is not Visual Studio).
  it('every skill named as another skill and more implies it', () => {
    const unrelated = new Set(['VS Code']);
    const missingImplies: string[] = [];
    for (const skill of vocabulary.skills) {
      if (unrelated.has(skill.name)) continue;
      const words = skill.name.toLowerCase().split(/\s+/);
      for (let length = 1; length < words.length; length++) {
        const broader = vocabulary.byName.get(words.slice(0, length).join(' '));
        if (broader && !broader.ambiguous && broader.name !== skill.name && !(skill.implies ?? []).includes(broader.name)) missingImplies.push(`${skill.name} → ${broader.name}`);
      }
    }
    expect(missingImplies).toEqual([]);
  });

  it.each([
    ['SAP EWM', 'SAP', true],
    ['PostgreSQL', 'SQL', true],
    ['Salesforce CPQ', 'Salesforce', true],
    ['SAP', 'SAP EWM', false],
    ['VS Code', 'Visual Studio', false],
    ['Excel', 'SAP', false],
  ])('%s covers %s: %s', (shown, asked, covers) => {
    expect(coversSkill(shown, asked)).toBe(covers);
  });
});

describe('a prep pack that does not contradict itself', () => {
  const planner: WriterResume = {
    basics: { name: 'Joost Verhoeven', label: 'Inventory Controller' },
    work: [{ name: 'Kramer Distributie', position: 'Inventory Controller', startDate: '2019-04', highlights: ['Ran cycle counts in SAP EWM for 12,000 locations'] }],
    skills: [{ name: 'Systems', keywords: ['SAP EWM', 'Excel'] }],
  };
  // A match stored before the vocabulary knew SAP EWM implies SAP: it reported SAP missing.
  const posting: WriterPosting = {
    title: 'Inventory Planner',
    company: 'Havenstad Logistics',
    description: 'Requirements:\n- SAP (EWM or MM)\n- Excel\n- Cycle counting',
    requiredSkills: ['SAP', 'Excel'],
    matchedSkills: ['SAP EWM', 'Excel'],
    missingSkills: ['SAP', 'Cycle counting'],
  };

  it('drops a gap that a matched skill names more specifically', () => {
    const skills = matchSkills(planner, posting);
    expect(skills.matched).toContain('SAP EWM');
    expect(skills.missing).not.toContain('SAP');
  });

  it('never names one skill as a strongest match and as one to prepare', () => {
    const pack = writeInterviewPrep({ resume: planner, posting });
    const strongest = /\*\*Your strongest matches:\*\* (.*)/.exec(pack)?.[1] ?? '';
    const toPrepare = pack.split('## Skill gaps to prepare')[1] ?? '';
    expect(strongest).toContain('SAP EWM');
    expect(toPrepare).not.toMatch(/### SAP\b/);
    for (const skill of strongest.split(/,\s*|\s+and\s+/)) if (skill) expect(toPrepare).not.toContain(`### ${skill}\n`);
  });
});
