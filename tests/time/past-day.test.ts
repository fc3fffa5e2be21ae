import { describe, expect, it } from 'vitest';
import { pastDayIn, readPastDay } from '../../src/time/past-day.ts';

/** Sunday 6 Dec 2026, 10:30 in London. */
const now = new Date('2026-12-06T10:30:00Z');
const london = { now, timeZone: 'Europe/London' };

// Session 37 (a new user's trial, finding 19): "i applied to the housing trust one yesterday" was dated today.
describe('pastDayIn and readPastDay', () => {
  it('finds the words of a past day in a sentence, and none where there is none', () => {
    expect(pastDayIn('i applied to the housing trust one yesterday as well')).toBe('yesterday');
    expect(pastDayIn('heard back from Acme on monday')).toBe('on monday');
    expect(pastDayIn('applied 3 days ago')).toBe('3 days ago');
    expect(pastDayIn('i applied to the housing trust one')).toBeUndefined();
    expect(pastDayIn('got a phone screen next week')).toBeUndefined();
  });

  it('reads each as the person\'s calendar day, counted back from today', () => {
    expect(readPastDay('yesterday', london)).toBe('2026-12-05');
    expect(readPastDay('the day before yesterday', london)).toBe('2026-12-04');
    expect(readPastDay('last friday', london)).toBe('2026-12-04');
    expect(readPastDay('on monday', london)).toBe('2026-11-30');
    // "on sunday" said on a Sunday is today; "last sunday" the one before.
    expect(readPastDay('on sunday', london)).toBe('2026-12-06');
    expect(readPastDay('last sunday', london)).toBe('2026-11-29');
    expect(readPastDay('3 days ago', london)).toBe('2026-12-03');
    expect(readPastDay('a week ago', london)).toBe('2026-11-29');
    expect(readPastDay('on the 3rd', london)).toBe('2026-12-03');
    // The 9th has not come this month: last month's.
    expect(readPastDay('on the 9th', london)).toBe('2026-11-09');
    expect(readPastDay('on 2026-12-01', london)).toBe('2026-12-01');
  });

  it('reads yesterday in the person\'s zone, not UTC\'s', () => {
    // 01:15 UTC on the 6th is 20:15 on the 5th in Toronto: yesterday there is the 4th.
    expect(readPastDay('yesterday', { now: new Date('2026-12-06T01:15:00Z'), timeZone: 'America/Toronto' })).toBe('2026-12-04');
  });

  it('is null for words with no day, or a day to come', () => {
    expect(readPastDay('whenever', london)).toBeNull();
    expect(readPastDay('tomorrow', london)).toBeNull();
  });
});

// Trial s46 #22: "applied on 03.12.2026 through Workday" and "I applied … on December 3" were dated today.
describe('a past day said as a date', () => {
  it('finds a dotted date, day first, and a date with its month named', () => {
    expect(pastDayIn('marked it applied, sent on 02.12.2026 via the portal')).toBe('on 02.12.2026');
    expect(pastDayIn('I handed it in am 1.12. persönlich')).toBe('am 1.12.');
    expect(pastDayIn('we applied to Harbourline on November 28')).toBe('on November 28');
    expect(pastDayIn('I applied on the 2nd of Dec, 2026 I think')).toBe('on the 2nd of Dec, 2026');
    expect(pastDayIn('applied on 30 Nov')).toBe('on 30 Nov');
  });

  it('reads a dotted date day first: 02.12 is the 2nd of December, never the 12th of February', () => {
    expect(readPastDay('on 02.12.2026', london)).toBe('2026-12-02');
    expect(readPastDay('on 05.11.26', london)).toBe('2026-11-05');
    // No year: the last such day up to today (the 20th of December has not come: last year's).
    expect(readPastDay('am 1.12.', london)).toBe('2026-12-01');
    expect(readPastDay('on 20.12.', london)).toBe('2025-12-20');
  });

  it('reads a named month', () => {
    expect(readPastDay('on November 28', london)).toBe('2026-11-28');
    expect(readPastDay('on the 2nd of Dec, 2026', london)).toBe('2026-12-02');
    expect(readPastDay('on 30 Nov', london)).toBe('2026-11-30');
  });

  it('is null for a day the calendar does not have, or one to come', () => {
    expect(readPastDay('on 31.02.2026', london)).toBeNull();
    expect(readPastDay('on 15.01.2027', london)).toBeNull();
  });
});
