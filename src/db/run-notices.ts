import pg from 'pg';
import { API_TOKENS_CHANNEL } from './cached-api-tokens.ts';
import { RUN_EVENTS_CHANNEL } from './repositories/run-events.ts';

/** The channel a cancel is asked on: the payload is the run id; the process running it cancels it. */
export const RUN_CANCEL_CHANNEL = 'jobpilot_run_cancel';

export const RUN_NOTICES_APPLICATION_NAME = 'jobpilot run notices';

/** How long after a lost connection the listener tries again. */
const RECONNECT_MS = 1_000;

export interface RunEventsWatch {
  /** Resolves true when new events of the run were announced, false after `ms` or on abort. */
  next(ms: number, signal?: AbortSignal): Promise<boolean>;
  close(): void;
}

/**
 * One Postgres session per process that LISTENs for run notices from every process sharing
 * the database: new stored events of a run (joins read on) and cancels (the process running
 * the run cancels it); and changes to the named tokens (the token lookups' memory is forgotten).
 * A lost session is opened again; notices sent meanwhile are missed, so joins also read the
 * store on a timer, and `onListening(false)` says the token notices may be missed meanwhile.
 *
 * @example
 * const notices = createRunNotices(pool, { onCancel: (runId) => active.cancel(runId) });
 * await notices.start();
 * const watch = notices.watch(runId);
 * await watch.next(2_000);
 */
export function createRunNotices(
  pool: pg.Pool,
  {
    onCancel = () => {},
    onTokensChanged = () => {},
    onListening = () => {},
    log = () => {},
  }: {
    onCancel?: (runId: string) => void;
    /** A named token was made, revoked or deleted, by any process. */
    onTokensChanged?: () => void;
    /** The session started (true) or stopped (false) hearing notices. */
    onListening?: (listening: boolean) => void;
    log?: (message: string, details?: Record<string, unknown>) => void;
  } = {},
) {
  const watchers = new Map<string, Set<() => void>>();
  let client: pg.Client | null = null;
  let opening: Promise<void> | null = null;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const deliver = (message: pg.Notification) => {
    if (message.channel === RUN_CANCEL_CHANNEL) {
      if (message.payload) onCancel(message.payload);
      return;
    }
    if (message.channel === API_TOKENS_CHANNEL) {
      onTokensChanged();
      return;
    }
    const runId = message.payload?.split(' ')[0] ?? '';
    for (const wake of watchers.get(runId) ?? []) wake();
  };

  function lost(session: pg.Client, why: string) {
    if (client !== session) return;
    client = null;
    onListening(false);
    session.end().catch(() => {});
    if (closed) return;
    log('run notices: listening again soon', { why });
    // Joins read on their timer meanwhile; woken now, they read what the gap hid.
    for (const set of watchers.values()) for (const wake of set) wake();
    retry ??= setTimeout(() => {
      retry = undefined;
      void start().catch(() => {});
    }, RECONNECT_MS);
    retry.unref();
  }

  /** Opens the listening session (at start-up; again by itself after it is lost). */
  function start(): Promise<void> {
    if (closed || client) return Promise.resolve();
    opening ??= (async () => {
      const session = new pg.Client({
        ...pool.options,
        password: pool.options.password,
        application_name: RUN_NOTICES_APPLICATION_NAME,
        keepAlive: true,
      });
      session.on('notification', deliver);
      session.on('error', (error) => lost(session, String(error)));
      session.on('end', () => lost(session, 'the connection closed'));
      try {
        await session.connect();
        await session.query(`LISTEN ${RUN_EVENTS_CHANNEL}; LISTEN ${RUN_CANCEL_CHANNEL}; LISTEN ${API_TOKENS_CHANNEL}`);
      } catch (error) {
        session.end().catch(() => {});
        if (!closed) {
          retry ??= setTimeout(() => {
            retry = undefined;
            void start().catch(() => {});
          }, RECONNECT_MS);
          retry.unref();
        }
        throw error;
      }
      if (closed) {
        await session.end().catch(() => {});
        return;
      }
      client = session;
      onListening(true);
    })().finally(() => {
      opening = null;
    });
    return opening;
  }

  return {
    start,
    /** Watches one run's announcements; `close` it when done. */
    watch(runId: string): RunEventsWatch {
      let woken = false;
      let wake: () => void = () => {};
      const onNotice = () => {
        woken = true;
        wake();
      };
      let set = watchers.get(runId);
      if (!set) watchers.set(runId, (set = new Set()));
      set.add(onNotice);
      return {
        async next(ms, signal) {
          if (!woken && !signal?.aborted) {
            let timer: NodeJS.Timeout | undefined;
            const aborted = () => wake();
            await new Promise<void>((resolve) => {
              wake = resolve;
              timer = setTimeout(resolve, ms);
              signal?.addEventListener('abort', aborted, { once: true });
            });
            clearTimeout(timer);
            signal?.removeEventListener('abort', aborted);
            wake = () => {};
          }
          const was = woken;
          woken = false;
          return was;
        },
        close() {
          set.delete(onNotice);
          if (set.size === 0) watchers.delete(runId);
        },
      };
    },
    /** Asks every process (this one too) to cancel the run; the one running it does. */
    async askCancel(runId: string): Promise<void> {
      await pool.query('SELECT pg_notify($1, $2)', [RUN_CANCEL_CHANNEL, runId]);
    },
    async close(): Promise<void> {
      closed = true;
      clearTimeout(retry);
      await opening?.catch(() => {});
      const session = client;
      client = null;
      if (session) onListening(false);
      await session?.end().catch(() => {});
    },
  };
}

export type RunNotices = ReturnType<typeof createRunNotices>;
