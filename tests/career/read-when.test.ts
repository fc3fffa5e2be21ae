import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/career/reminders/read-when.ts';
import { instantOfWallTime, offsetMinutesAt } from '../../src/career/reminders/time-zone.ts';
import { findWhen } from '../../src/actions/set-reminder/find-when.ts';

/** Saturday 5 Dec 2026, 11:00 in Berlin (UTC+1). */
const now = new Date('2026-12-05T10:00:00Z');
const berlin = { now, timeZone: 'Europe/Berlin' };
const at = (words: string, options = berlin) => {
  const reading = readWhen(words, options);
  if (!reading.ok) throw new Error(`"${words}" was not read: ${reading.message}`);
  return reading.when;
};

describe('readWhen', () => {
  it('reads a time in the person\'s zone, and a day without one as a whole day at 09:00 there', () => {
    expect(at('on the 12th at 3pm')).toMatchObject({ at: new Date('2026-12-12T14:00:00Z'), allDay: false, said: 'on the 12th at 3pm' });
    expect(at('Friday')).toMatchObject({ at: new Date('2026-12-11T08:00:00Z'), allDay: true });
    expect(at('in 3 days')).toMatchObject({ at: new Date('2026-12-08T08:00:00Z'), allDay: true });
    expect(at('next tuesday at 10:30')).toMatchObject({ at: new Date('2026-12-08T09:30:00Z'), allDay: false });
    expect(at('December the 12th')).toMatchObject({ at: new Date('2026-12-12T08:00:00Z'), allDay: true });
    expect(at('today')).toMatchObject({ allDay: true, wall: { year: 2026, month: 12, day: 5, hour: 9, minute: 0 } });
    // The same words in New York (UTC-5) are another instant.
    expect(at('on the 12th at 3pm', { now, timeZone: 'America/New_York' }).at).toEqual(new Date('2026-12-12T20:00:00Z'));
  });

  it('"the 3rd" past this month\'s is next month\'s', () => {
    expect(at('the 3rd').wall).toMatchObject({ year: 2027, month: 1, day: 3 });
  });

  it('keeps the wall-clock hour across a daylight-saving change', () => {
    // Berlin moves to UTC+2 on 29 Mar 2026: 15:00 that day is 13:00 UTC, though today's offset is +1.
    expect(at('March 30 at 3pm', { now: new Date('2026-03-20T10:00:00Z'), timeZone: 'Europe/Berlin' }).at).toEqual(new Date('2026-03-30T13:00:00Z'));
    expect(offsetMinutesAt(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(instantOfWallTime({ year: 2026, month: 11, day: 1, hour: 12, minute: 0 }, 'America/New_York')).toEqual(new Date('2026-11-01T17:00:00Z'));
  });

  it('takes an ISO instant as that instant', () => {
    expect(at('2026-12-12T15:00:00Z').at).toEqual(new Date('2026-12-12T15:00:00Z'));
  });

  it('refuses words with no date and times past, with stable codes', () => {
    expect(readWhen('whenever', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_UNREADABLE' });
    expect(readWhen('', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_UNREADABLE' });
    expect(readWhen('yesterday', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_PAST' });
    expect(readWhen('today at 8am', berlin)).toMatchObject({ ok: false, code: 'REMINDER_TIME_PAST' });
  });
});

describe('findWhen', () => {
  it('finds the date words and what is left', () => {
    expect(findWhen('to follow up with Northwind on Friday')).toEqual({ when: 'on Friday', rest: 'to follow up with Northwind', timed: false });
    expect(findWhen('in 3 days to chase the Acme recruiter')).toEqual({ when: 'in 3 days', rest: 'to chase the Acme recruiter', timed: false });
    expect(findWhen('my interview with Stripe is on the 12th at 3pm')).toEqual({ when: 'on the 12th at 3pm', rest: 'my interview with Stripe is', timed: true });
    expect(findWhen('about my Globex interview tmrw at 10am')).toMatchObject({ when: 'tomorrow at 10am', timed: true });
    expect(findWhen('on monday, call Initech back')).toMatchObject({ when: 'on monday', rest: 'call Initech back' });
  });

  it('finds none where there is none, and no time in "a second interview"', () => {
    expect(findWhen('to send my portfolio to Hooli')).toBeUndefined();
    expect(findWhen('they want me for a second interview at Kirkstall Foods')).toBeUndefined();
  });
});
