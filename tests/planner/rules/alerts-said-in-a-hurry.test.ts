import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

// Session 34 (issue 21): alert and reminder requests typed in a hurry, each class tried on invented sentences.
const registry = fakeActions();
const planner = createRulesPlanner({ registry });
const said = (goal: string) => outcomeOf(planner, registry, goal);

describe('schedule words typed in a hurry are when, never the search or the place', () => {
  it.each([
    ['ping me evry mornin about new glazier jobs in Truro', { query: 'glazier', location: 'Truro', schedule: 'every morning' }],
    ['notify me wkdays at 7 about new locksmith jobs in Ely', { query: 'locksmith', location: 'Ely', schedule: 'weekdays at 7' }],
    ['send me new roofer jobs wkdays at 6', { query: 'roofer', schedule: 'weekdays at 6' }],
    ['alert for upholsterer jobs in Wells every evenin', { query: 'upholsterer', location: 'Wells', schedule: 'every evening' }],
    ['tell me each nite about new porter jobs', { query: 'porter', schedule: 'each night' }],
    ['set up an alert for farrier jobs, every thurs', { query: 'farrier', schedule: 'every thursday' }],
    ['set up an alert for cooper jobs in Ripon weekly on tues', { query: 'cooper', location: 'Ripon', schedule: 'weekly on tuesday' }],
    ['email me every morning at half past six about new sommelier jobs', { query: 'sommelier', schedule: 'every morning at 6:30' }],
    ['keep an eye out for new chimney sweep jobs in Bude, evry 3 days', { query: 'chimney sweep', location: 'Bude', schedule: 'every 3 days' }],
    ['notify me dayly about new ferrier jobs', { query: 'ferrier', schedule: 'daily' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('keeps a schedule said before the word "alert"', async () => {
    expect(await said('set up a weekly alert for thatcher jobs in Dorset')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'thatcher', location: 'Dorset', schedule: 'weekly' }),
    });
  });
});

describe('a search, then how often in a piece of its own, is an alert', () => {
  it.each([
    ['new stonemason jobs in Bath, daily at 16:00 pls', { query: 'stonemason', location: 'Bath', schedule: 'daily at 16:00' }],
    ['luthier jobs in Cremona - every morning', { query: 'luthier', location: 'Cremona', schedule: 'every morning' }],
    ['any bookbinder jobs in Oxford? weekly thx', { query: 'bookbinder', location: 'Oxford', schedule: 'weekly' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('leaves a part of the day said alone to the search (it may be the shift)', async () => {
    expect((await said('find baker jobs in Frome, mornings')).action).toBe('search_jobs');
  });
});

describe('an alert told as a list', () => {
  it('takes the piece after a trade it does not know as the place', async () => {
    expect(await said('Please create me a job alert: Kesselbauer, Hamburg, daily')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'Kesselbauer', location: 'Hamburg', schedule: 'daily' }),
    });
    expect(await said('alert: tiler plasterer, dundee, weekdays')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'tiler plasterer', location: 'dundee', schedule: 'weekdays' }),
    });
  });
});

describe('who the person is, then the alert', () => {
  it('reads the alert after a self-introduction, with the place it tells when the request names none', async () => {
    expect(await said("I'm a night-shift porter in Wigan, let me know every morning about head porter jobs")).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'head porter', location: 'Wigan', schedule: 'every morning' }),
    });
    expect(await said('hiya im a florist from Leek. can u tell me every week about new shop manager jobs')).toEqual({
      action: 'create_alert',
      args: expect.objectContaining({ query: 'shop manager', location: 'Leek', schedule: 'every week' }),
    });
  });

  it('takes no schedule from the introduction ("I work nights")', async () => {
    const outcome = await said('Hello! I work nights as a warden in Selby — notify me weekly about new caretaker jobs');
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'caretaker', location: 'Selby', schedule: 'weekly' }) });
  });

  it('leaves an introduction that is itself the search to the search', async () => {
    expect((await said("hi, I'm a cooper in Ripon. find me cooper jobs")).action).toBe('search_jobs');
  });
});

describe('interviews told with a company before the kind of meeting', () => {
  it.each([
    ['the Vandelay phone screen is thursday at 2', { job: 'Vandelay', about: 'interview', when: 'thursday at 2' }],
    ['the Wonka video interview is friday 11am', { job: 'Wonka', about: 'interview' }],
    ['my Cyberdyne final round is on the 14th at 3pm', { job: 'Cyberdyne', about: 'interview' }],
  ])('"%s" is a reminder', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'set_reminder', args: expect.objectContaining(args) });
  });

  it('reads "half past two" and "2moro" in a reminder', async () => {
    expect(await said('remind me 2moro at half past two to ring Wonka')).toEqual({
      action: 'set_reminder',
      // (The day and time as typed since session 38; the reminders' reader reads "2moro at half past two".)
      args: expect.objectContaining({ when: expect.stringMatching(/^(?:2moro|tomorrow) at half past two$/), job: 'Wonka' }),
    });
  });
});
