import { defineAction } from '../action.ts';
import { localTime } from '../../present/local-time.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { describeSchedule } from '../../alerts/schedule-from-words.ts';
import { ALERT_LIST_REFERENCE } from '../arguments/alert-reference.ts';
import { listAlertsArgs } from './args.ts';
import { listAlertsPhrasing } from './phrasing.ts';

/**
 * `list_alerts`: the alerts, each with its schedule, its next run or "paused".
 *
 * @example
 * registry line: makeListAlertsAction(dependencies)
 */
export const makeListAlertsAction = (dependencies: Pick<CareerDependencies, 'alerts'>) =>
  defineAction({
    name: 'list_alerts',
    description: 'List the alerts (saved searches on a schedule), with when each runs next.',
    args: listAlertsArgs,
    phrasing: listAlertsPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run() {
      if (!dependencies.alerts) return { ok: false, summary: 'Alerts are not available here (no scheduler).' };
      const alerts = await dependencies.alerts.list();
      if (alerts.length === 0) return { ok: true, summary: 'No alerts yet: say "tell me every morning about new remote TypeScript jobs".', data: { count: 0 } };
      const now = dependencies.alerts.clock.now();
      const lines = alerts.map((alert, index) => {
        const when = alert.paused ? 'paused' : `next ${alert.next_run_at ? localTime(alert.next_run_at, alert.time_zone, now) : 'never'}`;
        return `${index + 1}. ${alert.name}: ${describeSchedule(alert.schedule)} (${alert.time_zone}), ${when} [${alert.id}]`;
      });
      const ids = alerts.map((alert) => alert.id);
      return {
        ok: true,
        summary: `${alerts.length} alert${alerts.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
        data: { count: alerts.length, alert_ids: ids },
        // The thread's alert list, in order: "delete the second one", "pause the Berlin one".
        references: { [ALERT_LIST_REFERENCE]: ids.slice(0, 50).join(',') },
      };
    },
  });
