import type { Alert, AlertRun, Notification } from '../protocol/alerts.ts';
import type { Painter } from './render.ts';

/** "succeeded, 3 new, 1.2 s", with the boards that failed. */
export function formatRun(paint: Painter, run: AlertRun): string {
  const status = run.status === 'succeeded' ? paint.green(run.status) : run.status === 'failed' ? paint.red(run.status) : paint.yellow(run.status);
  const duration = run.duration_ms === null ? '' : `, ${(run.duration_ms / 1000).toFixed(1)} s`;
  const failed = run.failed_boards.length > 0 ? `; not reached: ${run.failed_boards.map((board) => board.label).join(', ')}` : '';
  const error = run.error ? `; ${run.error}` : '';
  return `${status} (${run.trigger}, due ${run.due_at}), ${run.new_matches} new${duration}${failed}${error}`;
}

/**
 * Alerts as lines: id, name, schedule in words and zone, next run or "paused", last run.
 *
 * @example
 * stdout.write(formatAlerts(paint, alerts));
 */
export function formatAlerts(paint: Painter, alerts: readonly Alert[]): string {
  if (alerts.length === 0) return 'No alerts yet. Try: jobpilot alerts add "typescript" --remote --schedule "every morning at 8"\n';
  return alerts
    .map((alert) => {
      const when = alert.paused ? paint.yellow('paused') : `next ${alert.next_run_at ?? 'never'}`;
      const last = alert.last_run ? `\n    last run: ${formatRun(paint, alert.last_run)}` : '';
      return `${paint.bold(alert.id)}  ${alert.name}\n    ${alert.schedule_text} (${alert.time_zone}); ${when}${last}\n`;
    })
    .join('');
}

/**
 * Notifications, newest first: unread ones marked with "•".
 *
 * @example
 * stdout.write(formatInbox(paint, notifications, 2));
 */
export function formatInbox(paint: Painter, notifications: readonly Notification[], unread: number): string {
  if (notifications.length === 0) return 'Nothing in your inbox.\n';
  const lines = notifications.map((notification) => {
    const mark = notification.read_at ? ' ' : paint.cyan('•');
    const body = notification.body
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    return `${mark} ${paint.dim(notification.created_at)}  ${paint.bold(notification.title)} ${paint.dim(`[${notification.id}]`)}\n${body}\n`;
  });
  return `${lines.join('\n')}\n${unread} unread\n`;
}
