// Regression tests for the fit score on trades and other professions outside software (the
// 2026-12-05 new-user trial: a journeyman electrician's resume scored 19 on a maintenance
// electrician's posting, "0/0 required", "Missing: Incident Management"). Each class is checked
// on resumes and postings written for this file, in several trades, not on the trial's strings.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting, type JobPosting } from '../../src/resume/match.ts';
import { jobFieldOf } from '../../src/resume/match/job-field.ts';
import { managementEvidence, postingManagementKind } from '../../src/resume/match/management.ts';
import { seniorityFromTitle } from '../../src/resume/match/seniority.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2025-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();
const labels = (requirements: { label: string }[]) => requirements.map((requirement) => requirement.label);

describe('a trade posting’s requirement list gives required skills, never 0/0', () => {
  it.each([
    ['Maintenance Technician', 'Needs PLC, VFDs, motor controls, NFPA 70E and lockout/tagout.', ['PLC', 'VFD', 'Motor Controls', 'NFPA 70E', 'Lockout/Tagout']],
    ['Approved Electrician', 'You must hold the 18th Edition and have domestic installations and fault finding experience.', ['BS 7671', 'Residential Wiring', 'Electrical Troubleshooting']],
    ['Gas Engineer', 'Requirements:\n- Gas Safe registered\n- Boiler repairs and unvented cylinders', ['Gas Safe', 'Boiler Servicing', 'Unvented Hot Water']],
    ['Line Cook', 'Requirements:\n- Food hygiene certificate\n- Knife skills\n- HACCP', ['Food Safety', 'Knife Skills', 'HACCP']],
    ['Home Care Aide', 'CNA certification, CPR and first aid, personal care and medication administration.', ['CNA', 'CPR', 'First Aid', 'Personal Care', 'Medication Administration']],
    ['Delivery Driver', 'Class A CDL, DOT compliance and pre-trip inspections required.', ['CDL Class A', 'DOT Regulations', 'Vehicle Inspections']],
    ['Warehouse Associate', 'Forklift certification and RF scanning; pallet jack experience.', ['Forklift', 'Order Picking', 'Pallet Jack']],
    ['HVAC Technician', 'EPA 608 universal, refrigeration and HVAC systems, OSHA 10.', ['EPA 608', 'Refrigeration', 'HVAC', 'OSHA 10']],
  ])('%s', (title, description, expected) => {
    const posting = preparePosting({ title, description }, vocabulary);
    expect(labels(posting.requiredSkills)).toEqual(expect.arrayContaining(expected));
    expect(posting.requiredSkills.length).toBeGreaterThan(0);
  });

  it('names as missing only what the posting names: an on-call rotation is not Incident Management', () => {
    const resume: JsonResume = {
      work: [{ name: 'Allied Mechanical', position: 'Service Technician', startDate: '2019-01', highlights: ['Serviced rooftop HVAC units'] }],
      skills: [{ name: 'Trade', keywords: ['HVAC', 'Refrigeration'] }],
    };
    const posting: JobPosting = {
      title: 'HVAC Service Technician',
      description: 'Requirements:\n- HVAC and refrigeration\n- EPA 608\n- Join the on-call rotation one weekend a month',
    };
    const match = analyzeMatch({ resume, posting, now });
    expect(match.missing).toEqual(['EPA 608']);
    expect(match.missing).not.toContain('Incident Management');
  });

  it('ordinary words among trade skills count only in a skills context', () => {
    const prose = preparePosting({ title: 'Product Engineer', description: 'Give a concrete example of safeguarding customer data.' }, vocabulary);
    expect(labels(prose.requiredSkills)).toEqual([]);
    const listed = preparePosting({ title: 'Groundworker', description: 'Requirements:\n- Concrete\n- Scaffolding\n- CSCS card' }, vocabulary);
    expect(labels(listed.requiredSkills)).toEqual(expect.arrayContaining(['Concrete', 'Scaffolding', 'CSCS Card']));
  });
});

describe('years count in the posting’s trade', () => {
  it.each([
    ['Lead Journeyman Electrician', 'electrical'],
    ['Industrial Maintenance Electrician', 'electrical'],
    ['Electrical Foreman', 'electrical'],
    ['Solar PV Installer', 'electrical'],
    ['Electrical Engineer', 'engineering'],
    ['Mechanical Design Engineer', 'engineering'],
    ['Plumber (self-employed)', 'plumbing'],
    ['Gas Engineer', 'plumbing'],
    ['HVAC Technician', 'mechanical'],
    ['Diesel Mechanic', 'mechanical'],
    ['Site Carpenter', 'construction'],
    ['Chef de Partie', 'culinary'],
    ['Line Cook', 'culinary'],
    ['Bartender', 'hospitality'],
    ['HGV Class 1 Driver', 'driving'],
    ['Multi-drop Delivery Driver', 'driving'],
    ['Warehouse Operative', 'operations'],
    ['Support Worker', 'healthcare'],
    ['Senior Care Assistant', 'healthcare'],
    ['Home Health Aide', 'healthcare'],
  ])('%s → %s', (title, field) => {
    expect(jobFieldOf(title, vocabulary)).toBe(field);
  });

  const plumber: JsonResume = {
    work: [
      { name: 'Drain Kings', position: 'Service Plumber', startDate: '2019-06', highlights: ['Drain cleaning and water heater installs'] },
      { name: 'Costco', position: 'Stocker', startDate: '2012-01', endDate: '2019-05', highlights: ['Night stocking'] },
    ],
    skills: [{ name: 'Plumbing', keywords: ['Drain Cleaning', 'Water Heaters', 'PEX'] }],
  };

  it('counts the years in the trade and not an unrelated job before it', () => {
    const match = analyzeMatch({ resume: plumber, posting: { title: 'Service Plumber', description: '5+ years of plumbing experience. Drain cleaning, water heaters, PEX.' }, now });
    expect(match.breakdown.experience.field).toBe('plumbing and heating');
    expect(match.breakdown.experience.yearsShown).toBe(6);
    expect(match.breakdown.experience.yearsInOtherFields).toBeGreaterThan(7);
  });

  it('reads the field from "years as a …" when the title does not say it', () => {
    const posting = preparePosting({ title: 'Service Technician II', description: 'You have 4+ years of residential experience as a plumber, ideally with PEX.' }, vocabulary);
    expect(posting.field).toBe('plumbing');
    expect(posting.yearsRequired).toBe(4);
    const match = analyzeMatch({ resume: plumber, posting: { title: 'Service Technician II', description: 'You have 4+ years of residential experience as a plumber.' }, now });
    expect(match.breakdown.experience.yearsShown).toBe(6);
    expect(match.breakdown.experience.score).toBe(100);
  });

  it('reads "N years as a …" as asked years even with no other cue word', () => {
    const posting = preparePosting({ title: 'Team Member', description: 'You have 3+ years as an HVAC technician.' }, vocabulary);
    expect(posting.yearsRequired).toBe(3);
    expect(posting.field).toBe('mechanical');
  });

  it('reads trade levels from titles', () => {
    expect(seniorityFromTitle('Electrical Foreman')).toBe('lead');
    expect(seniorityFromTitle('Head Chef')).toBe('lead');
    expect(seniorityFromTitle('Journeyman Pipefitter')).toBe('mid');
    expect(seniorityFromTitle('Apprentice Electrician')).toBe('intern');
  });
});

describe('leadership is read from the resume’s words, the same way for every posting', () => {
  it.each([
    ['Lead a crew of 3 installers on solar jobs', 60],
    ['Led a shift of 6 care assistants', 60],
    ['Ran a brigade of 12 on banquet nights', 60],
    ['Supervised 4 apprentices and 2 labourers on site', 60],
    ['Trained 7 apprentices in pipe threading', 25],
    ['Installed 40 boilers a year', 0],
  ])('%s → %d', (bullet, level) => {
    expect(managementEvidence([{ position: 'Technician', highlights: [bullet] }]).level).toBe(level);
  });

  it('a foreman or supervisor title shows it outright', () => {
    expect(managementEvidence([{ position: 'Site Foreman' }]).level).toBe(100);
    expect(managementEvidence([{ position: 'Warehouse Supervisor' }]).level).toBe(100);
  });

  it.each([
    ['Electrical Foreman', '', 'supervise'],
    ['Kitchen Supervisor', '', 'supervise'],
    ['Sous Chef', '', 'supervise'],
    ['Plumber', 'You will supervise a crew of two apprentices.', 'supervise'],
    ['Care Worker', 'Lead the night shift.', 'supervise'],
    ['Nurse Manager', '', 'manage'],
    ['Backend Engineer', 'You will lead the team’s technical direction.', undefined],
    ['Carpenter', 'Framing and finish carpentry.', undefined],
  ])('%s %j → %s', (title, text, kind) => {
    expect(postingManagementKind(title, text)).toBe(kind);
  });

  const installer: JsonResume = {
    work: [{ name: 'SunPath', position: 'Senior Solar Installer', startDate: '2017-03', highlights: ['Lead a crew of 3 installers on residential solar PV jobs'] }],
    skills: [{ name: 'Solar', keywords: ['Solar PV Installation', 'Working at Height', 'NABCEP'] }],
  };

  it('a crew led in a bullet meets a first-line leadership posting in full, whatever its title', () => {
    for (const posting of [
      { title: 'Solar Crew Lead', description: 'Requirements:\n- Solar PV installation\n- NABCEP\n- Fall protection' },
      { title: 'Solar Installer', description: 'You will supervise a crew of 2–3. Requirements:\n- Solar PV installation\n- NABCEP\n- Fall protection' },
    ]) {
      const match = analyzeMatch({ resume: installer, posting, now });
      expect(match.breakdown.management.required).toBe(true);
      expect(match.breakdown.management.score).toBe(100);
      expect(match.breakdown.management.cappedAt).toBeNull();
      expect(match.score).toBeGreaterThanOrEqual(80);
    }
  });

  it('people led in another profession are not leadership in this one', () => {
    const match = analyzeMatch({ resume: installer, posting: { title: 'Sous Chef', description: 'Requirements:\n- ServSafe\n- Menu development' }, now });
    expect(match.breakdown.management.score).toBe(0);
    expect(match.score).toBeLessThanOrEqual(15);
  });
});

describe('a requirement the resume lacks lowers the score', () => {
  const electrician = (certificates: string[]): JsonResume => ({
    work: [{ name: 'Volt Bros', position: 'Journeyman Electrician', startDate: '2016-01', highlights: ['Residential wiring and panel upgrades'] }],
    certificates: certificates.map((name) => ({ name })),
    skills: [{ name: 'Electrical', keywords: ['Residential Wiring', 'Panel Upgrades', 'Solar PV Installation'] }],
  });
  const posting: JobPosting = { title: 'Solar Electrician', description: 'Requirements:\n- NABCEP PV Installation Professional\n- Residential wiring and panel upgrades\n- Solar PV' };

  it('a missing required certification costs what it weighs, and holding it restores it', () => {
    const without = analyzeMatch({ resume: electrician([]), posting, now });
    const withIt = analyzeMatch({ resume: electrician(['NABCEP PV Installation Professional']), posting, now });
    expect(without.missing).toEqual(['NABCEP']);
    expect(withIt.missing).toEqual([]);
    expect(withIt.score - without.score).toBeGreaterThanOrEqual(10);
    expect(without.score).toBeLessThan(80);
  });
});
