import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 39 (issue 21): alerts and what's new said the way strangers say them, one test per class
// of error, each on invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);

describe('a place whose name opens with "new" keeps it', () => {
  it.each([
    ['tell me every morning about new sommelier jobs in New Orleans', 'New Orleans'],
    ['new plasterer jobs in new jersey each week', 'new jersey'],
    ['alert me about new tutor jobs in New Delhi at 8am', 'New Delhi'],
  ])('"%s" watches %s', async (goal, location) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining({ location }) });
  });

  it('and a search there too', async () => {
    expect(await said('find glazier jobs in New Zealand')).toEqual({ action: 'search_jobs', args: expect.objectContaining({ location: 'New Zealand' }) });
  });

  it('while "new" before a trade is still no part of the search', async () => {
    const outcome = await said('tell me every morning about new baker jobs in Leeds');
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'baker', location: 'Leeds' }) });
  });
});
