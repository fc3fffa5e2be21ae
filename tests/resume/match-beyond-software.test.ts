// Regression tests for the match outside software (the 2026-12-05 new-user trial, issue 13):
// advice written for developers ("quantify … users, latency"), a listed skill "shown in no role"
// when a bullet shows it in other words, requirements that are not skills (a driving licence,
// the right to work, nights, lifting, a named licence) not weighed at all, and spoken languages
// inside a flattened skills list dropped. Each class on resumes and postings written for this
// file, in several trades and professions.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting, type JobPosting } from '../../src/resume/match.ts';
import { conditionsIn } from '../../src/resume/match/posting-conditions.ts';
import { bulletStems, showsSkill } from '../../src/resume/match/shown-in-other-words.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { languagesIn, spokenLanguages } from '../../src/resume/spoken-languages.ts';

const now = new Date('2026-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();

const person = (position: string, employer: string, highlights: string[], extra: Partial<JsonResume> = {}): JsonResume => ({
  basics: { name: 'Alex Morgan', label: position },
  work: [{ name: employer, position, startDate: '2018-01', highlights }],
  ...extra,
});

describe('advice speaks the field of the resume and the posting', () => {
  const cases: [string, JsonResume, JobPosting, RegExp][] = [
    [
      'electrician',
      person('Journeyman Electrician', 'Brightline Electric', ['Wired new homes and panels for a busy contractor'], { skills: [{ name: 'Trade', keywords: ['Residential Wiring', 'Troubleshooting'] }] }),
      { title: 'Service Electrician', description: 'Requirements:\n- Residential wiring\n- Troubleshooting' },
      /jobs completed, crew size, inspections passed/,
    ],
    [
      'chef',
      person('Sous Chef', 'Juniper Table', ['Developed seasonal menus and costed every dish'], { skills: [{ name: 'Kitchen', keywords: ['Menu Development', 'Food Costing'] }] }),
      { title: 'Sous Chef', description: 'Requirements:\n- Menu development\n- Food costing' },
      /covers served, brigade size/,
    ],
    [
      'nurse',
      person('Staff Nurse', 'Northgate General', ['Cared for post-operative patients and triaged admissions on a surgical ward'], { skills: [{ name: 'Clinical', keywords: ['Patient Care', 'Triage'] }] }),
      { title: 'Staff Nurse', description: 'Requirements:\n- Patient care\n- Triage' },
      /patients or residents cared for/,
    ],
    [
      'HGV driver',
      person('HGV Class 1 Driver', 'Fenland Haulage', ['Trunked chilled loads between depots overnight'], { skills: [{ name: 'Driving', keywords: ['HGV Class 1'] }] }),
      { title: 'HGV Class 1 Driver', description: 'Requirements:\n- HGV Class 1\n- Driver CPC' },
      /drops a day, years without an incident/,
    ],
    [
      'teacher',
      person('Maths Teacher', 'Hillcrest Academy', ['Taught GCSE maths to mixed-ability classes'], {}),
      { title: 'Maths Teacher', description: 'You will teach GCSE maths to mixed-ability classes.' },
      /pupils' progress or results/,
    ],
    [
      'accountant',
      person('Accountant', 'Ledgerwise LLP', ['Prepared management accounts for small clients'], {}),
      { title: 'Management Accountant', description: 'You will prepare management accounts and support the month-end close.' },
      /budgets, days to close/,
    ],
  ];

  it.each(cases)('%s: results are measured in the field’s terms, never in users and latency', (_name, resume, posting, measures) => {
    const advice = analyzeMatch({ resume, posting, now }).advice.join('\n');
    expect(advice).toMatch(measures);
    expect(advice).not.toMatch(/latency|open-source|a small project/);
  });

  it('keeps the software words for software', () => {
    const resume = person('Backend Engineer', 'Parcel Labs', ['Built the billing service in Go'], { skills: [{ name: 'Backend', keywords: ['Go'] }] });
    const advice = analyzeMatch({ resume, posting: { title: 'Senior Backend Engineer', description: 'Requirements:\n- Go\n- Kubernetes\n- 6+ years of experience' }, now }).advice.join('\n');
    expect(advice).toMatch(/freelance, open-source or part-time work|a small project with it/);
  });

  it('a missing certificate is to be held, not practised in a small project', () => {
    const resume = person('Electrician', 'Volt & Co', ['Installed rooftop solar arrays'], { skills: [{ name: 'Trade', keywords: ['Solar PV'] }] });
    const match = analyzeMatch({ resume, posting: { title: 'Solar PV Installer', description: 'Requirements:\n- Solar PV\n- NABCEP certification' }, now });
    const advice = match.advice.find((line) => line.includes('NABCEP'));
    expect(advice).toMatch(/If you hold it, add it under your licences and certificates/);
  });
});

describe('a listed skill is shown in a role that says it in other words', () => {
  const skill = (name: string) => {
    const found = vocabulary.byName.get(name.toLowerCase());
    if (!found) throw new Error(`${name} is not in the vocabulary`);
    return found;
  };

  it.each([
    ['Residential Wiring', 'Ran residential and light commercial service calls across the county'],
    ['Patient Care', 'Cared for up to 8 patients a shift on a cardiac ward'],
    ['Menu Development', 'Developed a seasonal menu with the head chef'],
    ['Fire Alarm Systems', 'Installed and tested fire alarm panels in two schools'],
  ])('%s in "%s"', (name, bullet) => {
    expect(showsSkill(skill(name), bulletStems(bullet))).toBe(true);
  });

  it.each([
    ['Residential Wiring', 'Wired commercial lighting in office blocks'],
    ['Fire Alarm Systems', 'Fitted fire doors in a care home'],
  ])('%s not in "%s"', (name, bullet) => {
    expect(showsSkill(skill(name), bulletStems(bullet))).toBe(false);
  });

  it('no longer advises adding a bullet for a skill a bullet already shows', () => {
    const resume = person('Journeyman Electrician', 'Kessler Electric', ['Ran residential and light commercial service calls, 6 a day'], {
      skills: [{ name: 'Trade', keywords: ['Residential Wiring'] }],
    });
    const match = analyzeMatch({ resume, posting: { title: 'Residential Electrician', description: 'Requirements:\n- Residential wiring' }, now });
    expect(match.matched).toContain('Residential Wiring');
    expect(match.advice.join('\n')).not.toMatch(/no role or project shows/);
  });
});

describe('requirements that are not skills are read, checked and weighed', () => {
  it.each([
    ['Full UK driving licence and weekend availability', [['driving licence', true], ['hours', false]]],
    ['You must have the right to work in the UK', [['right to work', false]]],
    ['Active SC clearance required', [['clearance', true]]],
    ['Ability to obtain DV clearance', [['clearance', false]]],
    ['Enhanced DBS check', [['background check', false]]],
    ['Able to lift up to 25 kg', [['physical', false]]],
    ['Must hold a valid CSCS card', [['licence', true]]],
    ['Qualified Teacher Status (QTS)', [['licence', true]]],
    ['Fluent Spanish or Portuguese', [['language', true]]],
    ['Willing to work nights, weekends and bank holidays', [['hours', false]]],
  ] as const)('"%s"', (sentence, expected) => {
    expect(conditionsIn(sentence, []).map((condition) => [condition.kind, condition.weighs])).toEqual(expected);
  });

  it.each(['Process card payments at the till', 'We build native apps for English football clubs', 'Runs three shifts of injection moulding'])(
    'reads nothing from "%s"',
    (sentence) => {
      expect(conditionsIn(sentence, [])).toEqual([]);
    },
  );

  it('a missing driving licence lowers a driver’s score; holding it restores it', () => {
    const posting: JobPosting = {
      title: 'Multi-drop Delivery Driver',
      description: 'Requirements:\n- Full UK driving licence\n- Multi-drop delivery\n- Right to work in the UK\n- Able to lift up to 20 kg',
    };
    const without = person('Delivery Driver', 'Swiftparcel', ['Delivered 120 parcels a day on a multi-drop route'], { skills: [{ name: 'Driving', keywords: ['Multi-drop Delivery'] }] });
    const withLicence = { ...without, certificates: [{ name: 'Full UK driving licence (clean)' }] };
    const before = analyzeMatch({ resume: without, posting, now });
    const after = analyzeMatch({ resume: withLicence, posting, now });
    expect(after.score).toBeGreaterThan(before.score);
    const licence = (match: typeof before) => match.conditions.find((condition) => condition.kind === 'driving licence');
    expect(licence(before)).toMatchObject({ weighs: true, shownBy: null });
    expect(licence(after)?.shownBy).toBe('Full UK driving licence (clean)');
    // The right to work and lifting are shown, not weighed: resumes seldom say them.
    expect(before.conditions.map((condition) => condition.kind)).toEqual(expect.arrayContaining(['right to work', 'physical']));
    expect(before.advice.join('\n')).toMatch(/requires “Full UK driving licence”, which your resume does not show/);
    expect(before.advice.join('\n')).toMatch(/also asks for “Right to work in the UK” and “lift up to 20 kg”, which your resume does not say/);
    expect(before.explanation.join('\n')).toMatch(/not shown on your resume, so it counts as missing/);
  });

  it('a named licence is met by the licences section in other words', () => {
    const posting: JobPosting = { title: 'Site Carpenter', description: 'Requirements:\n- Valid CSCS card\n- First fix and second fix' };
    const resume = person('Carpenter', 'Oakbeam Builders', ['First and second fix on 40 new-build homes'], { certificates: [{ name: 'CSCS Blue Card (Skilled Worker)' }] });
    const match = analyzeMatch({ resume, posting, now });
    const cscs = [...match.matched, ...match.conditions.filter((condition) => condition.shownBy).map((condition) => condition.requirement)];
    expect(cscs.join(' ')).toMatch(/CSCS/);
  });

  it('a teacher’s QTS is read from the resume; a teacher without it is told so', () => {
    const posting: JobPosting = { title: 'Primary Teacher', description: 'Requirements:\n- Qualified Teacher Status (QTS)\n- Key stage 2 experience' };
    const qualified = person('Year 4 Teacher', 'Meadow Primary', ['Taught a class of 30 in key stage 2'], { certificates: [{ name: 'Qualified Teacher Status (QTS), 2019' }] });
    const unqualified = person('Teaching Assistant', 'Meadow Primary', ['Supported a class of 30 in key stage 2'], {});
    const qts = (resume: JsonResume) => analyzeMatch({ resume, posting, now }).conditions.find((condition) => condition.kind === 'licence');
    expect(qts(qualified)?.shownBy).toMatch(/QTS/);
    expect(qts(unqualified)?.shownBy).toBeNull();
    expect(analyzeMatch({ resume: qualified, posting, now }).score).toBeGreaterThan(analyzeMatch({ resume: unqualified, posting, now }).score);
  });

  it('an optional credential counts at half weight and never as required', () => {
    const posting = preparePosting({ title: 'Care Assistant', description: 'Personal care for older adults. A driving licence is a plus.' }, vocabulary);
    expect(posting.conditions).toEqual([expect.objectContaining({ kind: 'driving licence', optional: true })]);
  });

  it('leaves a software posting with none of these unchanged', () => {
    const posting = preparePosting(
      { title: 'Senior Backend Engineer', description: 'Requirements:\n- 5+ years of Go\n- PostgreSQL or MySQL\n- Kubernetes is a plus' },
      vocabulary,
    );
    expect(posting.conditions).toEqual([]);
  });
});

describe('spoken languages are kept and matched', () => {
  it('reads languages from a flattened skills list, a Languages group and a Languages section', () => {
    expect(spokenLanguages({ skills: [{ name: 'Conduit Bending' }, { name: 'Languages: English' }, { name: 'Spanish (fluent)' }] })).toEqual(['English', 'Spanish']);
    expect(spokenLanguages({ skills: [{ name: 'Languages', keywords: ['Polish (native)', 'English (fluent)'] }] })).toEqual(['Polish', 'English']);
    expect(spokenLanguages({ languages: [{ language: 'Welsh' }] })).toEqual(['Welsh']);
    expect(spokenLanguages({ skills: [{ name: 'Kitchen', keywords: ['Spanish cuisine'] }] })).toEqual([]);
  });

  it('finds language names in a posting sentence', () => {
    expect(languagesIn('Bilingual English/Spanish preferred')).toEqual(['English', 'Spanish']);
  });

  it.each([
    ['a Spanish-speaking nurse', 'Registered Nurse', 'Fluent Spanish required to support our patients.', 'Spanish'],
    ['a bilingual chef', 'Line Cook', 'Requirements:\n- Knife skills\n- Bilingual (English/Spanish)', 'Spanish'],
    ['a Polish-speaking warehouse lead', 'Warehouse Team Leader', 'Requirements:\n- Forklift\n- Polish speaker', 'Polish'],
  ])('%s: the posting asks for %s', (_name, title, description, language) => {
    const speaks = person(title, 'Somewhere Ltd', ['Worked with a diverse team of 12'], { skills: [{ name: 'Conduit Bending' }, { name: `Languages: English, ${language} (fluent)` }] });
    const doesNot = person(title, 'Somewhere Ltd', ['Worked with a diverse team of 12'], { skills: [{ name: 'Conduit Bending' }] });
    const yes = analyzeMatch({ resume: speaks, posting: { title, description }, now });
    const no = analyzeMatch({ resume: doesNot, posting: { title, description }, now });
    expect(yes.conditions.find((condition) => condition.kind === 'language')?.shownBy).toContain(language);
    expect(no.conditions.find((condition) => condition.kind === 'language')?.shownBy).toBeNull();
    expect(yes.score).toBeGreaterThan(no.score);
  });
});
