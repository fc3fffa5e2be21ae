// Regression tests for the session 39 trial (issue 13): a mechanical design engineer's years
// counted as "in other fields" on mechanical design postings, because "Senior Design Engineer"
// read as graphic design and CAD tools (CATIA, SolidWorks, ANSYS) voted for design; every letter
// then claimed "a change of field, from design to engineering (non-software)". People and
// postings here are written for this file, across engineering disciplines.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { letterFacts } from '../../src/documents/cover-letter/letter-facts.ts';
import { article } from '../../src/documents/prose.ts';
import { analyzeMatch, preparePosting } from '../../src/resume/match.ts';
import { jobFieldOf, resumeFieldOf, roleFieldOf } from '../../src/resume/match/job-field.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-12-06T00:00:00Z');
const vocabulary = loadSkillVocabulary();

// A structural engineer whose titles never say "structural".
const structural: JsonResume = {
  basics: { name: 'Ines Carvalho', label: 'Design Engineer' },
  work: [
    { name: 'Arcos Consulting', position: 'Senior Design Engineer', startDate: '2018-03', highlights: ['Modelled 14 mid-rise frames in ETABS and detailed steel connections in Tekla', 'Checked foundations to Eurocode 7 with RFEM'] },
    { name: 'Ponte Lda', position: 'Graduate Engineer', startDate: '2015-09', endDate: '2018-02', highlights: ['Drew general arrangements in AutoCAD for two footbridges'] },
  ],
  skills: [{ name: 'Tools', keywords: ['ETABS', 'Tekla Structures', 'RFEM', 'AutoCAD'] }],
};

// An automotive engineer with a bare "Engineer" title and CAD/CAE bullets.
const automotive: JsonResume = {
  basics: { name: 'Tomasz Wilk' },
  work: [
    { name: 'Volta Seating', position: 'Engineer', startDate: '2019-01', highlights: ['Designed seat frames in CATIA V5 and ran FEA in Abaqus', 'Owned the DFMEA and the tolerance stack-up for the rear bench'] },
    { name: 'Kolo Parts', position: 'Engineer', startDate: '2016-01', endDate: '2018-12', highlights: ['Released drawings in Teamcenter and ran crash load cases in ANSYS'] },
  ],
  skills: [{ name: 'CAD', keywords: ['CATIA V5', 'Abaqus', 'ANSYS', 'Teamcenter', 'FMEA'] }],
};

// A product designer: design words around "design", no engineering.
const uxDesigner: JsonResume = {
  basics: { name: 'Ruth Okafor', label: 'Senior Product Designer' },
  work: [{ name: 'Loop Apps', position: 'Senior Product Designer', startDate: '2017-05', highlights: ['Designed the onboarding flow in Figma and ran 30 usability tests'] }],
  skills: [{ name: 'Design', keywords: ['Figma', 'User Research', 'Prototyping'] }],
};

const mechanicalPosting = {
  title: 'Mechanical Design Engineer',
  company: 'Hollin Drives',
  description: 'Design gearbox housings in CATIA V5 or SolidWorks.\nRequirements:\n- 5+ years mechanical design\n- FEA (ANSYS or Abaqus)\n- DFMEA and tolerance stack-up analysis\n- Drawing release in Teamcenter or Windchill',
};
const structuralPosting = {
  title: 'Structural Engineer',
  company: 'Baird Partners',
  description: 'Design steel and concrete frames.\nRequirements:\n- 5+ years structural design\n- ETABS or RFEM\n- Tekla Structures\n- AutoCAD',
};

describe('engineering outside software is a field of its own', () => {
  it('reads "Design Engineer" and "Development Engineer" as engineering, and keeps software and UX titles where they were', () => {
    expect(jobFieldOf('Senior Design Engineer', vocabulary)).toBe('engineering');
    expect(jobFieldOf('Product Development Engineer', vocabulary)).toBe('engineering');
    expect(jobFieldOf('CAD Drafter', vocabulary)).toBe('engineering');
    expect(jobFieldOf('Software Development Engineer', vocabulary)).toBe('software');
    expect(jobFieldOf('UX Design Engineer', vocabulary)).toBe('design');
    expect(jobFieldOf('Senior Product Designer', vocabulary)).toBe('design');
  });

  it('lets a generic title yield to the CAD and CAE tools its bullets name, then to the resume', () => {
    expect(roleFieldOf(automotive.work![0]!, vocabulary)).toBe('engineering');
    expect(roleFieldOf({ position: 'Graduate Engineer Trainee', highlights: ['Die design support'] }, vocabulary, resumeFieldOf(structural, vocabulary))).toBe('engineering');
    expect(roleFieldOf({ position: 'Graduate Engineer Trainee', highlights: ['Die design support'] }, vocabulary)).toBe('software');
  });

  for (const [who, resume, posting] of [
    ['structural engineer', structural, structuralPosting],
    ['automotive engineer', automotive, mechanicalPosting],
  ] as const) {
    it(`counts the ${who}'s years in engineering and reads the tools as matched`, () => {
      const match = analyzeMatch({ resume, posting, now });
      expect(match.breakdown.experience.field).toBe('engineering (non-software)');
      expect(match.breakdown.experience.yearsInOtherFields).toBe(0);
      expect(match.breakdown.experience.yearsShown).toBeGreaterThanOrEqual(7);
      expect(match.score).toBeGreaterThanOrEqual(75);
    });
  }

  it('keeps a product designer far below the engineers on a mechanical design posting', () => {
    const designer = analyzeMatch({ resume: uxDesigner, posting: mechanicalPosting, now });
    const engineer = analyzeMatch({ resume: automotive, posting: mechanicalPosting, now });
    expect(designer.score).toBeLessThanOrEqual(20);
    expect(engineer.score - designer.score).toBeGreaterThanOrEqual(50);
  });

  it('matches FMEA, FEA, Teamcenter and tolerance stack-up written in the resume\'s words', () => {
    const match = analyzeMatch({ resume: automotive, posting: mechanicalPosting, now });
    expect(match.matched).toEqual(expect.arrayContaining(['FEA', 'FMEA', 'Tolerance Stack-up', 'Teamcenter']));
  });
});

describe('years asked before a field or a skill, with no "of experience"', () => {
  it('reads "5+ years mechanical design" and "3+ years React, TypeScript" as years asked, and "5 years ago" as none', () => {
    const read = (line: string) => preparePosting({ title: 'Engineer', description: `Requirements:\n- ${line}` }, vocabulary).yearsRequired;
    expect(read('5+ years mechanical design')).toBe(5);
    expect(read('3+ years React, TypeScript, Redux')).toBe(3);
    expect(read('We started 5 years ago')).toBeUndefined();
    expect(read('2 years fixed contract')).toBeUndefined();
  });
});

describe('letters claim no change of field when the fields agree', () => {
  it('writes no change of field for an engineer applying to an engineering post, and one for a designer', () => {
    expect(letterFacts({ resume: structural, posting: structuralPosting, date: now }).careerChange).toBeUndefined();
    expect(letterFacts({ resume: automotive, posting: mechanicalPosting, date: now }).careerChange).toBeUndefined();
    expect(letterFacts({ resume: uxDesigner, posting: mechanicalPosting, date: now }).careerChange).toEqual({ from: 'design', to: 'engineering (non-software)' });
  });

  it('puts "an" before a degree abbreviated with stops and read by its letters', () => {
    expect(article('M.Tech in Mechanical Design')).toBe('an');
    expect(article('M.Sc. Physics')).toBe('an');
    expect(article('B.E. Mechanical Engineering')).toBe('a');
  });
});
