import type { AlertRecord, AlertRunRecord } from '../../db/repositories/alerts.ts';
import type { NotificationRecord } from '../../db/repositories/notifications.ts';
import { describeSchedule } from '../../alerts/schedule-from-words.ts';
import type { Alert, AlertRun, Notification } from '../../protocol/alerts.ts';

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** A run in the API's shape. */
export const alertRunResponse = (run: AlertRunRecord): AlertRun => ({
  id: run.id,
  due_at: run.due_at.toISOString(),
  trigger: run.trigger,
  status: run.status,
  started_at: iso(run.started_at),
  finished_at: iso(run.finished_at),
  duration_ms: run.duration_ms,
  new_matches: run.new_matches,
  failed_boards: run.failed_boards,
  reused_answers: run.reused_answers ?? [],
  error: run.error,
});

/**
 * An alert in the API's shape, its schedule also in words.
 *
 * @example
 * alertResponse(record, lastRun); // { id: 'alert_…', schedule_text: 'every day at 08:00', … }
 */
export const alertResponse = (alert: AlertRecord, lastRun?: AlertRunRecord | null): Alert => ({
  id: alert.id,
  name: alert.name,
  query: alert.query,
  location: alert.location,
  remote: alert.remote,
  remote_too: alert.remote_too,
  company: alert.company,
  min_fit: alert.min_fit,
  min_salary: alert.min_salary,
  exclude_seniority: alert.exclude_seniority,
  exclude_employment_type: alert.exclude_employment_type,
  exclude_agencies: alert.exclude_agencies,
  schedule: alert.schedule,
  schedule_text: describeSchedule(alert.schedule),
  time_zone: alert.time_zone,
  paused: alert.paused,
  next_run_at: iso(alert.next_run_at),
  created_at: alert.created_at.toISOString(),
  ...(lastRun === undefined ? {} : { last_run: lastRun ? alertRunResponse(lastRun) : null }),
});

/** A notification in the API's shape. */
export const notificationResponse = (notification: NotificationRecord): Notification => ({
  id: notification.id,
  kind: notification.kind,
  title: notification.title,
  body: notification.body,
  data: notification.data,
  created_at: notification.created_at.toISOString(),
  read_at: iso(notification.read_at),
});
