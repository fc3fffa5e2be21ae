import { describe, expect, it } from 'vitest';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 34 (issue 14): classes of messy phrasing, each tried on invented sentences.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });

const listed = [
  { role: 'user' as const, content: 'boat building jobs' },
  {
    role: 'assistant' as const,
    content: 'Found 3 jobs: 1. Shipwright at Tidewell Yard (Falmouth, £31k) 2. Rigger at Keelhaul Marine (Plymouth, £28k) 3. Sailmaker at Luffline (Cowes, £26k)',
  },
];
const inPlay = { messages: listed, references: { last_job_ids: 'job_t1,job_t2,job_t3' } };

const said = (goal: string, input: Partial<PlannerInput> = {}) =>
  outcomeOf(planner, registry, goal, { ...input, messages: [...(input.messages ?? []), { role: 'user', content: goal }] });

describe('an opinion of a job beside the request', () => {
  it.each(['the Falmouth job looks pretty good, bookmark it', 'the Tidewell one seems decent. keep it for me', 'the first one looks great tbh, add it to my list'])(
    'is no request of its own: "%s"',
    async (goal) => {
      expect(await said(goal, inPlay)).toEqual({ action: 'save_job', args: { job: expect.stringMatching(/tidewell|falmouth|first|shipwright|it|1/i) } });
    },
  );
});

describe('a question about the words of job ads', () => {
  it.each(["what does 'flexi-time' mean in a vacancy", "what do they mean by 'self-starter' in a job advert"])('is answered, never searched: "%s"', async (goal) => {
    expect(await said(goal)).toEqual({ answer: expect.any(String) });
  });
});

describe('the work a role word names is a trade, never a slip', () => {
  it('keeps "truck" before "driving" as typed', async () => {
    expect(await said('any truck driving work around Hull')).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query: expect.stringMatching(/^truck/i) }) });
  });
});

describe('the saved list asked for after "remind me", the verb without its auxiliary', () => {
  it.each(['remind me which roles I saved', 'can you remind me what jobs i bookmarked'])('lists the saved jobs: "%s"', async (goal) => {
    expect(await said(goal)).toEqual({ action: 'list_saved_jobs', args: expect.not.objectContaining({ query: expect.anything() }) });
  });
});

describe('a revision with no letter in play and none named', () => {
  it.each(['make it more formal', 'can u make it a bit shorter pls'])('asks which letter: "%s"', async (goal) => {
    expect(await said(goal)).toEqual({ answer: expect.stringMatching(/^Which letter do you mean\?/) });
  });

  it('still revises the letter in play', async () => {
    expect(await said('make it more formal', { references: { last_document_id: 'doc_77aa99' } })).toEqual({ action: 'revise_cover_letter', args: expect.objectContaining({ change: 'more_formal' }) });
  });
});

describe('a job told by its title word and the people behind it', () => {
  const known = { jobs: [{ id: 'job_f1', title: 'Ferry Deckhand', company: 'Northlink' }], resumes: [] };
  it.each(['great news, the ferry company said yes!!', 'the ferry people offered me the job'])('is that job: "%s"', async (goal) => {
    expect(await said(goal, { known })).toEqual({ action: 'update_job_status', args: expect.objectContaining({ job: expect.stringMatching(/ferry|northlink/i), status: 'offer' }) });
  });
});

describe('a job of the list pointed at by its place', () => {
  it('"the 3rd" with no noun, then "keep it", saves the third', async () => {
    expect(await said('i like the 3rd, keep it', inPlay)).toEqual({ action: 'save_job', args: { job: expect.stringMatching(/3|third/i) } });
  });

  it('a pay question about a listed job by its number is about that job, not about salaries', async () => {
    expect(await said('how much is the wage for number 3', inPlay)).toEqual({ action: 'answer_about_job', args: { job: expect.stringMatching(/3/), about: 'pay' } });
  });

  it('"does <job> need X or is it more Y" asks what the job asks for', async () => {
    expect(await said('does the first one need welding tickets or is it more rigging work', inPlay)).toEqual({
      action: 'answer_about_job',
      args: { job: expect.stringMatching(/first|1/i), about: 'stack' },
    });
  });
});

describe('documents jobpilot made, asked where they are', () => {
  it('lists them ("you did")', async () => {
    expect(await said('where are the prep notes u did')).toEqual({ action: 'list_documents', args: expect.objectContaining({ kind: 'interview_prep' }) });
  });
});

describe('where a file was put, told before its name', () => {
  it('imports the file, and "I put my cv …" is no request to show it', async () => {
    expect(await said('I stored my cv in downloads, the file is called "Tomas Berg CV.pdf"')).toEqual({
      action: 'import_resume',
      args: expect.objectContaining({ path: expect.stringMatching(/Tomas Berg CV\.pdf$/) }),
    });
  });
});
