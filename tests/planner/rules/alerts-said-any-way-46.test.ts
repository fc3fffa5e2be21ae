import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 46 (issue 21): alerts and what's new said any way, one block per class of error, each on
// invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, history: Array<{ role: 'user' | 'assistant'; content: string }> = []) =>
  outcomeOf(planner, registry, goal, { messages: [...history, { role: 'user', content: goal }] });

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

describe('an alert run now, said of its words, of all of them, or of "it" after one was set up', () => {
  it.each([
    ['run the glazier one', 'glazier'],
    ['trigger the Hobart search now please', 'Hobart'],
    ['check the sommelier one right now, I have a call at 3', 'sommelier'],
    ['ok re-run the Tromsø one', 'Tromsø'],
  ])('"%s"', async (goal, alert) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: { alert, change: 'run' } });
  });

  it.each([
    ['run them all', 'run'],
    ['check all my alerts now', 'run'],
    ['run each alert', 'run'],
    ['switch them all back on', 'resume'],
  ])('"%s" is every alert', async (goal, change) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: { alert: 'all', change } });
  });

  it('runs the alert just set up, by its words, when more is said after "run it now"', async () => {
    const history = [
      { role: 'user' as const, content: 'alert me about new glazier jobs in Hobart each evening' },
      { role: 'assistant' as const, content: 'Alert set: glazier in Hobart, every evening at 18:00.' },
    ];
    expect(await said('actually pause it, too many already', history)).toEqual({ action: 'change_alert', args: { alert: 'glazier in Hobart', change: 'pause' } });
    expect(await said("run it now, I'm keen", history)).toEqual({ action: 'change_alert', args: { alert: 'glazier in Hobart', change: 'run' } });
  });

  it('leaves "check the X one" a job\'s when jobs are in play', async () => {
    const outcome = await outcomeOf(planner, registry, 'check the Hobart one', { references: { last_job_ids: 'job_1,job_2' } });
    expect(outcome.action).not.toBe('change_alert');
  });
});

describe('an alert asked for with nothing to watch for asks what to watch', () => {
  it.each(['could you set up an alert for me please', 'tell me about new openings', 'make me a job alert for 7am', "I'd like to get notifications"])('"%s"', async (goal) => {
    const outcome = await said(goal);
    expect(outcome.answer).toMatch(/^What should the alert watch for\?/);
  });

  it.each([
    ['set up an alert for glazier jobs in Hobart', { query: 'glazier', location: 'Hobart' }],
    ['alert me about new roofer jobs near Derby', { query: 'roofer', location: 'Derby' }],
  ])('"%s" still makes the alert', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });
});
