import { defineAction } from '../action.ts';
import { localTime } from '../../present/local-time.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { sinceFromWords, sinceInEnglish } from '../../alerts/since-from-words.ts';
import { whatsNewArgs } from './args.ts';
import { whatsNewPhrasing } from './phrasing.ts';

/** How many notifications one answer tells in full; the rest are counted. */
const toldInFull = 8;

/**
 * `whats_new`: answers "what's new since yesterday?" from the notifications (alerts'
 * new openings, reminders): since the time said, or the unread ones; what it told is
 * marked read. "mark them all read" marks every unread one read and tells none.
 *
 * @example
 * registry line: makeWhatsNewAction(dependencies)
 */
export const makeWhatsNewAction = (dependencies: Pick<CareerDependencies, 'alerts' | 'notifications'>) =>
  defineAction({
    name: 'whats_new',
    description: 'Tell what is new in the notifications (alerts\' new openings, reminders), since a time ("yesterday") or the unread ones; or mark them all read.',
    args: whatsNewArgs,
    phrasing: whatsNewPhrasing,
    approval: () => 'auto',
    async run(args) {
      const inbox = dependencies.notifications;
      if (!inbox) return { ok: false, summary: 'Notifications are not available here.' };
      const clock = dependencies.alerts?.clock ?? { now: () => new Date(), timeZone: 'UTC' };
      // "mark them all read": every unread one, told by count only.
      if (args.mark_read) {
        const marked = await inbox.markRead('all', clock.now());
        return {
          ok: true,
          summary: marked > 0 ? `Marked ${marked} notification${marked === 1 ? '' : 's'} read; nothing is unread now.` : 'Nothing to mark: every notification was already read.',
          data: { count: 0, marked },
        };
      }
      const since = args.since ? sinceFromWords(args.since, clock.now(), clock.timeZone) : null;
      const found = await inbox.list(since ? { since, limit: 50 } : { unread: true, limit: 50 });
      // ("desde ayer" is told in the answer's English: "since yesterday".)
      const span = since ? `since ${args.since ? sinceInEnglish(args.since) : ''} (${localTime(since, clock.timeZone)})` : 'unread';
      if (found.length === 0) {
        if (since) return { ok: true, summary: `Nothing new ${span}.`, data: { count: 0 } };
        // "Nothing unread" is not "nothing there": say how many read ones there are and how to see them.
        const read = (await inbox.count()) - (await inbox.unreadCount());
        const summary = read > 0
          ? `Nothing unread: no new notifications (${read} read one${read === 1 ? '' : 's'}; say "what's new this week" or run \`jobpilot inbox\` to see them).`
          : 'Nothing unread: your inbox is empty.';
        return { ok: true, summary, data: { count: 0, read } };
      }
      const told = found.slice(0, toldInFull);
      const parts = told.map((notification) => `• ${notification.title} (${localTime(notification.created_at, clock.timeZone, clock.now())})\n${notification.body}`);
      if (found.length > told.length) parts.push(`…and ${found.length - told.length} more (jobpilot inbox).`);
      const marked = told.filter((notification) => !notification.read_at).map((notification) => notification.id);
      await inbox.markRead(marked, clock.now());
      const markedNote = marked.length > 0 ? `\n(Marked ${marked.length === told.length ? (marked.length === 1 ? 'it' : 'these') : `the ${marked.length} unread of these`} read.)` : '';
      return {
        ok: true,
        summary: `${found.length} notification${found.length === 1 ? '' : 's'} ${span}:\n${parts.join('\n')}${markedNote}`,
        data: { count: found.length, notification_ids: found.map((notification) => notification.id) },
      };
    },
  });
