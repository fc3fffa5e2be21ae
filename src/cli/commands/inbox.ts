import { ApiClient } from '../api-client.ts';
import type { Context } from '../context.ts';
import { formatInbox } from '../format-alerts.ts';
import { createPainter } from '../render.ts';

export interface InboxOptions {
  json: boolean;
  /** Only the unread ones. */
  unread: boolean;
  /** Mark what is shown read. */
  markRead: boolean;
  limit?: number | undefined;
}

/**
 * `jobpilot inbox [--unread] [--read] [--json]`: notifications, newest first.
 *
 * @example
 * await inboxCommand(context, { json: true, unread: false, markRead: false });
 */
export async function inboxCommand(context: Pick<Context, 'stdout' | 'color' | 'fetch' | 'config'>, options: InboxOptions): Promise<number> {
  const { stdout, config } = context;
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const { notifications, unread, total, time_zone: timeZone } = await api.listNotifications({ unread: options.unread, limit: options.limit });
  const marked = options.markRead ? await api.markNotificationsRead(notifications.filter((item) => !item.read_at).map((item) => item.id)) : 0;
  if (options.json) stdout.write(`${JSON.stringify({ notifications, unread: unread - marked, ...(total === undefined ? {} : { total }) })}\n`);
  else {
    const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    stdout.write(formatInbox(createPainter(context.color), notifications, { unread: unread - marked, total, timeZone: zone, onlyUnread: options.unread }));
  }
  return 0;
}
