import { describe, expect, it } from 'vitest';
import { localTime } from '../../src/present/local-time.ts';
import { unreadableSchedule } from '../../src/alerts/alert-service.ts';
import { cronMatcher } from '../../src/alerts/next-run.ts';

describe('localTime', () => {
  const now = new Date('2026-12-05T22:00:00Z'); // Saturday 23:00 in Amsterdam
  it('says today, tomorrow and yesterday in the person\'s zone', () => {
    expect(localTime(new Date('2026-12-05T22:09:00Z'), 'Europe/Amsterdam', now)).toBe('today at 23:09');
    // 23:30 UTC is already Sunday in Amsterdam.
    expect(localTime(new Date('2026-12-05T23:30:00Z'), 'Europe/Amsterdam', now)).toBe('tomorrow (Sun 6 Dec) at 00:30');
    expect(localTime(new Date('2026-12-06T07:00:00Z'), 'Europe/Amsterdam', now)).toBe('tomorrow (Sun 6 Dec) at 08:00');
    expect(localTime(new Date('2026-12-04T17:00:00Z'), 'Europe/Amsterdam', now)).toBe('yesterday (Fri 4 Dec) at 18:00');
  });
  it('gives the date otherwise, with the year only when it is another', () => {
    expect(localTime('2026-12-05T22:09:26.615Z', 'Europe/Amsterdam')).toBe('Sat 5 Dec 23:09');
    expect(localTime(new Date('2027-01-05T08:00:00Z'), 'America/Toronto', now)).toBe('Tue 5 Jan 2027 03:00');
    expect(localTime(new Date('2026-12-05T22:09:00Z'), 'Mars/Olympus')).toBe('Sat 5 Dec 22:09');
  });
});

describe('schedules that cannot be', () => {
  it('"every 2 weeks" and "fortnightly" say why and what is nearest', () => {
    for (const said of ['every 2 weeks', 'fortnightly', 'every other week', 'monthly']) {
      expect(unreadableSchedule(said)).toMatch(/cannot be an alert's schedule: .*not every other week or month.*"every Monday" is the nearest/);
    }
    expect(unreadableSchedule('whenever')).toMatch(/^"whenever" is not a schedule: say e\.g\./);
    // Session 39: more often than hourly says so, and what to say instead.
    for (const said of ['every 5 mins', 'every half hour', 'every minute']) expect(unreadableSchedule(said)).toMatch(/is too often for an alert: .*"hourly"/);
  });
  it('a bad cron expression is told without the parser\'s own words', () => {
    expect(() => cronMatcher('61 8 * * *')).toThrow(/^"61 8 \* \* \*" is not a schedule: '61' is too large for the minute \(0–59\)$/);
    expect(() => cronMatcher('0 8 * * 9')).toThrow(/'9' is too large for the day of the week \(0–6\)$/);
    expect(() => cronMatcher('0 25 * * *')).not.toThrow(/parseCronItem/);
  });
});
