import { ApiClient } from '../api-client.ts';
import type { Context } from '../context.ts';
import { formatThread, formatThreadTable } from '../format-thread.ts';
import { createPainter } from '../render.ts';

export type ThreadsOptions =
  | { action: 'list'; json: boolean }
  | {
      action: 'show';
      threadId: string;
      json: boolean;
      limit?: number | undefined;
      before?: string | undefined;
    }
  | { action: 'delete'; threadId: string; json: boolean };

/**
 * `jobpilot threads list | show ID | delete ID`: a table, a transcript, a deletion;
 * `--json` prints the server's JSON instead.
 *
 * @example
 * await threadsCommand(context, { action: 'list', json: false });
 */
export async function threadsCommand(
  context: Pick<Context, 'stdout' | 'color' | 'fetch' | 'config'>,
  options: ThreadsOptions,
): Promise<number> {
  const { stdout, config } = context;
  const paint = createPainter(context.color && !options.json);
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const print = (value: unknown) =>
    stdout.write(`${JSON.stringify(value, null, options.json ? undefined : 2)}\n`);
  switch (options.action) {
    case 'list': {
      const threads = await api.listThreads();
      if (options.json) print({ threads });
      else stdout.write(formatThreadTable(paint, threads));
      return 0;
    }
    case 'show': {
      const thread = await api.getThread(options.threadId, {
        limit: options.limit,
        before: options.before,
      });
      if (options.json) print(thread);
      else stdout.write(formatThread(paint, thread));
      return 0;
    }
    case 'delete': {
      await api.deleteThread(options.threadId);
      if (options.json) print({ deleted: options.threadId });
      else stdout.write(`Deleted thread ${options.threadId}.\n`);
      return 0;
    }
  }
}
