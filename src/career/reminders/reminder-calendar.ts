import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import { wallTimeAt } from '../../time/time-zone.ts';

/** How long an event lasts in a calendar: an hour for an interview, half an hour for anything else. */
const minutesOf = (kind: ReminderRecord['kind']): number => (kind === 'interview' ? 60 : 30);

/** The date of a whole-day event as ical-generator writes it (from the UTC fields of a Date): that day in the reminder's zone. */
function dayOf(reminder: ReminderRecord, offsetDays = 0): Date {
  const wall = wallTimeAt(new Date(reminder.due_at), reminder.time_zone);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day + offsetDays));
}

/** What the event's description says: the job, the words the date came from, the note. */
function descriptionOf(reminder: ReminderRecord): string {
  const lines = [
    reminder.company ? `Job: ${reminder.job_title ?? ''} at ${reminder.company}`.replace(': at', ':') : '',
    reminder.job_url ? `Posting: ${reminder.job_url}` : '',
    reminder.note,
    reminder.said ? `Said as "${reminder.said}" (${reminder.time_zone}).` : '',
    `jobpilot reminder ${reminder.id}`,
  ];
  return lines.filter(Boolean).join('\n');
}

/**
 * Reminders as an iCalendar (RFC 5545) document, one VEVENT each: a whole-day event for a day
 * said without a time, else the time in UTC; an alarm at the reminder's own time; cancelled
 * ones kept with `STATUS:CANCELLED` and a higher `SEQUENCE`, so a calendar that subscribed to
 * the feed drops them. The UID is stable (`<id>@jobpilot`): re-reading the feed updates, never
 * duplicates.
 *
 * @example
 * reply.type('text/calendar; charset=utf-8').send(reminderCalendar(reminders, { name: 'jobpilot reminders' }));
 */
export function reminderCalendar(reminders: readonly ReminderRecord[], options: { name: string }): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'jobpilot', product: 'reminders', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const reminder of reminders) {
    const start = new Date(reminder.due_at);
    calendar.createEvent({
      id: `${reminder.id}@jobpilot`,
      sequence: reminder.sequence,
      // The moment this version of the event was written: made, or cancelled.
      stamp: new Date(reminder.cancelled_at ?? reminder.created_at),
      created: new Date(reminder.created_at),
      summary: reminder.title,
      description: descriptionOf(reminder),
      ...(reminder.job_url ? { url: reminder.job_url } : {}),
      status: reminder.cancelled_at ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(reminder.all_day
        ? { allDay: true, start: dayOf(reminder), end: dayOf(reminder, 1) }
        : { start, end: new Date(start.getTime() + minutesOf(reminder.kind) * 60_000) }),
      alarms: reminder.cancelled_at ? [] : [{ type: ICalAlarmType.display, trigger: new Date(reminder.remind_at), description: reminder.title }],
    });
  }
  return calendar.toString();
}
