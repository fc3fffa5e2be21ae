// Regression tests for fit scores outside software (issue 13, the 2026-12-05 trial's second
// round): requirement lines the skills vocabulary does not know ("QTS", "Booster pumps and TMV
// servicing") were not read, so a teacher's or plumber's posting scored on nothing ("skills n/a
// 0/0 required"); crew, shift and team leadership written with a number word or a size
// ("Ran a three-person crew", "Manage two assistant accountants") was not people management; a
// skill of a trade shown in other words anywhere in the work history ("EMT and rigid conduit …
// feeder runs") was missing; an apprenticeship before a plain title set the level; a reach truck
// driver's years counted as professional driving. Each class on people and postings written
// for this file, in several trades and professions.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { postingFromText } from '../../src/career/resumes/posting-of.ts';
import { analyzeMatch, prepareResume, preparePosting, scorePosting, type JobPosting } from '../../src/resume/match.ts';
import { jobFieldOf } from '../../src/resume/match/job-field.ts';
import { managementEvidence, postingManagementKind } from '../../src/resume/match/management.ts';
import { requirementLine } from '../../src/resume/match/requirement-lines.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();

const person = (label: string, work: NonNullable<JsonResume['work']>, extra: Partial<JsonResume> = {}): JsonResume => ({
  basics: { name: 'Sam Ellery', label },
  work,
  ...extra,
});

describe('requirement lines the vocabulary does not know are read in any field outside software', () => {
  const cases: [string, JsonResume, JobPosting, string[]][] = [
    [
      'teacher',
      person('Teacher of Geography', [
        { name: 'Castleford Academy', position: 'Teacher of Geography', startDate: '2018-09', highlights: ['Teach geography to GCSE and A level', 'Plan and lead fieldwork trips for Year 12'] },
      ], { certificates: [{ name: 'QTS' }] }),
      { title: 'Teacher of Geography', description: 'Teacher of Geography, September start.\nQTS\nAble to teach geography to A level\nFieldwork planning' },
      ['QTS', 'Able to teach geography to A level', 'Fieldwork planning'],
    ],
    [
      'plumber',
      person('Plumber', [
        { name: 'Hendry Plumbing', position: 'Plumber', startDate: '2016-04', highlights: ['Servicing booster sets and cold water storage tanks in offices'] },
      ]),
      { title: 'Commercial Plumber', description: 'Commercial plumber for schools in Leeds.\n- Cold water storage tanks\n- Booster set servicing' },
      ['Cold water storage tanks', 'Booster set servicing'],
    ],
    [
      'accountant',
      person('Accounts Assistant', [
        { name: 'Mercer Haulage', position: 'Accounts Assistant', startDate: '2019-02', highlights: ['Purchase ledger, supplier statement reconciliations and VAT returns'] },
      ]),
      { title: 'Purchase Ledger Clerk', description: 'Requirements:\n- Purchase ledger experience\n- Supplier statement reconciliations\n- VAT returns' },
      // A requirement is named by the skill it asks for, not by how the line asks ("… experience").
      ['Purchase ledger', 'Supplier statement reconciliations', 'VAT returns'],
    ],
  ];

  it.each(cases)('%s: each plain line is a requirement the resume meets in its own words', (_, resume, posting, lines) => {
    const result = analyzeMatch({ resume, posting, now });
    expect(result.breakdown.skills.score).not.toBeNull();
    expect(result.matched).toEqual(expect.arrayContaining(lines));
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('a line the resume does not show is missing and lowers the score', () => {
    const [, resume, posting] = cases[0] as (typeof cases)[0];
    const asking = { ...posting, description: `${posting.description}\nExperience of the IB Diploma` };
    const result = analyzeMatch({ resume, posting: asking, now });
    expect(result.missing).toContain('IB Diploma');
    expect(result.score).toBeLessThan(analyzeMatch({ resume, posting, now }).score);
  });

  it('someone from another profession meets none of them', () => {
    const chef = person('Sous Chef', [{ name: 'Rowan Kitchen', position: 'Sous Chef', startDate: '2017-01', highlights: ['Ran the pass for 120 covers'] }]);
    for (const [, , posting] of cases) expect(analyzeMatch({ resume: chef, posting, now }).score).toBeLessThanOrEqual(15);
  });

  it('reads lines as requirements, not pay, place, sentences or headings', () => {
    expect(requirementLine('- Able to teach geography to A level', { listed: true })).toMatchObject({ stems: ['teach', 'geography'] });
    expect(requirementLine('ACCA or CIMA qualified', { listed: false })?.alternatives).toEqual([['acca'], ['cima']]);
    expect(requirementLine('IOSH Managing Safely desirable', { listed: false })?.optional).toBe(true);
    expect(requirementLine('Ridgeline Mechanical - Westerville, OH - $38/hr', { listed: false })).toBeUndefined();
    expect(requirementLine('We are a family business that has served the valley since 1982.', { listed: false })).toBeUndefined();
  });

  it('software postings read no such lines: their tools are in the vocabulary, and their scores stay as they were', () => {
    const posting = { title: 'Backend Engineer', description: 'Requirements:\n- Go\n- PostgreSQL\n- Clear written communication\n- Ownership mindset' };
    expect(preparePosting(posting, vocabulary).requirementLines).toEqual([]);
  });
});

describe('the trial, reproduced with other people: an electrician on electrical postings', () => {
  const electrician = person('Journeyman Inside Wireman', [
    {
      name: 'Tri-County Electric',
      position: 'Journeyman Inside Wireman',
      startDate: '2018-05',
      highlights: [
        'Ran a four-person crew on a distribution centre fit-out',
        'Trained 6 apprentices',
        'Commissioned PLC panels and VFDs; motor controls troubleshooting',
        'Infrared thermography of switchgear every quarter',
      ],
    },
    { name: 'Tri-County Electric', position: 'Apprentice Electrician', startDate: '2014-05', endDate: '2018-04', highlights: ['Residential and commercial rough-in'] },
    { name: 'Big Box Stores', position: 'Stock Associate', startDate: '2011-01', endDate: '2014-04', highlights: ['Unloaded trucks'] },
  ], { certificates: [{ name: 'NFPA 70E' }, { name: 'Indiana Journeyman Electrician License' }], skills: [{ name: 'Trade', keywords: ['PLC', 'VFDs', 'Motor Controls', 'Thermal Imaging'] }] });

  it('a maintenance posting written as plain lines asks its years and skills, and nothing it never named', () => {
    const posting = postingFromText('Plant Electrician\nMinimum 3 years industrial experience\nPLC troubleshooting\nVFDs and motor controls\nNFPA 70E\nThermal imaging\nOn-call one weekend a month');
    const result = analyzeMatch({ resume: electrician, posting, now });
    expect(result.breakdown.experience.yearsRequired).toBe(3);
    expect(result.breakdown.experience.yearsShown).toBeGreaterThanOrEqual(3);
    expect(result.missing).not.toContain('Incident Management');
    expect(result.matched.length).toBeGreaterThanOrEqual(4);
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it('a supervisor posting: the years are electrical, the crew run is leadership', () => {
    const posting = postingFromText('Electrical Crew Supervisor\nLead crews of up to 6 electricians\n5+ years in the electrical trade\nJourneyman license');
    const result = analyzeMatch({ resume: electrician, posting, now });
    expect(result.breakdown.experience.field).toBe('the electrical trade');
    expect(result.breakdown.experience.yearsShown).toBeGreaterThanOrEqual(5);
    expect(result.breakdown.management.score).toBe(100);
    expect(result.breakdown.management.cappedAt).toBeNull();
    expect(result.score).toBeGreaterThanOrEqual(75);
  });

  it('a pasted service posting (as POST /v1/match reads job_text) scores the years as an electrician', () => {
    const posting = postingFromText('Residential Service Electrician\nBrookside Home Services\n4+ years residential service experience as an electrician\nJourneyman license');
    const result = analyzeMatch({ resume: electrician, posting, now });
    expect(result.breakdown.experience.yearsShown).toBeGreaterThanOrEqual(4);
    expect(result.score).toBeGreaterThan(40);
  });

  it('a certificate the posting requires and the resume lacks keeps the score well below a fit', () => {
    const posting = postingFromText('EV Charging Electrician\nEVITP certification\nJourneyman license\n3 years commercial electrical experience');
    expect(analyzeMatch({ resume: electrician, posting, now }).score).toBeLessThanOrEqual(70);
  });

  it('ranking by fit puts the postings of its own trade first, well above a neighbouring trade and another profession', () => {
    const prepared = prepareResume(electrician, { now, vocabulary });
    const postings = [
      postingFromText('Head Chef\nLevel 3 food safety\nMenu costing\nRunning a brigade'),
      postingFromText('Maintenance Plumber\nNVQ Level 3 plumbing\nBooster pumps\nUnvented hot water'),
      postingFromText('Industrial Electrician\n3+ years as an electrician\nPLC and VFD troubleshooting\nNFPA 70E'),
      postingFromText('Electrical Crew Supervisor\nLead crews of up to 6 electricians\n5+ years in the electrical trade\nJourneyman license'),
    ];
    const ranked = postings.map((posting) => ({ title: posting.title, score: scorePosting(prepared, posting).score })).sort((a, b) => b.score - a.score);
    expect(ranked.slice(0, 2).map((each) => each.title).sort()).toEqual(['Electrical Crew Supervisor', 'Industrial Electrician']);
    expect((ranked[1]?.score ?? 0) - (ranked[2]?.score ?? 0)).toBeGreaterThanOrEqual(40);
  });
});

describe('leading a crew, a shift or a small team, in the words people write it', () => {
  it.each([
    ['Ran a three-person crew on rewires', 60],
    ['Manage two assistant accountants', 60],
    ['Lead a night shift of 14 pickers and loaders', 60],
    ['Supervised five healthcare assistants on an elderly care ward', 60],
    ['Managed 40 key accounts across the north-west', 0],
  ] as const)('"%s" shows people led: %i', (bullet, level) => {
    expect(managementEvidence([{ position: 'Operative', highlights: [bullet] }]).level).toBe(level);
  });

  it('a posting that asks to manage a team of three is first-line: a bullet that managed people is what it asks', () => {
    expect(postingManagementKind('Assistant Financial Controller', 'Manage a team of 3')).toBe('supervise');
    expect(postingManagementKind('Finance Manager', 'Manage a team of 3')).toBe('manage');
    expect(postingManagementKind('Head of Finance', 'Manage a team of 12')).toBe('manage');
  });
});

describe('years and level in the field', () => {
  it('a plain title after an apprenticeship is read from the years, not as the apprentice level', () => {
    const plumber = person('Plumber', [
      { name: 'Vale Plumbing', position: 'Plumber', startDate: '2018-01' },
      { name: 'Vale Plumbing', position: 'Apprentice Plumber', startDate: '2014-01', endDate: '2017-12' },
    ]);
    const level = prepareResume(plumber, { now, vocabulary }).levelIn('plumbing');
    expect(level).toMatchObject({ from: 'years' });
    expect(level.level).not.toBe('junior');
  });

  it('a driver of warehouse kit works in the warehouse; an EV charger installer is an electrician', () => {
    expect(jobFieldOf('Reach Truck Driver', vocabulary)).toBe('operations');
    expect(jobFieldOf('Forklift Driver', vocabulary)).toBe('operations');
    expect(jobFieldOf('HGV Class 2 Driver', vocabulary)).toBe('driving');
    expect(jobFieldOf('EV Charger Installer', vocabulary)).toBe('electrical');
  });

  it('a trade skill shown in other words anywhere in the work history is met', () => {
    const wireman = person('Wireman', [{ name: 'Keel Electric', position: 'Wireman', startDate: '2017-01', highlights: ['Feeder runs in EMT and rigid conduit'] }]);
    const result = analyzeMatch({ resume: wireman, posting: { title: 'Electrician', description: 'Requirements:\n- Conduit installation' }, now });
    expect(result.matched).toContain('Conduit Bending');
  });
});

describe('a met requirement line of several clauses', () => {
  it('is shown by the clauses the resume meets, as the posting wrote them, not whole', () => {
    const resume = {
      basics: { name: 'Aoife Byrne', label: 'Clinical Nurse Manager' },
      work: [{ name: "St. James's Hospital", position: 'Clinical Nurse Manager', startDate: '2015-01', highlights: ['Led the telemetry rollout on Philips IntelliVue for 3 wards'] }],
    };
    // (The vocabulary knows EHR and Epic now, so this line names tools it does not know.)
    const description = 'Clinical Nurse Manager\n\nRequirements:\n- Hands-on telemetry experience, ideally Philips IntelliVue; Carescape or Nihon Kohden also considered\n- Strong communication skills';
    const result = analyzeMatch({ resume, posting: { title: 'Clinical Nurse Manager', company: 'Beacon Hospital', description } });
    expect(result.matched).toContain('Hands-on telemetry experience, ideally Philips IntelliVue');
    expect(result.matched.join(' | ')).not.toContain('Carescape');
  });
});
