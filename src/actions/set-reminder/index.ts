import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { JOB_REFERENCES, resolveJob } from '../../career/jobs/resolve-job.ts';
import { changeReminder } from '../../career/reminders/change-reminder.ts';
import { reminderWhen, timeAsSaid } from '../../career/reminders/reminder-in-words.ts';
import { setReminder } from '../../career/reminders/set-reminder.ts';
import type { JobRecord } from '../../db/repositories/jobs.ts';
import { normaliseCompany } from '../../jobs/dedupe-key.ts';
import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import { JobpilotError } from '../../errors.ts';
import { wallTimeAt } from '../../time/time-zone.ts';
import { describeWall } from '../../career/reminders/read-when.ts';
import { REMINDER_REFERENCE } from '../arguments/reminder-reference.ts';
import { setReminderArgs } from './args.ts';
import { setReminderPhrasing } from './phrasing.ts';

/** A reference that points at a job in the thread ("it", "the second one", "#3"): it must resolve, never become a name. */
const pronoun = /^(?:it|that|this|that one|this one)$/i;
const pointing = /^(?:it|that|this|them|that one|this one|the one|#?\d+|(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))(?:\s+one)?)$/i;

/**
 * `set_reminder`: an interview date or a follow-up, tied to a job or free-standing, read in
 * the person's time zone; it rings as a notification and is an event in the calendar feed.
 * An interview date for a job at saved or applied moves it to interviewing.
 *
 * @example
 * registry line: makeSetReminderAction(dependencies)
 */
export const makeSetReminderAction = (dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'changes' | 'reminders' | 'now' | 'timeZone'>) =>
  defineAction({
    name: 'set_reminder',
    description:
      'Set a reminder: an interview date or a follow-up ("remind me to follow up with Northwind on Friday"), optionally about a job; it shows in the calendar feed (.ics).',
    args: setReminderArgs,
    phrasing: setReminderPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      let job: JobRecord | null = null;
      let who: string | undefined;
      let which = '';
      // "push it to 3pm" after a reminder was set: "it" is that reminder unless the thread's job has one of its own to move.
      let pointedReminder = args.moved && args.job && pronoun.test(args.job.trim()) ? context.references?.[REMINDER_REFERENCE] : undefined;
      if (args.job) {
        const resolved = await resolveJob(args.job, { references: context.references ?? {}, ...dependencies });
        if (resolved.ok) job = resolved.job;
        // A company not in the tracker ("follow up with Northwind") is named, not looked up.
        else if (pointedReminder) job = null;
        else if (pointing.test(args.job.trim())) return { ok: false, summary: resolved.error };
        else who = args.job.trim();
        if (pointedReminder) {
          const ofTheJob = job && (await dependencies.reminders.list({ from: dependencies.now() })).some((reminder) => reminder.job_id === job?.id);
          if (ofTheJob) pointedReminder = undefined;
          else job = null;
        }
        const company = job && companyOnly(args.job, job) ? job.company : job ? undefined : who;
        if (company && args.about === 'interview' && !args.moved) {
          // "my interview with Lumenpay": the tracker moves only when exactly one live tracked job of that company fits.
          const live = await liveJobsOf(dependencies, company);
          if (live.length === 1) job = live[0] ?? job;
          else {
            if (live.length > 1) which = ` Which ${company} job is it for: ${live.map((other) => `"${other.title}"`).join(' or ')}? I left your tracker as it is; say "mark the … one as interviewing".`;
            else if (job) which = ` None of your tracked jobs at ${company} was marked as interviewing.`;
            who = company;
            job = null;
          }
        }
      }
      try {
        // "2 days before the interview", "the day before", "an hour before it": counted back from the meeting already set, never from today.
        const back = countedBack.exec(args.when.trim())?.groups;
        if (back) {
          const counted = await countBack(dependencies, back, job, who, context);
          if (typeof counted === 'string') return { ok: false, summary: counted };
          const what = args.what ?? `before ${counted.from.title}`;
          args = { ...args, when: counted.when, about: args.about === 'interview' ? 'other' : args.about, what };
          if (!job && counted.from.job_id) job = await dependencies.jobs.get(counted.from.job_id);
        }
        if (args.moved) {
          const moved = await moveReminder(dependencies, args, job, who, pointedReminder === undefined ? context : { ...context, pointedAt: pointedReminder });
          if (moved) return moved;
          // Regression (trial s46 #34): a move that found nothing to move set a new reminder, which the person took for the
          // one moved. Nothing is set: the answer says none fits and how to set one.
          const name = job ? job.company : (who ?? 'that');
          const setIt = /\b(?:later|earlier)$/i.test(args.when.trim())
            ? ''
            : ` To set it as a new one, say e.g. "${args.about === 'interview' ? `my ${name} interview is ${args.when}` : `remind me ${args.when} about ${name}`}".`;
          return { ok: false, summary: `No reminder to come fits ${name}, so nothing was moved to "${args.when}"; "list my reminders" shows them.${setIt}`, data: { code: 'REMINDER_NOT_FOUND' } };
        }
        const { reminder, movedFrom } = await setReminder(dependencies, { kind: args.about, when: args.when, job, who, what: args.what, leadMinutes: args.lead_minutes }, context);
        const moved = movedFrom === undefined ? '' : ` Marked "${job?.title}" at ${job?.company} as interviewing${movedFrom ? ` (was ${movedFrom})` : ' (saved it too)'}.`;
        const rings = ringsInWords(reminder);
        return {
          ok: true,
          summary: `Reminder set: ${reminder.title}, ${reminderWhen(reminder)}${timeAsSaid(reminder)} [${reminder.id}].${rings}${moved}${which}${args.repeats ? ` Reminders don't repeat yet: this is the first one of "${args.repeats}"; set the next one when it rings.` : ''} It is in your calendar feed (/v1/calendar.ics).`,
          data: { reminder_id: reminder.id, due_at: reminder.due_at, all_day: reminder.all_day, job_id: reminder.job_id },
          references: { [REMINDER_REFERENCE]: reminder.id, ...(job ? { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' } : {}) },
        };
      } catch (error) {
        // Words that are no date, or a date past: an observation the planner can read and ask about.
        if (error instanceof JobpilotError && (error.code === 'REMINDER_TIME_UNREADABLE' || error.code === 'REMINDER_TIME_PAST' || error.code === 'REMINDER_DAY_MISMATCH' || error.code === 'REMINDER_ZONE_UNCLEAR')) {
          return { ok: false, summary: error.message, data: { code: error.code } };
        }
        throw error;
      }
    },
  });

/**
 * When it rings, if not at its own time, both times said: " I will remind you 30 minutes before, at 14:30." (the day too
 * when it is another: " … the day before, at Thursday 10 Dec 2026, 15:00.").
 */
function ringsInWords(reminder: ReminderRecord): string {
  const lead = Math.round((new Date(reminder.due_at).getTime() - new Date(reminder.remind_at).getTime()) / 60_000);
  if (lead <= 0) return '';
  const zone = reminder.time_zone || 'UTC';
  const rings = wallTimeAt(new Date(reminder.remind_at), zone);
  const due = wallTimeAt(new Date(reminder.due_at), zone);
  const clock = `${String(rings.hour).padStart(2, '0')}:${String(rings.minute).padStart(2, '0')}`;
  const sameDay = rings.year === due.year && rings.month === due.month && rings.day === due.day;
  return ` I will remind you ${leadInWords(lead)} before, at ${sameDay ? clock : describeWall(rings, false)}.`;
}

/** A lead in words: "an hour", "30 minutes", "2 hours", "a day", "90 minutes". */
function leadInWords(minutes: number): string {
  const count = (value: number, unit: string) => (value === 1 ? `${unit === 'hour' ? 'an' : 'a'} ${unit}` : `${value} ${unit}s`);
  if (minutes % 1440 === 0) return minutes === 1440 ? 'the day' : count(minutes / 1440, 'day');
  if (minutes % 60 === 0) return count(minutes / 60, 'hour');
  return `${minutes} minutes`;
}

/** Whether the words name only the job's company ("Lumenpay", "the Lumenpay one"), no title words. */
function companyOnly(words: string, job: JobRecord): boolean {
  const said = normaliseCompany(words.replace(/\b(?:the|at|with|for|one|job|role|position|people|team)\b/gi, ' '));
  const company = normaliseCompany(job.company);
  return said !== '' && company !== '' && (said === company || company.startsWith(`${said} `));
}

/** Tracked jobs of a company still in play (saved, applied, interviewing), in the tracker's order. */
async function liveJobsOf(dependencies: Pick<CareerDependencies, 'jobs' | 'saved'>, company: string): Promise<JobRecord[]> {
  const live = (await dependencies.saved.list()).filter((saved) => saved.status === 'saved' || saved.status === 'applied' || saved.status === 'interviewing');
  const jobs = await dependencies.jobs.getMany(live.map((saved) => saved.job_id));
  return jobs.filter((job) => normaliseCompany(job.company) === normaliseCompany(company));
}

const countNumbers: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "2 days before", "the day before", "a week before the interview", "an hour before it", "the evening before": a time counted back from a meeting. */
const countedBack =
  /^(?:(?<count>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?<unit>days?|hours?|weeks?)|the\s+(?<part>day|evening|night|morning))\s+before(?:\s+(?:it|that|then|(?:the|my|that|this)\s+(?:\S+\s+){0,3}?(?:interview|call|screen|meeting|assessment|one)))?$/i;

/**
 * The words for a time counted back from the meeting (an interview first) of that job or
 * company still to come, or the reminder this conversation set last: a whole day for days
 * ("2026-12-13"), that time for hours. A sentence saying what is missing when there is none.
 */
async function countBack(
  dependencies: Pick<CareerDependencies, 'reminders' | 'now' | 'timeZone'>,
  back: Record<string, string | undefined>,
  job: JobRecord | null,
  who: string | undefined,
  context: { references?: Readonly<Record<string, string>> | undefined },
): Promise<{ when: string; from: ReminderRecord } | string> {
  const pending = await dependencies.reminders.list({ from: dependencies.now() });
  const name = (job?.company ?? who)?.toLowerCase();
  const pointedAt = context.references?.[REMINDER_REFERENCE];
  const named = pending.filter((reminder) => (job !== null && reminder.job_id === job.id) || (name !== undefined && `${reminder.company ?? ''} ${reminder.title}`.toLowerCase().includes(name)));
  const interviews = (named.length > 0 ? named : pending).filter((reminder) => reminder.kind === 'interview');
  const from = interviews[0] ?? pending.find((reminder) => reminder.id === pointedAt) ?? named[0];
  if (!from || (interviews.length > 1 && named.length === 0)) {
    return from
      ? `Before which one? You have ${interviews.map((reminder) => `${reminder.title}, ${reminderWhen(reminder)}`).join('; ')}: say its company.`
      : 'There is no interview or reminder to come to count back from; say the day ("on the 13th") or set the interview first.';
  }
  const count = back.part ? 1 : (countNumbers[(back.count ?? '').toLowerCase()] ?? Number(back.count));
  const unit = back.part ? 'day' : (back.unit ?? '').toLowerCase();
  const wall = wallTimeAt(new Date(from.due_at), from.time_zone || dependencies.timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  if (/^hour/.test(unit)) {
    const at = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour - count, wall.minute));
    return { when: `${at.getUTCFullYear()}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`, from };
  }
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day - count * (/^week/.test(unit) ? 7 : 1)));
  const date = `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`;
  // "the evening before": 18:00 that day; a day said alone is a whole day (it rings at 09:00).
  return { when: back.part && /evening|night/i.test(back.part) ? `${date} 18:00` : back.part === 'morning' ? `${date} 09:00` : date, from };
}

/**
 * "the Stripe interview moved to the 16th at 11": the reminder of that kind still to come for
 * that job or company is moved (same id, the calendar's copy replaced); undefined when there is
 * none, so a new one is set and the answer says none was found.
 */
async function moveReminder(
dependencies: Pick<CareerDependencies, 'reminders' | 'changes' | 'now' | 'timeZone'>,
args: { when: string; about: ReminderRecord['kind'] },
job: JobRecord | null,
who: string | undefined,
context: { threadId?: string | undefined; references?: Readonly<Record<string, string>> | undefined; pointedAt?: string | undefined },
) {
  const name = (job?.company ?? who)?.toLowerCase();
  const pending = await dependencies.reminders.list({ from: dependencies.now() });
  // "push it back an hour" names nothing: the reminder this conversation set or touched last.
  const pointedAt = context.pointedAt ?? (job === null && who === undefined ? context.references?.[REMINDER_REFERENCE] : undefined);
  const ofTheJob = pending.filter(
    (reminder) =>
      reminder.id === pointedAt ||
      (job !== null && reminder.job_id === job.id) ||
      (name !== undefined && `${reminder.company ?? ''} ${reminder.title}`.toLowerCase().includes(name)),
  );
  // "they moved my 2nd round to monday" names no job and points at none: the one reminder of that kind to come, if only one.
  const namedNothing = job === null && who === undefined && pointedAt === undefined;
  const onlyOfItsKind = pending.filter((reminder) => reminder.kind === args.about);
  if (namedNothing && onlyOfItsKind.length === 1) ofTheJob.push(...onlyOfItsKind);
  if (namedNothing && onlyOfItsKind.length > 1) {
    const named = onlyOfItsKind.map((reminder) => `${reminder.title}, ${reminderWhen(reminder)}`).join('; ');
    return { ok: false as const, summary: `Which one moved to ${args.when}? You have ${named}: say its company, e.g. "the ${onlyOfItsKind[0]?.company ?? 'Acme'} one moved to ${args.when}".` };
  }
  // Of the kind said first ("the Aldi interview"); any of that job's when the words said no kind ("my Ocado reminder").
  const ofTheKind = ofTheJob.filter((reminder) => reminder.kind === args.about);
  const upcoming = ofTheKind.length > 0 || args.about !== 'other' ? ofTheKind : ofTheJob;
  const [first, ...others] = upcoming;
  if (!first) return undefined;
  const { reminder, before } = await changeReminder(dependencies, first.id, { when: args.when }, context);
  const also = others.length === 0 ? '' : ` You also have ${others.map((other) => `${other.title}, ${reminderWhen(other)} [${other.id}]`).join('; ')}: say "cancel" and its number if it moved too.`;
  return {
    ok: true,
    summary: `Moved: ${reminder.title}, from ${reminderWhen(before)} to ${reminderWhen(reminder)}${timeAsSaid(reminder)} [${reminder.id}]; your calendar feed has the new time.${also}`,
    data: { reminder_id: reminder.id, due_at: reminder.due_at, all_day: reminder.all_day, job_id: reminder.job_id, moved_from: before.due_at },
    references: { [REMINDER_REFERENCE]: reminder.id, ...(job ? { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' } : {}) },
  };
}
