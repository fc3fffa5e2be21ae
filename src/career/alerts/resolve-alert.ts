import type { AlertRecord } from '../../db/repositories/alerts.ts';

/** Words that say "an alert" but not which one. */
const filler = /\b(?:the|my|a|an|alert|alerts|notification|notifications|search|saved|one|for|about|on|jobs?|roles?|please|that|this)\b/g;

/**
 * The alert people mean: by id, or by words of its search ("the Berlin alert", "the remote
 * TypeScript one"); with one alert, "it"/"my alert" is that one. `ambiguous` lists the
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
    const haystack = `${alert.name} ${alert.query} ${alert.location ?? ''} ${alert.company ?? ''} ${alert.remote ? 'remote' : ''}`.toLowerCase();
    return { alert, score: words.filter((word) => haystack.includes(word)).length };
  });
  const best = Math.max(0, ...scored.map((entry) => entry.score));
  if (best === 0) return { none: true };
  const top = scored.filter((entry) => entry.score === best).map((entry) => entry.alert);
  return top.length === 1 && top[0] ? { alert: top[0] } : { ambiguous: top };
}
