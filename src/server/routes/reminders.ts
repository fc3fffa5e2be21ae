import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { requireJob } from '../../career/jobs/require-job.ts';
import { changeReminder } from '../../career/reminders/change-reminder.ts';
import { reminderCalendar } from '../../career/reminders/reminder-calendar.ts';
import { setReminder } from '../../career/reminders/set-reminder.ts';
import type { ApiTokensRepository } from '../../db/repositories/api-tokens.ts';
import type { ReminderRecord } from '../../db/repositories/reminders.ts';
import { JobpilotError } from '../../errors.ts';
import {
  calendarFeedSchema,
  createdReminderSchema,
  createReminderRequestSchema,
  type ReminderResponse,
  reminderIdSchema,
  reminderListSchema,
  reminderSchema,
  updateReminderRequestSchema,
} from '../../protocol/api.ts';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';
import { calendarFeedKey, ownerOfFeedKey } from '../calendar-feed-key.ts';
import { type AuthSettings, authenticate } from '../plugins/auth.ts';

/** What the reminder routes need, for one owner. */
export type OwnerReminderDependencies = Pick<CareerDependencies, 'reminders' | 'jobs' | 'saved' | 'changes' | 'now' | 'timeZone'>;

export interface ReminderRouteDependencies {
  /** The request's owner's reminders, jobs and tracker. */
  careerFor: (owner: string) => OwnerReminderDependencies;
}

export interface CalendarFeedRouteDependencies extends ReminderRouteDependencies, AuthSettings {
  /** The server's admin key: feed keys are HMACs under it. */
  adminKey: string;
  tokens: Pick<ApiTokensRepository, 'identify' | 'list'>;
}

const reminderParamsSchema = z.object({ id: reminderIdSchema });
const listQuerySchema = z
  .object({
    all: z
      .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
      .optional()
      .transform((value) => value === 'true' || value === '1'),
  })
  .strict();
const feedQuerySchema = z.object({ key: z.string().min(1).max(200).optional() }).strict();

/** A calendar file: sent as it is (documented as a string of that media type). */
const calendarFile = (description: string) => ({
  description,
  content: {
    'text/calendar': { schema: z.string().meta({ contentMediaType: 'text/calendar', description: 'An iCalendar (RFC 5545) document.' }) },
  },
});

/** A stored reminder as the API shows it. */
export const reminderResponse = (reminder: ReminderRecord): ReminderResponse => ({
  id: reminder.id,
  kind: reminder.kind,
  title: reminder.title,
  job_id: reminder.job_id,
  company: reminder.company,
  job_title: reminder.job_title,
  due_at: reminder.due_at,
  all_day: reminder.all_day,
  time_zone: reminder.time_zone,
  remind_at: reminder.remind_at,
  said: reminder.said,
  note: reminder.note,
  created_at: reminder.created_at,
  notified_at: reminder.notified_at,
  cancelled_at: reminder.cancelled_at,
  status: reminder.cancelled_at ? 'cancelled' : reminder.notified_at ? 'notified' : 'pending',
});

async function requireReminder(dependencies: OwnerReminderDependencies, id: string): Promise<ReminderRecord> {
  const reminder = await dependencies.reminders.get(id);
  if (!reminder) throw new JobpilotError('REMINDER_NOT_FOUND', `No reminder "${id}"; GET /v1/reminders lists them.`);
  return reminder;
}

/** Whole-day reminders of today are still to come all day, in any zone: listed from a day back. */
const upcomingFrom = (now: Date) => new Date(now.getTime() - 24 * 3600_000);

/**
 * Reminders (interviews and follow-ups): listed, made from words in the owner's time zone,
 * read, changed (moved: same id, the calendar event's SEQUENCE raised), cancelled, one as an `.ics` event, and where the calendar feed is.
 *
 * @example
 * app.register(reminderRoutes, { careerFor });
 */
export async function reminderRoutes(app: FastifyInstance, { careerFor }: ReminderRouteDependencies): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/reminders', { schema: { querystring: listQuerySchema, response: { 200: reminderListSchema } } }, async (request) => {
    const career = careerFor(request.owner);
    const { all } = request.query;
    const now = career.now();
    const reminders = await career.reminders.list(all ? { all } : { from: upcomingFrom(now) });
    const shown = all ? reminders : reminders.filter((reminder) => reminder.all_day || new Date(reminder.due_at).getTime() >= now.getTime());
    return { reminders: shown.map(reminderResponse) };
  });

  api.post('/reminders', { schema: { body: createReminderRequestSchema, response: { 201: createdReminderSchema } } }, async (request, reply) => {
    const career = careerFor(request.owner);
    const body = request.body;
    const job = body.job_id ? await requireJob(career.jobs, body.job_id) : null;
    // (Regression, session 40: "Zalando interview" set over HTTP with no kind was a follow-up.)
    const kind = body.kind ?? (body.title && /\binterview(?:s|ing)?\b|\bvorstellungsgespr(?:ä|ae)ch\b/i.test(body.title) ? 'interview' : 'follow_up');
    const { reminder, movedFrom } = await setReminder(career, { kind, when: body.when, job, what: body.title, note: body.note, leadMinutes: body.lead_minutes });
    reply.status(201);
    return { ...reminderResponse(reminder), moved_to_interviewing: movedFrom !== undefined };
  });

  api.get('/reminders/:id', { schema: { params: reminderParamsSchema, response: { 200: reminderSchema } } }, async (request) =>
    reminderResponse(await requireReminder(careerFor(request.owner), request.params.id)),
  );

  api.patch('/reminders/:id', { schema: { params: reminderParamsSchema, body: updateReminderRequestSchema, response: { 200: reminderSchema } } }, async (request) =>
    reminderResponse((await changeReminder(careerFor(request.owner), request.params.id, request.body)).reminder),
  );

  api.delete('/reminders/:id', { schema: { params: reminderParamsSchema, response: { 200: reminderSchema } } }, async (request) => {
    const career = careerFor(request.owner);
    const { id } = request.params;
    await requireReminder(career, id);
    const outcome = await career.reminders.cancel(id, career.now());
    if (!outcome) throw new JobpilotError('REMINDER_NOT_FOUND', `No reminder "${id}"; GET /v1/reminders lists them.`);
    return reminderResponse(outcome.reminder);
  });

  const eventSchema = { params: reminderParamsSchema, response: { 200: calendarFile('The reminder as one calendar event; content-disposition names the file.') } };
  api.get('/reminders/:id/event.ics', { schema: eventSchema }, async (request, reply) => {
    const reminder = await requireReminder(careerFor(request.owner), request.params.id);
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      // Ids are rem_ and hex: the quoted name needs no escaping.
      .header('content-disposition', `attachment; filename="${reminder.id}.ics"`)
      .send(reminderCalendar([reminder], { name: `jobpilot: ${reminder.title}` }));
  });
}

/**
 * Who may read the calendar feed's scope, and as whom: on `/v1/calendar.ics`, a `key` in the
 * query that this server made for a live owner (`calendarFeedKey`); otherwise, and on every
 * other route of the scope, the bearer token as on all of /v1 (`authenticate`).
 *
 * @example
 * registerCalendarFeedAuth(feed, { adminKey, token, tokens });
 */
export function registerCalendarFeedAuth(app: FastifyInstance, dependencies: Omit<CalendarFeedRouteDependencies, 'careerFor'>): void {
  const { adminKey, tokens } = dependencies;
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url === undefined) return;
    const key = request.routeOptions.url === '/v1/calendar.ics' ? (request.query as { key?: unknown }).key : undefined;
    if (typeof key !== 'string') return authenticate(request, dependencies);
    const owner = ownerOfFeedKey(adminKey, key);
    const live = owner === DEFAULT_OWNER || (owner !== undefined && (await tokens.list()).some((token) => token.name === owner && !token.revoked_at));
    if (!owner || !live) {
      throw new JobpilotError('UNAUTHORIZED', 'This calendar feed key is not accepted (wrong, or its token was revoked); ask for the feed\'s address again: GET /v1/calendar or `jobpilot reminders --feed`.');
    }
    request.owner = owner;
  });
}

/**
 * The calendar feed, `GET /v1/calendar.ics`: every reminder of the owner (cancelled ones as
 * cancelled events), for a calendar app to subscribe to. A calendar app cannot send an
 * `authorization` header, so besides the bearer token this route alone accepts `?key=`, the
 * owner's read-only feed key (`calendarFeedKey`), which `GET /v1/calendar` (with the token)
 * tells. A named owner's key stops working when their token is revoked.
 *
 * @example
 * registerCalendarFeedAuth(feed, { adminKey, token, tokens });
 * feed.register(calendarFeedRoutes, { careerFor, adminKey, token, tokens });
 */
export async function calendarFeedRoutes(app: FastifyInstance, dependencies: CalendarFeedRouteDependencies): Promise<void> {
  const { careerFor, adminKey, tokens } = dependencies;
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/calendar', { schema: { response: { 200: calendarFeedSchema } } }, async (request) => {
    const path = `/v1/calendar.ics?key=${encodeURIComponent(calendarFeedKey(adminKey, request.owner))}`;
    const required = Boolean(dependencies.token) || (await tokens.identify(undefined)).required;
    return { path, url: `${request.protocol}://${request.host}${path}`, key_required: required };
  });

  const feedSchema = { querystring: feedQuerySchema, response: { 200: calendarFile('Every reminder of the owner as an iCalendar feed.') } };
  api.get('/calendar.ics', { schema: feedSchema }, async (request, reply) => {
    const reminders = await careerFor(request.owner).reminders.list({ all: true });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(reminderCalendar(reminders, { name: 'jobpilot reminders' }));
  });
}
