import { describe, expect, it } from 'vitest';
import { withoutOwnZone } from '../../../src/alerts/own-zone.ts';
import { tidyScheduleWords } from '../../../src/alerts/schedule-from-words.ts';
import { pausedUntil } from '../../../src/actions/change-alert/phrasing.ts';
import { searchWordsSaid } from '../../../src/actions/change-alert/edit-phrasing.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 47 (issue 21, trial s46 #28/#29/#30/#59 and the alert findings after them): alerts said any way, one block
// per class of error, each on invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal, { messages: [{ role: 'user', content: goal }] });

describe('a schedule said in another language is when, never part of the search (#28)', () => {
  it.each([
    ['jeden Dienstag um 7 Uhr', 'every tuesday at 7:00'],
    ['tous les vendredis', 'every friday'],
    ['todos los lunes', 'every monday'],
    ['cada jueves', 'every thursday'],
    ['elke woensdag', 'every wednesday'],
  ])('"%s" reads as "%s"', (words, english) => {
    expect(tidyScheduleWords(words)).toBe(english);
  });

  it.each([
    ['notify me jeden Freitag um 9 Uhr about pack engineer jobs at voltara', { query: 'pack engineer', company: 'voltara', schedule: 'every friday at 9:00' }],
    ['alert me todas las tardes about cook jobs in Valencia', { query: 'cook', location: 'Valencia', schedule: 'every evening' }],
    ['tell me cada lunes about electrician jobs in Bilbao', { query: 'electrician', location: 'Bilbao', schedule: 'every monday' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args });
  });
});

describe('new search words for an alert are its search, never its place (#29)', () => {
  it.each([
    ["change the voltara alert's search to thermal engineer", { alert: 'voltara', change: 'edit', query: 'thermal engineer' }],
    ['change the Hull alert to search pipe fitter only', { alert: 'Hull', change: 'edit', query: 'pipe fitter' }],
    ['update the Derby alert so it searches for CNC machinist', { alert: 'Derby', change: 'edit', query: 'CNC machinist' }],
    ['change the keywords of the Bristol alert to Sous Chef', { alert: 'Bristol', change: 'edit', query: 'Sous Chef' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args });
  });

  it('reads the words as typed, without "jobs" or "only"', () => {
    expect(searchWordsSaid("'s search to BMS")).toEqual({ query: 'BMS', rest: ' ' });
    expect(searchWordsSaid('to look for welder jobs instead')?.query).toBe('welder');
    expect(searchWordsSaid('to every morning at 7')).toBeUndefined();
  });

  it('still moves an alert to a place', async () => {
    expect(await said('move the welder alert to Grimsby')).toEqual({ action: 'change_alert', args: { alert: 'welder', change: 'edit', location: 'Grimsby' } });
  });
});

describe('"my time", "local time", "here" say the person\'s own zone (#30)', () => {
  it.each([
    ['every morning at 8 my time', 'every morning at 8'],
    ['7am here', '7am'],
    ['weekdays at 6 (local time)', 'weekdays at 6'],
    ['daily at 9 in my timezone', 'daily at 9'],
  ])('"%s" is "%s" in the own zone', (schedule, without) => {
    expect(withoutOwnZone(schedule)).toEqual({ schedule: without, own: true });
  });

  it('leaves a schedule with no such words as it is', () => {
    expect(withoutOwnZone('every evening at 6')).toEqual({ schedule: 'every evening at 6', own: false });
  });

  it('passes the words on with the schedule of a change', async () => {
    expect(await said('change the EU alert to weekdays at 7 my time')).toEqual({ action: 'change_alert', args: { alert: 'EU', change: 'edit', schedule: 'weekdays at 7 my time' } });
  });
});

describe('an alert stopped, started or deleted in another language', () => {
  it.each([
    ["arrête l'alerte de Grenoble", { alert: 'Grenoble', change: 'pause' }],
    ['stoppe den Köln-Alarm', { alert: 'Köln', change: 'pause' }],
    ['para la alerta de Zaragoza', { alert: 'Zaragoza', change: 'pause' }],
    ["supprime l'alerte pour Rennes", { alert: 'Rennes', change: 'delete' }],
    ['lösche bitte den Alarm für Dresden', { alert: 'Dresden', change: 'delete' }],
    ['reactiva la alerta de Málaga', { alert: 'Málaga', change: 'resume' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args });
  });
});

describe('a pause "till" a date keeps the date, for the answer to say what it cannot do (#59)', () => {
  it.each([
    ['pause my alerts, off to Kochi till 03.01.2027', '03.01.2027'],
    ['hold the Cork alert until Feb 2', 'Feb 2'],
    ['pausiere den Ulm-Alarm bis zum 5. März', '5. März'],
    ["arrête l'alerte de Nice jusqu'au 8 janvier", '8 janvier'],
  ])('"%s" until %s', async (goal, until) => {
    const outcome = await said(goal);
    expect(outcome).toMatchObject({ action: 'change_alert', args: { change: 'pause', until } });
  });

  it('reads no date in "until further notice"', () => {
    expect(pausedUntil('pause the Hull alert until further notice')).toBeUndefined();
  });
});

describe('"remind me every morning about new X jobs" is an alert; a task on a schedule stays a reminder', () => {
  it('makes the alert', async () => {
    expect(await said('remind me each morning at 6 about new scaffolder jobs in Leeds')).toEqual({
      action: 'create_alert',
      args: { query: 'scaffolder', location: 'Leeds', schedule: 'each morning at 6' },
    });
  });

  it('leaves "remind me every friday to look at new jobs at Acme" a reminder', async () => {
    expect((await said('remind me every friday to look at new jobs at Acme')).action).toBe('set_reminder');
  });
});
