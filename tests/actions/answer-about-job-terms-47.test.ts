import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { termAsked } from '../../src/actions/answer-about-job/posting-terms.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

// Trial s46 #61: "does the Ohmline job need travel?" answered with its stack, "does Voltara help with relocation?" with
// the help menu, "do they sponsor visas at Ohmline?" not at all, though each posting says it. Other postings here.
const detailed = jobRecord('d00000000001', {
  title: 'Commissioning Engineer – Wind Turbines (m/w/d)',
  company: 'Nordwind Anlagenbau GmbH',
  location: 'Husum',
  description: [
    'Your tasks: commissioning of onshore turbines across Northern Europe.',
    'Willingness to travel: up to 60% on customer sites in Denmark and Germany.',
    'We support your relocation to Husum with a moving allowance of €3,000.',
    'You must hold a valid EU work permit; we cannot sponsor visas.',
    'Start: 01.03.2027 or as soon as possible.',
    '40 hours a week, flexitime.',
  ].join('\n'),
});
const german = jobRecord('d00000000002', {
  title: 'Servicetechniker Windenergie (m/w/d)',
  company: 'Küstenstrom AG',
  location: 'Emden',
  description: 'Ihre Aufgaben: Wartung von Anlagen.\nReisebereitschaft von ca. 40 % setzen wir voraus.\nEintritt ab sofort, 38,5 Stunden pro Woche.\nUnbefristeter Vertrag.',
});
const thin = jobRecord('d00000000003', { title: 'Blade Inspector', company: 'Skyrope', location: 'Aberdeen', description: 'Inspect turbine blades by rope access. IRATA level 2.' });

async function answer(id: string, about: string): Promise<string> {
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: { last_job_id: id } };
  const result = (await createActions(fakeCareerDependencies({}, { jobs: [detailed, german, thin] })).get('answer_about_job')?.run({ job: 'it', about } as never, context)) as ActionResult;
  expect(result.ok).toBe(true);
  return result.summary;
}

describe('answer_about_job: the terms a posting states', () => {
  it.each([
    ['travel', /On travel, .*“Willingness to travel: up to 60% on customer sites in Denmark and Germany\.”/],
    ['relocation', /On relocation, .*“We support your relocation to Husum with a moving allowance of €3,000\.”/],
    ['visa', /On visas, sponsorship or the right to work, .*“You must hold a valid EU work permit; we cannot sponsor visas\.”/],
    ['start', /On a start date, .*“Start: 01\.03\.2027 or as soon as possible\.”/],
    ['hours', /On the working hours, .*“40 hours a week, flexitime\.”/],
  ])('%s: quotes the posting\'s own sentence', async (about, said) => {
    expect(await answer('d00000000001', about)).toMatch(said);
  });

  it('reads them in a German posting', async () => {
    expect(await answer('d00000000002', 'travel')).toContain('Reisebereitschaft von ca. 40 %');
    expect(await answer('d00000000002', 'start')).toContain('Eintritt ab sofort');
    expect(await answer('d00000000002', 'hours')).toContain('38,5 Stunden pro Woche');
  });

  it('says the posting does not say, never a guess', async () => {
    expect(await answer('d00000000003', 'travel')).toBe("It doesn't say: the posting for Blade Inspector at Skyrope says nothing about travel.");
    expect(await answer('d00000000003', 'visa')).toMatch(/^It doesn't say: .* says nothing about visas, sponsorship or the right to work\. Ask the employer/);
  });
});

describe('the term a question asks about', () => {
  it.each([
    ['is a lot of travelling involved in the Husum job', 'travel'],
    ['can they get me a blue card', 'visa'],
    ['am i eligible to work there without sponsorship', 'visa'],
    ['will they cover my relocation costs', 'relocation'],
    ['do they pay for the move to Husum', 'relocation'],
    ['how soon could i join nordwind', 'start'],
    ['what are the hours like at skyrope', 'hours'],
  ])('"%s" → %s', (question, term) => {
    expect(termAsked(question)).toBe(term);
  });

  it.each(['how much do they pay an hour', 'is it hourly', 'when was it posted', 'what stack do they use'])('"%s" asks none of them', (question) => {
    expect(termAsked(question)).toBeUndefined();
  });
});

// Session 49 (trial s48 #39 #52 #25): shifts, unions, licences and the zones of the working hours are answered from the
// posting's own sentences, and an hourly rate is said a year with the hours it counts. Postings of our own.
const ward = jobRecord('d00000000011', {
  title: 'Registered Nurse - Cardiac Step-Down',
  company: 'Lakeshore General',
  location: 'Hamilton, ON',
  salary: { min: 41.5, max: 55.25, currency: 'CAD', period: 'hour' },
  description: [
    'Bargaining unit: this position is covered by the collective agreement with the Ontario Nurses\' Association.',
    'Schedule: 12-hour rotating days and nights, every third weekend.',
    'Requirements: current registration with the College of Nurses of Ontario (CNO) in the General Class.',
    'This is a 0.6 FTE permanent part-time position.',
  ].join('\n'),
});
const telehealth = jobRecord('d00000000012', {
  title: 'Telehealth Triage Nurse',
  company: 'Southern Cross Virtual Care',
  location: 'Remote (Australia)',
  salary: { min: 48, max: 53, currency: 'AUD', period: 'hour' },
  description: 'Work from home across AEST/AEDT or ACST hours.\nYou will need AHPRA registration (or be eligible for it).\n38 hours per week.',
});

async function answerOn(job: ReturnType<typeof jobRecord>, about: string): Promise<string> {
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: { last_job_id: job.id } };
  const result = (await createActions(fakeCareerDependencies({}, { jobs: [job] })).get('answer_about_job')?.run({ job: 'it', about } as never, context)) as ActionResult;
  expect(result.ok).toBe(true);
  return result.summary;
}

describe('answer_about_job: shifts, unions, licences, time zones and pay a year', () => {
  it('quotes the shift pattern, the union and the licence as the posting states them', async () => {
    expect(await answerOn(ward, 'hours')).toMatch(/On the working hours, .*“Schedule: 12-hour rotating days and nights, every third weekend\.”/);
    expect(await answerOn(ward, 'union')).toMatch(/On a union or a collective agreement, .*collective agreement with the Ontario Nurses' Association/);
    expect(await answerOn(ward, 'licence')).toMatch(/On a licence or registration, .*College of Nurses of Ontario \(CNO\)/);
    expect(await answerOn(telehealth, 'licence')).toContain('AHPRA registration (or be eligible for it)');
  });

  it('keeps every zone the working hours are said in', async () => {
    expect(await answerOn(telehealth, 'hours')).toContain('AEST/AEDT or ACST hours');
  });

  it('says an hourly rate a year at the hours the posting states, its FTE share, or 40 hours said to be assumed', async () => {
    expect(await answerOn(telehealth, 'pay')).toBe('Telehealth Triage Nurse at Southern Cross Virtual Care pays A$48–A$53 an hour (about A$94,800–A$104,700 a year at 38 h a week).');
    expect(await answerOn(ward, 'pay')).toContain('(about A$'.replace('A$', 'CA$'));
    expect(await answerOn(ward, 'pay')).toMatch(/at 24 h a week, 0\.6 FTE of 40 h\)\.$/);
    const unstated = { ...telehealth, id: 'd00000000013', description: 'Work from home.' };
    expect(await answerOn(unstated, 'pay')).toMatch(/a year at 40 h a week, assumed: the posting states no hours\)\.$/);
  });

  it('says when the posting does not say', async () => {
    expect(await answerOn(telehealth, 'union')).toBe("It doesn't say: the posting for Telehealth Triage Nurse at Southern Cross Virtual Care says nothing about a union or a collective agreement.");
  });
});

describe('the shift, union and licence a question asks about', () => {
  it.each([
    ['is the bayview one nights or days', 'hours'],
    ['what is the rota like', 'hours'],
    ['do they work 12 hour shifts', 'hours'],
    ['is that hospital unionized', 'union'],
    ['is there a collective agreement', 'union'],
    ['do i need NMC registration for it', 'licence'],
    ['would my licence transfer', 'licence'],
  ])('"%s" → %s', (question, term) => {
    expect(termAsked(question)).toBe(term);
  });
});
