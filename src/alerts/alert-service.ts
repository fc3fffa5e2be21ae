import type { AlertRecord, AlertRunRecord, AlertSearch, AlertsRepository } from '../db/repositories/alerts.ts';
import { JobpilotError } from '../errors.ts';
import type { JobSeniority } from '../protocol/api.ts';
import type { EmploymentType } from '../protocol/posting.ts';
import { alertName } from './alert-name.ts';
import { checkSchedule, nextRunAfter, ScheduleError } from './next-run.ts';
import type { AlertRunOutcome } from './run-alert.ts';
import { describeSchedule, partlyReadSchedule, scheduleFromWords, tooOften } from './schedule-from-words.ts';
import { takeZone } from './zone-from-words.ts';

/** A new alert as people give it: a search, and a schedule in words or as cron. */
export interface NewAlert {
  query: string;
  location?: string | null | undefined;
  remote?: boolean | null | undefined;
  /** With a location: remote openings as well as the place's. */
  remote_too?: boolean | undefined;
  company?: string | null | undefined;
  min_fit?: number | null | undefined;
  /** A yearly pay floor, read as a search reads one ("paying at least 60k"). */
  min_salary?: number | null | undefined;
  /** Levels, employment types and agencies' postings kept out, as a search keeps them out. */
  exclude_seniority?: readonly JobSeniority[] | undefined;
  exclude_employment_type?: readonly EmploymentType[] | undefined;
  exclude_agencies?: boolean | undefined;
  /** "every morning at 8", "weekdays at 7:30", or a cron expression ("0 8 * * *"). */
  schedule: string;
  /** An IANA zone; the configured one (`JOBPILOT_TIME_ZONE`) when not given. */
  time_zone?: string | undefined;
}

export interface AlertServiceDependencies {
  alerts: AlertsRepository;
  /** The zone schedules are read in when an alert names none. */
  timeZone: string;
  now: () => Date;
  /** Runs a queued run here and now (the scheduler's `runNow`). */
  runNow: (runId: string, signal?: AbortSignal) => Promise<AlertRunOutcome | null>;
}

/** What a change to an alert may set; what is left out stays as it is (null clears an optional field). */
export interface AlertChange {
  query?: string | undefined;
  location?: string | null | undefined;
  remote?: boolean | null | undefined;
  remote_too?: boolean | undefined;
  company?: string | null | undefined;
  min_fit?: number | null | undefined;
  /** The yearly pay floor now; null for none. */
  min_salary?: number | null | undefined;
  /** What to keep out now (an empty list, or false, keeps nothing out). */
  exclude_seniority?: readonly JobSeniority[] | undefined;
  exclude_employment_type?: readonly EmploymentType[] | undefined;
  exclude_agencies?: boolean | undefined;
  schedule?: string | undefined;
  time_zone?: string | undefined;
}

const notFound = (id: string) => new JobpilotError('ALERT_NOT_FOUND', `No alert "${id}". \`jobpilot alerts list\` shows yours.`);

/** A schedule in words or cron, checked in `zone`: the cron and its next due time after `at`; `ALERT_SCHEDULE_INVALID` when unusable. */
function readSchedule(said: string, zone: string, at: Date): { schedule: string; next: Date } {
  const schedule = scheduleFromWords(said);
  if (!schedule) throw new JobpilotError('ALERT_SCHEDULE_INVALID', unreadableSchedule(said));
  // ("dias úteis às 9h" read as every day at 9 ran at weekends: a schedule read only in part is refused with what was read.)
  const partly = partlyReadSchedule(said, schedule);
  if (partly) throw new JobpilotError('ALERT_SCHEDULE_INVALID', partly);
  // ("*/15 * * * *": every run asks every board; an hour apart is the most often an alert runs.)
  if (!/^\d{1,2}$/.test(schedule.split(/\s+/)[0] ?? '')) throw new JobpilotError('ALERT_SCHEDULE_INVALID', tooOftenReason(said));
  try {
    return { schedule, next: checkSchedule(schedule, zone, at) };
  } catch (error) {
    if (error instanceof ScheduleError) throw new JobpilotError('ALERT_SCHEDULE_INVALID', error.message, { cause: error });
    throw error;
  }
}

/**
 * The zone an alert's times are read in: the one its schedule's words name ("daily at 9 IST",
 * "every morning at 8 new york time"), else the one given beside it, else `otherwise`. A schedule
 * naming one zone while another is given is refused (ALERT_SCHEDULE_INVALID): one of the two
 * would silently be dropped, and the alert would run hours off (trial 46 #49).
 */
function zoneFor(said: string, given: string | undefined, otherwise: string): string {
  const named = takeZone(said);
  if (!named.zone) return given ?? otherwise;
  if (given !== undefined && canonicalZone(given) !== canonicalZone(named.zone)) {
    throw new JobpilotError(
      'ALERT_SCHEDULE_INVALID',
      `The schedule "${said}" names ${named.words ?? 'a time zone'} (${named.zone}), but the time zone given is ${given}: give the time in one zone (leave out the zone's words, or the time zone).`,
    );
  }
  return named.zone;
}

/** One spelling for a zone's names ("Asia/Kolkata" and "Asia/Calcutta", "US/Eastern" and "America/New_York"); a name Intl does not know as itself. */
function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

/** Why words are no schedule, and what to say instead; "every 2 weeks" gets its own reason. */
export function unreadableSchedule(said: string): string {
  const examples = 'say e.g. "every morning at 8", "weekdays at 7:30", "every Monday", "hourly", or give a cron expression such as "0 8 * * *"';
  if (tooOften(said)) return tooOftenReason(said);
  if (/\b(?:fortnight(?:ly)?|bi-?weekly|every\s+(?:other|second|2|two|3|three|4|four)\s+weeks?|every\s+\d+\s+(?:weeks|months)|monthly|every\s+month)\b/i.test(said)) {
    return `"${said}" cannot be an alert's schedule: alerts run on a weekly clock (a cron expression), which can name days of the week but not every other week or month; ${examples} ("every Monday" is the nearest to "every 2 weeks").`;
  }
  return `"${said}" is not a schedule: ${examples}.`;
}

/**
 * Why words can never be an alert's schedule, wherever the alert would run ("every 2 weeks",
 * "every 10 minutes"): said before anything else about the alert. Undefined when they can be.
 *
 * @example
 * scheduleRefusal('every 2 weeks'); // '"every 2 weeks" cannot be an alert's schedule: … ("every Monday" is the nearest to "every 2 weeks").'
 */
export function scheduleRefusal(said: string): string | undefined {
  if (tooOften(said)) return tooOftenReason(said);
  return scheduleFromWords(said) ? undefined : unreadableSchedule(said);
}

/** Why a schedule more often than hourly is refused, and what to say instead. */
const tooOftenReason = (said: string) =>
  `"${said}" is too often for an alert: an alert runs at most once an hour (each run asks every job board, and the boards ask for few calls); say "hourly" or "every 2 hours", or ask "run the alert now" whenever you want a fresh look.`;

/**
 * An alert's search with its text trimmed and empty fields as null. Remote as well as the place
 * needs a place (without one, any opening is already allowed) and is never remote only.
 */
const searchOf = (
  request: Pick<
    NewAlert,
    'query' | 'location' | 'remote' | 'remote_too' | 'company' | 'min_fit' | 'min_salary' | 'exclude_seniority' | 'exclude_employment_type' | 'exclude_agencies'
  >,
): AlertSearch => {
  const location = request.location?.trim() || null;
  const remoteToo = Boolean(request.remote_too && location);
  return {
    query: request.query.trim(),
    location,
    remote: remoteToo ? null : (request.remote ?? null),
    remote_too: remoteToo,
    company: request.company?.trim() || null,
    min_fit: request.min_fit ?? null,
    min_salary: request.min_salary ?? null,
    exclude_seniority: [...new Set(request.exclude_seniority ?? [])],
    exclude_employment_type: [...new Set(request.exclude_employment_type ?? [])],
    exclude_agencies: request.exclude_agencies ?? false,
  };
};

const folded = (text: string | null) => (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
/** The same search: query, place, remote and company alike (case and spacing aside). */
const sameSearch = (alert: AlertSearch, search: AlertSearch) =>
  folded(alert.query) === folded(search.query) &&
  folded(alert.location) === folded(search.location) &&
  Boolean(alert.remote) === Boolean(search.remote) &&
  alert.remote_too === search.remote_too &&
  folded(alert.company) === folded(search.company);

/**
 * One owner's alerts: made from a search and a schedule (words or cron, read in the
 * person's time zone), listed, paused, resumed, deleted and run at once.
 *
 * @example
 * const service = createAlertService({ alerts, timeZone: 'Europe/Berlin', now: () => new Date(), runNow });
 * await service.create({ query: 'typescript', remote: true, schedule: 'every morning at 8' });
 */
export function createAlertService({ alerts, timeZone, now, runNow }: AlertServiceDependencies) {
  const require = async (id: string): Promise<AlertRecord> => (await alerts.get(id)) ?? Promise.reject(notFound(id));
  return {
    /** The clock and the zone this person's times are read in ("since yesterday"). */
    clock: { now, timeZone },
    async create(request: NewAlert): Promise<AlertRecord> {
      const zone = zoneFor(request.schedule, request.time_zone, timeZone);
      const at = now();
      const { schedule, next } = readSchedule(request.schedule, zone, at);
      const search = searchOf(request);
      const same = (await alerts.list()).find((alert) => sameSearch(alert, search));
      if (same) {
        throw new JobpilotError(
          'ALERT_EXISTS',
          `You already have an alert for ${same.name} [${same.id}], ${describeSchedule(same.schedule)} (${same.time_zone})${same.paused ? ', paused' : ''}; change that one instead (PATCH /v1/alerts/${same.id}, \`jobpilot alerts edit ${same.id} --schedule …\`, or say "change the ${same.location ?? same.query} alert to …").`,
          { details: { alert_id: same.id } },
        );
      }
      return alerts.create({ ...search, name: alertName(search), schedule, time_zone: zone }, next, at);
    },
    /**
     * Changes an alert: what is given replaces what it had, the rest stays. Its name follows
     * its search, and its next due time is worked out again from the (new) schedule and zone,
     * so the scheduler's sweep runs it then; a paused alert stays paused.
     */
    async update(id: string, change: AlertChange): Promise<AlertRecord> {
      const alert = await require(id);
      // (A new schedule may name its zone; the stored one is a cron, read in the alert's zone.)
      const zone = change.schedule === undefined ? (change.time_zone ?? alert.time_zone) : zoneFor(change.schedule, change.time_zone, alert.time_zone);
      const at = now();
      const { schedule, next } = readSchedule(change.schedule ?? alert.schedule, zone, at);
      const search = searchOf({
        query: change.query ?? alert.query,
        location: change.location === undefined ? alert.location : change.location,
        remote: change.remote === undefined ? alert.remote : change.remote,
        // (Remote only said now ends "remote too", and so does "not remote" (the place only); remote too said now ends remote only.)
        remote_too: change.remote_too ?? (change.remote === undefined || change.remote === null ? alert.remote_too : false),
        company: change.company === undefined ? alert.company : change.company,
        min_fit: change.min_fit === undefined ? alert.min_fit : change.min_fit,
        min_salary: change.min_salary === undefined ? alert.min_salary : change.min_salary,
        exclude_seniority: change.exclude_seniority ?? alert.exclude_seniority,
        exclude_employment_type: change.exclude_employment_type ?? alert.exclude_employment_type,
        exclude_agencies: change.exclude_agencies ?? alert.exclude_agencies,
      });
      const same = (await alerts.list()).find((other) => other.id !== id && sameSearch(other, search));
      if (same) {
        throw new JobpilotError('ALERT_EXISTS', `That would make it the same search as your alert for ${same.name} [${same.id}], ${describeSchedule(same.schedule)}; change or delete that one instead.`, {
          details: { alert_id: same.id },
        });
      }
      return (await alerts.update(id, { ...search, name: alertName(search), schedule, time_zone: zone }, next, at)) ?? Promise.reject(notFound(id));
    },
    list: () => alerts.list(),
    get: require,
    async pause(id: string): Promise<AlertRecord> {
      return (await alerts.setPaused(id, true, null, now())) ?? Promise.reject(notFound(id));
    },
    async resume(id: string): Promise<AlertRecord> {
      const alert = await require(id);
      const at = now();
      return (await alerts.setPaused(id, false, nextRunAfter(alert.schedule, alert.time_zone, at), at)) ?? Promise.reject(notFound(id));
    },
    async delete(id: string): Promise<AlertRecord> {
      const alert = await require(id);
      if (!(await alerts.delete(id))) throw notFound(id);
      return alert;
    },
    /**
     * Puts back an alert as it was before a change ("undo"): a deleted one under its own id, a
     * paused, resumed or changed one with its search, schedule and paused state as before. Its
     * next due time is worked out again from now. `ALERT_EXISTS` when another alert has the same
     * search by now.
     */
    async restore(before: AlertRecord): Promise<AlertRecord> {
      const at = now();
      const current = await alerts.get(before.id);
      const search = searchOf(before);
      const same = (await alerts.list()).find((other) => other.id !== before.id && sameSearch(other, search));
      if (same) throw new JobpilotError('ALERT_EXISTS', `You have an alert for ${same.name} [${same.id}] with the same search now; change or delete that one instead.`, { details: { alert_id: same.id } });
      const next = checkSchedule(before.schedule, before.time_zone, at);
      if (!current) return (await alerts.restore({ ...before, created_at: new Date(before.created_at) }, next, at)) ?? require(before.id);
      await alerts.update(before.id, { ...search, name: before.name, schedule: before.schedule, time_zone: before.time_zone }, next, at);
      return (await alerts.setPaused(before.id, before.paused, next, at)) ?? Promise.reject(notFound(before.id));
    },
    runs: async (id: string): Promise<AlertRunRecord[]> => {
      await require(id);
      return alerts.runs(id);
    },
    /** Runs the alert now (recorded like a scheduled run, reporting only what is new). */
    async runNow(id: string, signal?: AbortSignal): Promise<{ run: AlertRunRecord; outcome: AlertRunOutcome }> {
      await require(id);
      const queued = await alerts.queueManualRun(id, now(), async () => {});
      if (!queued) throw notFound(id);
      const outcome = await runNow(queued.id, signal);
      const [run] = (await alerts.runs(id, 50)).filter((candidate) => candidate.id === queued.id);
      if (!outcome || !run) throw notFound(id);
      return { run, outcome };
    },
  };
}

export type AlertService = ReturnType<typeof createAlertService>;
