// Issue 13, session 46 (SAFETY): a letter said "I'm changing careers, from software engineering"
// and a prep pack asked "why are you moving from software…?" for an engineer who never worked in
// software, because one title ("… Systems Engineer") read as software. A letter or prep pack now
// claims a change of career only when the resume shows one beyond doubt: the latest title names a
// field far from the posting's, and every earlier title names a field too, none near the posting's.
// The engineers and postings here are invented for this file; their titles are the kind a title
// reader can get wrong (shared head nouns, "Systems", "Platform", "Infrastructure", no discipline).
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { coverLetterTones } from '../../src/documents/writer-input.ts';
import { careerChangeFrom } from '../../src/resume/match/job-field.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';
import { jobRecord } from '../fakes/job-record.ts';
import { preparedPerson } from './letter-people.ts';

const vocabulary = loadSkillVocabulary();
const changeClaim = /changing careers|change of field|moving from|making the move from|new to .+, coming from|Why are you moving/i;

const posting = (id: string, title: string, company: string, description: string) =>
  jobRecord(id, { title, company, location: 'Lyon, France', remote: false, description, first_seen_at: '2026-12-01T00:00:00.000Z', last_seen_at: '2026-12-01T00:00:00.000Z' });

const person = (name: string, roles: [position: string, employer: string, start: string, end?: string, bullet?: string][]): JsonResume => ({
  basics: { name, location: { city: 'Lyon', countryCode: 'FR' } },
  work: roles.map(([position, employer, startDate, endDate, bullet]) => ({
    name: employer,
    position,
    startDate,
    ...(endDate ? { endDate } : {}),
    highlights: [bullet ?? `Delivered three projects at ${employer} on time and within budget`],
  })),
});

const engineers: { discipline: string; resume: JsonResume; job: ReturnType<typeof posting> }[] = [
  {
    discipline: 'mechanical',
    resume: person('Odile Marchand', [
      ['Senior Thermal Systems Engineer', 'Calorex Industries', '2019-04', undefined, 'Cut the gearbox oil temperature by 12 K with a new cooler layout'],
      ['Systems Engineer', 'Rhône Pumps', '2013-09', '2019-03', 'Specified pump skids for 40 municipal plants'],
    ]),
    job: posting('e1e1e1e1e1e1', 'Thermal Design Engineer', 'Vireo Motion', 'Design cooling for traction motors.\nRequirements:\n- 8+ years mechanical or thermal engineering\n- CFD or 1D thermal simulation'),
  },
  {
    discipline: 'civil',
    resume: person('Bastien Morel', [
      ['Senior Infrastructure Engineer', 'Pontis Ingénierie', '2018-01', undefined, 'Led the design of two rail underpasses'],
      ['Site Engineer', 'Batiroute', '2012-06', '2017-12', 'Supervised 3 km of road works'],
    ]),
    job: posting('e2e2e2e2e2e2', 'Bridge Design Engineer', 'Arche Conseil', 'Design road bridges.\nRequirements:\n- 6+ years in civil or structural engineering\n- Eurocodes'),
  },
  {
    discipline: 'electrical',
    resume: person('Yasmine Haddad', [
      ['Platform Engineer (Substation Automation)', 'Voltaïs', '2020-02', undefined, 'Commissioned protection relays in 9 substations'],
      ['Protection Engineer', 'Réseau Sud', '2014-09', '2020-01', 'Set relay coordination for 63 kV feeders'],
    ]),
    job: posting('e3e3e3e3e3e3', 'Electrical Design Engineer – HV', 'Gridwell', 'Design HV substations.\nRequirements:\n- 7+ years electrical engineering\n- IEC 61850'),
  },
  {
    discipline: 'chemical',
    resume: person('Lukas Brandt', [
      ['Process Systems Engineer', 'Solvia Chemicals', '2017-05', undefined, 'Raised reactor yield by 4% with a new feed control'],
      ['Technical Engineer', 'Polymeris', '2011-01', '2017-04', 'Ran pilot trials for two resins'],
    ]),
    job: posting('e4e4e4e4e4e4', 'Chemical Process Engineer', 'Nexachem', 'Own the distillation unit.\nRequirements:\n- 8+ years chemical engineering\n- Aspen Plus'),
  },
  {
    discipline: 'automotive',
    resume: person('Priya Nair', [
      ['Lead Engineer – Drivetrain Systems', 'Kestrel Axles', '2016-03', undefined, 'Released a two-speed e-axle into series production'],
      ['Calibration Engineer', 'Motorwerk', '2010-08', '2016-02', 'Calibrated idle and launch for 4 engine variants'],
    ]),
    job: posting('e5e5e5e5e5e5', 'Senior E-Axle Engineer', 'Tessera Mobility', 'Lead e-axle development.\nRequirements:\n- 10+ years in drivetrain or powertrain engineering\n- DFMEA'),
  },
];

describe('a letter or prep pack claims a change of career only when the resume shows one beyond doubt', () => {
  for (const { discipline, resume, job } of engineers) {
    it(`the ${discipline} engineer applying to an engineering posting is never told they are changing careers`, async () => {
      const { letter, prep } = await preparedPerson({ name: discipline, resume, posting: job });
      for (const tone of coverLetterTones) expect(letter(tone).text, `${discipline} ${tone}`).not.toMatch(changeClaim);
      const pack = prep().text;
      expect(pack, discipline).not.toMatch(changeClaim);
      expect(pack, discipline).not.toMatch(/### On your change of field/);
    });
  }

  it('a change is still said when every title names a field far from the posting', async () => {
    const resume = person('Marc Lefèvre', [
      ['Backend Developer', 'Nubo', '2020-01', undefined, 'Cut API latency by 40%'],
      ['Web Developer', 'Pixelia', '2016-01', '2019-12', 'Built 30 shop sites'],
    ]);
    const job = posting('e6e6e6e6e6e6', 'CAD Drafter', 'Atelier Morin', 'Draw steel details.\nRequirements:\n- AutoCAD\n- 2+ years drafting');
    const { letter } = await preparedPerson({ name: 'developer', resume, posting: job });
    expect(letter('warm').text).toMatch(/I'm changing careers, from software engineering to engineering \(non-software\)\./);
  });

  it('reads the rule from titles: a shared head noun, an unread title or a finished role in the posting\'s field is doubt', () => {
    expect(careerChangeFrom([{ position: 'Systems Engineer' }], 'engineering', vocabulary)).toBeUndefined();
    expect(careerChangeFrom([{ position: 'Engineer' }], 'engineering', vocabulary)).toBeUndefined();
    expect(careerChangeFrom([{ position: 'Sous Chef' }, { position: 'Associate' }], 'quality', vocabulary)).toBeUndefined();
    // Back to nursing after two years in sales is a return, not a change.
    expect(careerChangeFrom([{ position: 'Sales Representative' }, { position: 'Staff Nurse' }], 'healthcare', vocabulary)).toBeUndefined();
    expect(careerChangeFrom([{ position: 'Sous Chef' }, { position: 'Line Cook' }], 'quality', vocabulary)).toBe('culinary');
    // A current side role in the new field is the bridge a changer builds.
    expect(careerChangeFrom([{ position: 'Chemistry Teacher', current: true }, { position: 'Freelance UX Designer', current: true }], 'design', vocabulary)).toBe('education');
  });
});
