import { describe, expect, it } from 'vitest';
import { salaryExpectationsAnswer } from '../../../src/planner/advice/salary-advice.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

/** An Irish nurse's saved jobs: pay in euro a year, one posting with none, one in sterling. */
const nurse: KnownData = {
  jobs: [
    { id: 'j1', title: 'Clinical Nurse Manager 2', company: 'Beacon Hospital', salary: { min: 58_000, max: 66_000, currency: 'EUR', period: 'year' } },
    { id: 'j2', title: 'CNM2 Theatre', company: "St. Vincent's", salary: { min: 56_500, max: 64_000, currency: 'EUR', period: 'year' } },
    { id: 'j3', title: 'Ward Manager', company: 'Mater Private' },
    { id: 'j4', title: 'Ward Sister', company: 'Royal Victoria Hospital', salary: { min: 45_000, max: 52_000, currency: 'GBP', period: 'year' } },
  ],
  resumes: [],
};

const americanDefaults = /Levels\.fyi|85–95k|\$/;

describe('salary expectations advice', () => {
  it("uses the currency and range of the person's saved jobs, never US-tech defaults", () => {
    const answer = salaryExpectationsAnswer(nurse);
    expect(answer).not.toMatch(americanDefaults);
    expect(answer).toContain('Clinical Nurse Manager 2 at Beacon Hospital, €58k–66k/yr');
    expect(answer).toContain('I am looking at €57k–65k');
    // Sterling is another market: not folded into a euro range.
    expect(answer).not.toContain('£');
  });

  it('without saved pay, asks for a range in their own currency and names no figure', () => {
    const answer = salaryExpectationsAnswer({ jobs: [{ id: 'j3', title: 'Ward Manager', company: 'Mater Private' }], resumes: [] });
    expect(answer).not.toMatch(americanDefaults);
    expect(answer).not.toMatch(/\d/);
    expect(answer).toContain('[your range]');
  });

  it('is what the built-in planner answers when it knows the saved jobs', async () => {
    const registry = fakeActions();
    const planner = createRulesPlanner({ registry });
    const outcome = await outcomeOf(planner, registry, 'what should I say when they ask my salary expectations?', { known: nurse });
    expect(outcome.answer).toContain('€57k–65k');
    expect(outcome.answer).not.toMatch(americanDefaults);
  });
});
