import { localTime } from '../present/local-time.ts';

/**
 * Words beside a schedule that say the person's own zone, `JOBPILOT_TIME_ZONE`: "my time", "my local time", "local time",
 * "here", "where I am", "your time" (the machine jobpilot runs on is theirs).
 */
const ownZoneWords =
  /\s*[(,]?\s*\b(?:(?:in\s+)?(?:my|our|your)\s+(?:own\s+)?(?:local\s+)?(?:time(?:\s*zone)?|timezone|zone|clock)|(?:in\s+|at\s+)?(?:the\s+)?local\s+(?:time(?:\s*zone)?|timezone|zone|clock)|local(?=\s*\)?\s*$)|here|where\s+i\s+(?:am|live|'?m)|where\s+i'?m)\b\s*\)?/gi;

/**
 * A schedule without the words that say the person's own zone, and whether it said them: "every morning at 8 my time" →
 * "every morning at 8" (trial s46 #30: an alert made at "9 am IST", changed to "8 my time", kept India's zone and ran at
 * 03:30 in Stuttgart).
 *
 * @example
 * withoutOwnZone('every morning at 8 my time'); // { schedule: 'every morning at 8', own: true }
 * withoutOwnZone('weekdays at 7'); // { schedule: 'weekdays at 7', own: false }
 */
export function withoutOwnZone(schedule: string): { schedule: string; own: boolean } {
  const without = schedule.replace(ownZoneWords, ' ').replace(/\s+/g, ' ').trim();
  return without === schedule.replace(/\s+/g, ' ').trim() || without === '' ? { schedule, own: false } : { schedule: without, own: true };
}

/**
 * A run's time in the person's own zone too, when the alert keeps another: " (04:30 in Europe/Berlin, your zone)"; "" when
 * the zones are one.
 *
 * @example
 * inOwnZoneToo(new Date('2026-12-08T03:30:00Z'), 'Asia/Kolkata', 'Europe/Berlin', new Date('2026-12-07T09:00:00Z')); // ' (tomorrow (Tue 8 Dec) at 04:30 in Europe/Berlin, your zone)'
 */
export function inOwnZoneToo(instant: Date | null | undefined, alertZone: string, ownZone: string, now: Date): string {
  if (!instant || alertZone === ownZone || new Intl.DateTimeFormat('en', { timeZone: alertZone }).resolvedOptions().timeZone === new Intl.DateTimeFormat('en', { timeZone: ownZone }).resolvedOptions().timeZone) return '';
  return ` (${localTime(instant, ownZone, now)} in ${ownZone}, your zone)`;
}
