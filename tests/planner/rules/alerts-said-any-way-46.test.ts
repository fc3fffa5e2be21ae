import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 46 (issue 21): alerts and what's new said any way, one block per class of error, each on
// invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: Array<{ role: 'user' | 'assistant'; content: string }> = []) => outcomeOf(planner, registry, goal, { history });

describe('"what\'s new" in other words and other languages is what came in', () => {
  it.each([
    ['¿hay algo nuevo desde el martes?', { since: 'martes' }],
    ['o que tem de novo desde ontem?', { since: 'ontem' }],
    ['alguma novidade?', {}],
    ['gibt es was Neues seit gestern?', { since: 'gestern' }],
    ['Neuigkeiten seit Freitag?', { since: 'freitag' }],
    ['quoi de neuf depuis mercredi ?', { since: 'mercredi' }],
    ['is er iets nieuws sinds maandag?', { since: 'maandag' }],
    ['my notifications since thursday?', { since: 'thursday' }],
    ['unread ones?', {}],
    ['hi, what have I missed since the weekend', { since: 'weekend' }],
    ['a quick rundown of the new matches today', { since: 'today' }],
    ['did anything show up while I was at work?', {}],
    ['did my welder alerts pick anything up overnight', { since: 'overnight' }],
    ['anything new on the bakery alert since the 3rd', { since: '3rd' }],
  ])('"%s"', async (goal, args: { since?: string }) => {
    const outcome = await said(goal);
    expect(outcome.action).toBe('whats_new');
    // (The since is kept as said, for the action's own reader of it.)
    if (args.since) expect(String(outcome.args?.since).toLowerCase()).toContain(args.since);
    else expect(outcome.args).toEqual({});
  });

  it('reads "while I was asleep" as since last night', async () => {
    expect(await said('did my alerts catch anything while I was sleeping?')).toEqual({ action: 'whats_new', args: { since: 'last night' } });
  });

  it.each(['dismiss all the notifications', "I've read them, reset the unread count", 'clear my inbox'])('"%s" marks them read', async (goal) => {
    expect(await said(goal)).toEqual({ action: 'whats_new', args: { mark_read: true } });
  });

  it('leaves a search for new jobs a search', async () => {
    expect((await said('find new welder jobs in Hull')).action).toBe('search_jobs');
  });
});
