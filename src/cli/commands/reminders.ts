import { ApiClient } from '../api-client.ts';
import type { Context } from '../context.ts';
import { defaultTableWidth } from '../format-jobs.ts';
import { formatReminderTable } from '../format-reminders.ts';
import { createPainter } from '../render.ts';

export interface RemindersOptions {
  json: boolean;
  /** Past and cancelled reminders too. */
  all: boolean;
  /** The calendar feed's address instead of the list. */
  feed: boolean;
}

/**
 * `jobpilot reminders [--all] [--feed] [--json]`: the reminders to come as a table (or JSON),
 * or the address of the calendar feed to subscribe to.
 *
 * @example
 * await remindersCommand(context, { json: false, all: false, feed: true });
 */
export async function remindersCommand(context: Pick<Context, 'stdout' | 'color' | 'fetch' | 'config'>, options: RemindersOptions): Promise<number> {
  const { stdout, config } = context;
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const print = (value: unknown) => stdout.write(`${JSON.stringify(value)}\n`);
  if (options.feed) {
    const feed = await api.calendarFeed();
    // The feed's address on the server the CLI talks to (the answer's `url` names the host as the request did).
    const url = `${api.url}${feed.path}`;
    if (options.json) print({ ...feed, url });
    else stdout.write(`${url}\nSubscribe to it in your calendar app ("add calendar from URL"). Its key opens this feed only: keep it private.\n`);
    return 0;
  }
  const reminders = await api.listReminders({ all: options.all });
  if (options.json) print({ reminders });
  else {
    const width = stdout.columns && stdout.columns > 0 ? stdout.columns : defaultTableWidth;
    stdout.write(formatReminderTable(createPainter(context.color), reminders, width));
  }
  return 0;
}
