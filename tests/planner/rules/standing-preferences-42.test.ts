import { describe, expect, it } from 'vitest';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

// Session 42's trial (#34): "I don't want internships, night shifts or B2B contracts, remember that", said with a
// list on screen that held a night-shift job, searched for "night" and saved that very job with the note "that".
// jobpilot keeps no preferences between requests: such a message is answered (where the words can be kept: a search,
// an alert), never acted on. Invented jobs and wordings.
const known: KnownData = { jobs: [{ id: 'job_n1', title: 'Night Porter', company: 'Hotel Alcantara' }], resumes: [] };
const onScreen: Partial<PlannerInput> = {
  known,
  messages: [
    { role: 'user', content: 'hotel jobs in faro' },
    { role: 'assistant', content: 'Found 2 jobs: 1. Night Porter at Hotel Alcantara (Faro) 2. Receptionist at Casa Ria (Faro, €1,100/month)' },
  ],
  references: { last_job_ids: 'job_n1,job_n2', last_job_id: 'job_n1' },
};
const said = (goal: string, input: Partial<PlannerInput> = onScreen) =>
  outcomeOf(planner, registry, goal, { ...input, messages: [...(input.messages ?? []), { role: 'user', content: goal }] });

describe('a preference asked to be kept for later requests', () => {
  it.each([
    "I don't want night shifts, temp work or agency jobs, remember that",
    'no weekend work and no contract roles from now on, remember that',
    'keep in mind I never want warehouse jobs',
    'remember that I only want roles near Faro',
    'please remember: nothing part-time',
    "going forward I don't want anything in sales",
  ])('is answered, with where such words are kept, and nothing is searched or saved: %s', async (goal) => {
    const outcome = await said(goal);
    expect(outcome.action).toBeUndefined();
    expect(outcome.answer).toMatch(/can't keep preferences/);
    expect(outcome.answer).toMatch(/search/);
    expect(outcome.answer).toMatch(/alert/);
  });
});

describe('what stays a request', () => {
  it('"remember that job" saves the job in play', async () => {
    await expect(said('remember that job')).resolves.toMatchObject({ action: 'save_job' });
  });
  it('a search said with its exclusions is that search', async () => {
    const outcome = await said('from now on find me hotel jobs in Faro, no night shifts');
    expect(outcome.action).toBe('search_jobs');
  });
  it('an alert said with its exclusions is that alert', async () => {
    const outcome = await said('tell me every morning about new hotel jobs in Faro, no agencies');
    expect(outcome.action).toBe('create_alert');
  });
});
