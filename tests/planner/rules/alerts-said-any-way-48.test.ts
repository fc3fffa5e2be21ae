import { describe, expect, it } from 'vitest';
import { readSeveralAlerts } from '../../../src/actions/create-alert/read-several-alerts.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { withTimeTakenBack } from '../../../src/planner/rules/time-taken-back.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';
import { rulesThread } from '../../helpers/rules-thread.ts';

// Session 48 (issues 14, 21; development sets alerts9–14): alerts said the way strangers say them, one block per class of
// error, each on invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);
const { turn } = rulesThread(planner, registry);
const stepsOf = async (goal: string) => (await turn(goal)).flatMap((decision) => (decision.type === 'act' ? [{ action: decision.step.action, args: decision.step.args }] : []));

describe('one alert asked about by its words is answered by the list, and nothing is changed', () => {
  it.each([
    'is my Leeds alert still on?',
    'is the welder alert still running or did I pause it?',
    'do I still have the Manchester plumber alert, or did I delete it',
    'has the Hull alert run yet today',
    'did my nursing alert even run this morning?',
    'when does the Cardiff one run next?',
    'when will my Oslo alert go off next',
    'show me my saved searches',
    'remind me what job alerts I set up',
    'what alerts are active',
  ])('"%s" lists the alerts', async (goal) => {
    expect(await said(goal)).toEqual({ action: 'list_alerts', args: {} });
  });

  it('still pauses an alert when that is what is asked', async () => {
    expect(await said('pause the Leeds alert')).toEqual({ action: 'change_alert', args: expect.objectContaining({ alert: 'Leeds', change: 'pause' }) });
  });
});

describe('a schedule said in a piece of its own makes the search an alert', () => {
  it.each([
    ['plumber jobs in Derby, no agencies, evenings', { query: 'plumber', location: 'Derby', exclude_agencies: true, schedule: 'evenings' }],
    ['remote only - data entry jobs, afternoons', { query: 'data entry', remote: true, schedule: 'afternoons' }],
    ["roofer jobs, Leicester, every evening; only ones I'm an 80%+ fit for", { query: 'roofer', location: 'Leicester', min_fit: 80 }],
    ['cabinet maker jobs in Bath or remote, keep me updated daily', { query: 'cabinet maker', location: 'Bath', remote_too: true, schedule: 'daily' }],
    ['new pharmacy technician jobs near Preston, let me know every evening at 6', { query: 'pharmacy technician', location: 'Preston' }],
    ['weekdays except mondays, new sous chef jobs in Glasgow', { query: 'sous chef', location: 'Glasgow', schedule: 'weekdays except mondays' }],
    ['Tue/Thu 7:15am: new payroll clerk roles in Reading', { query: 'payroll clerk', location: 'Reading', schedule: 'Tue/Thu 7:15am' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('leaves a shift ("nights") and a plain search alone', async () => {
    expect((await said('cleaning jobs in Leeds, nights')).action).toBe('search_jobs');
    expect((await said('find welder jobs in Hull, no agencies')).action).toBe('search_jobs');
  });
});

describe('"the X one" changed in words only an alert takes', () => {
  it.each([
    ['stop the Glasgow one for a while', { alert: 'Glasgow', change: 'pause' }],
    ['the Zurich banking one can start again', { alert: 'Zurich banking', change: 'resume' }],
    ['the one that runs on tuesdays can go', { alert: 'tuesdays', change: 'delete' }],
    ['make the data entry one remote only', { alert: 'data entry', change: 'edit', remote: true }],
    ['have the Leipzig one look for PLC programmer instead', { alert: 'Leipzig', change: 'edit', query: 'PLC programmer' }],
    ['the Perth mining one is overkill, every 6 hours is plenty', { alert: 'Perth mining', change: 'edit', schedule: 'every 6 hours' }],
    ['every morning is too much for the Oslo one, weekly is fine', { alert: 'Oslo', change: 'edit', schedule: 'weekly' }],
  ])('"%s"', async (goal, args) => {
    const outcome = await said(goal);
    expect(outcome.action).toBe('change_alert');
    for (const [name, value] of Object.entries(args)) expect(String(outcome.args?.[name]).toLowerCase()).toContain(String(value).toLowerCase());
  });

  it('leaves a letter made shorter to the letter', async () => {
    expect((await said('the Acme one is too long, make it shorter')).action).not.toBe('change_alert');
  });
});

describe('several alerts in one message are one alert each', () => {
  it.each([
    [
      'set up two alerts: scaffolder in Hull and rigger in Grimsby, both weekdays at 7',
      [
        { query: 'scaffolder', location: 'Hull', schedule: 'weekdays at 7' },
        { query: 'rigger', location: 'Grimsby', schedule: 'weekdays at 7' },
      ],
    ],
    [
      'alerts for: 1) baker Leeds 2) cook York, all weekly on monday',
      [
        { query: 'baker', location: 'Leeds', schedule: 'weekly on monday' },
        { query: 'cook', location: 'York', schedule: 'weekly on monday' },
      ],
    ],
    [
      'email me about new chef jobs in Leeds and new porter jobs in York',
      [
        { query: 'chef', location: 'Leeds', tell_by: 'email' },
        { query: 'porter', location: 'York', tell_by: 'email' },
      ],
    ],
    [
      'alert me daily for nurse jobs in Leeds and weekly for midwife jobs in York',
      [
        { query: 'nurse', location: 'Leeds', schedule: 'daily' },
        { query: 'midwife', location: 'York', schedule: 'weekly' },
      ],
    ],
  ])('"%s"', async (goal, alerts) => {
    expect(await stepsOf(goal)).toEqual(alerts.map((args) => ({ action: 'create_alert', args: expect.objectContaining(args) })));
  });

  it('keeps one search of two kinds in one place as one alert', () => {
    expect(readSeveralAlerts('alert me about new chef and porter jobs in Leeds')).toBeUndefined();
    expect(readSeveralAlerts('set up an alert for remote typescript and react jobs')).toBeUndefined();
  });
});

describe('a time taken back in the same breath is no part of the request', () => {
  it.each([
    ['every Monday, no wait, Tuesday at 8, new baker jobs in Bristol', 'every Tuesday at 8, new baker jobs in Bristol'],
    ['remind me tomorrow at 9 - sorry, 10 to call Acme', 'remind me tomorrow at 10 to call Acme'],
    ['remind me on Friday, make that Thursday, to send the form', 'remind me on Thursday, to send the form'],
    ['weekly, actually daily, for nurse jobs in Cork', 'daily, for nurse jobs in Cork'],
  ])('"%s" reads as "%s"', (goal, meant) => {
    expect(withTimeTakenBack(goal)).toBe(meant);
  });

  it.each(['sorry, can you find jobs in Leeds', 'daily, no agencies, welder jobs', 'every morning, no weekends'])('"%s" is left as said', (goal) => {
    expect(withTimeTakenBack(goal)).toBe(goal);
  });

  it('sets the alert for the time said last', async () => {
    expect(await said('tell me every Monday, no wait, Tuesday at 8 about new baker jobs in Bristol')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'baker', location: 'Bristol', schedule: expect.stringMatching(/tuesday at 8/i) }),
    });
  });
});
