import type pg from 'pg';
import type { ReminderRecord } from '../db/repositories/reminders.ts';
import type { NotificationService } from '../notifications/notification-service.ts';
import type { RecheckOutcome } from './jobs/recheck-saved-jobs.ts';

/**
 * What the scheduler does for the hunt besides alerts (src/alerts/alert-scheduler.ts's
 * chores): a reminder whose time has come is told, and a saved posting that closed or changed
 * is told, each as a notification (the inbox, its live stream, desktop and e-mail when on).
 */

/** "Interview: Stripe — Senior Engineer, Fri 12 Dec, 15:00 (Europe/Berlin)". */
export function reminderNotice(reminder: ReminderRecord): { title: string; body: string } {
  const due = new Date(reminder.due_at);
  const when = reminder.all_day
    ? due.toLocaleDateString('en-GB', { timeZone: reminder.time_zone, weekday: 'short', day: 'numeric', month: 'short' })
    : `${due.toLocaleString('en-GB', { timeZone: reminder.time_zone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })} (${reminder.time_zone})`;
  const job = reminder.company ? `${reminder.company}${reminder.job_title ? ` — ${reminder.job_title}` : ''}` : undefined;
  const lines = [`${reminder.kind === 'interview' ? 'Interview' : 'Due'}: ${when}`];
  if (job) lines.push(`Job: ${job}${reminder.job_url ? ` (${reminder.job_url})` : ''}`);
  if (reminder.note) lines.push(reminder.note);
  return { title: reminder.title, body: lines.join('\n') };
}

/**
 * Tells every reminder whose time has come (each handed over once across processes by
 * `claimDue`) as a `reminder` notification to its owner. Returns how many were told.
 *
 * @example
 * await notifyDueReminders({ claimDue: () => claimDueReminders(pool, new Date()), notifications });
 */
export async function notifyDueReminders(deps: {
  claimDue: () => Promise<ReminderRecord[]>;
  notifications: Pick<NotificationService, 'createNotification'>;
}): Promise<number> {
  const due = await deps.claimDue();
  for (const reminder of due) {
    await deps.notifications.createNotification({
      owner: reminder.owner,
      kind: 'reminder',
      ...reminderNotice(reminder),
      data: { reminder_id: reminder.id, reminder_kind: reminder.kind, job_id: reminder.job_id, due_at: reminder.due_at },
    });
  }
  return due.length;
}

/** Owners with a saved job still pursued (saved, applied, interviewing): whose postings are re-checked. */
export async function ownersPursuingJobs(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ owner: string }>(
    `SELECT DISTINCT owner FROM saved_jobs WHERE status IN ('saved', 'applied', 'interviewing') ORDER BY owner`,
  );
  return rows.map((row) => row.owner);
}

/**
 * Re-checks each owner's saved postings (`recheck`) and tells the ones that just closed or
 * changed as a `posting` notification, one per owner listing them.
 *
 * @example
 * await recheckAndNotify({ owners: ['default'], recheck: (owner) => jobpilot.recheckSavedJobs(owner), notifications });
 */
export async function recheckAndNotify(deps: {
  owners: readonly string[];
  recheck: (owner: string) => Promise<RecheckOutcome[]>;
  notifications: Pick<NotificationService, 'createNotification'>;
}): Promise<void> {
  for (const owner of deps.owners) {
    const news = (await deps.recheck(owner)).filter((outcome) => outcome.news);
    if (news.length === 0) continue;
    const closed = news.filter((outcome) => outcome.status === 'closed');
    const title =
      closed.length === news.length
        ? `${news.length === 1 ? 'A saved posting has' : `${news.length} saved postings have`} closed`
        : `${news.length === 1 ? 'A saved posting' : `${news.length} saved postings`} closed or changed`;
    await deps.notifications.createNotification({
      owner,
      kind: 'posting',
      title,
      body: news.map((outcome) => `${outcome.company} — ${outcome.title}: ${outcome.status}${outcome.reason ? ` (${outcome.reason})` : ''}`).join('\n'),
      data: { jobs: news.map(({ job_id, status, previous }) => ({ job_id, status, previous })) },
    });
  }
}
