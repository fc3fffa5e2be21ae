import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 42 (issue 21): alerts said the way strangers say them, one test per class of error, each on
// invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);
type Turn = { role: 'user' | 'assistant'; content: string };
const after = (goal: string, history: Turn[]) => outcomeOf(planner, registry, goal, { messages: [...history, { role: 'user', content: goal }] });

describe('a pay floor said with an alert is kept with it, read by the search reader', () => {
  it.each([
    ['tell me each morning about new roofer jobs in Hull paying at least 38k', { query: 'roofer', location: 'Hull', min_salary: 38_000 }],
    ['alert me to remote elixir jobs, nothing under $95k', { query: 'elixir', remote: true, min_salary: 95_000 }],
    ['weekly alert for actuary roles in Zurich over 120k CHF', { query: 'actuary', location: 'Zurich', min_salary: 120_000 }],
    ['keep an eye out for sous chef jobs in Bath, £32k or more', { query: 'sous chef', location: 'Bath', min_salary: 32_000 }],
  ])('"%s"', async (goal, args) => {
    const outcome = await said(goal);
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
    expect(String(outcome.args?.query)).not.toMatch(/\d|paying|under|over|more/i);
  });

  it.each([
    ['raise the pay floor on the roofer alert to 45k', { alert: 'roofer', change: 'edit', min_salary: 45_000 }],
    ['lower the salary minimum for the Hull one to €30k', { alert: 'Hull', change: 'edit', min_salary: 30_000 }],
    ['make the actuary alert only show jobs paying 150k or more', { alert: 'actuary', change: 'edit', min_salary: 150_000 }],
    ['the elixir alert: no pay floor anymore', { alert: 'elixir', change: 'edit', min_salary: 0 }],
    ['bump the min fit on the Bath one to 70', { alert: 'Bath', change: 'edit', min_fit: 70 }],
    ['drop the match threshold on the actuary alert to 55', { alert: 'actuary', change: 'edit', min_fit: 55 }],
  ])('"%s" changes the alert, never deletes it', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: expect.objectContaining(args) });
  });
});

describe('an alert like the last one, for another place', () => {
  const history: Turn[] = [
    { role: 'user', content: 'alert me to new plasterer jobs in Derby every weekday at 8' },
    { role: 'assistant', content: 'Alert set [alert_0123456789]: plasterer jobs in Derby, weekdays at 08:00 (Europe/London).' },
  ];
  it.each([
    ['do one for Nottingham as well', { query: 'plasterer', location: 'Nottingham' }],
    ['make one for Leicester too pls', { query: 'plasterer', location: 'Leicester' }],
    ['and the same for Sheffield, but weekly', { query: 'plasterer', location: 'Sheffield', schedule: 'weekly' }],
  ])('"%s"', async (goal, args) => {
    expect(await after(goal, history)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });
});

describe('schedules and places said the way the trial said them (s42)', () => {
  it('a schedule in Portuguese before "tell me about" is the alert\'s, and "X or remote EU" keeps the place', async () => {
    const outcome = await said('todos os dias úteis às 10 tell me about new pharmacist jobs in Braga or remote EU');
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'pharmacist', location: 'Braga', remote_too: true, schedule: 'weekdays at 10' }) });
  });

  it('a known place said alone in a change is where the alert looks; "only" leaves remote out', async () => {
    expect(await said('make the pharmacist alert Madrid, remote too')).toEqual({
      action: 'change_alert',
      args: expect.objectContaining({ alert: 'pharmacist', location: 'Madrid', remote_too: true }),
    });
    expect(await said('make the Leeds one Manchester only, drop the remote part')).toEqual({
      action: 'change_alert',
      args: expect.objectContaining({ alert: 'Leeds', location: 'Manchester', remote_too: false }),
    });
  });

  it('"whenever Kuehne+Nagel posts …": a company with a plus sign is the company', async () => {
    expect(await said('whenever Procter+Gamble posts a brand manager job in Geneva, tell me')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'brand manager', company: 'Procter+Gamble', location: 'Geneva' }),
    });
  });
});
