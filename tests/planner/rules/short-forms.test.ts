import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import type { PhrasingContext } from '../../../src/actions/phrasing/phrasing.ts';
import { correctSpelling } from '../../../src/planner/rules/correct-spelling.ts';
import { settleJob } from '../../../src/planner/rules/settle-job.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

const listed: ChatMessage[] = [
  { role: 'user', content: 'engineering jobs in oslo' },
  { role: 'assistant', content: 'Found 3 jobs: 1. Natural Language Processing Engineer at Fjordline (Oslo) 2. Product Manager at Skarv (Oslo) 3. Site Reliability Engineer at Polarhav (Bergen)' },
];
const context: PhrasingContext = { references: {}, history: listed, allowedApps: [] };
const step = (job: string) => ({ action: 'show_job', args: { job }, text: `details on ${job}` });

describe('a job named by the initials of its title', () => {
  it.each([
    ['NLP', 'Natural Language Processing'],
    ['the pm role', 'Product Manager'],
    ['sre', 'Site Reliability Engineer'],
  ])('"%s" is %s', (said, title) => {
    expect(settleJob(step(said), `details on ${said}`, context)).toMatchObject({ args: { job: title } });
  });

  it('leaves a name that no title abbreviates, or a listed name itself', () => {
    expect(settleJob(step('QA'), 'details on QA', context)).toEqual(step('QA'));
    expect(settleJob(step('Skarv'), 'details on Skarv', context)).toEqual(step('Skarv'));
  });
});

describe('chat spellings too short to correct by distance', () => {
  it.each([
    ['wut about Bergen', 'what about Bergen'],
    ['save tht one pls', 'save that one pls'],
    ['can u open it rn', 'can you open it right now'],
    ['go w ur main cv', 'go with your main cv'],
    ['r u a person', 'are you a person'],
  ])('"%s"', (said, meant) => {
    expect(correctSpelling(said, new Set())).toBe(meant);
  });

  it('leaves capitalised words and names the thread uses', () => {
    expect(correctSpelling('find R jobs', new Set())).toBe('find R jobs');
    expect(correctSpelling('the wat one', new Set(), new Set(['wat']))).toBe('the wat one');
  });
});

describe('news told as an exclamation or a plan', () => {
  const registry = fakeActions();
  const planner = createRulesPlanner({ registry });
  const known: KnownData = {
    jobs: [
      { id: 'job_k1', title: 'Sound Designer', company: 'Lark & Lute' },
      { id: 'job_k2', title: 'Audio Engineer', company: 'Thimbleby Works' },
    ],
    resumes: [],
  };
  const decide = (goal: string) => outcomeOf(planner, registry, goal, { known });

  it.each([
    ['LARK AND LUTE SAID YES!!!', 'Lark & Lute', 'offer', undefined],
    // (When it happens is kept as the change's note.)
    ['the thimbleby folks want to set up an intro call next week', 'Thimbleby Works', 'interviewing', 'call next week'],
    ['finally sent off my application to Thimbleby Works', 'Thimbleby Works', 'applied', undefined],
  ])('"%s"', async (say, job, status, note) => {
    expect(await decide(say)).toEqual({ action: 'update_job_status', args: { job, status, ...(note ? { note } : {}) } });
  });
});

describe('an interview told with a request for help beside it', () => {
  const registry = fakeActions();
  const planner = createRulesPlanner({ registry });
  const decide = (goal: string, references: Record<string, string>) =>
    outcomeOf(planner, registry, goal, { messages: [...listed, { role: 'user', content: goal }], references });

  it('prepares for the job in play', async () => {
    expect(await decide('i have the interview for this one on monday could you make me a few questions', { last_job_id: 'abc123abc123' })).toEqual({
      action: 'create_interview_prep',
      args: { job: expect.stringMatching(/^(?:it|this one)$/) },
    });
  });

  it('prepares for a listed job', async () => {
    expect(await decide("i've got an interview with Skarv tomorrow can u help me get ready", {})).toMatchObject({
      action: 'create_interview_prep',
      args: { job: 'Skarv' },
    });
  });
});
