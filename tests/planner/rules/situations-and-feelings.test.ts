import { describe, expect, it } from 'vitest';
import { plannedTurn } from '../../helpers/planned-turn.ts';
import type { Decision } from '../../../src/planner/decision.ts';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

/** Jobs the person saved, never listed in this thread. */
const known: KnownData = {
  jobs: [
    { id: 'job_k1', title: 'QA Engineer', company: 'Bellhaven' },
    { id: 'job_k2', title: 'Print Designer', company: 'Oxley Print' },
  ],
  resumes: [{ id: 'res_k1', label: 'main', format: 'pdf' }],
};
const listed = [
  { role: 'user' as const, content: 'backend jobs uk' },
  { role: 'assistant' as const, content: 'Found 2 jobs: 1. Backend Engineer at Ferncastle (Leeds, £60k) 2. Data Analyst at Morrowind Bank (York, £50k)' },
];
const letterWritten = [
  ...listed,
  { role: 'user' as const, content: 'cover letter for ferncastle' },
  { role: 'assistant' as const, content: "Here's your cover letter for Backend Engineer at Ferncastle (doc_7): Dear team, …" },
];

async function turn(goal: string, overrides: Partial<PlannerInput> = {}): Promise<Decision[]> {
  const history = overrides.messages ?? [];
  const input: PlannerInput = { goal, observations: [], references: {}, stepsLeft: 8, known, ...overrides, messages: [...history, { role: 'user', content: goal }] };
  return plannedTurn(planner, registry, input);
}

const afterLetter = (goal: string) => turn(goal, { messages: letterWritten, references: { last_document_id: 'doc_7', last_job_id: 'f1f1f1f1f1f1' } });

describe('a revision said as a feeling, a verb or an audience', () => {
  it.each([
    ['it reads kind of bare, can you add more to it?', 'longer'],
    ['it seems a bit thin to me, flesh it out', 'longer'],
    ['the letter feels sparse', 'longer'],
    ['way too wordy honestly', 'shorter'],
    ['honestly the letter rambles, cut some of it', 'shorter'],
    ['it sounds like a robot wrote it', 'less_formal'],
    ['the letter comes across as stuffy', 'less_formal'],
    ['the company is a startup, can it be more relaxed', 'less_formal'],
    ['could it sound more formal, it\'s for a law firm', 'more_formal'],
    ['can the letter sound a bit more polished? it\'s going to a bank', 'more_formal'],
  ])('"%s" revises the letter: %s', async (say, change) => {
    const [first, second] = await afterLetter(say);
    expect(first).toMatchObject({ type: 'act', step: { action: 'revise_cover_letter', args: { change } } });
    // One revision, not one per sentence that asks for it.
    expect(second).toMatchObject({ type: 'respond' });
  });
});

describe('a resume date corrected by telling what happened', () => {
  it.each([
    ['my cv says i left oxley print in 2021 but actually i left in march 2022', { job: 'oxley print', end_date: 'march 2022' }],
    ['it says I started at Oxley Print in 2018, I really started in 2017', { job: 'Oxley Print', start_date: '2017' }],
    ['you have me leaving bellhaven in 2023 but i was there till feb 2024', { job: 'bellhaven', end_date: 'feb 2024' }],
    ['the dates for my Bellhaven job are wrong, it was 2016 to 2019', { job: 'Bellhaven', start_date: '2016', end_date: '2019' }],
  ])('"%s" corrects the date', async (say, args) => {
    const [first] = await turn(say);
    expect(first).toMatchObject({ type: 'act', step: { action: 'correct_resume', args } });
  });
});

describe('feelings get a short kind reply, and norms an answer', () => {
  it.each(['ugh, rough week, feeling really down', 'so tired of this, everything feels hopeless', 'honestly gutted today, nothing goes right'])(
    '"%s" is answered kindly, not with abilities',
    async (say) => {
      const [first] = await turn(say);
      expect(first).toMatchObject({ type: 'respond', answer: expect.stringMatching(/sorry|tough|hard/i) });
      expect(first?.type === 'respond' && first.answer).not.toMatch(/closest things I can do|Here is what I can do/);
    },
  );

  it.each([
    'back home nobody sends a cover letter, is it needed in ireland?',
    'do employers expect a cover letter in australia?',
    'we never write those letters in my country, are they required in the netherlands?',
  ])('"%s" is answered, not acted on', async (say) => {
    const [first] = await turn(say);
    expect(first).toMatchObject({ type: 'respond', answer: expect.stringMatching(/common|expected/i) });
  });

  it('answers a question asked after the situation it is about', async () => {
    const [first] = await turn('I got an offer but the pay seems low, how can I negotiate it?');
    expect(first).toMatchObject({ type: 'respond', answer: expect.stringMatching(/counter|range|market/i) });
  });
});

describe('a situation told with a bare plea, or with worry', () => {
  const afterShown = (goal: string) =>
    turn(goal, {
      messages: [...listed, { role: 'user', content: 'show ferncastle' }, { role: 'assistant', content: 'Backend Engineer at Ferncastle, Leeds, £60k.' }],
      references: { last_job_id: 'f1f1f1f1f1f1' },
    });

  it.each(['interview at bellhaven tomorrow, please help', 'got an interview w bellhaven next tuesday. help!', 'help!! bellhaven interview in two days'])(
    '"%s" prepares for that interview',
    async (say) => {
      const [first] = await turn(say);
      expect(first).toMatchObject({ type: 'act', step: { action: 'create_interview_prep', args: { job: expect.stringMatching(/bellhaven/i) } } });
    },
  );

  it.each(['I have an interview next week and I\'m freaking out', 'my interview with them is on thursday and i\'m stressing'])(
    '"%s" prepares for the job in play',
    async (say) => {
      const [first] = await afterShown(say);
      expect(first).toMatchObject({ type: 'act', step: { action: 'create_interview_prep', args: { job: 'it' } } });
    },
  );

  it('still records news told without worry or a plea', async () => {
    const [first] = await turn('got an interview with oxley print next tuesday');
    expect(first).toMatchObject({ type: 'act', step: { action: 'update_job_status', args: { status: 'interviewing' } } });
  });

  it.each(['they want a motivation letter with the application, could you write one', 'i have to attach a letter to my application, can u do it'])(
    '"%s" writes the letter for the job in play',
    async (say) => {
      const [first] = await afterShown(say);
      expect(first).toMatchObject({ type: 'act', step: { action: 'write_cover_letter', args: { job: 'it' } } });
    },
  );
});

describe('a search said in a learner\'s English or as wondering', () => {
  it.each([
    ["I'm searching job of welder in Gdansk, it is possible?", { query: 'welder', location: 'Gdansk' }],
    ['I am looking job of nurse in Dublin please, it is possible?', { query: 'nurse', location: 'Dublin' }],
    ['i wonder if there are any senior data jobs going in Oslo at the moment', { query: 'data', location: 'Oslo', seniority: 'senior' }],
    ['any marketing roles open in Leeds right now?', { query: 'marketing', location: 'Leeds' }],
    ['find product jobs in Lyon sorted by how well i fit', { query: 'product', location: 'Lyon', sort: 'fit' }],
  ])('"%s" searches', async (say, { query, ...args }) => {
    const [first] = await turn(say);
    expect(first).toMatchObject({ type: 'act', step: { action: 'search_jobs', args: { ...args, query: expect.stringContaining(query) } } });
    expect(first?.type === 'act' && first.step.args.company).toBeUndefined();
  });
});

describe('a request, and another on a condition its result settles', () => {
  const afterList = (goal: string) => turn(goal, { messages: listed, references: { last_job_ids: 'f1f1f1f1f1f1,m2m2m2m2m2m2' } });

  it.each([
    "score me vs the ferncastle one and also write a letter if it's good",
    "how do i stack up with the second one? and also a letter if it's good",
    "rate me against the morrowind job, then a cover letter if i'm a decent match",
  ])('"%s" runs the first and offers the second', async (say) => {
    const decisions = await afterList(say);
    expect(decisions[0]).toMatchObject({ type: 'act', step: { action: 'analyze_match' } });
    expect(decisions.some((decision) => decision.type === 'act' && decision.step.action === 'write_cover_letter')).toBe(false);
    const last = decisions.at(-1);
    expect(last?.type === 'respond' && last.answer).toMatch(/If it looks good, I can write cover letters next/);
  });
});

describe('pieces read one by one only when the whole is no feeling', () => {
  it('answers "so drained, 25 applications sent and zero replies" rather than listing applications', async () => {
    const [first] = await turn('so drained, 25 applications sent and zero replies');
    expect(first).toMatchObject({ type: 'respond' });
  });
});
