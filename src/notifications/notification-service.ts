import type pg from 'pg';
import {
  type NotificationInput,
  type NotificationRecord,
  notificationsRepository,
  type NotificationsRepository,
} from '../db/repositories/notifications.ts';
import { DEFAULT_OWNER } from '../protocol/owners.ts';

/** Sends a stored notification somewhere outside jobpilot (the desktop, e-mail). */
export interface NotificationChannel {
  name: string;
  send(notification: NotificationRecord): Promise<void>;
}

export interface NotificationServiceDependencies {
  pool: pg.Pool;
  /**
   * Where the installation's own person is told too (desktop, e-mail), each turned on in the
   * configuration. Only the default owner's notifications go there: the desktop and the
   * configured address are theirs, not a named token's.
   */
  channels?: readonly NotificationChannel[];
  now?: () => Date;
  log?: (message: string, details?: Record<string, unknown>) => void;
}

/**
 * Notifications: stored (unread until marked read), announced to every process's live
 * streams by the table's trigger, and sent to the desktop and by e-mail when those are on.
 * `createNotification` is the one way any part of jobpilot tells the person something.
 *
 * @example
 * const notifications = createNotificationService({ pool, channels: [desktop] });
 * await notifications.createNotification({ kind: 'reminder', title: 'Follow up with Northwind', body: 'You said Friday.' });
 * await notifications.inbox('default').list({ unread: true });
 */
export function createNotificationService({ pool, channels = [], now = () => new Date(), log = () => {} }: NotificationServiceDependencies) {
  const inboxes = new Map<string, NotificationsRepository>();
  const inbox = (owner: string): NotificationsRepository => {
    let found = inboxes.get(owner);
    if (!found) inboxes.set(owner, (found = notificationsRepository(pool, owner)));
    return found;
  };
  return {
    inbox,
    /**
     * Stores a notification for `owner` (the default owner when not given) and sends it to
     * the configured channels. A channel that fails is logged, never thrown: the notification
     * is stored and streamed whatever the desktop or the mail server does.
     */
    async createNotification(input: NotificationInput & { owner?: string | undefined }): Promise<NotificationRecord> {
      const { owner = DEFAULT_OWNER, ...content } = input;
      const record = await inbox(owner).add(content, now());
      if (owner === DEFAULT_OWNER) {
        await Promise.all(
          channels.map((channel) =>
            channel.send(record).catch((error: unknown) => {
              log(`notification ${record.id}: ${channel.name} failed: ${(error as Error).message}`);
            }),
          ),
        );
      }
      return record;
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
