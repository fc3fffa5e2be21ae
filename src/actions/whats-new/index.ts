import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { sinceFromWords } from '../../alerts/since-from-words.ts';
import { whatsNewArgs } from './args.ts';
import { whatsNewPhrasing } from './phrasing.ts';

/** How many notifications one answer tells in full; the rest are counted. */
const toldInFull = 8;

/**
 * `whats_new`: answers "what's new since yesterday?" from the notifications (alerts'
 * new openings, reminders): since the time said, or the unread ones; what it told is
 * marked read.
 *
 * @example
 * registry line: makeWhatsNewAction(dependencies)
 */
export const makeWhatsNewAction = (dependencies: Pick<CareerDependencies, 'alerts' | 'notifications'>) =>
  defineAction({
    name: 'whats_new',
    description: 'Tell what is new in the notifications (alerts\' new openings, reminders), since a time ("yesterday") or the unread ones.',
    args: whatsNewArgs,
    phrasing: whatsNewPhrasing,
    approval: () => 'auto',
    async run(args) {
      const inbox = dependencies.notifications;
      if (!inbox) return { ok: false, summary: 'Notifications are not available here.' };
      const clock = dependencies.alerts?.clock ?? { now: () => new Date(), timeZone: 'UTC' };
      const since = args.since ? sinceFromWords(args.since, clock.now(), clock.timeZone) : null;
      const found = await inbox.list(since ? { since, limit: 50 } : { unread: true, limit: 50 });
      const span = since ? `since ${args.since} (${since.toISOString()})` : 'unread';
      if (found.length === 0) {
        return { ok: true, summary: since ? `Nothing new ${span}.` : 'Nothing unread: no new notifications.', data: { count: 0 } };
      }
      const told = found.slice(0, toldInFull);
      const parts = told.map((notification) => `• ${notification.title} (${notification.created_at.toISOString()})\n${notification.body}`);
      if (found.length > told.length) parts.push(`…and ${found.length - told.length} more (jobpilot inbox).`);
      await inbox.markRead(told.filter((notification) => !notification.read_at).map((notification) => notification.id), clock.now());
      return {
        ok: true,
        summary: `${found.length} notification${found.length === 1 ? '' : 's'} ${span}:\n${parts.join('\n')}`,
        data: { count: found.length, notification_ids: found.map((notification) => notification.id) },
      };
    },
  });
