import { describe, expect, it } from 'vitest';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 35 (issue 14): follow-ups in a conversation, on invented threads (tests/e2e/follow-ups.int.test.ts
// runs the same through the real graph).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });

type Message = PlannerInput['messages'][number];
const said = (goal: string, history: Message[], references: Record<string, string>) =>
  outcomeOf(planner, registry, goal, { messages: [...history, { role: 'user', content: goal }], references });

const letterWritten: Message[] = [
  { role: 'user', content: 'write a warm cover letter for the Quayside Bakery job' },
  { role: 'assistant', content: 'Wrote a cover letter "Cover letter — Pastry Chef at Quayside Bakery" [doc_9a8b7c6d5e] in the warm tone.' },
];
const letterInPlay = { last_document_id: 'doc_9a8b7c6d5e', last_job_id: 'job_q1' };

describe('another letter in a tone, for the job the last one was for', () => {
  it.each(['now a formal one for the same job pls', 'ok a confident version too', 'and a professional one for that job'])('writes it: "%s"', async (goal) => {
    expect(await said(goal, letterWritten, letterInPlay)).toEqual({ action: 'write_cover_letter', args: { job: 'it', tone: expect.stringMatching(/^(?:professional|confident)$/) } });
  });

  it('names another job when one is said', async () => {
    const listed = { ...letterInPlay, last_job_ids: 'job_q1,job_q2' };
    const history: Message[] = [
      { role: 'assistant', content: 'Found 2 jobs: 1. Pastry Chef at Quayside Bakery (Bristol) 2. Baker at Millrace Loaves (Bath)' },
      ...letterWritten,
    ];
    expect(await said('now a formal one for the Millrace job', history, listed)).toEqual({ action: 'write_cover_letter', args: { job: 'Millrace', tone: 'professional' } });
  });

  it('is no letter when none is in play', async () => {
    expect(await said('now a formal one for the same job pls', [], {})).not.toMatchObject({ action: 'write_cover_letter' });
  });
});

describe('"undo that" after a revision', () => {
  it('plans the undo', async () => {
    const revised: Message[] = [...letterWritten, { role: 'user', content: 'make it shorter' }, { role: 'assistant', content: 'Wrote a shorter version … [doc_1f2e3d4c5b]' }];
    expect(await said('undo that', revised, { ...letterInPlay, last_document_id: 'doc_1f2e3d4c5b' })).toEqual({ action: 'undo', args: {} });
  });
});

const oneResult: Message[] = [
  { role: 'user', content: 'search sommelier jobs' },
  { role: 'assistant', content: 'Found 1 job for "sommelier":\n1. Sommelier — Vinha Alta · Porto' },
];
const oneListed = { last_job_ids: 'job_v1', last_job_id: 'job_v1' };

describe('"my second job" in a resume correction is the resume\'s, whatever the results shown', () => {
  it.each([
    ['change the title of my second job to Head Waiter', { job: 'second', position: 'Head Waiter' }],
    ["the company of my 2nd position is wrong, it's Casa Lume", { job: '2nd', company: 'Casa Lume' }],
    ['and job 2 company is Casa Lume Lda', { job: '2', company: 'Casa Lume Lda' }],
    ["job 3's title should be Commis", { job: '3', position: 'Commis' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal, oneResult, oneListed)).toEqual({ action: 'correct_resume', args });
  });
});

describe('a job dropped from the resume', () => {
  it.each([
    ["remove the 3rd job from my resume, it's not a real job", '3rd'],
    ['take job 4 off my cv', '4'],
    ['delete the strike job from my resume, its not a job', 'strike'],
    ['pls get rid of the second position on my cv', 'second'],
  ])('"%s"', async (goal, job) => {
    expect(await said(goal, oneResult, oneListed)).toEqual({ action: 'correct_resume', args: { job, remove: true } });
  });

  it('"remove the 3rd job" without the resume is about the saved list', async () => {
    const outcome = await said('remove the 3rd job', [], { last_job_ids: 'job_a,job_b,job_c' });
    expect(outcome).not.toMatchObject({ action: 'correct_resume' });
  });
});

describe('positions with no results shown', () => {
  const savedShown: Message[] = [
    { role: 'user', content: 'what have i saved' },
    { role: 'assistant', content: 'You have 2 saved jobs:\n1. Sommelier — Vinha Alta · saved\n2. Bar Manager — Tasca Verde · applied' },
  ];
  it('count the saved list when it was the list shown last', async () => {
    expect(await said('save the first', savedShown, { last_job_ids: 'job_v1,job_t2' })).toEqual({ action: 'save_job', args: { job: expect.stringMatching(/first|1/) } });
  });

  it.each(['save the first', 'open the 2nd one'])('say what a number counts when nothing was listed: "%s"', async (goal) => {
    expect(await said(goal, [], {})).toEqual({ answer: expect.stringMatching(/the last list I showed you.*show my saved jobs/) });
  });
});
