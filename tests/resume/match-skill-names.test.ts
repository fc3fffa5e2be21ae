// Regression tests for the 2026-12-05 trial's third round (issue 13): a posting's requirement
// lines were shown whole as "skills" ("Knowledge of Incoterms 2020", "Prepare customs documents
// … with our brokers" from a duties list), "French and Dutch required" was one missing skill for
// a native Dutch speaker, and a plain-text posting scored 100 from the one word of it the
// vocabulary knew. Each class on a payroll person and postings written for this file.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';
import { skillName } from '../../src/resume/match/requirement-lines.ts';

const now = new Date('2026-12-05T00:00:00Z');

const payroll: JsonResume = {
  basics: { name: 'Elise Vermeulen', label: 'Payroll administrator', location: { city: 'Ghent', countryCode: 'BE' } },
  work: [
    {
      name: 'Acerta Partners',
      position: 'Payroll Administrator',
      startDate: '2020-03',
      highlights: [
        'Process the monthly payroll for 280 employees in SD Worx',
        'Prepare social security declarations (DmfA) with the accounting team, with zero late filings in 2024',
        'Cut payslip corrections by 35% by rebuilding the Excel checks with Power Query',
      ],
    },
    { name: 'Stad Gent', position: 'HR Assistant', startDate: '2016-09', endDate: '2020-02', highlights: ['Kept personnel files for 120 staff'] },
  ],
  skills: [{ name: 'Payroll', keywords: ['SD Worx', 'Belgian payroll legislation', 'Social security declarations', 'Excel'] }],
  languages: [{ language: 'Dutch', fluency: 'Native' }, { language: 'French', fluency: 'Fluent' }],
};

const receptionist: JsonResume = {
  basics: { name: 'Ines Claes', label: 'Receptionist' },
  work: [{ name: 'Hotel Aurora', position: 'Receptionist', startDate: '2019-01', highlights: ['Checked in 60 guests a day', 'Kept the booking system in Excel up to date'] }],
  skills: [{ name: 'Tools', keywords: ['Excel'] }],
};

const specialist = {
  title: 'Payroll Specialist',
  company: 'Lindholm Payroll Services',
  description: [
    'Lindholm Payroll Services is hiring a Payroll Specialist for our Ghent office.',
    '',
    'You will:',
    '- Process the monthly payroll for 350 employees in SD Worx',
    '- Prepare social security declarations (DmfA) with our accountants',
    "- Answer employees' questions on their payslips",
    '',
    'Requirements:',
    '- 3+ years in payroll administration',
    '- Knowledge of Belgian payroll legislation',
    '- Time-tracking experience (Protime or Officient)',
    '- French and Dutch required; German is a plus',
  ].join('\n'),
};

describe('requirement items are named by the skill they ask for', () => {
  it.each([
    ['Knowledge of Belgian payroll legislation', 'Belgian payroll legislation'],
    ['Solid experience with month-end accruals', 'Month-end accruals'],
    ['Working knowledge of the Dutch collective agreements', 'Dutch collective agreements'],
    ['Pension scheme administration experience', 'Pension scheme administration'],
    ['HACCP Level 2 is a plus', 'HACCP Level 2'],
  ])('"%s" → "%s"', (line, name) => {
    expect(skillName(line).label).toBe(name);
  });

  it('"X experience (A or B)" is X, with A and B as alternatives', () => {
    expect(skillName('Time registration experience (Protime or Officient)')).toEqual({
      label: 'Time registration (Protime or Officient)',
      alternatives: ['Time registration', 'Protime', 'Officient'],
    });
  });

  it("never lists a duty from the posting's duties as a skill, matched or missing, nor advises it into the skills", () => {
    const result = analyzeMatch({ resume: payroll, posting: specialist, now });
    const named = [...result.matched, ...result.missing, ...result.advice].join('\n');
    expect(named).not.toMatch(/Process the monthly payroll|with our accountants|Answer employees/);
    expect(named).not.toMatch(/Knowledge of|required|is a plus/);
    expect(result.matched).toContain('Belgian payroll legislation');
    expect(result.missing).toContain('Time-tracking (Protime or Officient)');
  });

  it('a line met by one of its alternatives is matched', () => {
    const withProtime: JsonResume = { ...payroll, skills: [...(payroll.skills ?? []), { name: 'Tools', keywords: ['Protime'] }] };
    expect(analyzeMatch({ resume: withProtime, posting: specialist, now }).matched).toContain('Time-tracking (Protime or Officient)');
  });
});

describe('languages a posting lists are asked one by one', () => {
  it('"French and Dutch required; German is a plus": French and Dutch each met by the resume, German optional and not shown', () => {
    const result = analyzeMatch({ resume: payroll, posting: specialist, now });
    const languages = result.conditions.filter((condition) => condition.kind === 'language');
    expect(languages.map(({ requirement, optional, shownBy }) => [requirement, optional, shownBy])).toEqual([
      ['French', false, 'French'],
      ['Dutch', false, 'Dutch'],
      ['German', true, null],
    ]);
    expect([...result.matched, ...result.missing].join(' ')).not.toMatch(/French|Dutch|German/);
  });

  it('a language the resume lacks is missing on its own, and "French or Dutch" is met by either', () => {
    const flemishOnly: JsonResume = { ...payroll, languages: [{ language: 'Dutch', fluency: 'Native' }] };
    const result = analyzeMatch({ resume: flemishOnly, posting: specialist, now });
    expect(result.conditions.find((condition) => condition.requirement === 'French')?.shownBy).toBeNull();
    expect(result.conditions.find((condition) => condition.requirement === 'Dutch')?.shownBy).toBe('Dutch');
    const either = analyzeMatch({ resume: flemishOnly, posting: { ...specialist, description: 'Requirements:\n- French or Dutch required' }, now });
    expect(either.conditions.filter((condition) => condition.kind === 'language').map((condition) => [condition.requirement, condition.shownBy])).toEqual([['French or Dutch', 'Dutch']]);
  });
});

describe('plain-text and one-line postings: each comma-separated term is asked for', () => {
  const oneLine = { title: 'Payroll Clerk', description: 'Payroll processing, social security declarations, Belgian payroll legislation, Excel, French.' };

  it('one recognised word of five is not a full fit (was 100)', () => {
    const result = analyzeMatch({ resume: receptionist, posting: oneLine, now });
    expect(result.matched).toEqual(['Excel']);
    expect(result.missing).toEqual(['Payroll processing', 'Social security declarations', 'Belgian payroll legislation']);
    expect(result.conditions.map((condition) => [condition.requirement, condition.shownBy])).toEqual([['French', null]]);
    expect(result.score).toBeLessThan(40);
  });

  it('the payroll administrator meets the same terms', () => {
    const result = analyzeMatch({ resume: payroll, posting: oneLine, now });
    expect(result.missing).toEqual([]);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('a line of places is not a list of skills', () => {
    const places = { title: 'Payroll Clerk', description: 'Ghent, Antwerp, Brussels\nRequirements:\n- Excel' };
    expect(analyzeMatch({ resume: receptionist, posting: places, now }).missing).toEqual([]);
  });
});

describe('advice names a requirement as a sentence would', () => {
  it('a sentence-cased requirement reads in lower case, a nationality keeps its capital', () => {
    const posting = { title: 'Payroll Clerk', description: 'Requirements:\n- Knowledge of pension schemes\n- Knowledge of Belgian social law' };
    const advice = analyzeMatch({ resume: receptionist, posting, now }).advice.join('\n');
    expect(advice).toContain('The posting requires pension schemes,');
    expect(advice).toContain('The posting requires Belgian social law,');
  });
});
