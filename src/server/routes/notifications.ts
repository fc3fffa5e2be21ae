import { once } from 'node:events';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationResponse } from '../../career/alerts/alert-response.ts';
import type { NotificationRecord, NotificationsRepository } from '../../db/repositories/notifications.ts';
import { JobpilotError } from '../../errors.ts';
import { notificationEventSchema, notificationIdSchema, notificationListSchema, notificationSchema, notificationsReadSchema } from '../../protocol/alerts.ts';
import type { NotificationEvent } from '../../protocol/alerts.ts';
import { cancelOnDisconnect } from '../cancel-on-disconnect.ts';
import { sseHeaders } from '../sse.ts';
import { queryFlag } from '../query-flag.ts';

const listQuerySchema = z
  .object({
    unread: queryFlag(),
    since: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 time, e.g. 2026-12-05T08:00:00Z' }).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
const paramsSchema = z.object({ id: notificationIdSchema });

/** The stream: `notification-created` events, one per new notification. */
const streamSchema = {
  description: 'Server-Sent Events: `id: <notification id>`, `event: notification-created`, `data: {"notification": …}`; keep-alive comments while idle.',
  content: { 'text/event-stream': { schema: notificationEventSchema } },
};

export interface NotificationRouteDependencies {
  careerFor: (owner: string) => { notifications?: NotificationsRepository | undefined; timeZone?: string | undefined };
  /** New notifications of an owner as any process stores them. */
  notificationFeed: { subscribe(owner: string, listener: (notification: NotificationRecord) => void): () => void };
  keepAliveMs: number;
}

const streamHeadersSchema = z.object({
  'last-event-id': notificationIdSchema
    .optional()
    .describe('The id of the last notification received (`ntf_…`): the ones made since are sent first, then the new ones. Left out: only new ones.'),
});

/** The one encoder of this stream's events: the notification's id as the event id. */
function encodeNotificationEvent(event: NotificationEvent): string {
  const { type, ...data } = event;
  return `id: ${event.notification.id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Notifications: listed (unread, since a time), marked read, and streamed live as SSE to
 * every connected client, whichever process stored them.
 *
 * @example
 * app.register(notificationRoutes, { careerFor, notificationFeed, keepAliveMs: 15_000 });
 */
export async function notificationRoutes(app: FastifyInstance, { careerFor, notificationFeed, keepAliveMs }: NotificationRouteDependencies): Promise<void> {
  const inboxOf = (owner: string): NotificationsRepository => {
    const inbox = careerFor(owner).notifications;
    if (!inbox) throw new Error('notifications are not set up in this server');
    return inbox;
  };
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Open streams never end by themselves: when the server stops, each is ended at once (the
  // client reconnects, to the server started again), instead of holding the stop's drain.
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of openStreams) end();
  });

  api.get('/notifications', { schema: { querystring: listQuerySchema, response: { 200: notificationListSchema } } }, async (request) => {
    const inbox = inboxOf(request.owner);
    const { unread, since, limit } = request.query;
    const notifications = await inbox.list({ unread, since: since ? new Date(since) : undefined, limit });
    const { timeZone } = careerFor(request.owner);
    return {
      notifications: notifications.map(notificationResponse),
      unread: await inbox.unreadCount(),
      total: await inbox.count(),
      ...(timeZone ? { time_zone: timeZone } : {}),
    };
  });

  api.post('/notifications/read', { schema: { body: notificationsReadSchema, response: { 200: z.object({ marked: z.number() }) } } }, async (request) => ({
    marked: await inboxOf(request.owner).markRead(request.body.ids ?? 'all'),
  }));

  api.post('/notifications/:id/read', { schema: { params: paramsSchema, response: { 200: notificationSchema } } }, async (request) => {
    const inbox = inboxOf(request.owner);
    await inbox.markRead([request.params.id]);
    const notification = await inbox.get(request.params.id);
    if (!notification) throw new JobpilotError('NOTIFICATION_NOT_FOUND', `No notification "${request.params.id}".`);
    return notificationResponse(notification);
  });

  api.get('/notifications/stream', { schema: { querystring: z.object({}).strict(), headers: streamHeadersSchema, response: { 200: streamSchema } } }, async (request, reply) => {
    // Resumed after the last notification received: it must be one of this owner's (checked before the stream starts).
    const lastId = request.headers['last-event-id'];
    const from = lastId ? await inboxOf(request.owner).get(lastId) : null;
    if (lastId && !from) {
      throw new JobpilotError('NOTIFICATION_NOT_FOUND', `No notification "${lastId}" to resume after: reconnect without Last-Event-ID, and read what you missed with GET /v1/notifications?since=….`);
    }
    const signal = cancelOnDisconnect(request, reply);
    const response = reply.raw;
    reply.hijack();
    response.writeHead(200, sseHeaders);
    response.flushHeaders();
    // Queued while a slow reader drains: the order is kept, memory holds only what is unsent.
    let writing = Promise.resolve();
    const write = (chunk: string) => {
      writing = writing.then(async () => {
        if (response.destroyed || response.writableEnded) return;
        if (!response.write(chunk)) await once(response, 'drain', { signal }).catch(() => {});
      });
    };
    const send = (notification: NotificationRecord) => write(encodeNotificationEvent({ type: 'notification-created', notification: notificationResponse(notification) }));
    // (Subscribed before the missed ones are read: one stored meanwhile is held back, then sent once, after them.)
    let held: NotificationRecord[] | null = from ? [] : null;
    const unsubscribe = notificationFeed.subscribe(request.owner, (notification) => (held ? held.push(notification) : send(notification)));
    // A comment at once: the client knows it is subscribed before anything happens.
    write(': subscribed\n\n');
    if (from && held) {
      // The ones made since the last one received, oldest first (one made in the same millisecond may come again: ids tell).
      const missed = (await inboxOf(request.owner).list({ since: from.created_at, limit: 500 })).filter((notification) => notification.id !== from.id).reverse();
      const sent = new Set(missed.map((notification) => notification.id));
      for (const notification of missed) send(notification);
      for (const notification of held) if (!sent.has(notification.id)) send(notification);
      held = null;
    }
    const keepAlive = setInterval(() => write(': keep-alive\n\n'), keepAliveMs);
    let ended: () => void = () => {};
    await new Promise<void>((resolve) => {
      ended = resolve;
      openStreams.add(ended);
      if (signal.aborted) resolve();
      signal.addEventListener('abort', () => resolve(), { once: true });
      response.once('close', () => resolve());
    });
    openStreams.delete(ended);
    clearInterval(keepAlive);
    unsubscribe();
    if (!response.writableEnded) response.end();
  });
}
