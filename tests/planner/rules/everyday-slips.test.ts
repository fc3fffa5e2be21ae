import { describe, expect, it } from 'vitest';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 33 (issue 14): classes found by evals/planner-dev-messy7.jsonl, each tried on invented sentences.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });

const known: KnownData = {
  jobs: [{ id: 'job_m1', title: 'Glassblower', company: 'Fernlight Studio' }],
  resumes: [
    { id: 'res_m1', label: 'spare', format: 'pdf' },
    { id: 'res_m2', label: 'coastal', format: 'markdown' },
  ],
};
const listed = [
  { role: 'user' as const, content: 'craft jobs in ireland' },
  {
    role: 'assistant' as const,
    content: 'Found 3 jobs: 1. Baker at Crumbhill (Derry, £24k) 2. Florist at Petalry (Sligo, €23k) 3. Tiler at Grout & Co (Porto, €1,400/month)',
  },
];
const inPlay = { messages: listed, references: { last_job_ids: 'job_b1,job_b2,job_b3' } };
const letterWritten = [
  ...listed,
  { role: 'user' as const, content: 'a cover letter for the florist one' },
  { role: 'assistant' as const, content: "Here's your cover letter for Florist at Petalry (doc_m7): Dear Petalry team, …" },
];

const said = (goal: string, input: Partial<PlannerInput> = {}) =>
  outcomeOf(planner, registry, goal, { known, ...input, messages: [...(input.messages ?? []), { role: 'user', content: goal }] });

describe('text-speak that joins or shortens words', () => {
  it('reads "4" before whom or what it is for as "for"', async () => {
    expect(await said('any jobs 4 a tiler in Porto')).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query: expect.stringMatching(/tiler/i), location: 'Porto' }) });
    // (A count before a noun stays a count.)
    expect((await said('show me 4 baker jobs in Derry')).args).toEqual(expect.objectContaining({ limit: 4 }));
  });

  it('reads "atleast" as "at least" and a lone "n" as "and"', async () => {
    expect((await said('glassblowing jobs paying atleast 38k')).args).toEqual(expect.objectContaining({ min_salary: 38000 }));
    expect(await said('save the baker one n the florist one', inPlay)).toEqual({ action: 'save_job', args: { job: expect.stringMatching(/baker|1|first/i) } });
  });
});

describe("the labels of the person's resumes are never spelling slips", () => {
  it('keeps a label one letter from a phrasing word as said', async () => {
    expect(await said('go with the spare one for these')).toEqual({ action: 'use_resume', args: { resume: 'spare' } });
  });

  it('reads "the markdown one" as the format, not as a label "markdown one"', async () => {
    expect(await said('set my cv to the markdown one')).toEqual({ action: 'use_resume', args: { resume: 'markdown' } });
  });
});

describe('a file asked for as a wish, the document first and the format after', () => {
  it('exports the document in play', async () => {
    const input = { messages: letterWritten, references: { last_document_id: 'doc_m7' } };
    expect(await said('could I get that as a word doc', input)).toEqual({ action: 'export_document', args: { format: 'docx' } });
    expect(await said('i want it in pdf format pls', input)).toEqual({ action: 'export_document', args: { format: 'pdf' } });
  });
});

describe('a step told as a mistake, then undone', () => {
  it.each(['I never meant to bookmark that one, undo please', 'accidentally saved the florist job - undo', 'ugh i unsaved the wrong one by mistake. revert it'])(
    'undoes, and the mistaken step does not run: %s',
    async (goal) => {
      expect(await said(goal, inPlay)).toEqual({ action: 'undo', args: {} });
    },
  );

  it('still records news said beside an undo as the correction', async () => {
    expect((await said('oops, it was Petalry I pulled out of, undo that', inPlay)).action).toBe('update_job_status');
  });
});

describe('a fit question that opens the message, the posting after it', () => {
  it('scores the pasted posting, whose pay is no path and whose words are no search', async () => {
    const goal = 'how well do i match? Dog Groomer, Pawsome Salon, Limerick. $21/hr, 2 years grooming experience required, own scissors a plus';
    expect(await said(goal)).toEqual({ action: 'analyze_match', args: { job_text: expect.stringContaining('Dog Groomer') } });
  });
});

describe('news of an interview said as an invitation', () => {
  it.each(['Fernlight Studio would like me to pop in for a quick chat', "Fernlight emailed, they'd love to meet me next week", 'Fernlight Studio invited me in for a chat'])(
    'moves the job to interviewing: %s',
    async (goal) => {
      expect(await said(goal)).toEqual({ action: 'update_job_status', args: expect.objectContaining({ job: expect.stringMatching(/fernlight/i), status: 'interviewing' }) });
    },
  );

  it('keeps a reason told without "because" as the note', async () => {
    const outcome = await said('fyi i pulled out of the fernlight process, hours were too long');
    expect(outcome).toEqual({ action: 'update_job_status', args: expect.objectContaining({ status: 'withdrawn', note: expect.stringContaining('hours were too long') }) });
  });
});

describe('searches said loosely', () => {
  it('reads "is anyone hiring?" after the trade and the move told', async () => {
    expect(await said("Hello! I'm a farrier relocating to Dundee in spring, is anyone hiring?")).toEqual({
      action: 'search_jobs',
      args: expect.objectContaining({ query: expect.stringMatching(/farrier/i), location: 'Dundee' }),
    });
  });

  it('keeps where told in a piece of its own out of the search words', async () => {
    expect(await said('jobs for tree surgeon, Kilkenny IE')).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query: 'tree surgeon', location: 'Kilkenny IE' }) });
  });

  it('reads a learner\'s "work like X" as "work as X", and a workplace after "in" as no place', async () => {
    expect(await said('i am looking for job like waiter in hotel, i live in Valencia')).toEqual({
      action: 'search_jobs',
      args: expect.objectContaining({ query: expect.stringMatching(/waiter/i), location: 'Valencia' }),
    });
  });

  it('searches a field asked for after "anything" over the trade told before it', async () => {
    expect(await said("been a plasterer 12 years but my back's gone, anything in building surveying in Cork?")).toEqual({
      action: 'search_jobs',
      args: expect.objectContaining({ query: 'building surveying', location: 'Cork' }),
    });
  });
});

describe('a resume correction whose verdict comes before its value', () => {
  it('reads the value after "it\'s", and which job, as one correction', async () => {
    expect(await said("the employer on my third job is spelled wrong, it's Harrow & Vane Ltd")).toEqual({
      action: 'correct_resume',
      args: { job: expect.stringMatching(/3|third/), company: 'Harrow & Vane Ltd' },
    });
  });
});
