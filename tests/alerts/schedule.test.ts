import { describe, expect, it } from 'vitest';
import { nextRunAfter, ScheduleError } from '../../src/alerts/next-run.ts';
import { describeSchedule, scheduleFromWords } from '../../src/alerts/schedule-from-words.ts';
import { sinceFromWords } from '../../src/alerts/since-from-words.ts';
import { fitReason } from '../../src/alerts/fit-reason.ts';

describe('scheduleFromWords', () => {
  it.each([
    ['every morning at 8', '0 8 * * *', 'every day at 08:00'],
    ['every morning', '0 8 * * *', 'every day at 08:00'],
    ['daily', '0 8 * * *', 'every day at 08:00'],
    ['every evening at 6', '0 18 * * *', 'every day at 18:00'],
    ['weekdays at 7:30', '30 7 * * 1-5', 'weekdays at 07:30'],
    ['every monday', '0 8 * * 1', 'every Monday at 08:00'],
    ['at 6pm on fridays', '0 18 * * 5', 'every Friday at 18:00'],
    ['hourly', '0 * * * *', 'every hour'],
    ['every 4 hours', '0 */4 * * *', 'every 4 hours'],
    ['15 9 * * 1-5', '15 9 * * 1-5', 'weekdays at 09:15'],
  ])('reads "%s" as %s (%s)', (words, cron, described) => {
    expect(scheduleFromWords(words)).toBe(cron);
    expect(describeSchedule(cron)).toBe(described);
  });

  it('finds no schedule in words that name none', () => {
    expect(scheduleFromWords('find jobs')).toBeNull();
    expect(scheduleFromWords('whenever')).toBeNull();
  });
});

describe('nextRunAfter', () => {
  it('reads the schedule in the time zone', () => {
    expect(nextRunAfter('0 8 * * *', 'Europe/Berlin', new Date('2026-12-05T10:00:00Z'))?.toISOString()).toBe('2026-12-06T07:00:00.000Z');
    expect(nextRunAfter('0 8 * * *', 'America/New_York', new Date('2026-12-05T10:00:00Z'))?.toISOString()).toBe('2026-12-05T13:00:00.000Z');
    // Summer time in Berlin: 08:00 is 06:00 UTC.
    expect(nextRunAfter('0 8 * * *', 'Europe/Berlin', new Date('2026-07-01T10:00:00Z'))?.toISOString()).toBe('2026-07-02T06:00:00.000Z');
  });

  it('is strictly after the given time', () => {
    expect(nextRunAfter('0 8 * * *', 'UTC', new Date('2026-12-05T08:00:00Z'))?.toISOString()).toBe('2026-12-06T08:00:00.000Z');
  });

  it('skips a wall time the clocks jump over', () => {
    // 02:30 does not exist in Berlin on 2026-03-29.
    expect(nextRunAfter('30 2 * * *', 'Europe/Berlin', new Date('2026-03-28T10:00:00Z'))?.toISOString()).toBe('2026-03-30T00:30:00.000Z');
  });

  it('refuses a bad expression or zone with ScheduleError', () => {
    expect(() => nextRunAfter('61 8 * * *', 'UTC', new Date())).toThrow(ScheduleError);
    expect(() => nextRunAfter('0 8 * * *', 'Mars/Olympus', new Date())).toThrow(ScheduleError);
  });
});

describe('sinceFromWords', () => {
  const now = new Date('2026-12-11T12:00:00Z');
  it.each([
    ['yesterday', '2026-12-09T23:00:00.000Z'],
    ['today', '2026-12-10T23:00:00.000Z'],
    ['last night', '2026-12-10T17:00:00.000Z'],
    ['last 3 days', '2026-12-08T12:00:00.000Z'],
    ['this week', '2026-12-04T12:00:00.000Z'],
  ])('reads "%s" in Berlin as from %s', (words, iso) => {
    expect(sinceFromWords(words, now, 'Europe/Berlin')?.toISOString()).toBe(iso);
  });
  it('names no time for other words', () => expect(sinceFromWords('lately', now, 'UTC')).toBeNull());
});

describe('fitReason', () => {
  it('counts the skills the posting asks for that the resume shows', () => {
    expect(fitReason({ matched: ['TypeScript', 'React'], missing: ['Go', 'AWS', 'Terraform', 'Kubernetes'] })).toBe(
      'matches 2 of the 6 skills it asks for (not shown: Go, AWS, Terraform)',
    );
    expect(fitReason({ matched: ['TypeScript', 'React'], missing: [] })).toBe('matches all 2 skills it asks for');
    expect(fitReason({ matched: [], missing: [] })).toBe('names no skills to compare');
  });
});
