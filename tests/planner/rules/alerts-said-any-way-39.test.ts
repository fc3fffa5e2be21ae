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

describe('a company said before the role, and "the moment" they are posted', () => {
  it.each([
    ['let me know the minute new Monzo backend jobs go live', { query: 'backend', company: 'Monzo' }],
    ['tell me the moment Accenture posts audit jobs', { query: 'audit', company: 'Accenture' }],
    ['keep me posted on new Aldi warehouse jobs in Bolton', { query: 'warehouse', company: 'Aldi', location: 'Bolton' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it.each([
    ['tell me every morning about new Sous chef jobs in Bath', 'Sous chef'],
    ['tell me every morning about new Senior backend jobs', 'Senior backend'],
  ])('"%s" keeps a role whose first word is capitalised whole', async (goal, query) => {
    const outcome = await said(goal);
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining({ query }) });
    expect(outcome.args).not.toHaveProperty('company');
  });
});

describe('new postings with a least fit in a piece of its own are an alert', () => {
  it.each([
    ['new midwife jobs in Derry, strong fits only (80+)', { query: 'midwife', location: 'Derry', min_fit: 80 }],
    ['any new roofer jobs near Truro, ping me each evening, 65% fit or better', { query: 'roofer', location: 'Truro', min_fit: 65 }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('while a search with a fit piece stays a search', async () => {
    expect(await said('find midwife jobs in Derry, strong fits only (80+)')).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query: 'midwife' }) });
  });
});

describe('schedules said as counts, too often, or as days joined with "and"', () => {
  it.each([
    ['4x a week send me new joiner jobs in Ghent', { query: 'joiner', location: 'Ghent', schedule: '4x a week' }],
    ['look for new cooper jobs in Turku three times a week and tell me', { query: 'cooper', location: 'Turku', schedule: 'three times a week' }],
    ['every 10 minutes check for new porter jobs in Hull', { query: 'porter', location: 'Hull', schedule: 'every 10 minutes' }],
    ['tell me about new glazier jobs in Wigan every half hour', { query: 'glazier', location: 'Wigan', schedule: 'every half hour' }],
    ['new farrier jobs in Ayr on wednesdays and saturdays', { query: 'farrier', location: 'Ayr', schedule: expect.stringContaining('wednesdays and saturdays') }],
    ['evenings at 7 for new roofer jobs in Luton', { query: 'roofer', location: 'Luton', schedule: 'evenings at 7' }],
    ['mornings at quarter past 8 for new cobbler jobs in Bury', { query: 'cobbler', location: 'Bury' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });
});

describe('a zone said with the time stays in the schedule as said, and is the alert\'s zone', () => {
  it.each([
    ['weekdays 6am EST, new welder jobs in Ohio', 'EST', 'America/New_York'],
    ['every evening at 7 Bogotá time new nurse jobs in Lima', 'Bogotá time', 'America/Bogota'],
    ['new driver jobs in Abuja every morning 7am WAT', 'WAT', 'Africa/Lagos'],
  ])('"%s"', async (goal, words, zone) => {
    const outcome = await said(goal);
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining({ schedule: expect.stringContaining(words), time_zone: zone }) });
    expect(`${String(outcome.args?.query)} ${String(outcome.args?.location ?? '')}`).not.toMatch(/time|EST|WAT|—/);
  });
});

describe('a least fit said first, in brackets, or with "send me ones"', () => {
  it.each([
    ['only strong fits, say 80 or up. new actuary jobs, remote', { query: 'actuary', remote: true, min_fit: 80 }],
    ['new tiler jobs in Sligo where I\'m a good match (over 65%)', { query: 'tiler', location: 'Sligo', min_fit: 65 }],
    ['only tell me about ones I\'m at least 75% fit for - dietitian jobs in Leeds', { query: 'dietitian', location: 'Leeds', min_fit: 75 }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });
});

describe('a search, then the asking and when in a piece of their own', () => {
  it.each([
    ['temp forklift jobs in Corby, text me each evening', { query: expect.stringContaining('forklift'), location: 'Corby', schedule: 'each evening', tell_by: 'sms' }],
    ['graduate surveyor roles in Leeds, send me new ones every friday', { query: expect.stringContaining('surveyor'), location: 'Leeds', schedule: expect.stringContaining('friday') }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('a search with no asking and no repeating stays a search', async () => {
    expect((await said('temp forklift jobs in Corby, this evening')).action).toBe('search_jobs');
  });
});

describe('told through an app, said as a verb with "when"', () => {
  it.each(['telegram me when new sommelier jobs turn up', 'viber me whenever new sommelier jobs are posted'])('"%s"', async (goal) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'sommelier', tell_by: 'messaging_app' }) });
  });
});

describe('an alert picked as "the X one", or pointed at after an edit, after a list or a new alert', () => {
  const listedAlerts = {
    messages: [
      { role: 'user' as const, content: 'what alerts have i got' },
      {
        role: 'assistant' as const,
        content:
          'Your alerts:\n1. glazier in Wigan — every morning at 08:00, next Mon 7 Dec 08:00 (alert_1a2b3c4d5e)\n2. porter in Hull — every Friday at 09:00, next Fri 11 Dec 09:00 (alert_6f7a8b9c0d)\n3. cooper in Turku — weekdays at 06:15, next Mon 7 Dec 06:15 (alert_0d9c8b7a6f)',
      },
    ],
  };
  const alertMade = {
    messages: [
      { role: 'user' as const, content: 'every evening tell me about new luthier jobs in Cremona' },
      { role: 'assistant' as const, content: 'Alert set: luthier in Cremona, every evening at 18:00 (Europe/Rome); first run today at 18:00 (alert_4e5f6a7b8c). Say "stop the Cremona alert" to pause it.' },
    ],
  };
  const saidAfter = (goal: string, history: { messages: Array<{ role: 'user' | 'assistant'; content: string }> }) =>
    outcomeOf(planner, registry, goal, { messages: [...history.messages, { role: 'user', content: goal }] });

  it.each([
    ['the friday one can run right now', { alert: 'friday', change: 'run' }],
    ['the 6:15 one should stop', { alert: '6:15', change: 'pause' }],
    ['the wigan one can be deleted', { alert: 'wigan', change: 'delete' }],
    ['the hull one should only be Maersk jobs', { alert: 'hull', change: 'edit', company: 'Maersk' }],
    ['run all of them right now', { alert: 'all', change: 'run' }],
  ])('after a list: "%s"', async (goal, args) => {
    expect(await saidAfter(goal, listedAlerts)).toEqual({ action: 'change_alert', args: expect.objectContaining(args) });
  });

  it.each([
    ['and run it one time now so I can check', { change: 'run' }],
    ['just 80+ fits on that one', { change: 'edit', min_fit: 80 }],
  ])('after a new alert: "%s"', async (goal, args) => {
    expect(await saidAfter(goal, alertMade)).toEqual({ action: 'change_alert', args: expect.objectContaining(args) });
  });

  it.each([
    ['hold the Ghent one for now', 'ghent'],
    ['suspend the welder one', 'welder'],
  ])('"%s" pauses the %s alert, with no list in play', async (goal, alert) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: { alert, change: 'pause' } });
  });

  it('"run them all" after a list of jobs is no alert run', async () => {
    const jobs = { messages: [{ role: 'user' as const, content: 'find welder jobs' }, { role: 'assistant' as const, content: 'Found 2 jobs:\n1. Welder at Acme\n2. Welder at Initech' }] };
    expect((await saidAfter('run them all', jobs)).action).not.toBe('change_alert');
  });
});
