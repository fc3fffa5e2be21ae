import type { AlertRecord } from '../../db/repositories/alerts.ts';
import { resolveAlert } from './resolve-alert.ts';

/**
 * The fewest words that name this alert alone among `all`, for "say 'stop the … alert'": its
 * place, company or query when that picks it out, else its whole name. Two alerts with the
 * same search get the name and the schedule, which is what tells them apart.
 *
 * @example
 * alertHandle(rotterdamCustoms, alerts); // 'customs' when "Rotterdam" names three alerts
 */
export function alertHandle(alert: AlertRecord, all: readonly AlertRecord[], scheduleText?: string): string {
  const others = all.some((other) => other.id === alert.id) ? all : [...all, alert];
  for (const words of [alert.location, alert.company, alert.query, alert.name]) {
    if (!words) continue;
    const found = resolveAlert(others, words);
    if ('alert' in found && found.alert.id === alert.id) return words;
  }
  return scheduleText ? `${alert.name} ${scheduleText}` : alert.id;
}
