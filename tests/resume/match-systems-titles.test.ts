// Issue 13, session 46 (#13/#53): "Systems" in an engineering title read as software, so a battery
// engineer's "… Systems Engineer" years were software years, the same history counted different
// years in English and in German titles, and the advice told him the posting asked for years "in
// software engineering". "Systems" alone names no field: the domain words around it decide (battery,
// powertrain, HVAC → engineering; Linux, cloud, infrastructure → software). People and postings
// here are invented for this file.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';
import { jobFieldOf } from '../../src/resume/match/job-field.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const now = new Date('2026-12-07T00:00:00Z');

describe('"Systems" never makes a title software on its own', () => {
  it('reads engineering titles around "Systems" by their domain, in English and German', () => {
    for (const title of [
      'Principal Battery Systems Engineer',
      'Senior Engineer – Drivetrain Systems',
      'Systems Engineer (HVAC)',
      'Ingenieur Batteriesysteme',
      'Systemingenieur Antriebsstrang',
      'Chassis Calibration Engineer',
      'Kalibrieringenieur',
      'Konstruktionsingenieur',
    ]) {
      expect(jobFieldOf(title, vocabulary), title).toBe('engineering');
    }
  });

  it('keeps systems titles in an IT context software, and the HVAC trade a trade', () => {
    for (const title of ['Linux Systems Engineer', 'Cloud Systems Engineer', 'Systems Administrator', 'Windows Systems Engineer', 'Embedded Systems Engineer']) {
      expect(jobFieldOf(title, vocabulary), title).toBe('software');
    }
    expect(jobFieldOf('HVAC Technician', vocabulary)).toBe('mechanical');
    expect(jobFieldOf('HVAC Service Engineer', vocabulary)).toBe('mechanical');
  });
});

describe('the same history counts the same years in English and German titles', () => {
  const history = (titles: [string, string, string]): JsonResume => ({
    basics: { name: 'Tarek Aziz' },
    work: [
      { name: 'Ostwerk Energie GmbH', position: titles[0], startDate: '2020-01', highlights: ['Owned the 400 V pack design from B-sample to SOP'] },
      { name: 'Kaveri Motors', position: titles[1], startDate: '2013-01', endDate: '2019-12', highlights: ['Led the hybrid drivetrain integration for two platforms'] },
      { name: 'Kaveri Motors', position: titles[2], startDate: '2010-01', endDate: '2012-12', highlights: ['Designed gear housings'] },
    ],
  });
  const english = history(['Principal Battery Systems Engineer', 'Senior Engineer – Drivetrain Systems', 'Design Engineer']);
  const german = history(['Ingenieur Batteriesysteme', 'Systemingenieur Antriebsstrang', 'Konstruktionsingenieur']);
  const posting = {
    title: 'Head of Battery Engineering',
    company: 'Ampera Drive',
    description: 'Lead our pack team.\nRequirements:\n- 14+ years in battery or drivetrain engineering\n- ISO 26262',
  };

  it('counts every role as engineering years, and the advice never names software', () => {
    const fromEnglish = analyzeMatch({ resume: english, posting, now });
    const fromGerman = analyzeMatch({ resume: german, posting, now });
    expect(fromEnglish.breakdown.experience.field).toBe('engineering (non-software)');
    expect(fromEnglish.breakdown.experience.yearsInOtherFields).toBe(0);
    expect(fromGerman.breakdown.experience.yearsShown).toBe(fromEnglish.breakdown.experience.yearsShown);
    expect(fromGerman.breakdown.experience.yearsInOtherFields).toBe(0);
    expect(fromEnglish.breakdown.experience.yearsShown).toBeGreaterThanOrEqual(16);
    for (const match of [fromEnglish, fromGerman]) expect(match.advice.join('\n')).not.toMatch(/software engineering/i);
  });
});

describe('the advice quotes the field the posting asks years in, in its own words', () => {
  it('says "years in marine or offshore engineering", not a field name the posting never wrote', () => {
    const resume: JsonResume = {
      basics: { name: 'Rune Dahl' },
      work: [{ name: 'Fjordkraft Marine', position: 'Propulsion Engineer', startDate: '2021-01', highlights: ['Specified thrusters for two ferries'] }],
    };
    const posting = { title: 'Senior Propulsion Engineer', company: 'Havlift', description: 'Requirements:\n- 10+ years in marine or offshore engineering\n- DNV rules' };
    const advice = analyzeMatch({ resume, posting, now }).advice.join('\n');
    expect(advice).toMatch(/The posting asks for 10\+ years in marine or offshore engineering; your work history shows/);
  });
});
