import { describe, expect, it } from 'vitest';
import { dayAndTimeIn, dayIn, personToday } from '../../src/time/time-zone.ts';

// 20:15 on Saturday 5 December in Toronto is already 01:15 on the 6th in UTC (finding 18 of the session-34 trial).
const evening = new Date('2026-12-06T01:15:00Z');

describe("the person's day", () => {
  it('is the day on their wall clock, not UTC', () => {
    expect(dayIn(evening, 'America/Toronto')).toBe('2026-12-05');
    expect(dayIn(evening, 'UTC')).toBe('2026-12-06');
    expect(dayIn(evening, 'Asia/Tokyo')).toBe('2026-12-06');
    expect(dayAndTimeIn(evening, 'America/Toronto')).toBe('2026-12-05 20:15');
    expect(dayAndTimeIn(new Date('2026-07-01T03:05:00Z'), 'Europe/Berlin')).toBe('2026-07-01 05:05');
  });

  it('is a whole day at 00:00 UTC for writers that count days in UTC', () => {
    expect(personToday({ now: () => evening, timeZone: 'America/Toronto' }).toISOString()).toBe('2026-12-05T00:00:00.000Z');
    expect(personToday({ now: () => evening, timeZone: 'Australia/Sydney' }).toISOString()).toBe('2026-12-06T00:00:00.000Z');
  });
});
