import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 38 (issue 14): classes of error from a new user's trial (trial-s37), everyday British phrasing, each tested in wordings other than the one reported.
const registry = fakeActions();
const { turn, first, answerOf, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);

describe('"about", "around", "going" said last are no place', () => {
  it.each([
    ['any nursing jobs around?', 'nursing'],
    ['are there any warehouse jobs going', 'warehouse'],
    ['any data roles about at the moment', 'data'],
  ])('"%s" searches "%s" anywhere', async (goal, query) => {
    const step = stepOf(await first(goal));
    expect(step).toMatchObject({ action: 'search_jobs', args: { query } });
    expect(step?.args.location).toBeUndefined();
  });

  it('a place after them is still the place', async () => {
    expect(stepOf(await first('any dev jobs knocking about in York?'))).toMatchObject({ action: 'search_jobs', args: { query: 'dev', location: 'York' } });
  });
});

describe('a detail said last in a message of two requests goes to the step it belongs to', () => {
  const listed: Thread = {
    history: [{ role: 'assistant', content: 'Found 2 jobs: 1. Porter — Harbour Hotel · York 2. Receptionist — Elm Clinic · Hull' }],
    references: { last_job_ids: 'job_a,job_b' },
    known: { jobs: [{ id: 'job_a', title: 'Porter', company: 'Harbour Hotel' }, { id: 'job_b', title: 'Receptionist', company: 'Elm Clinic' }], resumes: [{ id: 'r1', label: 'main', format: 'pdf' }] },
  };
  it.each([
    ['save the first one and write a cover letter for it, keep it friendly', 'warm'],
    ['save the second one and then do a cover letter for it, enthusiastic tone pls', 'enthusiastic'],
    ['use my pdf resume and write a letter for the first one, confident tone', 'confident'],
  ])('"%s" writes the letter in a %s tone', async (goal, tone) => {
    const decisions = await turn(goal, listed);
    expect(decisions.map(stepOf).find((step) => step?.action === 'write_cover_letter')?.args.tone).toBe(tone);
  });

  it('a detail of the first step stays with it', async () => {
    const decisions = await turn('write a cover letter for the first one, warm tone, and save the second one', listed);
    expect(stepOf(decisions[0])).toMatchObject({ action: 'write_cover_letter', args: { tone: 'warm' } });
    expect(stepOf(decisions[1])?.action).toBe('save_job');
  });
});

describe('a listed job pointed at by a short form of a word of its line', () => {
  const results: KnownData = {
    jobs: [
      { id: 'job_a', title: 'Graduate Software Engineer', company: 'Kestrel Labs', location: 'Bristol, UK' },
      { id: 'job_b', title: 'Office Administrator', company: 'Marlow & Finch', location: 'Birmingham, UK' },
      { id: 'job_c', title: 'Senior Developer', company: 'Quayside Tech', location: 'Newcastle, UK' },
    ],
    resumes: [],
  };
  const thread: Thread = { references: { last_job_ids: 'job_a,job_b,job_c' }, known: results };
  it.each([
    ['how much does the grad one pay', 'Kestrel Labs'],
    ['save the admin one', 'Marlow & Finch'],
    ['tell me more about the dev job', 'Quayside Tech'],
    ['write a cover letter for the soft eng one', 'Kestrel Labs'],
  ])('"%s" is the job at %s', async (goal, company) => {
    expect(stepOf(await first(goal, thread))?.args.job).toBe(company);
  });

  it('a word said whole wins over a short form of another', async () => {
    expect(stepOf(await first('save the senior one', thread))?.args.job).not.toBe('Kestrel Labs');
  });
});

describe('a question of which jobs are in a place is a search there', () => {
  it.each([
    ['what jobs are there near York', 'York'],
    ['which nursing jobs are based in Bristol?', 'Bristol'],
    ['what roles are in Glasgow', 'Glasgow'],
  ])('"%s" searches %s', async (goal, location) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'search_jobs', args: { location } });
  });

  it('"which jobs did I save" stays the saved list', async () => {
    expect(stepOf(await first('which jobs did I save?'))?.action).toBe('list_saved_jobs');
  });
});

describe('a restatement, the job pointed at again or a reason, said beside a request, is nothing left out', () => {
  const listed: Thread = {
    history: [{ role: 'assistant', content: 'Found 2 jobs:\n1. Porter — Harbour Hotel · York\n2. Receptionist — Elm Clinic · Hull' }],
    references: { last_job_ids: 'job_a,job_b' },
    known: { jobs: [{ id: 'job_a', title: 'Porter', company: 'Harbour Hotel' }, { id: 'job_b', title: 'Receptionist', company: 'Elm Clinic' }], resumes: [] },
  };
  it.each([
    'my email is actually jo.reed@example.org, update it pls',
    'save the elm clinic one, the receptionist one',
    'unsave the porter one, im not into night shifts tbh',
    'save the second one, because i have done reception work before',
    'save the first one. ive worked in hotels for years',
  ])('"%s" runs its step and leaves nothing out', async (goal) => {
    const decisions = await turn(goal, listed);
    expect(decisions.some((decision) => decision.type === 'act')).toBe(true);
    expect(answerOf(decisions.at(-1))).not.toMatch(/I left out/);
  });

  it('a request beside it still runs', async () => {
    expect((await turn('save the first one, also find nurse jobs in york?', listed)).filter((decision) => decision.type === 'act')).toHaveLength(2);
  });

  it('a wish no step reads is still said to be left out', async () => {
    expect(answerOf((await turn('save the first one, i want to learn to knit', listed)).at(-1))).toMatch(/I left out "i want to learn to knit"/);
  });

});

describe('a kind of job asked to be kept out of a search is said to be not kept out', () => {
  // (Agencies' postings can be left out since session 48: the piece is the search's, neither "couldn't" nor "left out".)
  it('"any admin jobs in hull? no agency roles pls" leaves agencies out, and says nothing was left unread', async () => {
    const decisions = await turn('any admin jobs in hull? no agency roles pls');
    expect(stepOf(decisions[0])).toMatchObject({ action: 'search_jobs', args: { exclude_agencies: true } });
    const answer = answerOf(decisions.at(-1));
    expect(answer).not.toMatch(/I couldn't leave out|I left out/);
  });

  it.each(['find nurse jobs in york, nothing senior-ish', 'any porter jobs in hull? not senior ones'])('"%s" never asks for the kind kept out', async (goal) => {
    const step = stepOf(await first(goal));
    expect(step?.action).toBe('search_jobs');
    expect(step?.args.seniority).toBeUndefined();
    expect(step?.args.exclude_seniority).toEqual(['senior', 'lead', 'principal']);
  });

  // (career38: a level kept out is left out by the search, so nothing is said to be not left out.)
  it('"find nurse jobs in york. nothing graduate-y" leaves graduate roles out, and says nothing of not doing so', async () => {
    const decisions = await turn('find nurse jobs in york. nothing graduate-y');
    const step = stepOf(decisions[0]);
    expect(step).toMatchObject({ action: 'search_jobs', args: { query: 'nurse', location: 'york', exclude_seniority: ['junior', 'intern'] } });
    expect(answerOf(decisions.at(-1))).not.toMatch(/couldn't leave out|I left out/);
  });

  it('"not the second one" beside a step is no kind of job', async () => {
    const thread: Thread = { references: { last_job_ids: 'job_a,job_b' }, known: { jobs: [{ id: 'job_a', title: 'Porter', company: 'Harbour Hotel' }, { id: 'job_b', title: 'Cook', company: 'Elm Cafe' }], resumes: [] } };
    expect(answerOf((await turn('save the first one, not the second one', thread)).at(-1))).not.toMatch(/leave out/);
  });
});

describe('"or" between a place and remote work is either: one search for each', () => {
  it.each([
    ['any nurse jobs remote or in York?', 'nurse', 'York'],
    ['find python jobs in Berlin, or wfh', 'python', 'Berlin'],
    ['look for admin roles in Hull or fully remote', 'admin', 'Hull'],
  ])('"%s" searches %s in %s, then remote', async (goal, query, location) => {
    const steps = (await turn(goal)).map(stepOf).filter((step) => step !== undefined);
    expect(steps).toEqual([
      expect.objectContaining({ action: 'search_jobs', args: { query, location } }),
      expect.objectContaining({ action: 'search_jobs', args: { query, remote: true } }),
    ]);
  });

  it('"remote … in Leeds" is still both at once', async () => {
    const steps = (await turn('find remote data jobs in Leeds')).map(stepOf).filter((step) => step !== undefined);
    expect(steps).toEqual([expect.objectContaining({ args: { query: 'data', location: 'Leeds', remote: true } })]);
  });
});
