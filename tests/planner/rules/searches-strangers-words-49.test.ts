import { describe, expect, it } from 'vitest';
import { rulesThread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 49, search49 (issues 13, 14): searches in a stranger's words — classes from trial s48 (#14) and the review of
// session 47, each tested in wordings of its own.
const registry = fakeActions();
const { turn, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

const searches = async (goal: string) =>
  (await turn(goal)).flatMap((decision) => (decision.type === 'act' && decision.step.action === 'search_jobs' ? [decision.step.args] : []));

describe('a pay floor with its currency is applied and said, never also left out (trial s48 #14)', () => {
  it.each([
    ['any midwifery jobs in adelaide or darwin? min A$90k', 90_000],
    ['teaching jobs in ontario at least CA$80,000', 80_000],
    ['paramedic roles in calgary, CAD 85,000 minimum', 85_000],
    ['pharmacist jobs in leeds £42k+', 42_000],
    ['radiographer jobs in auckland NZ$75k or more', 75_000],
  ])('"%s" searches with a floor of %i', async (goal, floor) => {
    const decisions = await turn(goal);
    const found = decisions.flatMap((decision) => (decision.type === 'act' && decision.step.action === 'search_jobs' ? [decision.step.args] : []));
    expect(found.length).toBeGreaterThan(0);
    for (const args of found) expect(args.min_salary).toBe(floor);
    expect(answerOf(decisions.at(-1))).not.toMatch(/I left out/);
  });
});

describe('the word of a role is never taken for a way of working or a contract (review of session 47)', () => {
  it.each([
    ['find hybrid vehicle technician jobs in coventry', 'hybrid vehicle technician'],
    ['hybrid powertrain calibration engineer roles', 'hybrid powertrain calibration engineer'],
    ['hybrid cloud architect jobs in dublin', 'hybrid cloud architect'],
    ['permanent way inspector jobs in derby', 'permanent way inspector'],
    ['any permanent magnet motor design jobs', 'permanent magnet motor design'],
  ])('"%s" searches "%s"', async (goal, query) => {
    const [args] = await searches(goal);
    expect(args?.query).toBe(query);
    expect(args?.exclude_employment_type).toBeUndefined();
  });

  it('still reads hybrid and permanent said of the job', async () => {
    const decisions = await turn('hybrid payroll officer jobs in bristol');
    expect(decisions.flatMap((decision) => (decision.type === 'act' ? [decision.step.args] : []))[0]).toMatchObject({ query: 'payroll officer', location: 'bristol' });
    expect(answerOf(decisions.at(-1))).toMatch(/hybrid filter/);
    expect((await searches('permanent lab technician jobs in york'))[0]).toMatchObject({ query: 'lab technician', exclude_employment_type: ['temporary', 'contract'] });
  });
});
