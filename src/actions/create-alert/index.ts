import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { describeSchedule } from '../../alerts/schedule-from-words.ts';
import { alertHandle } from '../../career/alerts/alert-handle.ts';
import { JobpilotError } from '../../errors.ts';
import { ALERT_REFERENCE } from '../arguments/alert-reference.ts';
import { localTime } from '../../present/local-time.ts';
import { scheduleRefusal } from '../../alerts/alert-service.ts';
import { inOwnZoneToo, withoutOwnZone } from '../../alerts/own-zone.ts';
import { createAlertArgs } from './args.ts';
import { deliveryNote } from './delivery-note.ts';
import { createAlertPhrasing } from './phrasing.ts';

/**
 * `create_alert`: a saved search run on a schedule (every morning at 8 unless said),
 * reporting only openings it has not reported before, ranked by fit, to the inbox.
 *
 * @example
 * registry line: makeCreateAlertAction(dependencies)
 */
export const makeCreateAlertAction = (dependencies: Pick<CareerDependencies, 'alerts' | 'delivery'>) =>
  defineAction({
    name: 'create_alert',
    description: 'Set up an alert: a job search run on a schedule ("every morning at 8", cron) that reports only new openings, ranked by fit, as notifications.',
    args: createAlertArgs,
    phrasing: createAlertPhrasing,
    approval: () => 'auto',
    async run(args) {
      // ("every 2 weeks", "every 10 minutes": no alert keeps them anywhere; the reason and the nearest come first.)
      const refused = args.schedule ? scheduleRefusal(withoutOwnZone(args.schedule).schedule) : undefined;
      if (refused) return { ok: false, summary: refused };
      if (!dependencies.alerts) return { ok: false, summary: 'Alerts are not available here (no scheduler).' };
      const service = dependencies.alerts;
      try {
        const { tell_by: tellBy, ...search } = args;
        // ("daily at 7 my time", "9am here": the person's own zone, which an alert keeps unless another is said.)
        const said = withoutOwnZone(search.schedule ?? 'every morning at 8');
        const alert = await service.create({ ...search, schedule: said.schedule, ...(said.own && !search.time_zone ? { time_zone: service.clock.timeZone } : {}) });
        const now = service.clock.now();
        // (An alert in another zone says its first run in the person's own too: "… at 09:00 (04:30 in Europe/Berlin, your zone)".)
        const firstRun = alert.next_run_at ? `${localTime(alert.next_run_at, alert.time_zone, now)}${inOwnZoneToo(alert.next_run_at, alert.time_zone, service.clock.timeZone, now)}` : 'never';
        const handle = alertHandle(alert, await service.list(), describeSchedule(alert.schedule));
        // "email me weekly about …" on a server with no SMTP: the alert, and plainly where its news goes instead.
        const delivery = deliveryNote(tellBy, dependencies.delivery);
        return {
          ok: true,
          summary: `Alert set [${alert.id}]: ${alert.name}, ${describeSchedule(alert.schedule)} (${alert.time_zone}); first run ${firstRun}. Each run tells you only openings it has not told you before, best fit first; say "stop the ${handle} alert" to pause it.${delivery ? ` ${delivery}` : ''}`,
          data: { alert_id: alert.id, schedule: alert.schedule, time_zone: alert.time_zone, next_run_at: alert.next_run_at?.toISOString() ?? null },
          references: { [ALERT_REFERENCE]: alert.id },
        };
      } catch (error) {
        if (error instanceof JobpilotError && error.code === 'ALERT_SCHEDULE_INVALID') return { ok: false, summary: error.message };
        // The same search already watched: said, and no second alert made.
        if (error instanceof JobpilotError && error.code === 'ALERT_EXISTS') {
          const delivery = deliveryNote(args.tell_by, dependencies.delivery);
          return { ok: true, summary: `No new alert made: ${error.message}${delivery ? ` ${delivery}` : ''}`, data: error.details as Record<string, unknown> };
        }
        throw error;
      }
    },
  });
