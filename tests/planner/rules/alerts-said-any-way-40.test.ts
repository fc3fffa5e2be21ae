import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 40 (issue 21): alerts said the way strangers say them, one test per class of error, each on
// invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);
type Turn = { role: 'user' | 'assistant'; content: string };
const after = (goal: string, history: Turn[]) => outcomeOf(planner, registry, goal, { messages: [...history, { role: 'user', content: goal }] });

describe('remote allowed as well as the place, never remote only (as a search reads it)', () => {
  it.each([
    ['tell me each morning about new glazier jobs in Truro, remote is ok too', 'Truro'],
    ['alert me about new actuary jobs in Leeds or remote', 'Leeds'],
    ['keep an eye out for tiler jobs around Ghent, working from home also fine', 'Ghent'],
  ])('"%s" keeps the place and adds remote openings', async (goal, location) => {
    const outcome = await said(goal);
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining({ location, remote_too: true }) });
    expect(outcome.args).not.toHaveProperty('remote');
  });

  it('with no place, "remote is fine" asks for no filter at all; remote said alone is still remote only', async () => {
    const allowed = await said('every evening, new actuary jobs, remote is fine');
    expect(allowed).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'actuary' }) });
    expect(allowed.args).not.toHaveProperty('remote');
    expect(allowed.args).not.toHaveProperty('remote_too');
    expect(await said('tell me every morning about new remote glazier jobs in Truro')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ location: 'Truro', remote: true }),
    });
  });

  it('"make it remote as well" widens the alert in play', async () => {
    const made: Turn[] = [
      { role: 'user', content: 'tell me each evening about new cooper jobs in Kent' },
      { role: 'assistant', content: 'Alert set: cooper in Kent, every evening at 18:00; first run today at 18:00.' },
    ];
    const outcome = await after('make it remote as well', made);
    expect(outcome).toEqual({ action: 'change_alert', args: expect.objectContaining({ change: 'edit', remote_too: true }) });
    expect(outcome.args).not.toHaveProperty('remote');
  });
});

describe('the alert an answer told of is passed on by its words', () => {
  const paused: Turn[] = [
    { role: 'user', content: 'stop the glazier alert' },
    { role: 'assistant', content: "Paused the alert for glazier in Truro. Say 'resume the Truro alert' to start it again." },
  ];
  const made: Turn[] = [
    { role: 'user', content: 'every weekday at 6 new actuary jobs in Leeds' },
    { role: 'assistant', content: 'Alert set: actuary in Leeds, weekdays at 06:00; first run Mon 7 Dec at 06:00.' },
  ];
  it.each([
    ['turn it back on', paused, { alert: 'glazier in Truro', change: 'resume' }],
    ['delete it', made, { alert: 'actuary in Leeds', change: 'delete' }],
    ['change it to every evening', made, { alert: 'actuary in Leeds', change: 'edit', schedule: 'every evening' }],
  ])('"%s"', async (goal, history, args) => {
    expect(await after(goal, history)).toEqual({ action: 'change_alert', args: expect.objectContaining(args) });
  });
});

describe('an alert named by when it runs: "the one that runs on …"', () => {
  const listed: Turn[] = [
    { role: 'user', content: 'show my alerts' },
    { role: 'assistant', content: 'Your alerts:\n1. glazier in Truro — Tuesdays at 08:00\n2. actuary in Leeds — Thursdays at 18:00' },
  ];
  it.each([
    ['scrap the one that goes out on tuesdays', { alert: 'tuesdays', change: 'delete' }],
    ['the one which runs on thursdays can stop', { alert: 'thursdays', change: 'pause' }],
    ['run the one that fires on tuesdays now', { alert: 'tuesdays', change: 'run' }],
  ])('"%s"', async (goal, args) => {
    expect(await after(goal, listed)).toEqual({ action: 'change_alert', args: expect.objectContaining(args) });
  });
});

describe('resting idioms said of "the X one" pause an alert, with no alert in play', () => {
  it.each([
    ['give the Truro one a break', 'truro'],
    ['put the actuary one on ice', 'actuary'],
  ])('"%s"', async (goal, alert) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: { alert, change: 'pause' } });
  });
});
