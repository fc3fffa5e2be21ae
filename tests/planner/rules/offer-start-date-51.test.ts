import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { isWhenOrAmount } from '../../../src/actions/phrasing/when-or-amount.ts';
import { offerTerms } from '../../../src/actions/update-job-status/phrasing.ts';

// Trial s50 #37 (safety): "I got offer from X! <amount>, start <date>" proposed launching a desktop program named after
// the date, then said the amount it had kept as the note was "left out" (s48 #31). A start day after offer news is when
// the job starts; a day, a date, a time, a number or an amount is never a program or a site.
const registry = fakeActions();
const { turn, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);
const inPlay: Thread = {
  references: { last_job_id: 'job_a' },
  known: { jobs: [{ id: 'job_a', title: 'Pipe Fitter', company: 'Fjord Works' }], resumes: [] },
};

describe('a start day told with offer news', () => {
  it.each([
    ['Great news, Solvik Yard made me an offer! DKK 41 000 a month, start 02.05.2027', 'Solvik Yard', 'start 02.05.2027'],
    ['hired by Corran Shipping, start tuesday', 'Corran Shipping', 'start tuesday'],
    ['Tidewell offered me the job, start date is 3 February', 'Tidewell', 'start date is 3 February'],
    ['signed the contract with Harbourline!! starting next monday', 'Harbourline', 'starting next monday'],
  ])('"%s" marks %s as offer and keeps "%s", launching nothing', async (goal, job, start) => {
    const decisions = await turn(goal);
    const steps = decisions.map(stepOf).filter((step) => step !== undefined);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ action: 'update_job_status', args: { job, status: 'offer' } });
    expect(String(steps[0]?.args.note)).toContain(start);
    // Nothing kept in the note is said to be left out.
    expect(answerOf(decisions.at(-1))).not.toMatch(/left out/i);
  });

  it('keeps the pay and the start day together', async () => {
    const [decision] = await turn('I got offer from Solvik Yard! DKK 41 000, start 02.05.2027');
    expect(stepOf(decision)?.args.note).toBe('DKK 41 000, start 02.05.2027');
  });

  it('"they gave me the contract, I start on the 4th" is the job in play taken, the 4th never the day it happened', async () => {
    const [decision] = await turn('they gave me the contract, I start on the 4th', inPlay);
    expect(stepOf(decision)).toMatchObject({ action: 'update_job_status', args: { job: 'it', status: 'offer', note: 'I start on the 4th' } });
    expect(stepOf(decision)?.args.on).toBeUndefined();
  });

  it('a start day without an offer keeps no start note', () => {
    expect(offerTerms('the interview starts at 10 on monday')).toBeUndefined();
  });
});

describe('a day, a date, a time or an amount is never a program or a site', () => {
  it.each(['start 01.03.2027', 'launch 14:30', 'open 12.5.2027', 'start monday', 'run next week', 'open €500', 'start 2pm'])('"%s" proposes no launch', async (goal) => {
    const steps = (await turn(goal)).map(stepOf).filter((step) => step !== undefined);
    expect(steps.filter((step) => step?.action === 'open_app' || step?.action === 'open_website')).toEqual([]);
  });

  it('real names still launch', async () => {
    expect(stepOf((await turn('launch wizzbang'))[0])).toMatchObject({ action: 'open_app', args: { app_name: 'wizzbang' } });
    expect(stepOf((await turn('start spotify'))[0])).toMatchObject({ action: 'open_app', args: { app_name: 'spotify' } });
    // Programs whose names begin like a month are no dates.
    expect(stepOf((await turn('launch octave'))[0])).toMatchObject({ action: 'open_app', args: { app_name: 'octave' } });
  });

  it.each([
    ['01.03.2027', true],
    ['the 4th', true],
    ['NOK 680 000', true],
    ['3:30pm', true],
    ['1 march', true],
    ['next friday', true],
    ['sept. 3', true],
    ['3rd of december', true],
    ['Octave', false],
    ['marble', false],
    ['decibels', false],
    ['junction', false],
    ['7zip', false],
    ['notepad++', false],
    ['vs code', false],
  ] as const)('"%s" is a when or an amount: %s', (phrase, expected) => {
    expect(isWhenOrAmount(phrase)).toBe(expected);
  });
});
