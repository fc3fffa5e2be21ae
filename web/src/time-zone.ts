import { api } from './api.ts';

let known: string | undefined;
let asking: Promise<string | undefined> | undefined;

/**
 * The zone the person reads times in: the server's `JOBPILOT_TIME_ZONE`, which the Alerts and
 * Reminders screens already show times in. Asked once (`GET /v1/notifications?unread=true&limit=1`
 * names it: its own request, so a slow unread count never holds it) and kept; undefined when the server does not say, and then the browser's zone is used.
 *
 * @example
 * await serverTimeZone(); // 'America/Toronto'
 */
export function serverTimeZone(): Promise<string | undefined> {
  asking ??= api<{ time_zone?: string }>('/v1/notifications?unread=true&limit=1').then(
    (answer) => (known = answer.time_zone ?? known),
    () => {
      asking = undefined; // Unreachable or refused for now: asked again next time.
      return known;
    },
  );
  return asking;
}

/** The server's zone once an answer has named it (see {@link serverTimeZone}). */
export const knownTimeZone = (): string | undefined => known;

/** Remembers the zone an answer named (`time_zone` on the inbox and saved-job lists). */
export function learnTimeZone(timeZone: string | undefined): void {
  if (timeZone) known = timeZone;
}
