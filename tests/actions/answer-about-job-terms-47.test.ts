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
