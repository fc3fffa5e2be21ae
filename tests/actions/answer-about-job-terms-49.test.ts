import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { termAsked } from '../../src/actions/answer-about-job/posting-terms.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

// Dev set messy18: help with moving said as its parts (return flights, housing), a start date said as "able to start
// <date>", shift patterns asked as "what shifts": each stated in the posting and answered "it doesn't say" or not at all.
const abroad = jobRecord('e00000000001', {
  title: 'ESL Teacher',
  company: 'Busan Global Academy',
  location: 'Busan, South Korea',
  description: ['Teach English to middle-school pupils.', 'Free furnished accommodation is provided.', 'Paid return flights on completion of the contract.', 'Applicants must be available to start 2 March 2027.'].join('\n'),
});
const depot = jobRecord('e00000000002', {
  title: 'Parcel Sorter',
  company: 'Yodel',
  location: 'Wigan',
  description: 'Rotating shifts: 6am-2pm one week, 2pm-10pm the next.\nWe make reasonable accommodation for disabled applicants.',
});

async function answer(id: string, about: string): Promise<string> {
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: { last_job_id: id } };
  const result = (await createActions(fakeCareerDependencies({}, { jobs: [abroad, depot] })).get('answer_about_job')?.run({ job: 'it', about } as never, context)) as ActionResult;
  expect(result.ok).toBe(true);
  return result.summary;
}

describe('answer_about_job: moving help, start dates and shifts as postings word them', () => {
  it('quotes the flights and the housing a posting offers as its relocation help', async () => {
    const said = await answer('e00000000001', 'relocation');
    expect(said).toMatch(/accommodation is provided/);
    expect(said).toMatch(/return flights/);
  });

  it('quotes "available to start <date>" as the start date', async () => {
    expect(await answer('e00000000001', 'start')).toMatch(/available to start 2 March 2027/);
  });

  it('never takes "reasonable accommodation" (adjustments) for help with moving', async () => {
    expect(await answer('e00000000002', 'relocation')).toMatch(/^It doesn't say/);
  });

  it('quotes the shift pattern when asked about the shifts', async () => {
    expect(await answer('e00000000002', 'hours')).toMatch(/6am-2pm/);
  });

  it.each([
    ['what shifts does the sorter job work?', 'hours'],
    ['are the shifts days or nights?', 'hours'],
    ['will they pay for my flights out there?', 'relocation'],
    ['do they help with housing', 'relocation'],
    ['what does the flight attendant one pay?', undefined],
  ])('reads what "%s" asks about', (question, term) => {
    expect(termAsked(question)).toBe(term);
  });
});
