import { describe, expect, it } from 'vitest';
import { type Decision, parseDecision } from '../../../src/planner/decision.ts';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

/** Jobs the person saved, never listed in this thread: named only in lower case below. */
const known: KnownData = {
  jobs: [
    { id: 'job_q1', title: 'Platform Engineer', company: 'Quillmere Robotics' },
    { id: 'job_q2', title: 'Data Analyst', company: 'Tarnwick Foods' },
  ],
  resumes: [],
};
const listed = [
  { role: 'user' as const, content: 'find backend jobs' },
  {
    role: 'assistant' as const,
    content: 'Found 3 jobs: 1. Backend Engineer at Ostrava Mills (Prague) 2. Go Developer at Pellucid Works (Remote) 3. API Engineer at Vantage Hollow (Oslo)',
  },
];
const results = { last_job_ids: 'a1a1a1a1a1a1,b2b2b2b2b2b2,c3c3c3c3c3c3', last_job_id: 'b2b2b2b2b2b2' };

async function decide(goal: string, overrides: Partial<PlannerInput> = {}): Promise<Decision> {
  const parsed = parseDecision(
    await planner.decide({ goal, messages: [{ role: 'user', content: goal }], observations: [], references: {}, stepsLeft: 8, ...overrides }),
    registry,
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision;
}

const afterList = (goal: string) => decide(goal, { messages: [...listed, { role: 'user', content: goal }], references: results });

describe('news told casually, about a saved job named in lower case', () => {
  it.each([
    ['heard back from quillmere, they said no', 'Quillmere Robotics', 'rejected'],
    ['got an email from tarnwick today, they passed on me :/', 'Tarnwick Foods', 'rejected'],
    ['i pulled my application at tarnwick, the pay was too low', 'Tarnwick Foods', 'withdrawn'],
    // (Named as said here; the action links "quillmere" to the saved Quillmere Robotics job, as it does any lower-case company.)
    ['so i withdrew from quillmere last night, also find me remote go jobs', expect.stringMatching(/^quillmere( robotics)?$/i), 'withdrawn'],
    ['Quillmere Robotics rejected me today anyway find me go roles in berlin', 'Quillmere Robotics', 'rejected'],
    ['btw Tarnwick Foods said no yesterday anyway show me analyst jobs in york', 'Tarnwick Foods', 'rejected'],
  ])('"%s" → update_job_status %s %s', async (say, job, status) => {
    expect(await decide(say, { known })).toMatchObject({ type: 'act', step: { action: 'update_job_status', args: { job, status } } });
  });

  it('leaves "not interested" alone, which may mean unsave it', async () => {
    const decision = await decide("i'm not interested in tarnwick anymore, find me analyst jobs in leeds", { known });
    expect(decision.type === 'act' ? decision.step.action : 'respond').not.toBe('update_job_status');
  });
});

describe('show_job said casually', () => {
  it.each([
    ['bring the second one up again', 'second'],
    ['pull the Pellucid job back up', 'Pellucid'],
    ['bring it up again', 'it'],
    ['view the second one on the list', 'second'],
    ['lemme see the third one from those results', 'third'],
  ])('"%s" → show_job %s', async (say, job) => {
    const decision = await afterList(say);
    expect(decision).toMatchObject({ type: 'act', step: { action: 'show_job' } });
    if (decision.type === 'act') expect(String(decision.step.args.job).toLowerCase()).toContain(job.toLowerCase());
  });
});

describe("open_website for a job's own page", () => {
  it.each([
    ['take me to the ostrava job page', 'ostrava'],
    ['bring up the vantage listing on their website', 'vantage'],
    ['open the second one from the list', 'second'],
    ['take me to the last one on that list', 'last'],
    ['show me the original ad for #1 online', '1'],
    ['open the web page for that one', 'that one'],
    ['open the site for it', 'it'],
  ])('"%s" → open_website {job: %s}', async (say, job) => {
    const decision = await afterList(say);
    expect(decision).toMatchObject({ type: 'act', step: { action: 'open_website' } });
    if (decision.type === 'act') expect(String(decision.step.args.job).toLowerCase()).toContain(job);
  });

  it('reads "lemme" as the "let me" it is', async () => {
    expect(await afterList('lemme open github')).toMatchObject({ type: 'act', step: { action: 'open_website', args: { url: 'https://github.com' } } });
  });

  it('keeps a site\'s own job page a site, and a listing without "site" or "web" the job\'s details', async () => {
    expect(await afterList('take me to the linkedin job page')).not.toMatchObject({ step: { args: { job: 'linkedin' } } });
    expect(await afterList('pull up the vantage listing')).toMatchObject({ step: { action: 'show_job' } });
  });
});

describe('correct_resume said in many ways', () => {
  it.each([
    ['my start date at cobbleford should be april 2020', { job: 'cobbleford', start_date: 'april 2020' }],
    ['the end date of my second job is wrong, it should be 2018', { job: 'second', end_date: '2018' }],
    ['my last role was Lead Designer not Designer, can you fix it on my cv', { job: 'latest', position: 'Lead Designer' }],
    ['change the employer name on my current job to Wrenfield Studio, they merged', { job: 'current', company: 'Wrenfield Studio' }],
    ['the company name on my first job should read Hollowbrook Ltd', { job: 'first', company: 'Hollowbrook Ltd' }],
  ])('"%s" → correct_resume', async (say, args) => {
    expect(await decide(say)).toMatchObject({ type: 'act', step: { action: 'correct_resume', args } });
  });

  it('never reads a company name as the person\'s name', async () => {
    const decision = await decide('change the company name on my latest job to Orrin Labs');
    expect(decision).toMatchObject({ type: 'act', step: { action: 'correct_resume', args: { company: 'Orrin Labs' } } });
    if (decision.type === 'act') expect(decision.step.args.name).toBeUndefined();
  });
});
