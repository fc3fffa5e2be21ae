import { describe, expect, it } from 'vitest';
import { alertAskedAbroad } from '../../../src/actions/create-alert/read-alert-abroad.ts';
import { notBackBy } from '../../../src/actions/change-alert/index.ts';
import { pausedUntil } from '../../../src/actions/change-alert/phrasing.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 50 (issues 14, 21; development sets alerts7–15): alerts said the way strangers say them, one block per class of
// error, each on invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);

describe('an alert asked for in another language around the job words is an alert for those words', () => {
  it.each([
    ['avisadme cada lunes de nuevas ofertas de soldador en Bilbao', { query: 'soldador', location: 'Bilbao', schedule: 'every monday' }],
    ['quero receber alertas de vagas para cozinheiro em Lisboa todas as manhãs', { query: 'cozinheiro', location: 'Lisboa', schedule: 'every morning' }],
    ["tenez-moi au courant chaque soir des offres d'infirmier à Toulouse", { query: 'infirmier', location: 'Toulouse', schedule: 'every evening' }],
    ['alertes pour les emplois de plombier à Rennes, tous les jours à 7h', { query: 'plombier', location: 'Rennes' }],
    ['Wir ziehen um. Schick mir jeden Tag um 8 neue Stellen als Elektriker in Bremen', { query: 'Elektriker', location: 'Bremen' }],
    ['Jobalarm für Lagerist in Dortmund, werktags um 6', { query: 'Lagerist', location: 'Dortmund' }],
    ['laat me elke ochtend weten als er nieuwe vacatures voor verpleegkundige in Utrecht zijn', { query: 'verpleegkundige', location: 'Utrecht', schedule: 'every morning' }],
    ['mon alerte : plombier, Nantes, chaque matin', { query: 'plombier', location: 'Nantes' }],
    ['php developer w Gdańsku, bez praktyk, co tydzień', { query: 'php developer', location: 'Gdańsku', schedule: 'weekly' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('leaves a search asked in another language, and English, alone', async () => {
    expect(await said('busco trabajo de camarero en Madrid')).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query: expect.stringContaining('camarero') }) });
    expect(alertAskedAbroad('new chef jobs in Leeds every morning')).toBeNull();
    expect(alertAskedAbroad('find welder jobs in Hull, no Werkstudent, daily')).toBeNull();
    // (An alert already there, stopped or asked about, is no new one.)
    expect(alertAskedAbroad('borra la alerta de soldador en Bilbao')).toBeNull();
    expect(alertAskedAbroad('welche Alarme habe ich?')).toBeNull();
    expect(alertAskedAbroad('stoppe den Jobalarm für Köln')).toBeNull();
    // ("alarm" is English too: an alarm clock is no alert.)
    expect(alertAskedAbroad('wake me with an alarm for 6:30 every day')).toBeNull();
  });
});

describe('a way of being told makes an alert, and is said back', () => {
  it.each([
    ['txt me every morning w new scaffolder jobs in hull', { query: 'scaffolder', location: 'hull', tell_by: 'sms' }],
    ["i'd like a txt each evening with new porter jobs in york", { query: 'porter', location: 'york', tell_by: 'sms' }],
    ['whatsapp me in the evenings about bar staff jobs near Cork', { query: 'bar staff', location: 'Cork', tell_by: 'messaging_app' }],
    ["I'm a roofer. Email me at 6 when there are new roofing jobs around Leeds", { location: 'Leeds', tell_by: 'email' }],
    ['new nurse jobs in Derby, by email, no agencies', { query: 'nurse', location: 'Derby', exclude_agencies: true, tell_by: 'email' }],
    ['remote golang jobs - text me', { query: 'golang', remote: true, tell_by: 'sms' }],
    ['an email when new welder jobs in Hull get posted would be really helpful', { query: 'welder', location: 'Hull', tell_by: 'email' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('leaves a search with no way of being told a search', async () => {
    expect((await said('find remote golang jobs')).action).toBe('search_jobs');
    expect((await said('find welder jobs in Hull, mornings')).action).toBe('search_jobs');
  });
});

describe('an alert widened to remote as well is never made remote only', () => {
  it.each([
    ["the Porto alert doesn't have to be Porto only, remote works too", { alert: 'Porto', remote_too: true }],
    ["the baker one needn't be just Leeds, remote is fine as well", { alert: 'baker', remote_too: true }],
    ['on the welder alert, also allow remote', { alert: 'welder', remote_too: true }],
    ['change the chef alert to Bristol and include remote jobs as well', { alert: 'chef', location: 'Bristol', remote_too: true }],
    ['make the nurse alert accept remote ones too', { alert: 'nurse', remote_too: true }],
  ])('"%s"', async (goal, args) => {
    const outcome = await said(goal);
    // (The alert is found by its words in any case: "porto" finds the Porto alert.)
    expect(outcome).toEqual({ action: 'change_alert', args: expect.objectContaining({ change: 'edit', ...args, alert: expect.stringMatching(new RegExp(`^${args.alert}$`, 'i')) }) });
    expect(outcome.args?.remote).toBeUndefined();
  });
});

describe("an alert kept to one company's openings, said any way", () => {
  it.each([
    ['make the auditor alert deloitte only', 'Deloitte'],
    ['the barista alert should only show Starbucks jobs', 'Starbucks'],
    ['only Tesco jobs on the cashier alert', 'Tesco'],
    ['change the analyst alert to just look at Goldman Sachs', 'Goldman Sachs'],
  ])('"%s"', async (goal, company) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: expect.objectContaining({ change: 'edit', company }) });
  });

  it('keeps a schedule said with "only" a schedule', async () => {
    const outcome = await said('make the welder alert weekdays only');
    expect(outcome.args).toMatchObject({ change: 'edit', schedule: 'weekdays' });
    expect(outcome.args).not.toHaveProperty('company');
  });
});

describe('"the X one" changed in words only an alert takes is no reminder moved', () => {
  it.each([
    ["can the plumber one run at 6am instead, I'm up early", { alert: 'plumber', change: 'edit', schedule: 'at 6am' }],
    ['change the sf one to 9am pacific', { alert: 'sf', change: 'edit', time_zone: 'America/Los_Angeles' }],
    ['could you check the welder one right now rather than waiting for tomorrow', { alert: 'welder', change: 'run' }],
    ["change the welder alert to weekdays at 7, as I'm on nights now", { alert: 'welder', change: 'edit', schedule: 'weekdays at 7' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: expect.objectContaining(args) });
  });

  it('still moves a reminder named "the X one"', async () => {
    expect(await said('move the Stripe one to friday at 3pm')).toEqual({ action: 'set_reminder', args: expect.objectContaining({ moved: true }) });
  });
});

describe('a pause for a while or till a loose date keeps when it ends, and says what to do then', () => {
  it.each([
    ['pause the welder alert till january', 'welder', 'january'],
    ['pause the welder alert for two weeks', 'welder', 'in two weeks'],
    ['hold the Leeds one until after christmas', 'Leeds', 'after christmas'],
    ['mute the chef alert for a couple of weeks, I am on holiday', 'chef', 'in two weeks'],
    ['pause my nurse alert until the end of the month', 'nurse', 'the end of the month'],
  ])('"%s"', async (goal, alert, until) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: expect.objectContaining({ alert: expect.stringMatching(new RegExp(`^${alert}$`, 'i')), change: 'pause', until }) });
  });

  it('reads every alert paused for a month as all of them', async () => {
    expect(await said('snooze all my alerts for a month')).toEqual({ action: 'change_alert', args: expect.objectContaining({ alert: 'all', change: 'pause', until: 'in a month' }) });
  });

  it('keeps no date for "for now"', () => {
    expect(pausedUntil('pause the plumber alert for now')).toBeUndefined();
  });

  it('says when it ends with the word its kind takes, and what the person must do then', () => {
    expect(notBackBy('in two weeks', 'it', 'the welder alert')).toBe(
      ' I can\'t start it again by myself in two weeks: say "resume the welder alert" then, or ask me now to "remind me in two weeks to resume the welder alert".',
    );
    expect(notBackBy('january', 'them', 'all my alerts')).toContain('by myself in january: say "resume all my alerts" then');
    expect(notBackBy('the end of the month', 'it', 'the nurse alert')).toContain('by myself at the end of the month:');
    expect(notBackBy('20.12.2026', 'it', 'the Hull alert')).toContain('by myself on 20.12.2026:');
    expect(notBackBy(undefined, 'it', 'the Hull alert')).toBe('');
  });
});
