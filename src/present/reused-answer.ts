import { localTime } from './local-time.ts';

/**
 * A board's kept answer, as a run says it used it: "Remotive's answer from 08:14 reused: its
 * terms allow a few calls a day" (today's said by the clock alone, another day's with its date),
 * in the person's `timeZone`.
 *
 * @example
 * reusedAnswerInWords({ label: 'Remotive', fetched_at: '2026-12-05T07:14:00Z', reason: 'its terms allow a few calls a day' }, 'Europe/Amsterdam', new Date('2026-12-05T09:00:00Z'));
 * // "Remotive's answer from 08:14 reused: its terms allow a few calls a day"
 */
export function reusedAnswerInWords(reused: { label: string; fetched_at: string; reason: string }, timeZone: string, now?: Date): string {
  const when = localTime(reused.fetched_at, timeZone, now).replace(/^today at /, '');
  return `${reused.label}'s answer from ${when} reused: ${reused.reason}`;
}
