import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { resolveAlert } from '../../career/alerts/resolve-alert.ts';
import { changeAlertArgs } from './args.ts';
import { changeAlertPhrasing } from './phrasing.ts';

/**
 * `change_alert`: pauses ("stop the Berlin alert"), resumes or deletes an alert named by
 * words of its search or its id; several that fit equally are listed, none is changed.
 *
 * @example
 * registry line: makeChangeAlertAction(dependencies)
 */
export const makeChangeAlertAction = (dependencies: Pick<CareerDependencies, 'alerts'>) =>
  defineAction({
    name: 'change_alert',
    description: 'Pause, resume or delete one of the alerts, named by words of its search ("the Berlin alert") or its id.',
    args: changeAlertArgs,
    phrasing: changeAlertPhrasing,
    approval: () => 'auto',
    async run(args) {
      const service = dependencies.alerts;
      if (!service) return { ok: false, summary: 'Alerts are not available here (no scheduler).' };
      const alerts = await service.list();
      const found = resolveAlert(alerts, args.alert);
      if ('none' in found) {
        const names = alerts.map((alert) => `${alert.name} [${alert.id}]`).join('; ');
        return { ok: false, summary: alerts.length === 0 ? 'You have no alerts.' : `No alert matches "${args.alert}". Your alerts: ${names}.` };
      }
      if ('ambiguous' in found) {
        return { ok: false, summary: `Several alerts match "${args.alert}": ${found.ambiguous.map((alert) => `${alert.name} [${alert.id}]`).join('; ')}. Which one?` };
      }
      const { alert } = found;
      const changed = args.change === 'pause' ? await service.pause(alert.id) : args.change === 'resume' ? await service.resume(alert.id) : await service.delete(alert.id);
      const summary =
        args.change === 'pause'
          ? `Paused the alert for ${alert.name} [${alert.id}]; say "resume the ${alert.location ?? alert.query} alert" to start it again, or "delete" it.`
          : args.change === 'resume'
            ? `Resumed the alert for ${alert.name} [${alert.id}]; next run ${changed.next_run_at?.toISOString() ?? 'never'}.`
            : `Deleted the alert for ${alert.name} [${alert.id}].`;
      return { ok: true, summary, data: { alert_id: alert.id, change: args.change } };
    },
  });
