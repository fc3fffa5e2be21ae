import { describe, expect, it } from 'vitest';
import { deliveryNote } from '../../src/actions/create-alert/delivery-note.ts';
import { createRulesPlanner } from '../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../fakes/fake-actions.ts';
import { outcomeOf } from '../helpers/rules-outcome.ts';

// Session 35 (issue 21): "email me weekly about …" on a server that cannot e-mail says so and how to set it up.
describe('deliveryNote', () => {
  it('says e-mail is not set up, where the news goes instead, and the variables that turn it on', () => {
    const note = deliveryNote('email', { email: false, desktop: false });
    expect(note).toContain('E-mail is not set up here');
    expect(note).toContain('inbox');
    expect(note).toContain('JOBPILOT_SMTP_URL');
    expect(note).toContain('JOBPILOT_EMAIL_TO');
  });

  it('confirms e-mail when it is set up, and says nothing when no way was asked for', () => {
    expect(deliveryNote('email', { email: true, desktop: false })).toBe('Its news is e-mailed to you as well as kept in your inbox.');
    expect(deliveryNote(undefined, { email: false, desktop: false })).toBeUndefined();
  });

  it('names the desktop switch when desktop notifications are off', () => {
    expect(deliveryNote('desktop', { email: false, desktop: false })).toContain('JOBPILOT_DESKTOP_NOTIFICATIONS=on');
    expect(deliveryNote('desktop', { email: false, desktop: true })).toContain('pops up on your desktop');
  });

  it('says plainly what the server cannot do at all, and offers e-mail by what is configured', () => {
    expect(deliveryNote('sms', { email: false, desktop: false })).toMatch(/^jobpilot cannot send text messages: .*inbox.*JOBPILOT_SMTP_URL/);
    expect(deliveryNote('messaging_app', { email: true, desktop: false })).toMatch(/^jobpilot cannot send messages in chat apps .*e-mailed to you too/);
    expect(deliveryNote('phone_push', undefined)).toContain('no phone app');
  });
});

describe('how the person asked to be told is read with the alert', () => {
  const registry = fakeActions();
  const planner = createRulesPlanner({ registry });
  const said = (goal: string) => outcomeOf(planner, registry, goal);

  it.each([
    ['email me weekly about new cheesemonger jobs in Gouda', { query: 'cheesemonger', location: 'Gouda', schedule: 'weekly', tell_by: 'email' }],
    ['send me an email every monday with new glassblower jobs in Murano', { query: 'glassblower', location: 'Murano', schedule: 'every monday', tell_by: 'email' }],
    ['text me when there are new ferry deckhand jobs in Oban', { query: 'ferry deckhand', location: 'Oban', tell_by: 'sms' }],
    ['whatsapp me new tour guide jobs in Seville daily', { query: 'tour guide', location: 'Seville', schedule: 'daily', tell_by: 'messaging_app' }],
  ])('"%s"', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'create_alert', args: expect.objectContaining(args) });
  });

  it('leaves it out when no way was said', async () => {
    const outcome = await said('tell me every morning about new saddler jobs in Newmarket');
    expect(outcome).toEqual({ action: 'create_alert', args: expect.objectContaining({ query: 'saddler', location: 'Newmarket' }) });
    expect(outcome).not.toHaveProperty('args.tell_by');
  });
});
