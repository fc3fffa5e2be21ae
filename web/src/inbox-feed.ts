import type { Notification } from '../../src/protocol/alerts.ts';
import { ApiError, api, readEventStream, savedToken } from './api.ts';
import { newestOnly } from './newest-only.ts';

/** What the feed tells its listeners: a notification that just arrived, or a new unread count. */
export type InboxChange = { type: 'created'; notification: Notification } | { type: 'unread'; unread: number } | { type: 'reconnected' };

/** The live inbox for the whole page: the unread count, and each notification as it is stored. */
export interface InboxFeed {
  unread(): number;
  /** Reads the unread count again (after marking read). */
  refresh(): Promise<void>;
  subscribe(listener: (change: InboxChange) => void): () => void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `GET /v1/notifications/stream` for as long as the page lives (with the token, through
 * `readEventStream`) and keeps the unread count from `GET /v1/notifications`. A stream that
 * ends (the server restarted, the network went away) is opened again 1 s, 2 s, 4 s … up to
 * 30 s later; when it is back the count is read again and listeners are told (`reconnected`),
 * so what arrived meanwhile is not missed.
 *
 * @example
 * const feed = startInboxFeed();
 * feed.subscribe((change) => { if (change.type === 'unread') badge.textContent = String(change.unread); });
 */
export function startInboxFeed(): InboxFeed {
  const listeners = new Set<(change: InboxChange) => void>();
  const tell = (change: InboxChange) => {
    for (const listener of listeners) listener(change);
  };
  let unread = 0;
  const setUnread = (count: number) => {
    unread = Math.max(0, count);
    tell({ type: 'unread', unread });
  };
  // Notifications told live so far. A count read while one arrived may or may not include it
  // (the read and the store race on the server), so that count is read again rather than shown.
  let arrived = 0;
  const beginRefresh = newestOnly();
  const refresh = async () => {
    const newest = beginRefresh();
    try {
      for (;;) {
        const arrivedBefore = arrived;
        const { unread: count } = await api<{ unread: number }>('/v1/notifications?limit=1');
        // A newer refresh began meanwhile: its answer is the one shown.
        if (!newest()) return;
        if (arrived === arrivedBefore) {
          setUnread(count);
          return;
        }
      }
    } catch {
      // The screens say what is wrong with the server; the badge just keeps its count.
    }
  };

  void (async () => {
    for (let attempt = 0; ; attempt += 1) {
      let opened = false;
      try {
        await readEventStream(
          '/v1/notifications/stream',
          (event) => {
            if (event.event !== 'notification-created') return;
            try {
              const { notification } = JSON.parse(event.data) as { notification: Notification };
              arrived += 1;
              tell({ type: 'created', notification });
              if (!notification.read_at) setUnread(unread + 1);
            } catch {
              // Not the documented shape: nothing to show.
            }
          },
          new AbortController().signal,
          () => {
            opened = true;
            if (attempt > 0) tell({ type: 'reconnected' });
            void refresh();
          },
        );
      } catch (error) {
        // Refused for want of a token (and the person did not give one): wait for one rather than ask again and again.
        if (error instanceof ApiError && error.code === 'UNAUTHORIZED') {
          const refusedWith = savedToken();
          while (savedToken() === refusedWith) await pause(1_000);
          attempt = -1;
          continue;
        }
        // Otherwise unreachable for now: tried again below.
      }
      if (opened) attempt = 0;
      await pause(Math.min(30_000, 1_000 * 2 ** attempt));
    }
  })();

  return {
    unread: () => unread,
    refresh,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
