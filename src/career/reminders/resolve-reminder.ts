import type { ReminderRecord, RemindersRepository } from '../../db/repositories/reminders.ts';
import { reminderIdPattern } from '../../db/repositories/reminders.ts';
import { wallTimeAt } from '../../time/time-zone.ts';
import { describeWall } from './read-when.ts';

export type ReminderResolution = { ok: true; reminder: ReminderRecord } | { ok: false; error: string };

const ordinals: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const pointing = /^(?:it|that|this|that one|this one|the one|that reminder|this reminder|the reminder|my reminder|the last reminder)$/;
const filler = /\b(?:the|a|an|my|one|reminder|reminders|for|about|with|to|at|of|on|please)\b/g;

/** A place in the last list ("the second one", "#2", "2nd", "the last one"); undefined when the words are not one. */
function placeOf(phrase: string, count: number): number | undefined {
  const stripped = phrase.replace(/^(?:the|number|no\.?|#)\s*/, '').replace(/\s*(?:one|reminder)$/, '').trim();
  if (/^(?:last|final)$/.test(stripped)) return count || 1;
  const digits = /^#?\s*(\d{1,2})(?:st|nd|rd|th)?$/.exec(stripped);
  if (digits) return Number(digits[1]);
  return ordinals[stripped];
}

/**
 * Finds the reminder a person means: its id; "it" for the one the conversation set or
 * touched last; a place in the last list ("the second one"); or words matched against the
 * titles, companies and days of the reminders to come ("the Northwind one", "the friday
 * one"), which must fit one (a tie is an error naming both, so the person is asked which).
 *
 * @example
 * await resolveReminder('the Northwind one', { reminders, references, now: new Date() });
 */
export async function resolveReminder(
  reference: string,
  context: { reminders: Pick<RemindersRepository, 'get' | 'list'>; references: Readonly<Record<string, string>>; now: Date },
): Promise<ReminderResolution> {
  const phrase = reference.trim().toLowerCase().replace(/[.!?]+$/, '').replace(/\s+/g, ' ');
  const found = async (id: string | undefined, missing: string): Promise<ReminderResolution> => {
    const reminder = id ? await context.reminders.get(id) : null;
    return reminder ? { ok: true, reminder } : { ok: false, error: missing };
  };
  if (reminderIdPattern.test(phrase)) return found(phrase, `There is no reminder ${phrase}; "list my reminders" shows their ids.`);
  // "cancel rem_9a2c01": an id typed short (or mistyped) is the one reminder whose id begins so.
  const shortId = /^rem_[0-9a-f]{3,12}$/.exec(phrase)?.[0];
  if (shortId) {
    const matching = (await context.reminders.list({ all: true })).filter((reminder) => reminder.id.startsWith(shortId) || shortId.startsWith(reminder.id));
    if (matching.length === 1 && matching[0]) return { ok: true, reminder: matching[0] };
    return { ok: false, error: matching.length === 0 ? `There is no reminder ${phrase}; "list my reminders" shows their ids.` : `"${phrase}" begins the ids of ${matching.length} reminders; give the whole id.` };
  }
  if (pointing.test(phrase) || phrase === '') {
    return found(context.references.last_reminder_id, 'No reminder has come up in this conversation yet; say which ("the Northwind one"), or list them first.');
  }
  const listed = (context.references.last_reminder_ids ?? '').split(',').filter(Boolean);
  const place = placeOf(phrase, listed.length);
  if (place !== undefined) {
    if (listed.length === 0) return { ok: false, error: 'No reminders were listed in this conversation to count from; say "list my reminders" first.' };
    return found(listed[place - 1], `The last list showed ${listed.length} reminder${listed.length === 1 ? '' : 's'}; there is no number ${place}.`);
  }
  const words = phrase.replace(filler, ' ').split(/\s+/).filter((word) => word.length > 1);
  if (words.length === 0) return { ok: false, error: `"${reference}" does not say which reminder; use its number in the list or its company.` };
  // Whole-day reminders of today are still to come: from a day back.
  const upcoming = await context.reminders.list({ from: new Date(context.now.getTime() - 24 * 3600_000) });
  const scored = upcoming
    .map((reminder) => {
      // Its day as the list showed it ("Friday 11 Dec 2026"), so "the friday one" finds it too.
      const day = describeWall(wallTimeAt(new Date(reminder.due_at), reminder.time_zone), true);
      const text = `${reminder.title} ${reminder.company ?? ''} ${reminder.job_title ?? ''} ${day}`.toLowerCase();
      return { reminder, score: words.filter((word) => text.includes(word)).length };
    })
    .filter((entry) => entry.score > 0)
    .sort((left, right) => right.score - left.score);
  const [best, next] = scored;
  if (!best) return { ok: false, error: `No reminder to come matches "${reference}"; "list my reminders" shows them.` };
  if (next && next.score === best.score) {
    return { ok: false, error: `"${reference}" fits more than one reminder (${best.reminder.title}; ${next.reminder.title}); say which by its number in the list.` };
  }
  return { ok: true, reminder: best.reminder };
}

/**
 * Every reminder to come a person means by "all" ("cancel all my reminders") or "all" and words ("all friday",
 * "all Acme"): those whose title, company, job or day has every word said (days by their first three letters).
 *
 * @example
 * await remindersMeant('all friday', { reminders, now: new Date() }); // the reminders of the coming Friday
 */
export async function remindersMeant(reference: string, context: { reminders: Pick<RemindersRepository, 'list'>; now: Date }): Promise<ReminderRecord[]> {
  const words = reference
    .trim()
    .toLowerCase()
    .replace(/^all\b/, '')
    .replace(filler, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1)
    .map((word) => (/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$/.test(word) ? word.slice(0, 3) : word));
  const upcoming = await context.reminders.list({ from: new Date(context.now.getTime() - 24 * 3600_000) });
  return upcoming.filter((reminder) => {
    const day = describeWall(wallTimeAt(new Date(reminder.due_at), reminder.time_zone), true);
    const text = `${reminder.title} ${reminder.company ?? ''} ${reminder.job_title ?? ''} ${day}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
