import { describe, expect, it } from 'vitest';
import { rulesThread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 51, jobs51 (issues 14 and 21, trial s50): a tradesperson looking for work abroad. Each class in wordings of
// its own, never the trial's sentences.
const registry = fakeActions();
const { turn } = rulesThread(createRulesPlanner({ registry }), registry);

const searches = async (goal: string) =>
  (await turn(goal)).flatMap((decision) => (decision.type === 'act' && decision.step.action === 'search_jobs' ? [decision.step.args] : []));

describe('a pay floor keeps the currency it was said in (trial s50 #27)', () => {
  it.each([
    ['scaffolder jobs in norway paying at least 500k NOK', 500_000, 'NOK'],
    ['rigger jobs in Bergen, minimum NOK 600 000', 600_000, 'NOK'],
    ['millwright jobs in Alberta paying CA$90k or more', 90_000, 'CAD'],
    ['electrician jobs in Poland, at least 90 000 zł a year', 90_000, 'PLN'],
  ])('"%s" → %d %s', async (goal, floor, currency) => {
    const [args] = await searches(goal);
    expect(args?.min_salary).toBe(floor);
    expect(args?.min_salary_currency).toBe(currency);
  });

  it('a floor with no currency names none', async () => {
    const [args] = await searches('fitter jobs in Leeds paying over 40k');
    expect(args?.min_salary).toBe(40_000);
    expect(args?.min_salary_currency).toBeUndefined();
  });
});

describe('what a job gives is searched in its text, never an employer (trial s50 #56)', () => {
  it.each([
    ['scaffolder jobs with accommodation provided', 'scaffolder accommodation'],
    ['find electrician jobs in Norway with travel paid', 'electrician travel'],
    ['pipefitter work with free housing', 'pipefitter housing'],
    ['steel fixer jobs with a company van', 'steel fixer company van'],
  ])('"%s" searches %j at no company', async (goal, query) => {
    const [args] = await searches(goal);
    expect(args?.query).toBe(query);
    expect(args?.company).toBeUndefined();
  });

  it('an employer after "with" is still the company', async () => {
    const [args] = await searches('welder jobs with Damen Shipyards');
    expect(args?.company).toBe('Damen Shipyards');
  });
});
