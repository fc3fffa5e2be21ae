import { describe, expect, it } from 'vitest';
import { readWhen } from '../../../src/career/reminders/read-when.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 36 (issue 21): alerts and reminders said loosely, one test per class of error, each on
// invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string, references: Record<string, string> = {}) => outcomeOf(planner, registry, goal, { references });

describe('a recurring delivery said with a channel word and a time', () => {
  it.each([
    ['daily email about glazier jobs at 17h', { query: 'glazier', schedule: expect.stringContaining('17'), tell_by: 'email' }],
    ['a weekly email w/ new florist jobs in Delft, fridays 10am', { query: 'florist', location: 'Delft', schedule: expect.stringContaining('fridays'), tell_by: 'email' }],
    ["i'd love an evening text about bakery jobs in Namur", { query: 'bakery', location: 'Namur', schedule: 'every evening', tell_by: 'sms' }],
    ['email digest of sommelier jobs every tuesday 07h45', { query: 'sommelier', schedule: expect.stringContaining('07:45'), tell_by: 'email' }],
    ['an email every night at 9 about tram driver jobs in Graz', { query: 'tram driver', location: 'Graz', schedule: 'every night at 9', tell_by: 'email' }],
  ])('"%s" is an alert told that way, the channel word no part of the search', async (goal, args) => {
    const outcome = await said(goal);
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
    expect(String(outcome.args?.query)).not.toMatch(/mail|text|digest/i);
  });

  it('keeps "daily paid" as how a job pays, not when to look', async () => {
    expect(await said('find daily paid labourer jobs in Hull')).toEqual({ action: 'search_jobs', args: expect.objectContaining({ location: 'Hull' }) });
  });
});

describe("an alert's place is a place", () => {
  it.each([
    ['let me know about farrier jobs whenever one turns up'],
    ['ping me about locksmith jobs the minute they are posted'],
    ['keep me posted on tiling jobs in the meantime'],
    ['tell me about archivist jobs each time one crops up'],
    ['let me know about joiner jobs when one becomes available'],
  ])('"%s" has no place', async (goal) => {
    const outcome = await said(goal);
    expect(outcome.action).toBe('create_alert');
    expect(outcome.args).not.toHaveProperty('location');
  });

  it('keeps a real place beside the words of appearing', async () => {
    expect(await said('notify me of farrier jobs in Kendal whenever one turns up')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'farrier', location: 'Kendal' }),
    });
  });
});

describe('a least fit said in numbers, as a request of its own', () => {
  it.each([
    ['set up an alert for actuary jobs in Leeds. only strong fits (80+)', 80],
    ['alert me about biostatistician jobs in Basel; only ones where I match 65%+', 65],
    ['weekly alert for geologist jobs - just the good matches (70 or above)', 70],
    ['tell me about new midwife jobs in Derry. decent fits only pls, 55+', 55],
    ['notify me of new surveyor jobs in Truro but only 75%+ fits', 75],
  ])('"%s" sets min_fit %i', async (goal, fit) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining({ min_fit: fit }) });
  });

  it('keeps the place when the floor follows it', async () => {
    expect(await said('set up an alert for actuary jobs in Leeds. only strong fits (80+)')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'actuary', location: 'Leeds', min_fit: 80 }),
    });
  });
});

describe('loose verbs for an alert', () => {
  it.each([
    ['hold off on the glazier alert', 'glazier', 'pause'],
    ['quit sending me farrier jobs', 'farrier', 'pause'],
    ['no more pings about locksmith jobs thx', 'locksmith', 'pause'],
    ['stop sending me the archivist stuff', 'archivist', 'pause'],
    ['put the Kendal alert on ice for a bit', 'kendal', 'pause'],
    ['give the joiner alert a rest', 'joiner', 'pause'],
    ['nuke the sommelier alert', 'sommelier', 'delete'],
    ['the Graz alert can go', 'graz', 'delete'],
    ['bring the midwife alert back', 'midwife', 'resume'],
    ['re-activate my surveyor alert', 'surveyor', 'resume'],
    ['turn the delft one back on', 'delft', 'resume'],
  ])('"%s" → %s, %s', async (goal, alert, change) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: { alert, change } });
  });

  it('reads "my alerts" in the plural as every alert', async () => {
    expect(await said('freeze my alerts, im on holiday')).toEqual({ action: 'change_alert', args: { alert: 'all', change: 'pause' } });
    expect(await said('switch my alerts back on')).toEqual({ action: 'change_alert', args: { alert: 'all', change: 'resume' } });
  });

  it('reads an edit said with no verb of its own', async () => {
    expect(await said('the Namur alert - daily please')).toEqual({ action: 'change_alert', args: { alert: 'namur', change: 'edit', schedule: 'daily' } });
    expect(await said('could the tram alert be every morning instead')).toEqual({ action: 'change_alert', args: { alert: 'tram', change: 'edit', schedule: 'every morning' } });
    expect(await said('raise the min fit on the geologist alert to 85')).toEqual({ action: 'change_alert', args: { alert: 'geologist', change: 'edit', min_fit: 85 } });
  });

  it('reads an alert named by a short or mistyped id, "the X one" with a verb said only of alerts, "pause everything", and a move in lower case', async () => {
    expect(await said('remove alert_9e2d')).toEqual({ action: 'change_alert', args: { alert: 'alert_9e2d', change: 'delete' } });
    expect(await said('unmute the farrier one')).toEqual({ action: 'change_alert', args: { alert: 'farrier', change: 'resume' } });
    expect(await said('off travelling, pause everything pls')).toEqual({ action: 'change_alert', args: { alert: 'all', change: 'pause' } });
    expect(await said('move my joiner alert from kendal to penrith')).toEqual({ action: 'change_alert', args: { alert: 'joiner', change: 'edit', location: 'penrith' } });
  });

  it('holds off on an alert of the list by its place', async () => {
    expect(await said('hold off on the first one', { last_alert_ids: 'alert_0a1b2c3d4e,alert_5f6a7b8c9d' })).toEqual({
      action: 'change_alert',
      args: { alert: 'alert_0a1b2c3d4e', change: 'pause' },
    });
  });

  it('still reads a bare "stop" as taking a request back', async () => {
    expect(await said('stop')).toEqual({ answer: "Okay, I won't do that." });
  });
});

describe('reminders with the day and time said loosely', () => {
  it.each([
    ['remind me weds at half 3 to ring Halfords', 'wednesday at 3:30'],
    ['tmrw 10ish remind me to email Argos', 'tomorrow at 10'],
    ['remind me next thurs morning to chase Currys', 'next thursday morning'],
    ['remind me fri arvo to follow up with Wickes', 'fri afternoon'],
    ['remind me sun am to send my CV to Boots', 'sun morning'],
  ])('"%s" is set for "%s"', async (goal, when) => {
    // The day and time are passed on as typed (session 38); they must read as the same moment.
    const outcome = await said(goal);
    expect(outcome).toMatchObject({ action: 'set_reminder' });
    const typed = String((outcome as { args?: { when?: unknown } }).args?.when);
    const clock = { now: new Date('2026-12-05T10:00:00Z'), timeZone: 'Europe/London' };
    const [asTyped, asMeant] = [readWhen(typed, clock), readWhen(when, clock)];
    expect(asTyped.ok && asMeant.ok, `${typed} / ${when}`).toBe(true);
    if (asTyped.ok && asMeant.ok) expect([asTyped.when.at, asTyped.when.allDay]).toEqual([asMeant.when.at, asMeant.when.allDay]);
  });

  it.each([['remind me friday 2 or so to call Argos'], ['remind me next blursday at 3 to call Argos'], ['remind me at some point to chase Currys']])(
    '"%s" asks when, never guessing a time',
    async (goal) => {
      const outcome = await said(goal);
      expect(outcome.action).toBeUndefined();
      expect(outcome.answer).toMatch(/^When should I remind you\?/);
    },
  );
});
