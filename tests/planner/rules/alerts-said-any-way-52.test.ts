import { describe, expect, it } from 'vitest';
import { featureAskedAbout } from '../../../src/planner/rules/feature-asked.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 52 (issues 14, 21; development sets alerts–alerts15): alerts said the way strangers say them, one block per class
// of error, each on invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);

describe('a title word one letter off a request word is the trade as typed', () => {
  it.each([
    ['find reach truck jobs in Hull', 'reach truck'],
    ['alert me about new reach truck jobs in Leeds every morning', 'reach truck'],
    ['search for performance testing roles in Pune', 'performance testing'],
    ['set up an alert for penetration testing jobs, daily', 'penetration testing'],
  ])('"%s"', async (goal, query) => {
    const outcome = await said(goal);
    expect(outcome.args?.query).toBe(query);
  });

  it('still reads a slip of a role word before "jobs" as the role', async () => {
    expect((await said('find plumbr jobs in Leeds')).args?.query).toBe('plumber');
    expect((await said('find warehuose jobs')).args?.query).toBe('warehouse');
  });
});

describe('a question about how alerts or reminders work is answered with their help', () => {
  it.each([
    ['how do job alerts actually work?', 'alerts'],
    ['so how does the alert thing work, is it by email?', 'alert'],
    ['can an alert go off twice a day?', 'alert'],
    ["what's the difference between snoozing an alert and removing it?", 'alert'],
    ['how do reminders work here', 'reminders'],
  ])('"%s"', async (goal, feature) => {
    expect(featureAskedAbout(goal)).toBe(feature);
    const outcome = await said(goal);
    expect(outcome.action).toBeUndefined();
    expect(outcome.answer).toMatch(/^Here is what I can do about that:/);
    expect(outcome.answer).toMatch(feature.startsWith('alert') ? /alert/i : /remind/i);
  });

  it('leaves a request about one alert to the alert actions', async () => {
    expect(featureAskedAbout('how does my Berlin alert look')).toBeUndefined();
    expect(featureAskedAbout('can the teacher one be thursday instead')).toBeUndefined();
    expect((await said('when does my Leeds alert run next')).action).toBe('list_alerts');
    expect((await said('every other week tell me about new welder jobs in Hull')).action).toBe('create_alert');
  });
});

describe('new postings wanted the moment they appear are an alert', () => {
  it.each([
    ['give me a heads up the moment new remote golang jobs are posted', { query: 'golang', remote: true }],
    ["ping me whenever a new Elixir job shows up that's remote", { query: 'Elixir', remote: true }],
    ["new remote copywriter jobs, the moment they're posted", { query: 'copywriter', remote: true }],
    ['fresh welder roles in Hull - whenever new ones go up', { query: 'welder', location: 'Hull' }],
    ["new sous chef jobs in Bath, the minute they're listed please", { query: 'sous chef', location: 'Bath' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('leaves a search with no word of new postings alone', async () => {
    expect((await said('find barista jobs in Leeds')).action).toBe('search_jobs');
    expect((await said('barista jobs in Leeds, as soon as they appear')).action).not.toBe('search_jobs');
  });
});

describe('a company watched for new postings is the alert’s company', () => {
  it.each([
    ['watch Monzo for new data roles in London', { query: 'data', company: 'Monzo', location: 'London' }],
    ['keep watch on Revolut for new product jobs every morning', { query: 'product', company: 'Revolut', schedule: 'every morning' }],
    ['let me know as soon as Siemens Energy has any openings', { company: 'Siemens Energy' }],
    ['tell me when Deloitte has any vacancies', { company: 'Deloitte' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('keeps "watch out for" as the watching, not a company', async () => {
    expect(await said('watch out for new welder jobs')).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'welder' }) });
  });
});

describe('uncommon edits of an alert', () => {
  it.each([
    ['force the Tilburg alert to run now', { alert: 'Tilburg', change: 'run' }],
    ['make the Leeds alert go right now please', { alert: 'Leeds', change: 'run' }],
    ['widen the Graz alert to all of Austria', { alert: 'Graz', change: 'edit', location: 'Austria' }],
    ['make the Porto alert cover the whole of Portugal', { alert: 'Porto', change: 'edit', location: 'Portugal' }],
    ['change sous chef to head chef on the Bristol alert', { alert: 'Bristol', change: 'edit', query: 'head chef' }],
    ['swap nurse for midwife on the Cork one', { alert: 'Cork', change: 'edit', query: 'midwife' }],
    ['change the Oslo alert from welder to pipe fitter', { alert: 'Oslo', change: 'edit', query: 'pipe fitter' }],
    ['change 8am to 9am on the Leeds alert', { alert: 'Leeds', change: 'edit', schedule: '9am' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: expect.objectContaining(args) });
  });

  it('still moves an alert from one place to another', async () => {
    expect(await said('move the welder alert from hull to leeds')).toEqual({ action: 'change_alert', args: expect.objectContaining({ location: 'leeds' }) });
  });
});
