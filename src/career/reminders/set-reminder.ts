import type { JobRecord } from '../../db/repositories/jobs.ts';
import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import type { JobStatus } from '../../protocol/vocabulary.ts';
import { JobpilotError } from '../../errors.ts';
import type { ReminderKind } from '../../protocol/vocabulary.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { jobInWords, recordReminderChange, recordTrackerChange } from '../changes/record-change.ts';
import { readWhen } from './read-when.ts';

/** How long before an interview with a time its reminder rings. */
export const interviewLeadMs = 60 * 60_000;

/** The longest lead a reminder may ring by (a week). */
export const maxLeadMinutes = 7 * 24 * 60;

/**
 * How long before its time a reminder rings: the lead the person said ("remind me 30 mins before"), else an hour
 * before an interview with a time, else at its time.
 */
export function leadMs(kind: ReminderKind, allDay: boolean, leadMinutes?: number): number {
  if (leadMinutes !== undefined) return Math.min(Math.max(0, Math.round(leadMinutes)), maxLeadMinutes) * 60_000;
  return kind === 'interview' && !allDay ? interviewLeadMs : 0;
}

/** Stages an interview date moves a job on from: before the interview, not past it. */
const beforeInterview: ReadonlySet<JobStatus | null> = new Set([null, 'saved', 'applied']);

export interface ReminderRequest {
  kind: ReminderKind;
  /** When, in words or ISO 8601: "Friday", "on the 12th at 3pm", "in 3 days". */
  when: string;
  /** The job it is about, already resolved; null for a free-standing reminder. */
  job: JobRecord | null;
  /** Who it is about when no job is known ("Northwind"): named in the title. */
  who?: string | undefined;
  /** What to do, in the person's words ("chase the Acme recruiter"); a title is made when absent. */
  what?: string | undefined;
  note?: string | undefined;
  /** How many minutes before its time it rings, as the person said it ("30 mins before": 30); left out, the default lead. */
  leadMinutes?: number | undefined;
}

export interface SetReminderOutcome {
  reminder: ReminderRecord;
  /** The tracker's stage before an interview date moved the job to interviewing; undefined when it did not move. */
  movedFrom?: JobStatus | null;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The person's words as a title about a job: its company in the job's own spelling ("follow up with
 * caredeck" → "… Caredeck"), "them"/"they" as the company ("ring them to say thanks" → "Ring Caredeck
 * to say thanks"), and, when the words name no company ("prep"), for which job.
 */
function titledFor(what: string, job: JobRecord): string {
  const company = job.company.trim();
  if (!company) return what;
  const named = new RegExp(`(?<![\\p{L}\\d])${escaped(company)}(?![\\p{L}\\d])`, 'giu');
  if (named.test(what)) return what.replace(named, company);
  const pointed = what.replace(/\b(?:them|they)\b/i, company).replace(/\btheir\b/i, `${company}'s`);
  if (pointed !== what) return pointed;
  return `${what}: ${job.title} at ${company}`;
}

/** The reminder's title: the person's own words, or one made from the kind and the job. */
export function reminderTitle(request: Pick<ReminderRequest, 'kind' | 'job' | 'who' | 'what'>): string {
  const what = request.what?.trim().replace(/[.!?]+$/, '');
  if (what) return capitalised(request.job ? titledFor(what, request.job) : what).slice(0, 200);
  const about = request.job ? `${request.job.title} at ${request.job.company}` : request.who?.trim();
  if (request.kind === 'interview') return about ? `Interview: ${about}` : 'Interview';
  if (request.kind === 'follow_up') return about ? `Follow up: ${about}` : 'Follow up';
  return about ? `Reminder: ${about}` : 'Reminder';
}

/**
 * Stores a reminder read from words in the person's time zone, against the service's clock.
 * An interview rings an hour before its time (a day said without a time: at 09:00 that day);
 * anything else at its own time; a lead said (`leadMinutes`) replaces either, the event keeping its time. An interview date for a job still at saved or applied moves
 * it to interviewing, a dated event in its history as `update_job_status` would record, which
 * "undo" can take back. Unreadable or past words are `REMINDER_TIME_UNREADABLE` /
 * `REMINDER_TIME_PAST` (422) with a message saying what works.
 *
 * @example
 * await setReminder(career, { kind: 'follow_up', when: 'on Friday', job: null, who: 'Northwind' }, context);
 */
export async function setReminder(
  dependencies: Pick<CareerDependencies, 'reminders' | 'saved' | 'changes' | 'now' | 'timeZone'>,
  request: ReminderRequest,
  context: Pick<CareerCallContext, 'threadId'> = {},
): Promise<SetReminderOutcome> {
  const now = dependencies.now();
  const reading = readWhen(request.when, { now, timeZone: dependencies.timeZone });
  if (!reading.ok) throw new JobpilotError(reading.code, reading.message);
  const { when } = reading;
  const lead = leadMs(request.kind, when.allDay, request.leadMinutes);
  const reminder = await dependencies.reminders.add({
    kind: request.kind,
    title: reminderTitle(request),
    jobId: request.job?.id ?? null,
    dueAt: when.at,
    allDay: when.allDay,
    timeZone: dependencies.timeZone,
    remindAt: new Date(when.at.getTime() - lead),
    said: when.said,
    note: request.note?.trim() ?? '',
  });
  const moved = await interviewStage(dependencies, request, when.said, context);
  // Recorded last, so "undo" right after takes back the reminder first (then the stage, named).
  await recordReminderChange(dependencies, context, { before: null, after: reminder, description: `set the reminder "${reminder.title}"` });
  return moved === undefined ? { reminder } : { reminder, movedFrom: moved };
}

/** An interview date for a job at saved or applied moves it to interviewing (recorded for undo); the stage before, or undefined when it did not move. */
async function interviewStage(
  dependencies: Pick<CareerDependencies, 'saved' | 'changes'>,
  request: ReminderRequest,
  said: string,
  context: Pick<CareerCallContext, 'threadId'>,
): Promise<JobStatus | null | undefined> {
  if (request.kind !== 'interview' || !request.job) return undefined;
  const job = request.job;
  const before = await dependencies.saved.get(job.id);
  if (!beforeInterview.has(before?.status ?? null)) return undefined;
  const { saved, previous } = await dependencies.saved.setStatus(job.id, 'interviewing', `interview ${said}`);
  await recordTrackerChange(dependencies, context, {
    job,
    before,
    after: saved,
    description: `marked ${jobInWords(job)} as interviewing${previous ? ` (was ${previous})` : ''}`,
  });
  return previous;
}
