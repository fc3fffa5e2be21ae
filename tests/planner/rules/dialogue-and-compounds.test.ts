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
    { id: 'job_w1', title: 'Field Biologist', company: 'Wrenfield Labs' },
    { id: 'job_w2', title: 'Lab Technician', company: 'Pemberly Hale' },
  ],
  resumes: [{ id: 'res_w1', label: 'field', format: 'pdf' }],
};
const listed = [
  { role: 'user' as const, content: 'find ecology jobs' },
  {
    role: 'assistant' as const,
    content: 'Found 3 jobs: 1. Ecologist at Mossgate & Birch (Leeds) 2. Ranger at Corrie Trust (Remote) 3. Botanist at Hallow Fen (York)',
  },
];
const results = { last_job_ids: 'a1a1a1a1a1a1,b2b2b2b2b2b2,c3c3c3c3c3c3' };

async function turn(goal: string, overrides: Partial<PlannerInput> = {}): Promise<Decision[]> {
  const input: PlannerInput = { goal, messages: [{ role: 'user', content: goal }], observations: [], references: {}, stepsLeft: 8, ...overrides };
  return plannedTurn(planner, registry, input);
}

const afterList = (goal: string) => turn(goal, { messages: [...listed, { role: 'user', content: goal }], references: results });

describe('a search followed by a request for another action', () => {
  it.each([
    ['look up hydrology jobs in bristol and would really like a cover letter for the second one', 'write_cover_letter', 'second'],
    ['search forestry roles in perth, and could you get me ready for the interview at the first one', 'create_interview_prep', 'first'],
    ['find marine jobs in cork and tailor my cv for the top one', 'optimize_resume', 'top'],
  ])('"%s" searches for the search words only, then runs %s', async (say, action, job) => {
    const [search, next] = await turn(say);
    expect(search).toMatchObject({ type: 'act', step: { action: 'search_jobs' } });
    const query = search?.type === 'act' ? String(search.step.args.query) : '';
    expect(query).not.toMatch(/\b(?:one|letter|cv|interview|second|first|top)\b/);
    expect(next).toMatchObject({ type: 'act', step: { action, args: { job: expect.stringContaining(job) } } });
  });

  it('still reads a modifier of the search as part of it', async () => {
    const [search] = await turn('find ecology jobs in leeds paying over 40k, and sort them by best fit');
    expect(search).toMatchObject({ type: 'act', step: { action: 'search_jobs', args: { sort: 'fit', min_salary: 40000 } } });
  });
});

describe('"it" for a job the same message names', () => {
  it('is the position said before it, among several results', async () => {
    const [first] = await afterList('hmm the third one seems nice, bookmark it');
    expect(first).toMatchObject({ type: 'act', step: { action: 'save_job', args: { job: expect.stringContaining('third') } } });
  });

  it('is a saved job named in passing, with nothing in play', async () => {
    const [first] = await turn('honestly done with the pemberly one, remove it', { known });
    expect(first).toMatchObject({ type: 'act', step: { action: 'unsave_job', args: { job: 'Pemberly Hale' } } });
  });
});

describe('the last request again, for another job', () => {
  const letterAsked = [
    ...listed,
    { role: 'user' as const, content: 'write a warm cover letter for hallow fen' },
    { role: 'assistant' as const, content: 'Here is a cover letter for Botanist at Hallow Fen (doc_3): Dear team, …' },
  ];
  const after = (goal: string) => turn(goal, { messages: [...letterAsked, { role: 'user', content: goal }], references: results });

  it.each([
    ['nice, now one for the Mossgate & Birch job too', 'Mossgate & Birch'],
    ['do the same for the second one', 'second'],
    ['great, and another for Corrie Trust as well', 'Corrie Trust'],
  ])('"%s" writes a letter for %s', async (say, job) => {
    const [first] = await after(say);
    expect(first).toMatchObject({ type: 'act', step: { action: 'write_cover_letter', args: { job: expect.stringContaining(job) } } });
  });

  it('reads nothing when no earlier request named a job', async () => {
    const [first] = await afterList('do the same for the second one');
    expect(first).not.toMatchObject({ type: 'act', step: { action: 'search_jobs' } });
  });
});

describe('a job the person has, named bare', () => {
  it('is the job of a request that names it without a noun', async () => {
    const [first] = await turn('get me ready for pemberly with my field resume', { known });
    expect(first).toMatchObject({ type: 'act', step: { action: 'create_interview_prep', args: { job: 'Pemberly Hale', resume: 'field' } } });
  });

  it('beats words that only look like a name', async () => {
    const [first] = await turn('write me a few probable interview questions for the Wrenfield research role', { known });
    expect(first).toMatchObject({ type: 'act', step: { action: 'create_interview_prep', args: { job: 'Wrenfield Labs' } } });
  });
});

describe('a request out of scope', () => {
  it('is no runner-up action, even when it mentions one', async () => {
    const [first] = await turn('could you book me a hostel in madrid for the interview');
    expect(first).toMatchObject({ type: 'respond' });
  });
});

describe('asking whether a document exists', () => {
  it.each([
    ['did you make any interview prep notes yet?', 'interview_prep'],
    ['have i got any cover letters so far', 'cover_letter'],
    ['any tailored resumes yet', 'resume'],
  ])('"%s" lists the %s documents', async (say, kind) => {
    const [first] = await turn(say);
    expect(first).toMatchObject({ type: 'act', step: { action: 'list_documents', args: { kind } } });
  });
});

describe('details said in another sentence of the message', () => {
  it.each([
    ['so we just relocated to glasgow, looking for marine biology work', 'glasgow'],
    ["i'm living in ghent now and i need barista jobs", 'ghent'],
  ])('"%s" searches where the person lives', async (say, location) => {
    const [first] = await turn(say);
    expect(first).toMatchObject({ type: 'act', step: { action: 'search_jobs', args: { location } } });
  });

  it('a file said after "this one instead" is a resume to import', async () => {
    const [first] = await turn('take this one instead ~/files/newest-cv.docx', { known });
    expect(first).toMatchObject({ type: 'act', step: { action: 'import_resume', args: { path: '~/files/newest-cv.docx' } } });
  });
});

describe('an answer to what jobpilot last said', () => {
  it('"yes" after an offer runs the offer', async () => {
    const messages = [
      { role: 'user' as const, content: 'what is the corrie trust one about' },
      { role: 'assistant' as const, content: 'Ranger at Corrie Trust, remote. Shall I save it for you?' },
      { role: 'user' as const, content: 'yeah go ahead' },
    ];
    const [first] = await turn('yeah go ahead', { messages, references: { ...results, last_job_id: 'b2b2b2b2b2b2' } });
    expect(first).toMatchObject({ type: 'act', step: { action: 'save_job', args: { job: 'it' } } });
  });

  it('a job named bare after "which job?" runs the request that asked', async () => {
    const messages = [
      ...listed,
      { role: 'user' as const, content: 'help me prepare for an interview' },
      { role: 'assistant' as const, content: 'Happy to. Which job is it for? You have Mossgate & Birch, Corrie Trust and Hallow Fen.' },
      { role: 'user' as const, content: 'hallow fen' },
    ];
    const [first] = await turn('hallow fen', { messages, references: results });
    expect(first).toMatchObject({ type: 'act', step: { action: 'create_interview_prep', args: { job: 'Hallow Fen' } } });
  });

  it('a position said alone after a list asks about that job', async () => {
    const [first] = await afterList('3rd one?');
    expect(first).toMatchObject({ type: 'act', step: { action: 'show_job', args: { job: expect.stringContaining('3rd') } } });
  });
});

describe('what a tailoring should change first, said in passing', () => {
  it.each([
    ['redo my summary so it fits the corrie trust role', 'summary'],
    ['could u adjust my cv so it has the relevant keywords for the hallow fen one', 'keywords'],
    ['tailor resume for 2nd one experience section mostly', 'experience'],
  ])('"%s" → focus %s', async (say, focus) => {
    const [first] = await afterList(say);
    expect(first).toMatchObject({ type: 'act', step: { action: 'optimize_resume', args: { focus } } });
  });
});

describe('asking what an interviewer will ask', () => {
  it.each([
    ['what sort of questions will Corrie Trust ask me?', 'Corrie Trust'],
    ['what r they gonna ask me at hallow fen', 'Hallow Fen'],
  ])('"%s" prepares for %s', async (say, job) => {
    const [first] = await afterList(say);
    expect(first).toMatchObject({ type: 'act', step: { action: 'create_interview_prep', args: { job: expect.stringMatching(new RegExp(job, 'i')) } } });
  });
});

describe('the jobs at a stage, told in any wording', () => {
  it.each([
    ['which places have turned me down so far?', 'rejected'],
    ['pull up the ones that said no', 'rejected'],
    ['show me the companies that offered me something', 'offer'],
  ])('"%s" lists status %s', async (say, status) => {
    const [first] = await turn(say, { known });
    expect(first).toMatchObject({ type: 'act', step: { action: 'list_saved_jobs', args: { status } } });
  });
});

describe('"their site"', () => {
  it('is the page of the job in play, never an address made of "their"', async () => {
    const [first] = await turn('bring me to their website', { references: { ...results, last_job_id: 'b2b2b2b2b2b2' } });
    expect(first).toMatchObject({ type: 'act', step: { action: 'open_website', args: { job: 'it' } } });
    const [alone] = await turn('bring me to their website');
    expect(alone).not.toMatchObject({ type: 'act', step: { args: { url: expect.stringContaining('their') } } });
  });
});
