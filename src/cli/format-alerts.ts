import type { Alert, AlertRun, Notification } from '../protocol/alerts.ts';
import { localTime } from '../present/local-time.ts';
import { reusedAnswerInWords } from '../present/reused-answer.ts';
import type { Painter } from './render.ts';

/** "succeeded (manual, Sat 5 Dec 23:09), 3 new, 1.2 s", with the boards that failed; times in `timeZone`. */
export function formatRun(paint: Painter, run: AlertRun, timeZone: string): string {
  const status = run.status === 'succeeded' ? paint.green(run.status) : run.status === 'failed' ? paint.red(run.status) : paint.yellow(run.status);
  const duration = run.duration_ms === null ? '' : `, ${(run.duration_ms / 1000).toFixed(1)} s`;
  const failed = run.failed_boards.length > 0 ? `; not reached: ${run.failed_boards.map((board) => board.label).join(', ')}` : '';
  const error = run.error ? `; ${run.error}` : '';
  const reused = (run.reused_answers ?? []).map((answer) => `; ${reusedAnswerInWords(answer, timeZone)}`).join('');
  return `${status} (${run.trigger}, due ${localTime(run.due_at, timeZone)}), ${run.new_matches} new${duration}${failed}${reused}${error}`;
}

/**
 * Alerts as lines: id, name, schedule in words and zone, next run or "paused", last run.
 *
 * @example
 * stdout.write(formatAlerts(paint, alerts));
 */
export function formatAlerts(paint: Painter, alerts: readonly Alert[], now: Date = new Date()): string {
  if (alerts.length === 0) return 'No alerts yet. Try: jobpilot alerts add "typescript" --remote --schedule "every morning at 8"\n';
  return alerts
    .map((alert) => {
      const when = alert.paused ? paint.yellow('paused') : `next ${alert.next_run_at ? localTime(alert.next_run_at, alert.time_zone, now) : 'never'}`;
      const last = alert.last_run ? `\n    last run: ${formatRun(paint, alert.last_run, alert.time_zone)}` : '';
      return `${paint.bold(alert.id)}  ${alert.name}\n    ${alert.schedule_text} (${alert.time_zone}); ${when}${last}\n`;
    })
    .join('');
}

/**
 * Notifications, newest first: unread ones marked with "•", times in `timeZone`. With none to
 * show, it says whether the inbox is empty or only has nothing unread (and how to see the rest).
 *
 * @example
 * stdout.write(formatInbox(paint, notifications, { unread: 2, total: 5, timeZone: 'Europe/Amsterdam', onlyUnread: false }));
 */
export function formatInbox(
  paint: Painter,
  notifications: readonly Notification[],
  { unread, total, timeZone, onlyUnread }: { unread: number; total: number | undefined; timeZone: string; onlyUnread: boolean },
): string {
  if (notifications.length === 0) {
    const read = total === undefined ? undefined : total - unread;
    if (onlyUnread && read !== undefined && read > 0) return `No unread notifications (${read} read; \`jobpilot inbox\` shows them).\n`;
    if (onlyUnread && read === undefined) return 'No unread notifications (`jobpilot inbox` shows the read ones).\n';
    return 'Nothing in your inbox.\n';
  }
  const lines = notifications.map((notification) => {
    const mark = notification.read_at ? ' ' : paint.cyan('•');
    const body = notification.body
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    return `${mark} ${paint.dim(localTime(notification.created_at, timeZone))}  ${paint.bold(notification.title)} ${paint.dim(`[${notification.id}]`)}\n${body}\n`;
  });
  return `${lines.join('\n')}\n${unread} unread\n`;
}
