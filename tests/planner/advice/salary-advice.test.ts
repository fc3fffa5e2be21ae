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

  it('answers a question that names a role and a place from the saved jobs of that role and place only', () => {
    const trades: KnownData = {
      jobs: [
        { id: 'w1', title: 'Pipe Welder (Sveiser)', company: 'Fjordverk AS', location: 'Stavanger, Norway', salary: { min: 540_000, max: 600_000, currency: 'NOK', period: 'year' } },
        { id: 'w2', title: 'Night Shift Welder', company: 'Maasstaal B.V.', location: 'Schiedam, Netherlands', salary: { min: 3_300, max: 3_800, currency: 'EUR', period: 'month' } },
        { id: 'n1', title: 'Staff Nurse', company: 'Stavanger University Hospital', location: 'Stavanger, Norway', salary: { min: 610_000, max: 690_000, currency: 'NOK', period: 'year' } },
      ],
      resumes: [],
    };
    const answer = salaryExpectationsAnswer(trades, 'how much salary should I ask in Stavanger as a welder with 12 years?');
    expect(answer).toContain('Your saved jobs for "stavanger", "welder" that state pay: Pipe Welder (Sveiser) at Fjordverk AS');
    expect(answer).not.toContain('Staff Nurse');
    expect(answer).not.toContain('€');
    // The role alone when no saved job is both: the welder jobs, not the nurse's pay in the same city.
    const elsewhere = salaryExpectationsAnswer(trades, 'what pay should a welder ask for in Bergen?');
    expect(elsewhere).toContain('Pipe Welder (Sveiser)');
    expect(elsewhere).not.toContain('Staff Nurse');
  });

  it('names no other role\'s figures when no saved job is the role or place asked about', () => {
    const answer = salaryExpectationsAnswer(nurse, 'what salary should an electrician ask for in Perth?');
    expect(answer).toContain('None of your saved jobs that state pay is for "electrician", "perth"');
    expect(answer).not.toMatch(/\d|€|£/);
    // A question naming nothing still gets the saved jobs' range.
    expect(salaryExpectationsAnswer(nurse, 'what number should I give for pay?')).toContain('I am looking at €57k–65k');
    expect(salaryExpectationsAnswer(nurse, 'what salary do I put on the application form?')).toContain('I am looking at €57k–65k');
    expect(salaryExpectationsAnswer(nurse, 'what should I say for salary in the interview?')).toContain('I am looking at €57k–65k');
  });
});

