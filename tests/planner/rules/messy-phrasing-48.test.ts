import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 48, msg48 (issue 14): classes of error from the outsiders' messy development sets (messy12–17), each tested in
// wordings of its own (never the sets' sentences).
const registry = fakeActions();
const { first, turn, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

const tracked: Thread = {
  history: [],
  references: {},
  known: {
    jobs: [
      { id: 'job_a1', title: 'Welder', company: 'Acme', location: 'Leeds' },
      { id: 'job_g1', title: 'Analyst', company: 'Globex', location: 'York' },
    ],
    resumes: [],
  },
};

describe('an employer kept out of a search is never the company searched, and the answer says it was not left out', () => {
  it.each([
    ['plumbing jobs in Bristol, but not at Kier', 'plumbing', 'Kier'],
    ['junior developer roles except Capita', 'junior developer', 'Capita'],
    ['care assistant jobs, nothing from Bupa please', 'care assistant', 'Bupa'],
  ])('"%s" searches %s anywhere but says %s was not left out', async (goal, query, company) => {
    const decisions = await turn(goal);
    const step = stepOf(decisions[0]);
    expect(step?.action).toBe('search_jobs');
    expect(step?.args).toMatchObject({ query });
    expect(step?.args.company).toBeUndefined();
    expect(answerOf(decisions.at(-1))).toContain(`I couldn't leave out ${company}`);
  });

  it('agencies said beside the employer are left out by the search', async () => {
    const step = stepOf(await first('bookkeeping roles in Derby, anything except recruiters and Grant Thornton'));
    expect(step).toMatchObject({ action: 'search_jobs', args: { query: 'bookkeeping', location: 'Derby', exclude_agencies: true } });
    expect(step?.args.company).toBeUndefined();
  });

  it('"not at the weekend" keeps no employer out', async () => {
    const step = stepOf(await first('find cleaning jobs in Hull, not at weekends'));
    expect(step?.args.company).toBeUndefined();
  });
});

describe('a status change commanded beside a reminder runs first, never read as news setting the scene for it', () => {
  it.each([
    ['mark the Acme one as interviewing and remind me about it on Monday', 'Acme', 'interviewing'],
    ['set Globex to applied, then remind me to chase them in a week', 'Globex', 'applied'],
  ])('"%s"', async (goal, job, status) => {
    expect(stepOf(await first(goal, tracked))).toMatchObject({ action: 'update_job_status', args: { job, status } });
  });
});

describe('what the employer wants, told beside the news, is kept as the job\'s note', () => {
  it.each([
    ['Acme turned me down, they went with an internal candidate', 'they went with an internal candidate'],
    ['Globex rejected me, they need someone with a forklift licence', 'they need someone with a forklift licence'],
  ])('"%s"', async (goal, note) => {
    expect(stepOf(await first(goal, tracked))).toMatchObject({ action: 'update_job_status', args: { status: 'rejected', note } });
  });
});

describe('the tracker at one company', () => {
  it.each([
    ['status of my Globex applications', 'Globex'],
    ['how are my applications with Acme going?', 'Acme'],
    ['where am I with my Initech applications', 'Initech'],
  ])('"%s" lists the jobs at %s', async (goal, company) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'list_saved_jobs', args: { company } });
  });

  it('"my job applications" names no company', async () => {
    const step = stepOf(await first("what's the status of my job applications"));
    expect(step?.action).toBe('list_saved_jobs');
    expect(step?.args.company).toBeUndefined();
  });
});

describe("a company's openings asked with the company as the subject", () => {
  it.each([
    ['what has Lidl got open right now', 'Lidl', undefined],
    ['what nursing jobs does Spire have open at the moment?', 'Spire', 'nursing'],
  ])('"%s"', async (goal, company, query) => {
    const step = stepOf(await first(goal));
    expect(step).toMatchObject({ action: 'search_jobs', args: { company } });
    expect(step?.args.query).toBe(query);
  });
});

describe('internships asked for by name are an employment type', () => {
  it('"summer internships in accounting, Dublin"', async () => {
    expect(stepOf(await first('summer internships in accounting, Dublin'))).toMatchObject({ action: 'search_jobs', args: { employment_type: 'internship' } });
  });
});
