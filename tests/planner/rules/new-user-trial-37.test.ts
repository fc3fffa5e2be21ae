import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 37: classes of error from a new user's trial, each tested in wordings other than the one reported.
const registry = fakeActions();
const { turn, first, answerOf, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);

describe('an introduction, then "what can you do?"', () => {
  it.each([
    'hello there, I am a welder from Cork looking to move into inspection work. what are you able to help with?',
    'hey! my name is Tom, I teach maths in Leeds and want out of teaching. how can you help me?',
    "good evening - I'm a bus driver in Porto hoping for something with better hours, what can u do for me?",
    'hi im priya, a QA tester from Pune. what can this app do',
  ])('"%s" gets the abilities, and runs nothing', async (goal) => {
    const decisions = await turn(goal);
    expect(decisions).toHaveLength(1);
    expect(answerOf(decisions[0])).toMatch(/^Here is what I can do:/);
  });

  it('a request beside the question is still run', async () => {
    expect(stepOf(await first('find welder jobs in Cork, and what else can you do?'))?.action).toBe('search_jobs');
  });

  it('a bare "help" after news is no question about abilities', async () => {
    expect(answerOf(await first('interview w brightwater on monday, help'))).not.toMatch(/^Here is what I can do:/);
  });
});

describe('a search verb and the words to search for, bare', () => {
  it.each([
    ['search data platform', 'data platform'],
    ['find sous chef', 'sous chef'],
    ['look for veterinary nursing', 'veterinary nursing'],
    ['search for health informatics', 'health informatics'],
  ])('"%s" searches "%s"', async (goal, query) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'search_jobs', args: { query } });
  });

  it.each(['find it', 'search again', 'find my resume', 'look for the stripe job'])('"%s" is no search for its words', async (goal) => {
    const step = stepOf(await first(goal));
    expect(step?.action === 'search_jobs' && typeof step.args.query === 'string' && /\b(?:it|again|resume|stripe job)\b/.test(step.args.query)).toBe(false);
  });
});

describe('words that only say "a job" are never the query, and a sector is never the place', () => {
  it.each([
    ['find jobs in galway', 'galway'],
    ['search for openings in limerick', 'limerick'],
    ['any vacancies in Leeds?', 'Leeds'],
    ['show me positions near Bristol', 'Bristol'],
  ])('"%s" searches every kind of job in %s', async (goal, location) => {
    const step = stepOf(await first(goal));
    expect(step).toMatchObject({ action: 'search_jobs', args: { location } });
    expect(step?.args.query).toBeUndefined();
  });

  it('a sector joins the query, and of two places where one holds the other, the wider is searched', async () => {
    expect(stepOf(await first('find data engineer roles in fintech, remote in uk or london'))).toMatchObject({
      action: 'search_jobs',
      args: { query: 'data engineer fintech', location: 'uk', remote: true },
    });
    expect(stepOf(await first('find designer jobs in edtech in Berlin'))).toMatchObject({ args: { query: 'designer edtech', location: 'Berlin' } });
  });

  it('a skill after the job noun is what to search for, never where', async () => {
    const step = stepOf(await first('find jobs: golang, kubernetes'));
    expect(step?.args.location).toBeUndefined();
    expect(step?.args.query).toMatch(/golang/);
  });
});

describe('news that a company wants a call', () => {
  const saved: KnownData = { jobs: [{ id: 'job_1', title: 'Support Engineer', company: 'Brightwater' }], resumes: [] };
  it.each([
    'heard back from Brightwater (they want a call)',
    'Brightwater got back to me, they would like a quick phone call',
    'heard from Brightwater - they want to set up a call next week',
    'brightwater replied, they want to chat with me',
  ])('"%s" moves the application on, never undoes anything', async (goal) => {
    expect(stepOf(await first(goal, { known: saved }))).toMatchObject({ action: 'update_job_status', args: { job: 'Brightwater', status: 'interviewing' } });
  });
});

describe('the verb a piece starts with, typed in a hurry', () => {
  const listed: Thread = {
    history: [{ role: 'assistant', content: 'Found 2 jobs: 1. Line Cook — Harbour Grill · Cork 2. Pastry Chef — Elm Bakery · Galway' }],
    references: { last_job_ids: 'job_a,job_b' },
  };
  it.each([
    ['serch pastry chef jobs in cork', 'search_jobs'],
    ['seach barista jobs', 'search_jobs'],
    ['ok svae the second one', 'save_job'],
    ['sve the first one', 'save_job'],
    ['wrte a cover letter for the first one', 'write_cover_letter'],
  ])('"%s" is %s', async (goal, action) => {
    expect(stepOf(await first(goal, listed))?.action).toBe(action);
  });

  it('a real word is no slip of a verb ("fine", "took")', async () => {
    expect(stepOf(await first('fine, thanks', listed))).toBeUndefined();
  });
});

describe('a listed job pointed at by what the list said of it', () => {
  const results: KnownData = {
    jobs: [
      { id: 'job_a', title: 'Staff Nurse', company: 'Harbour Clinic', location: 'Galway, Ireland', remote: false, employment_type: 'full_time', currency: 'EUR' },
      { id: 'job_b', title: 'Nurse Informaticist', company: 'Northgate Health', location: 'Manchester, UK', remote: true, employment_type: 'contract', currency: 'GBP' },
      { id: 'job_c', title: 'Clinical Analyst', company: 'Lindqvist Care', location: 'Stockholm, Sweden', remote: false, employment_type: 'full_time', currency: 'SEK' },
    ],
    resumes: [],
  };
  const thread: Thread = { references: { last_job_ids: 'job_a,job_b,job_c' }, known: results };
  it.each([
    ['save the irish one', 'Harbour Clinic'],
    ['show me the Manchester one', 'Northgate Health'],
    ['more details on the contract one', 'Northgate Health'],
    ['save the remote one', 'Northgate Health'],
    ['write a cover letter for the one in euros', 'Harbour Clinic'],
    ['save the swedish one', 'Lindqvist Care'],
  ])('"%s" is the job at %s', async (goal, company) => {
    expect(stepOf(await first(goal, thread))?.args.job).toBe(company);
  });

  it('asks which when the detail fits several', async () => {
    expect(answerOf(await first('save the full-time one', thread))).toMatch(/^Which one do you mean/);
  });
});

describe('the languages a letter is wanted in are no part of the job', () => {
  it.each(['cover letter for it in irish and english', 'write a cover letter for it in German pls'])('"%s" is for the job in play', async (goal) => {
    const thread: Thread = { references: { last_job_id: 'job_a' }, known: { jobs: [{ id: 'job_a', title: 'Nurse', company: 'Harbour Clinic' }], resumes: [] } };
    expect(stepOf(await first(goal, thread))).toMatchObject({ action: 'write_cover_letter', args: { job: 'it' } });
  });
});
