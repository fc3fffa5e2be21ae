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
