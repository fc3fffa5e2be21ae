import pg from 'pg';
import { NOTIFICATIONS_CHANNEL, type NotificationRecord, notificationsRepository } from '../db/repositories/notifications.ts';

type Listener = (notification: NotificationRecord) => void;

/** How long the feed waits before listening again after its session was lost. */
const reconnectMs = 1_000;

/**
 * New notifications as they are stored, by any process: one LISTEN session per process
 * (`jobpilot_notifications`, sent by the table's trigger), handed to the subscribers of the
 * notification's owner.
 *
 * @example
 * const feed = createNotificationFeed(pool);
 * await feed.ready();
 * const stop = feed.subscribe('default', (notification) => console.log(notification.title));
 */
export function createNotificationFeed(pool: pg.Pool, { log = () => {} }: { log?: (message: string) => void } = {}) {
  const listeners = new Map<string, Set<Listener>>();
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let opening: Promise<void> | null = null;

  const deliver = async (payload: string | undefined) => {
    let message: { id?: unknown; owner?: unknown };
    try {
      message = JSON.parse(payload ?? '') as typeof message;
    } catch {
      return;
    }
    if (typeof message.id !== 'string' || typeof message.owner !== 'string') return;
    const wanting = listeners.get(message.owner);
    if (!wanting || wanting.size === 0) return;
    const record = await notificationsRepository(pool, message.owner).get(message.id).catch(() => null);
    if (!record) return;
    for (const listener of wanting) listener(record);
  };

  const open = async (): Promise<void> => {
    const session = new pg.Client({ ...pool.options, password: pool.options.password, application_name: 'jobpilot notifications', keepAlive: true });
    const lost = (reason: string) => {
      if (client !== session) return;
      client = null;
      session.end().catch(() => {});
      if (closed) return;
      log(`notifications feed: ${reason}; listening again`);
      timer = setTimeout(() => void (opening = open().catch(() => lost('could not listen'))), reconnectMs);
    };
    session.on('error', (error) => lost(String(error)));
    session.on('end', () => lost('the connection closed'));
    session.on('notification', (message) => {
      if (message.channel === NOTIFICATIONS_CHANNEL) void deliver(message.payload);
    });
    client = session;
    await session.connect();
    await session.query(`LISTEN ${NOTIFICATIONS_CHANNEL}`);
  };

  return {
    /** Resolves once this process is listening. */
    ready(): Promise<void> {
      opening ??= open();
      return opening;
    },
    /** Calls `listener` with each new notification of `owner`; returns the unsubscribe. */
    subscribe(owner: string, listener: Listener): () => void {
      let set = listeners.get(owner);
      if (!set) listeners.set(owner, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    async close(): Promise<void> {
      closed = true;
      clearTimeout(timer);
      const session = client;
      client = null;
      await session?.end().catch(() => {});
    },
  };
}

export type NotificationFeed = ReturnType<typeof createNotificationFeed>;
