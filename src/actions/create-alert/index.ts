import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { describeSchedule } from '../../alerts/schedule-from-words.ts';
import { JobpilotError } from '../../errors.ts';
import { createAlertArgs } from './args.ts';
import { createAlertPhrasing } from './phrasing.ts';

/**
 * `create_alert`: a saved search run on a schedule (every morning at 8 unless said),
 * reporting only openings it has not reported before, ranked by fit, to the inbox.
 *
 * @example
 * registry line: makeCreateAlertAction(dependencies)
 */
export const makeCreateAlertAction = (dependencies: Pick<CareerDependencies, 'alerts'>) =>
  defineAction({
    name: 'create_alert',
    description: 'Set up an alert: a job search run on a schedule ("every morning at 8", cron) that reports only new openings, ranked by fit, as notifications.',
    args: createAlertArgs,
    phrasing: createAlertPhrasing,
    approval: () => 'auto',
    async run(args) {
      if (!dependencies.alerts) return { ok: false, summary: 'Alerts are not available here (no scheduler).' };
      try {
        const alert = await dependencies.alerts.create({ ...args, schedule: args.schedule ?? 'every morning at 8' });
        return {
          ok: true,
          summary: `Alert set [${alert.id}]: ${alert.name}, ${describeSchedule(alert.schedule)} (${alert.time_zone}); first run ${alert.next_run_at?.toISOString() ?? 'never'}. Each run tells you only openings it has not told you before, best fit first; say "stop the ${alert.location ?? alert.query} alert" to pause it.`,
          data: { alert_id: alert.id, schedule: alert.schedule, time_zone: alert.time_zone, next_run_at: alert.next_run_at?.toISOString() ?? null },
        };
      } catch (error) {
        if (error instanceof JobpilotError && error.code === 'ALERT_SCHEDULE_INVALID') return { ok: false, summary: error.message };
        throw error;
      }
    },
  });
