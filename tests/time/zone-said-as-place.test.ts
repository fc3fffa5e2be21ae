import { describe, expect, it } from 'vitest';
import { readWhen } from '../../src/career/reminders/read-when.ts';
import { findWhen } from '../../src/actions/set-reminder/find-when.ts';
import { zoneSaidAsPlace } from '../../src/time/time-zone.ts';

// Session 39 (issue 21): a time said on another place's clock is converted into the person's zone, never read as theirs.
const now = new Date('2026-12-07T08:00:00Z'); // a Monday

describe('a time zone said as a place or an abbreviation', () => {
  it('finds the place among the zones the runtime knows, with the words around it kept', () => {
    expect(zoneSaidAsPlace('thursday 3pm Tokyo time')).toEqual({ zone: 'Asia/Tokyo', rest: 'thursday 3pm' });
    expect(zoneSaidAsPlace('friday 9am in Los Angeles time')).toEqual({ zone: 'America/Los_Angeles', rest: 'friday 9am' });
    expect(zoneSaidAsPlace('friday at tea time')).toBeUndefined();
  });

  it('reads the hour on that clock and shows it on the person’s', () => {
    const tokyo = readWhen('thursday 3pm Tokyo time', { now, timeZone: 'Europe/London' });
    expect(tokyo.ok && tokyo.when.at.toISOString()).toBe('2026-12-10T06:00:00.000Z');
    expect(tokyo.ok && tokyo.when.wall).toEqual({ year: 2026, month: 12, day: 10, hour: 6, minute: 0 });
    const sameZone = readWhen('thursday 3pm London time', { now, timeZone: 'Europe/London' });
    expect(sameZone.ok && sameZone.when.at.toISOString()).toBe('2026-12-10T15:00:00.000Z');
    // An abbreviation is that offset (chrono reads it): 10am EST is 15:00 UTC.
    const est = readWhen('wednesday 10am EST', { now, timeZone: 'Europe/Paris' });
    expect(est.ok && est.when.at.toISOString()).toBe('2026-12-09T15:00:00.000Z');
  });

  it('keeps the zone with the date found in a sentence', () => {
    expect(findWhen('call with Halvard on monday 4pm Oslo time about the offer')?.when).toBe('on monday 4pm Oslo time');
    expect(findWhen('screen with Tandem tuesday 11:30 AM SGT please')?.when).toBe('tuesday 11:30 AM SGT');
  });
});
