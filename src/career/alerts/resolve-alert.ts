import { describeSchedule } from '../../alerts/schedule-from-words.ts';
import { shortFormsOf } from '../../alerts/place-initials.ts';
import type { AlertRecord } from '../../db/repositories/alerts.ts';
import { isKnownPlace, locationMatches } from '../../jobs/regions.ts';

/** Words that say "an alert" but not which one. */
const filler = /\b(?:the|my|a|an|alert|alerts|notification|notifications|search|saved|one|for|about|on|jobs?|roles?|please|that|this)\b/g;

/**
 * The alert people mean: by id, or by words of its search ("the Berlin alert", "the remote
 * TypeScript one"), of a region its place lies in ("the europe alert" for one in Warsaw) or of its schedule ("the monday
 * one", "the weekdays one", "the morning one"), never of its time zone's name ("Europe/Warsaw"); with one alert, "it"/"my alert" is that one. `ambiguous` lists the
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
  // "second", "2", "no 1", "the last one": a place in the list as `jobpilot alerts list` and "show my alerts" show it.
  const position = positionIn(text, alerts.length);
  if (position !== undefined) {
    const placed = alerts[position];
    return placed ? { alert: placed } : { none: true };
  }
  const words = text.replace(filler, ' ').split(/[^\p{L}\p{N}+#.]+/u).filter((word) => word.length > 1 && !['it', 'them'].includes(word));
  if (words.length === 0) return alerts.length === 1 && alerts[0] ? { alert: alerts[0] } : alerts.length === 0 ? { none: true } : { ambiguous: [...alerts] };
  const scored = alerts.map((alert) => {
    // ("the nyc one" is the New York alert.)
    const place = alert.location ? `${alert.location} ${shortFormsOf(alert.location).join(' ')}` : '';
    const haystack = `${alert.name} ${alert.query} ${place} ${alert.company ?? ''} ${alert.remote ? 'remote' : ''} ${scheduleWords(alert.schedule)}`.toLowerCase();
    // ("the europe alert" is the one in Warsaw: a region said names the alerts whose place lies inside it; regression, trial s50 #29.)
    const inRegion = (word: string) => alert.location !== null && alert.location !== undefined && word.length > 2 && isKnownPlace(word) && locationMatches({ location: alert.location, remote: false }, word);
    return { alert, score: words.filter((word) => haystack.includes(word) || inRegion(word)).length };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  // (Schedule words that fit every alert alike, "the daily one" among daily alerts, settle nothing: asked which.)
  if (best === 0) return { none: true };
  const top = scored.filter((entry) => entry.score === best).map((entry) => entry.alert);
  return top.length === 1 && top[0] ? { alert: top[0] } : { ambiguous: top };
}

const ordinalWords: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** The index a place in the list names ("second", "2nd", "no 2", "#2", "the last one"), or undefined when the words name none. */
function positionIn(text: string, count: number): number | undefined {
  const found = /^(?:the\s+)?(?:(?:no\.?|number|nr\.?|#)\s*)?(?<place>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:one|alert))?$/.exec(text)?.groups?.place;
  if (!found) return undefined;
  if (found === 'last') return count - 1;
  return (ordinalWords[found] ?? Number(found)) - 1;
}

/** A schedule as people point at it: "every Monday at 08:00 monday mondays morning" (the part of the day by its hour). */
function scheduleWords(cron: string): string {
  const described = describeSchedule(cron);
  const hour = Number(cron.trim().split(/\s+/)[1]);
  const part = Number.isNaN(hour) ? '' : hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : 'evening';
  const days = (described.match(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/gi) ?? []).map((day) => `${day.replace(/s$/i, '')} ${day.replace(/s?$/i, 's')}`);
  // ("the hourly one", "the daily one", "the weekly one": how often, as said.)
  const often = described === 'every hour' || /^every \d+ hours$/.test(described) ? 'hourly' : /^every day\b/.test(described) ? 'daily' : days.length === 1 ? 'weekly' : '';
  return `${described} ${days.join(' ')} ${part} ${often}`;
}
