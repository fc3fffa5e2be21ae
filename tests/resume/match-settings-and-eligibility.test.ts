// Regression tests for the session 48 trial (issue 13, findings #11, #16, #44, #9, #20): years asked in
// a specialty or setting ("3+ years in ICU", "2+ years in emergency nursing") were met by any years in
// the field; a licence offered "or eligible" was a missing requirement with "a short course" advice, and
// named no regulator; "active practice permit with X" was a skill line; a skills bar with nothing
// required read 0. The people and postings here are written for this file, in several fields.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting } from '../../src/resume/match.ts';
import { formatMatch } from '../../src/present/format-match.ts';
import { matchResume } from '../../src/career/resumes/match-resume.ts';
import type { ResumeRecord } from '../../src/db/repositories/resumes.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { roleInSetting } from '../../src/resume/match/years-setting.ts';

const now = new Date('2026-12-07T00:00:00Z');
const vocabulary = loadSkillVocabulary();

// A Filipino-trained nurse in Dublin: theatres, then cardiology, never intensive care or the ED.
const marisol: JsonResume = {
  basics: { name: 'Marisol Dacanay', label: 'Clinical Nurse Manager 1' },
  work: [
    { name: "St. Luke's Medical Center", position: 'Staff Nurse, Operating Room', startDate: '2013-06', endDate: '2017-05', highlights: ['Scrub and circulating nurse for orthopaedic and general surgery lists'] },
    { name: 'Mater Misericordiae University Hospital', position: 'Clinical Nurse Manager 1, Cardiology', startDate: '2017-08', highlights: ['Ran a 24-bed cardiology ward on days', 'Telemetry monitoring and post-PCI care'] },
  ],
  skills: [{ name: 'Telemetry' }, { name: 'Patient assessment' }],
  certificates: [{ name: 'NMBI Registered General Nurse (PIN 143377)' }, { name: 'BLS' }],
};

// A nurse who moved from wards into critical care three years ago.
const kofi: JsonResume = {
  basics: { name: 'Kofi Mensah-Boateng', label: 'Critical Care Nurse' },
  work: [
    { name: 'Korle Bu Teaching Hospital', position: 'Staff Nurse', startDate: '2012-01', endDate: '2019-12', highlights: ['Male medical ward, 30 beds'] },
    { name: 'Royal Derby Hospital', position: 'Staff Nurse, Adult Critical Care', startDate: '2020-02', endDate: '2023-11', highlights: ['Level 3 ventilated patients, CRRT, proning'] },
    { name: 'Royal Derby Hospital', position: 'Senior Staff Nurse, ITU', startDate: '2023-12', highlights: ['Shift coordinator on nights'] },
  ],
  skills: [{ name: 'Patient assessment' }],
  certificates: [{ name: 'NMC Registered Nurse (Adult)' }, { name: 'BLS' }, { name: 'ALS' }],
};

// A field engineer with no registration of any kind.
const imre: JsonResume = {
  basics: { name: 'Imre Szabó', label: 'Field Service Engineer' },
  work: [{ name: 'Varga Medical Kft.', position: 'Field Service Engineer', startDate: '2016-03', highlights: ['Installed and serviced infusion pumps in 40 hospitals'] }],
};

const critical = {
  title: 'Registered Nurse – Critical Care',
  description: 'What you need:\n- Minimum 3 years post-registration experience in critical care (ICU/HDU)\n- BLS\n- Patient assessment',
};
const emergency = {
  title: 'Registered Nurse',
  description: 'Requirements:\n- 2+ years of experience in an emergency department\n- BLS\n- Patient assessment',
};

describe('years asked in a setting count only the roles in it', () => {
  it('reads the setting from the posting, and a field or a skill is no setting', () => {
    expect(preparePosting(critical, vocabulary).yearsSetting).toMatchObject({ said: 'critical care (ICU/HDU)', years: 3, mandatory: true });
    expect(preparePosting({ title: 'Backend Engineer', description: 'Requirements:\n- 5+ years of software engineering\n- Go' }, vocabulary).yearsSetting).toBeUndefined();
    expect(preparePosting({ title: 'Data Engineer', description: 'Requirements:\n- 3+ years in Python\n- Airflow' }, vocabulary).yearsSetting).toBeUndefined();
    expect(preparePosting({ title: 'Staff Nurse', description: 'Requirements:\n- 2 years in a similar role' }, vocabulary).yearsSetting).toBeUndefined();
  });

  it("reads a setting of the posting's own words against a long role in one pass, not once from every character", () => {
    const setting = preparePosting({ title: 'Powertrain Engineer', description: 'Requirements:\n- 6+ years in battery engineering\n- CAN bus' }, vocabulary).yearsSetting;
    expect(setting).toMatchObject({ years: 6, literal: true });
    // 100 000 characters of bullets that never name batteries: the old look-aheads, unanchored, took minutes here.
    const role = { position: 'Motor Engineer', highlights: Array.from({ length: 2_000 }, (_, index) => `Tuned motor controller number ${index} for torque`) };
    expect(roleInSetting(role, setting ?? { names: [] })).toBe(false);
    expect(roleInSetting({ ...role, highlights: [...role.highlights, 'Designed battery pack cooling'] }, setting ?? { names: [] })).toBe(true);
  });

  it('counts critical-care years by the words of the roles, and says how many of the years asked', () => {
    const result = analyzeMatch({ resume: kofi, posting: critical, now });
    expect(result.breakdown.experience.setting).toMatchObject({ yearsAsked: 3, mandatory: true });
    expect(result.breakdown.experience.setting?.yearsShown).toBeGreaterThan(6);
    expect(result.breakdown.experience.setting?.roles).toHaveLength(2);
    expect(result.knockOuts).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('a nurse with no critical-care role is a knock-out when the years are a minimum, said first', () => {
    const result = analyzeMatch({ resume: marisol, posting: critical, now });
    expect(result.breakdown.experience.setting?.yearsShown).toBe(0);
    expect(result.knockOuts).toEqual(['3+ years in critical care (ICU/HDU)']);
    expect(result.score).toBeLessThanOrEqual(35);
    expect(result.explanation[0]).toMatch(/^Knock-out: the posting makes a minimum of 3\+ years in critical care \(ICU\/HDU\) and none of your roles is in it/);
    expect(result.explanation[0]).toContain('in other settings');
    expect(result.advice.join('\n')).toContain('name the unit and the months');
  });

  it('years asked plainly in a setting none of the roles is in cap the fit, but are no knock-out', () => {
    const result = analyzeMatch({ resume: marisol, posting: emergency, now });
    expect(result.knockOuts).toEqual([]);
    expect(result.score).toBeLessThanOrEqual(55);
    expect(result.explanation[0]).toMatch(/^The posting asks for 2\+ years in emergency department and none of your roles is in it/);
    const other = analyzeMatch({ resume: { ...marisol, work: [...(marisol.work ?? []), { name: 'Beaumont Hospital', position: 'Staff Nurse, Emergency Department', startDate: '2011-01', endDate: '2013-05' }] }, posting: emergency, now });
    expect(other.score).toBeGreaterThan(result.score + 20);
  });

  it('part of the years in the setting is said as a share, in the chat and the API', () => {
    const posting = { title: 'Senior Nurse – ICU', description: 'Requirements:\n- 8+ years in intensive care\n- BLS' };
    const record = { id: 'res_1', resume: kofi, raw_text: '' } as unknown as ResumeRecord;
    const match = matchResume(record, posting);
    expect(match.breakdown.experience.setting).toMatchObject({ said: 'intensive care', years_asked: 8 });
    const shown = formatMatch(match, 'Senior Nurse – ICU');
    expect(shown).toMatch(/experience .* \d of 8\+ years asked in intensive care/);
    expect(match.explanation?.join('\n')).toMatch(/Years in intensive care count only in the roles in it .*about \d of the 8 years asked/);
  });

  it('a setting outside healthcare is read from its own words, and lowers the bar without a cap', () => {
    const posting = { title: 'Senior Mechanical Engineer', description: 'Requirements:\n- 6+ years in battery engineering\n- SolidWorks' };
    const motors: JsonResume = {
      basics: { name: 'Ines Carvalho', label: 'Mechanical Engineer' },
      work: [{ name: 'Efacec', position: 'Mechanical Engineer', startDate: '2014-01', highlights: ['Designed motor housings in SolidWorks'] }],
      skills: [{ name: 'SolidWorks' }],
    };
    const packs: JsonResume = { ...motors, work: [{ name: 'Northvolt', position: 'Mechanical Engineer, Battery Packs', startDate: '2014-01', highlights: ['Designed battery module housings in SolidWorks'] }] };
    const none = analyzeMatch({ resume: motors, posting, now });
    expect(none.breakdown.experience.score).toBe(0);
    expect(none.explanation[0]).toMatch(/^The posting asks for 6\+ years in battery engineering and none of your roles is in it/);
    expect(analyzeMatch({ resume: packs, posting, now }).score).toBeGreaterThan(none.score + 10);
  });
});

describe('a licence offered "or eligible" is met by eligibility and names its regulator', () => {
  const bc = {
    title: 'Registered Nurse – Cardiology',
    description: 'Qualifications:\n- Current practising registration with the British Columbia College of Nurses and Midwives (BCCNM), or eligibility for registration\n- Telemetry\n- BLS',
  };

  it('reads the regulator and the alternative', () => {
    const condition = preparePosting(bc, vocabulary).conditions.find((each) => each.kind === 'licence');
    expect(condition).toMatchObject({ label: 'registration with BCCNM (or eligible)', orEligible: true });
    expect(condition?.mandatory).toBeUndefined();
  });

  it('a registration held elsewhere meets it, never a knock-out and never a skill to learn', () => {
    const result = analyzeMatch({ resume: marisol, posting: bc, now });
    expect(result.knockOuts).toEqual([]);
    expect(result.missing).toEqual([]);
    const licence = result.conditions.find((each) => each.kind === 'licence');
    expect(licence).toMatchObject({ eligibleBy: 'NMBI Registered General Nurse (PIN 143377)' });
    expect(result.explanation.join('\n')).toContain('the posting accepts eligibility');
    expect(result.advice.join('\n')).not.toMatch(/short course/);
  });

  it('with no registration anywhere it is missing, advised as a licence, and still no knock-out', () => {
    const result = analyzeMatch({ resume: imre, posting: { ...bc, description: bc.description.replace('practising registration', 'Must hold practising registration') }, now });
    expect(result.knockOuts).toEqual([]);
    const advice = result.advice.find((line) => line.includes('BCCNM')) ?? '';
    expect(advice).toContain('accepts eligibility');
    expect(advice).not.toMatch(/short course/);
  });

  it('"eligible for registration with X" and "internationally educated nurses welcome" are the same alternative', () => {
    for (const description of [
      'Requirements:\n- Registered with the Nursing and Midwifery Board of Ireland (NMBI) or eligible for registration',
      'Requirements:\n- Licensure with the Texas Board of Nursing (internationally educated nurses are welcome)',
    ]) {
      const condition = preparePosting({ title: 'Staff Nurse', description }, vocabulary).conditions.find((each) => each.kind === 'licence');
      expect(condition?.orEligible).toBe(true);
    }
  });

  it('"active practice permit with X" is a licence requirement, not a skill line', () => {
    const posting = { title: 'Registered Nurse', description: 'Requirements:\n- Active practice permit with the Saskatchewan Registered Nurses Association (SRNA)\n- BLS' };
    const result = analyzeMatch({ resume: marisol, posting, now });
    expect(result.conditions.map((each) => each.requirement)).toContain('practice permit with SRNA');
    expect(result.missing).not.toContain('Active practice permit with the Saskatchewan Registered Nurses Association (SRNA)');
    const held = analyzeMatch({ resume: { ...marisol, certificates: [{ name: 'SRNA practice permit, 2025' }] }, posting, now });
    expect(held.conditions.find((each) => each.kind === 'licence')?.shownBy).toBe('SRNA practice permit, 2025');
  });
});

describe('a skills bar with nothing required', () => {
  it('is n/a, not 0, and leaves the total to what was asked', () => {
    const posting = { title: 'Clinical Informatics Nurse', description: 'Requirements:\n- 5+ years of nursing experience\n\nNice to have:\n- Epic certification\n- SQL' };
    const record = { id: 'res_2', resume: marisol, raw_text: '' } as unknown as ResumeRecord;
    const match = matchResume(record, posting);
    expect(match.breakdown.skills.score).toBeNull();
    expect(formatMatch(match, 'Clinical Informatics Nurse')).toMatch(/skills\s+—\s+n\/a/);
    expect(match.score).toBeGreaterThanOrEqual(70);
  });
});
