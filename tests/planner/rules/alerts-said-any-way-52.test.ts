import { describe, expect, it } from 'vitest';
import { featureAskedAbout } from '../../../src/planner/rules/feature-asked.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 52 (issues 14, 21; development sets alerts–alerts15): alerts said the way strangers say them, one block per class
// of error, each on invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);

describe('a title word one letter off a request word is the trade as typed', () => {
  it.each([
    ['find reach truck jobs in Hull', 'reach truck'],
    ['alert me about new reach truck jobs in Leeds every morning', 'reach truck'],
    ['search for performance testing roles in Pune', 'performance testing'],
    ['set up an alert for penetration testing jobs, daily', 'penetration testing'],
  ])('"%s"', async (goal, query) => {
    const outcome = await said(goal);
    expect(outcome.args?.query).toBe(query);
  });

  it('still reads a slip of a role word before "jobs" as the role', async () => {
    expect((await said('find plumbr jobs in Leeds')).args?.query).toBe('plumber');
    expect((await said('find warehuose jobs')).args?.query).toBe('warehouse');
  });
});

describe('a question about how alerts or reminders work is answered with their help', () => {
  it.each([
    ['how do job alerts actually work?', 'alerts'],
    ['so how does the alert thing work, is it by email?', 'alert'],
    ['can an alert go off twice a day?', 'alert'],
    ["what's the difference between snoozing an alert and removing it?", 'alert'],
    ['how do reminders work here', 'reminders'],
  ])('"%s"', async (goal, feature) => {
    expect(featureAskedAbout(goal)).toBe(feature);
    const outcome = await said(goal);
    expect(outcome.action).toBeUndefined();
    expect(outcome.answer).toMatch(/^Here is what I can do about that:/);
    expect(outcome.answer).toMatch(feature.startsWith('alert') ? /alert/i : /remind/i);
  });

  it('leaves a request about one alert to the alert actions', async () => {
    expect(featureAskedAbout('how does my Berlin alert look')).toBeUndefined();
    expect(featureAskedAbout('can the teacher one be thursday instead')).toBeUndefined();
    expect((await said('when does my Leeds alert run next')).action).toBe('list_alerts');
    expect((await said('every other week tell me about new welder jobs in Hull')).action).toBe('create_alert');
  });
});
