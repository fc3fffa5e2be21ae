// Issue 13, session 38 (trial-s37 findings 17, 18, 44): resume bullets written as verbless
// shorthand ("Power BI bed-occupancy dashboard; saved ward clerks ~2 hrs/day", "Pick accuracy
// 96.1% → 99.4%") were pasted into a letter's sentence frame as fragments, a product's name
// lower-cased, "→" and "~" kept; a warmer rewrite dropped a requirement the formal letter named;
// a prep pack pasted a requirement line into a responsibilities template and asked someone whose
// whole career is in that setting what similar work they had done. Two people, written for this
// test, through the chat's path (match, writer, grounding).
import { describe, expect, it } from 'vitest';
import { spelledOut, verblessClaim } from '../../src/documents/verbless-bullet.ts';
import { asClause } from '../../src/documents/prose.ts';
import { coverLetterTones } from '../../src/documents/writer-input.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { jobRecord } from '../fakes/job-record.ts';
import { preparedPerson } from './letter-people.ts';

const job = (id: string, title: string, company: string, description: string): JobRecord =>
  jobRecord(id, { title, company, location: 'Bristol, United Kingdom', remote: false, description, first_seen_at: '2026-12-01T00:00:00.000Z', last_seen_at: '2026-12-01T00:00:00.000Z' });

const nurse: JsonResume = {
  basics: { name: 'Aoife Brennan', label: 'Ward sister', summary: 'Ward sister (9 yrs) moving into health informatics. Power BI, SQL, Excel.' },
  work: [
    {
      name: 'Southmead Hospital',
      position: 'Ward Sister, Acute Medicine',
      startDate: '2019-04',
      highlights: ['Power BI bed-occupancy dashboard; saved ward clerks ~2 hrs/day', 'Falls per 1,000 bed days 7.2 → 4.1 over two years', 'Led a team of 22 nurses and healthcare assistants'],
    },
    { name: 'Bristol Royal Infirmary', position: 'Staff Nurse', startDate: '2015-09', endDate: '2019-03', highlights: ['Audited discharge letters for a quality improvement project'] },
  ],
  skills: [{ name: 'Power BI' }, { name: 'SQL' }, { name: 'Excel' }, { name: 'Clinical audit' }],
  education: [{ institution: 'University of the West of England', studyType: 'BSc', area: 'Adult Nursing', endDate: '2015' }],
};

const nursePosting = job(
  'd1d1d1d1d1d1',
  'Clinical Data Analyst',
  'North Bristol Health Partnership',
  [
    'Our Performance team turns ward data into reports clinicians use.',
    '',
    '- Power BI or Tableau reporting experience',
    '- SQL and Excel',
    '- Experience of working in hospitals or other clinical settings is essential',
    '- Python would be an advantage',
    '- Hybrid: 3 days in the Bristol office',
  ].join('\n'),
);

const supervisor: JsonResume = {
  basics: { name: 'Dariusz Nowak', label: 'Warehouse shift supervisor', summary: 'Shift supervisor with 8 years in warehousing.' },
  work: [
    {
      name: 'Avonmouth Distribution Centre',
      position: 'Shift Supervisor',
      startDate: '2018-01',
      highlights: ['Pick accuracy 96.1% → 99.4% in 18 months', 'Excel labour-planning workbook; cut agency hours by ~15%'],
    },
  ],
  skills: [{ name: 'Excel' }, { name: 'SAP' }, { name: 'Lean' }],
};

const supervisorPosting = job(
  'e1e1e1e1e1e1',
  'Operations Analyst',
  'Severnside Logistics',
  ['Join our operations insight team.', '', '- Excel and SAP', '- Experience working in warehouses or distribution is desirable', '- Power BI experience'].join('\n'),
);

const aoife = await preparedPerson({ name: 'nurse', resume: nurse, posting: nursePosting });
const dariusz = await preparedPerson({ name: 'supervisor', resume: supervisor, posting: supervisorPosting });
const letters = [aoife, dariusz].flatMap((person) => coverLetterTones.map((tone) => ({ tone, ...person.letter(tone) })));

describe('verbless bullets in letters', () => {
  it('gives a made thing the verb its kind is made by, and a measure and its change a direction', () => {
    expect(verblessClaim('Power BI bed-occupancy dashboard; saved ward clerks ~2 hrs/day')).toBe('I built a Power BI bed-occupancy dashboard that saved ward clerks about 2 hours a day');
    expect(verblessClaim('Falls per 1,000 bed days 7.2 → 4.1 over two years')).toBe('I brought the falls per 1,000 bed days down from 7.2 to 4.1 over two years');
    expect(verblessClaim('Pick accuracy 96.1% → 99.4% in 18 months')).toBe('I raised the pick accuracy from 96.1% to 99.4% in 18 months');
    expect(verblessClaim('Monthly board briefing on stock losses')).toBe('I wrote a monthly board briefing on stock losses');
    // A bullet with a verb of its own is not given a second one; an unknown kind of thing gets none.
    expect(verblessClaim('Patient satisfaction rose from 71% to 83%')).toBeUndefined();
    expect(verblessClaim('Employee of the month, March 2024')).toBeUndefined();
  });

  it('spells shorthand out in words', () => {
    expect(spelledOut('cut waits ~20 mins/shift')).toBe('cut waits about 20 minutes a shift');
    expect(spelledOut('Cut waits 40 → 12 mins')).toBe('Cut waits from 40 to 12 minutes');
    expect(spelledOut('rose from 3.1 -> 4.6')).toBe('rose from 3.1 to 4.6');
  });

  it('keeps a product name its capital where a clause starts, and lowers an ordinary word', () => {
    expect(asClause('Tableau workbook for governors')).toBe('Tableau workbook for governors');
    expect(asClause('Power BI reports for matrons')).toBe('Power BI reports for matrons');
    expect(asClause('Python scripts to clean rota exports')).toBe('Python scripts to clean rota exports');
    expect(asClause('Forklift training for new starters')).toBe('forklift training for new starters');
    expect(asClause('Weekly huddles with the night team')).toBe('weekly huddles with the night team');
  });

  it.each(coverLetterTones)('no letter pastes a fragment, lower-cases a product or keeps "→" or "~" (%s)', (tone) => {
    for (const letter of letters.filter((each) => each.tone === tone)) {
      expect(letter.text).not.toMatch(/[→~]|->|hrs\b|\/day\b/);
      expect(letter.text).not.toMatch(/\b(?:power bi|tableau|excel|sql)\b/);
      expect(letter.text).not.toMatch(/(?:, |where |: )(?:Power BI|Excel) [\w-]+ (?:dashboard|workbook);/);
      expect(letter.text).not.toMatch(/(?:, |where |: )(?:pick accuracy|falls per)/i);
      expect(letter.changes, letter.text).toEqual([]);
    }
  });

  it('tells the results with a verb in the letters that quote them', () => {
    const aoifeLetter = aoife.letter('professional').text;
    expect(aoifeLetter).toMatch(/I built a Power BI bed-occupancy dashboard that saved ward clerks about 2 hours a day/);
    expect(dariusz.letter('warm').text).toMatch(/I raised the pick accuracy from 96\.1% to 99\.4% in 18 months/);
  });
});

describe('a tone rewrite keeps the requirements the letter named', () => {
  const requirements = ['Power BI', 'Tableau', 'SQL', 'Excel', 'Python', 'SAP'];
  const named = (text: string) => requirements.filter((skill) => new RegExp(`\\b${skill}\\b`).test(text));

  it.each([
    ['nurse', aoife],
    ['supervisor', dariusz],
  ] as const)('%s: the warm, confident and enthusiastic letters name every posting skill the formal one names', (_name, person) => {
    const formal = named(person.letter('professional').text);
    expect(formal.length).toBeGreaterThan(1);
    for (const tone of ['warm', 'confident', 'enthusiastic'] as const) expect(named(person.letter(tone).text), tone).toEqual(expect.arrayContaining(formal));
  });
});

describe('prep pack requirement lines', () => {
  const aoifePrep = aoife.prep().text;
  const dariuszPrep = dariusz.prep().text;

  it('never pastes a requirement or a working term into a responsibilities template', () => {
    for (const prep of [aoifePrep, dariuszPrep]) {
      expect(prep).not.toMatch(/The role includes (?:experience|power bi|SQL and|excel and|hybrid)/i);
      expect(prep).not.toMatch(/is (?:essential|desirable)\. What similar work/);
    }
  });

  it('asks how an experience the resume shows will help, not what similar work the person has done', () => {
    expect(aoifePrep).toMatch(/How will your experience (?:of )?working in hospitals or other clinical settings help you in this role\?/);
    expect(dariuszPrep).toMatch(/How will your experience working in warehouses or distribution help you in this role\?/);
  });

  it('asks about an experience the resume does not show as something to learn', async () => {
    const office = await preparedPerson({ name: 'office', resume: { ...supervisor, basics: { name: 'Dariusz Nowak', summary: 'Lettings administrator.' }, work: [{ name: 'Clifton Lettings', position: 'Lettings Administrator', startDate: '2019-01', highlights: ['Kept the landlord register'] }] }, posting: supervisorPosting });
    expect(office.prep().text).toMatch(/The posting would value experience working in warehouses or distribution\. What have you seen of that work/);
  });
});
