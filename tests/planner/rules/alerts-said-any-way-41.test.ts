import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 41 (issue 21): alerts said the way strangers say them, one test per class of error, each on
// invented sentences (none from an eval set).
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);
type Turn = { role: 'user' | 'assistant'; content: string };
const after = (goal: string, history: Turn[]) => outcomeOf(planner, registry, goal, { messages: [...history, { role: 'user', content: goal }] });

describe('what an alert is told to keep out is kept with it, as a search reads it', () => {
  it.each([
    ['tell me every evening about new forklift jobs in Derby, no agencies', { query: 'forklift', location: 'Derby', exclude_agencies: true }],
    ['alert me about new data analyst roles in Köln, no Werkstudent', { query: 'data analyst', exclude_employment_type: ['internship'] }],
    ['keep an eye out for new welder jobs in Hull, not contract', { query: 'welder', exclude_employment_type: ['contract'] }],
    ['weekly alert for non-senior designer jobs in Bath', { query: 'designer', exclude_seniority: ['senior', 'lead', 'principal'] }],
  ])('"%s"', async (goal, args) => {
    const outcome = await said(goal);
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
    expect(String(outcome.args?.query)).not.toMatch(/\b(?:no|not|agenc|contract|werkstudent|senior)/i);
  });
});

describe('a least fit said every way is min_fit, never a place nor search words', () => {
  it.each([
    ['alert me about remote kotlin jobs, min fit 85', 85],
    ['set up an alert for gardener jobs in York, minimum match 60%', 60],
    ['just tell me about mason jobs in Perth if I am at least a 72% fit', 72],
    ['new cobol jobs - only good matches, 65 plus - every friday', 65],
    ['notify me of new surveyor jobs, fit min 55', 55],
  ])('"%s" → min_fit %i', async (goal, fit) => {
    const outcome = await said(goal);
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining({ min_fit: fit }) });
    expect(outcome.args).not.toHaveProperty('location', expect.stringMatching(/^(?:min|minimum|fit)$/i));
    expect(String(outcome.args?.query)).not.toMatch(/\b(?:min|fit|match|plus)\b/i);
  });

  it('"weekly alert for …" with no verb is an alert, its words no part of the search', async () => {
    expect(await said('weekly alert for remote elixir jobs')).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'elixir', remote: true, schedule: 'weekly' }) });
  });
});

describe('a company alone is watched for by its name', () => {
  it.each([
    ['let me know when Zendesk posts anything', 'Zendesk'],
    ['ping me whenever Figma has new openings', 'Figma'],
    ['give me a shout once Monzo is hiring', 'Monzo'],
    ['new Revolut jobs every monday', 'Revolut'],
    ['notify me of anything new at Klarna', 'Klarna'],
  ])('"%s" → company %s', async (goal, company) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining({ company }) });
  });

  it('a skill or a trade written with a capital is no company', async () => {
    expect((await said('new Kotlin jobs every monday')).args).not.toHaveProperty('company');
    expect((await said('new Plumber jobs every monday')).args).not.toHaveProperty('company');
  });

  it('a company posting a trade keeps the trade', async () => {
    expect(await said('tell me whenever Monzo posts new data jobs')).toEqual({ action: 'create_alert', args: expect.objectContaining({ company: 'Monzo', query: 'data' }) });
  });
});

describe('the same alert again, for somewhere else', () => {
  const made: Turn[] = [
    { role: 'user', content: 'tell me every evening about new sommelier jobs in Bordeaux' },
    { role: 'assistant', content: 'Alert set [alert_0a1b2c3d4e]: sommelier jobs in Bordeaux, every day at 18:00 (Europe/Paris); first run today at 18:00.' },
  ];
  it.each(['same alert but for Lyon', 'do the same for Lyon', 'and another one for Lyon', 'same thing in Lyon please'])('"%s"', async (goal) => {
    expect(await after(goal, made)).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'sommelier', location: 'Lyon', schedule: 'every evening' }) });
  });

  it('read back from our answer when the request itself is not in view', async () => {
    const answered: Turn[] = [
      { role: 'user', content: 'hello again' },
      { role: 'assistant', content: 'Alert set [alert_0a1b2c3d4e]: remote sommelier jobs at Vinted (fit 70+), every day at 08:00 (Europe/Paris).' },
    ];
    expect(await after('same alert but for Lille', answered)).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'sommelier', location: 'Lille', company: 'Vinted', min_fit: 70 }) });
  });

  it('after a search, "same but in Lyon" is still the search again', async () => {
    const searched: Turn[] = [
      { role: 'user', content: 'find sommelier jobs in Bordeaux' },
      { role: 'assistant', content: 'Found 4 sommelier jobs in Bordeaux: 1. …' },
    ];
    expect(await after('same but in Lyon', searched)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ location: 'Lyon' }) });
  });
});

describe('"the X one" is an alert when the change is one only an alert takes, or alerts were listed on one line', () => {
  it.each([
    ['change the Derby one to weekdays at 6:45', { alert: 'Derby', change: 'edit', schedule: 'weekdays at 6:45' }],
    // (The alert's words as read, in any case: the action finds the alert by them.)
    ['could the Bath one be every morning instead', { alert: expect.stringMatching(/^bath$/i), change: 'edit', schedule: 'every morning' }],
    ['the Hull one should run mondays at 9', { alert: expect.stringMatching(/^hull$/i), change: 'edit', schedule: 'mondays at 9' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'change_alert', args: expect.objectContaining(args) });
  });

  it('"move the Derby one to friday" with nothing in view may be a reminder: no alert is assumed', async () => {
    expect(await said('move the Derby one to friday')).not.toEqual(expect.objectContaining({ action: 'change_alert' }));
  });

  it('a list of alerts written on one line is pointed into by position', async () => {
    const listed: Turn[] = [
      { role: 'user', content: 'which alerts have i got' },
      { role: 'assistant', content: 'Your alerts: 1. tiler in Hull, every morning at 08:00. 2. tiler in York, mondays at 09:00.' },
    ];
    expect(await after('delete the second one', listed)).toEqual({ action: 'change_alert', args: expect.objectContaining({ alert: 'second', change: 'delete' }) });
  });
});
