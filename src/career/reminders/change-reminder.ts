import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import { JobpilotError } from '../../errors.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { recordReminderChange } from '../changes/record-change.ts';
import { reminderWhen } from './reminder-in-words.ts';
import { wallTimeAt } from '../../time/time-zone.ts';
import { readWhen } from './read-when.ts';
import { leadMs } from './set-reminder.ts';

export interface ReminderChange {
  /** The new time, in words or ISO 8601, read in the person's zone: "16 December 11:00". */
  when?: string | undefined;
  title?: string | undefined;
  note?: string | undefined;
}

/**
 * Changes a reminder in place (same id, same calendar UID, SEQUENCE raised so calendars
 * replace their copy). New words that say only a time ("2pm") keep the reminder's day; only a
 * day ("friday") keep its time (unless they say "all day"). A moved interview keeps ringing an hour before its new time, a new
 * time still to come rings again even if the old one was told. `REMINDER_NOT_FOUND` for no
 * such reminder, `REMINDER_CANCELLED` for a cancelled one, and the words' own errors
 * (`REMINDER_TIME_UNREADABLE`, `REMINDER_TIME_PAST`, `REMINDER_DAY_MISMATCH`) as when setting one.
 *
 * @example
 * const { reminder, before } = await changeReminder(career, 'rem_3f9a1c0b7d', { when: '16 December 11:00' });
 */
export async function changeReminder(
  dependencies: Pick<CareerDependencies, 'reminders' | 'now' | 'timeZone'> & Partial<Pick<CareerDependencies, 'changes'>>,
  id: string,
  change: ReminderChange,
  context: Pick<CareerCallContext, 'threadId'> = {},
): Promise<{ reminder: ReminderRecord; before: ReminderRecord }> {
  const before = await dependencies.reminders.get(id);
  if (!before) throw new JobpilotError('REMINDER_NOT_FOUND', `No reminder "${id}"; GET /v1/reminders lists them.`);
  const now = dependencies.now();
  let when: { dueAt: Date; allDay: boolean; remindAt: Date; said: string } | undefined;
  if (change.when !== undefined) {
    const timeZone = before.time_zone || dependencies.timeZone;
    // "2pm" keeps the reminder's day, "friday" its time: only what the words say is changed.
    const keep = { wall: wallTimeAt(new Date(before.due_at), timeZone), allDay: before.all_day };
    const reading = readWhen(change.when, { now, timeZone, keep });
    if (!reading.ok) throw new JobpilotError(reading.code, reading.message);
    // Its lead ("30 mins before", "the day before") moves with it; from a whole day to a time or back, the default lead.
    const ownLead = new Date(before.due_at).getTime() - new Date(before.remind_at).getTime();
    const lead = before.all_day === reading.when.allDay ? ownLead : leadMs(before.kind, reading.when.allDay);
    when = { dueAt: reading.when.at, allDay: reading.when.allDay, remindAt: new Date(reading.when.at.getTime() - lead), said: reading.when.said };
  }
  const title = change.title?.trim();
  const changed = await dependencies.reminders.update(
    id,
    { ...(title ? { title } : {}), ...(change.note === undefined ? {} : { note: change.note.trim() }), ...(when ? { when } : {}) },
    now,
  );
  if (changed === null) throw new JobpilotError('REMINDER_NOT_FOUND', `No reminder "${id}"; GET /v1/reminders lists them.`);
  if (changed === 'cancelled') throw new JobpilotError('REMINDER_CANCELLED', `The reminder "${before.title}" [${id}] was cancelled; set a new one instead.`);
  const moved = when ? `moved "${before.title}" from ${reminderWhen(before)} to ${reminderWhen(changed)}` : `changed the reminder "${before.title}"`;
  await recordReminderChange(dependencies, context, { before, after: changed, description: moved });
  return { reminder: changed, before };
}
