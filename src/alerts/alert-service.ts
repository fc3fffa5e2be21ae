import type { AlertRecord, AlertRunRecord, AlertsRepository } from '../db/repositories/alerts.ts';
import { JobpilotError } from '../errors.ts';
import { alertName } from './alert-name.ts';
import { checkSchedule, nextRunAfter, ScheduleError } from './next-run.ts';
import type { AlertRunOutcome } from './run-alert.ts';
import { scheduleFromWords } from './schedule-from-words.ts';

/** A new alert as people give it: a search, and a schedule in words or as cron. */
export interface NewAlert {
  query: string;
  location?: string | null | undefined;
  remote?: boolean | null | undefined;
  company?: string | null | undefined;
  min_fit?: number | null | undefined;
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

const notFound = (id: string) => new JobpilotError('ALERT_NOT_FOUND', `No alert "${id}". \`jobpilot alerts list\` shows yours.`);

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
      const schedule = scheduleFromWords(request.schedule);
      if (!schedule) {
        throw new JobpilotError('ALERT_SCHEDULE_INVALID', `"${request.schedule}" is not a schedule: say e.g. "every morning at 8", "weekdays at 7:30", "every Monday", "hourly", or give a cron expression such as "0 8 * * *".`);
      }
      const zone = request.time_zone ?? timeZone;
      const at = now();
      let next: Date;
      try {
        next = checkSchedule(schedule, zone, at);
      } catch (error) {
        if (error instanceof ScheduleError) throw new JobpilotError('ALERT_SCHEDULE_INVALID', error.message, { cause: error });
        throw error;
      }
      const search = {
        query: request.query.trim(),
        location: request.location?.trim() || null,
        remote: request.remote ?? null,
        company: request.company?.trim() || null,
        min_fit: request.min_fit ?? null,
      };
      return alerts.create({ ...search, name: alertName(search), schedule, time_zone: zone }, next, at);
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
