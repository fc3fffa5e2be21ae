import { describeSchedule } from '../../alerts/schedule-from-words.ts';
import { shortFormsOf } from '../../alerts/place-initials.ts';
import type { AlertRecord } from '../../db/repositories/alerts.ts';

/** Words that say "an alert" but not which one. */
const filler = /\b(?:the|my|a|an|alert|alerts|notification|notifications|search|saved|one|for|about|on|jobs?|roles?|please|that|this)\b/g;

/**
 * The alert people mean: by id, or by words of its search ("the Berlin alert", "the remote
 * TypeScript one") or of its schedule ("the monday one", "the weekdays one", "the morning one"); with one alert, "it"/"my alert" is that one. `ambiguous` lists the
 * alerts that fit equally, `none` says nothing fits.
 *
 * @example
 * resolveAlert(alerts, 'the Berlin alert'); // { alert: { id: 'alert_…', location: 'Berlin', … } }
 */
export function resolveAlert(
  alerts: readonly AlertRecord[],
  said: string,
): { alert: AlertRecord } | { ambiguous: AlertRecord[] } | { none: true } {
  const text = said.trim().toLowerCase();
  const byId = alerts.find((alert) => alert.id === text);
  if (byId) return { alert: byId };
  const words = text.replace(filler, ' ').split(/[^\p{L}\p{N}+#.]+/u).filter((word) => word.length > 1 && !['it', 'them'].includes(word));
  if (words.length === 0) return alerts.length === 1 && alerts[0] ? { alert: alerts[0] } : alerts.length === 0 ? { none: true } : { ambiguous: [...alerts] };
  const scored = alerts.map((alert) => {
    // ("the nyc one" is the New York alert.)
    const place = alert.location ? `${alert.location} ${shortFormsOf(alert.location).join(' ')}` : '';
    const haystack = `${alert.name} ${alert.query} ${place} ${alert.company ?? ''} ${alert.remote ? 'remote' : ''} ${scheduleWords(alert.schedule)}`.toLowerCase();
    return { alert, score: words.filter((word) => haystack.includes(word)).length };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  // (Schedule words that fit every alert alike, "the daily one" among daily alerts, settle nothing: asked which.)
  if (best === 0) return { none: true };
  const top = scored.filter((entry) => entry.score === best).map((entry) => entry.alert);
  return top.length === 1 && top[0] ? { alert: top[0] } : { ambiguous: top };
}

/** A schedule as people point at it: "every Monday at 08:00 monday mondays morning" (the part of the day by its hour). */
function scheduleWords(cron: string): string {
  const described = describeSchedule(cron);
  const hour = Number(cron.trim().split(/\s+/)[1]);
  const part = Number.isNaN(hour) ? '' : hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
  const days = (described.match(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/gi) ?? []).map((day) => `${day.replace(/s$/i, '')} ${day.replace(/s?$/i, 's')}`);
  return `${described} ${days.join(' ')} ${part}`;
}
