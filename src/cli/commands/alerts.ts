import type { AlertCreate, AlertUpdate } from '../../protocol/alerts.ts';
import { localTime } from '../../present/local-time.ts';
import { ApiClient } from '../api-client.ts';
import type { Context } from '../context.ts';
import { formatAlerts, formatRun } from '../format-alerts.ts';
import { createPainter } from '../render.ts';

export type AlertsOptions =
  | { action: 'add'; alert: AlertCreate; json: boolean }
  | { action: 'list'; json: boolean }
  | { action: 'edit'; alertId: string; change: AlertUpdate; json: boolean }
  | { action: 'pause' | 'resume' | 'delete'; alertId: string; json: boolean }
  | { action: 'run'; alertId: string; json: boolean };

/**
 * `jobpilot alerts add|list|edit|pause|resume|delete|run`: saved searches on a schedule.
 *
 * @example
 * await alertsCommand(context, { action: 'add', alert: { query: 'typescript', remote: true, schedule: 'every morning at 8' }, json: false });
 */
export async function alertsCommand(context: Pick<Context, 'stdout' | 'color' | 'fetch' | 'config'>, options: AlertsOptions): Promise<number> {
  const { stdout, config } = context;
  const paint = createPainter(context.color && !options.json);
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const print = (value: unknown) => stdout.write(`${JSON.stringify(value)}\n`);
  const now = new Date();
  const nextRun = (alert: { next_run_at: string | null; time_zone: string }) => (alert.next_run_at ? localTime(alert.next_run_at, alert.time_zone, now) : 'never');
  switch (options.action) {
    case 'add': {
      const alert = await api.createAlert(options.alert);
      if (options.json) print(alert);
      else stdout.write(`Alert ${paint.bold(alert.id)}: ${alert.name}, ${alert.schedule_text} (${alert.time_zone}); first run ${nextRun(alert)}.\n`);
      return 0;
    }
    case 'list': {
      const alerts = await api.listAlerts();
      if (options.json) print({ alerts });
      else stdout.write(formatAlerts(paint, alerts, now));
      return 0;
    }
    case 'edit': {
      const alert = await api.updateAlert(options.alertId, options.change);
      if (options.json) print(alert);
      else stdout.write(`Changed ${paint.bold(alert.id)}: ${alert.name}, ${alert.schedule_text} (${alert.time_zone}); ${alert.paused ? 'paused' : `next run ${nextRun(alert)}`}.\n`);
      return 0;
    }
    case 'pause':
    case 'resume':
    case 'delete': {
      const alert = await api.changeAlert(options.alertId, options.action);
      const done = { pause: 'paused', resume: 'resumed', delete: 'deleted' }[options.action];
      if (options.json) print(alert);
      else stdout.write(`${done} ${alert.id} (${alert.name})${options.action === 'resume' ? `; next run ${nextRun(alert)}` : ''}\n`);
      return 0;
    }
    case 'run': {
      const result = await api.runAlert(options.alertId);
      if (options.json) {
        print(result);
        return 0;
      }
      const { time_zone: zone } = await api.getAlert(options.alertId).catch(() => ({ time_zone: 'UTC' }));
      stdout.write(`${formatRun(paint, result.run, zone)}\n`);
      result.matches.forEach((match, index) => {
        const fit = match.fit === null ? '' : ` · fit ${match.fit}: ${match.reason}`;
        stdout.write(`${index + 1}. ${match.title} at ${match.company}${match.location ? ` (${match.location})` : ''}${fit}\n   ${match.url}\n`);
      });
      return 0;
    }
  }
}
