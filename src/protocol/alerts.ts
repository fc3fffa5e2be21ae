import { z } from 'zod';
import { jobSeniorityLevels } from './api.ts';
import { employmentTypes, maxYearlyPay } from './posting.ts';

/** Alert ids: `alert_` and ten hex digits. */
export const alertIdSchema = z.string().regex(/^alert_[0-9a-f]{10}$/, 'An alert id is "alert_" and ten hex digits, e.g. alert_3f9a1c0b7d.');
/** Notification ids: `ntf_` and twelve hex digits. */
export const notificationIdSchema = z.string().regex(/^ntf_[0-9a-f]{12}$/, 'A notification id is "ntf_" and twelve hex digits.');

const timestamp = z.string().describe('An ISO 8601 time (UTC).');

/** Whether Intl knows the zone ("Europe/Berlin", "UTC"): an unknown one is the time_zone field's error, not the schedule's. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const alertCreateSchema = z
  .object({
    query: z.string().trim().min(1).max(200).describe('What to look for: a role, skill or keywords, e.g. "typescript".'),
    location: z.string().trim().min(1).max(100).optional().describe('A city, region or country, e.g. "Berlin".'),
    remote: z.boolean().optional().describe('True for remote openings only.'),
    remote_too: z.boolean().optional().describe('With a location: remote openings as well as the place\'s ("Galway, remote is fine too"); the alert searches both.'),
    company: z.string().trim().min(1).max(100).optional().describe('Only openings at this company.'),
    min_fit: z.int().min(0).max(100).optional().describe('Only openings the active resume fits at least this well (0–100).'),
    min_salary: z
      .int()
      .min(1)
      .max(maxYearlyPay)
      .optional()
      .describe('A yearly pay floor as a plain number (60000 for "paying at least 60k"), as a search takes it: postings stating less are left out; postings stating no pay are kept and marked so.'),
    exclude_seniority: z
      .array(z.enum(jobSeniorityLevels))
      .max(jobSeniorityLevels.length)
      .optional()
      .describe('Levels to keep out, as a search keeps them out: ["senior", "lead", "principal"] for "nothing senior".'),
    exclude_employment_type: z
      .array(z.enum(employmentTypes))
      .max(employmentTypes.length)
      .optional()
      .describe('Employment types to keep out: ["contract"] for "not contract", ["internship"] for "no Werkstudent".'),
    exclude_agencies: z.boolean().optional().describe('True to keep out recruitment agencies\' postings ("no agencies").'),
    schedule: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .describe('When to run: words ("every morning at 8", "weekdays at 7:30", "every Monday", "hourly") or a five-field cron expression ("0 8 * * *"), read in time_zone.'),
    time_zone: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .refine(isTimeZone, { error: (issue) => `${JSON.stringify(issue.input)} is not a time zone: use an IANA name such as "Europe/London" or "UTC"` })
      .optional()
      .describe('An IANA time zone, e.g. "Europe/Berlin"; the server\'s JOBPILOT_TIME_ZONE when not given.'),
  })
  .strict();
export type AlertCreate = z.infer<typeof alertCreateSchema>;

/** `PATCH /v1/alerts/{id}`: what to change; what is left out stays, null clears location, remote, company, min_fit or min_salary. */
export const alertUpdateSchema = z
  .object({
    query: alertCreateSchema.shape.query.optional(),
    location: alertCreateSchema.shape.location.unwrap().nullable().optional().describe('A city, region or country; null for anywhere.'),
    remote: z.boolean().nullable().optional().describe('True for remote openings only; false or null for any.'),
    remote_too: z.boolean().optional().describe('True: remote openings as well as the place\'s (ends remote only); false: the place\'s only.'),
    company: alertCreateSchema.shape.company.unwrap().nullable().optional().describe('Only openings at this company; null for any.'),
    min_fit: alertCreateSchema.shape.min_fit.unwrap().nullable().optional().describe('The least fit (0–100); null for any.'),
    min_salary: alertCreateSchema.shape.min_salary.unwrap().nullable().optional().describe('The yearly pay floor; null for none.'),
    exclude_seniority: alertCreateSchema.shape.exclude_seniority.describe('The levels to keep out from now on; [] keeps none out.'),
    exclude_employment_type: alertCreateSchema.shape.exclude_employment_type.describe('The employment types to keep out from now on; [] keeps none out.'),
    exclude_agencies: alertCreateSchema.shape.exclude_agencies,
    schedule: alertCreateSchema.shape.schedule.optional(),
    time_zone: alertCreateSchema.shape.time_zone,
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, { error: 'say what to change: query, location, remote, remote_too, company, min_fit, min_salary, exclude_seniority, exclude_employment_type, exclude_agencies, schedule or time_zone' });
export type AlertUpdate = z.infer<typeof alertUpdateSchema>;

export const alertRunSchema = z.object({
  id: z.string(),
  due_at: timestamp,
  trigger: z.enum(['schedule', 'catch-up', 'manual']).describe('Due by the schedule, missed while the server was off and caught up once, or asked for.'),
  status: z.enum(['queued', 'running', 'succeeded', 'partial', 'failed']).describe('`partial`: some boards failed (named in failed_boards) and are asked again next run.'),
  started_at: timestamp.nullable(),
  finished_at: timestamp.nullable(),
  duration_ms: z.number().nullable(),
  new_matches: z.number().describe('Openings this alert had not reported before.'),
  failed_boards: z.array(z.object({ source: z.string(), label: z.string(), code: z.string(), message: z.string() })),
  reused_answers: z
    .array(z.object({ source: z.string(), label: z.string(), fetched_at: timestamp, kept_until: timestamp, reason: z.string() }))
    .describe('Boards not asked again this run: their answer from fetched_at was kept (e.g. Remotive\'s terms allow a few calls a day) until kept_until.'),
  error: z.string().nullable(),
});
export type AlertRun = z.infer<typeof alertRunSchema>;

export const alertSchema = z.object({
  id: z.string(),
  name: z.string().describe('The search in words: "remote typescript jobs in Berlin".'),
  query: z.string(),
  location: z.string().nullable(),
  remote: z.boolean().nullable(),
  remote_too: z.boolean().describe('Remote openings as well as the place\'s.'),
  company: z.string().nullable(),
  min_fit: z.number().nullable(),
  min_salary: z.number().nullable().describe('The yearly pay floor; null for none.'),
  exclude_seniority: z.array(z.enum(jobSeniorityLevels)).describe('Levels kept out; [] for none.'),
  exclude_employment_type: z.array(z.enum(employmentTypes)).describe('Employment types kept out; [] for none.'),
  exclude_agencies: z.boolean().describe('Recruitment agencies\' postings kept out.'),
  schedule: z.string().describe('A five-field cron expression, read in time_zone.'),
  schedule_text: z.string().describe('The schedule in words: "every day at 08:00".'),
  time_zone: z.string(),
  paused: z.boolean(),
  next_run_at: timestamp.nullable().describe('When it runs next; null while paused.'),
  created_at: timestamp,
  last_run: alertRunSchema.nullable().optional(),
});
export type Alert = z.infer<typeof alertSchema>;

export const alertListSchema = z.object({ alerts: z.array(alertSchema) });
export const alertDetailSchema = alertSchema.extend({ runs: z.array(alertRunSchema).describe('The latest runs, newest first.') });

export const alertMatchSchema = z.object({
  job_id: z.string(),
  title: z.string(),
  company: z.string(),
  location: z.string().nullable(),
  url: z.string(),
  fit: z.number().nullable().describe('0–100 against the active resume; null without one.'),
  reason: z.string().nullable().describe('Why it fits: "matches 8 of the 10 skills it asks for"; under a pay floor, a posting stating no pay says so ("states no pay, so it may be under 60,000").'),
});
/** A new opening as a run reports it (also a match notification's `data.jobs`). */
export type AlertMatch = z.infer<typeof alertMatchSchema>;
export const alertRunResultSchema = z.object({ run: alertRunSchema, matches: z.array(alertMatchSchema).describe('New openings, best fit first.') });

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string().describe('What made it: "alert", "reminder", …'),
  title: z.string(),
  body: z.string(),
  data: z.record(z.string(), z.unknown()),
  created_at: timestamp,
  read_at: timestamp.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number().describe('Unread notifications in all.'),
  total: z.number().optional().describe('Notifications in all, read or not (so "nothing unread" can say how many read ones there are).'),
  time_zone: z.string().optional().describe('The zone the person reads times in (JOBPILOT_TIME_ZONE): clients show created_at in it.'),
});
export const notificationsReadSchema = z
  .object({
    ids: z.array(notificationIdSchema).max(500).optional().describe('The notifications to mark read; all unread ones when left out.'),
  })
  .strict();

/** The events of `GET /v1/notifications/stream`. */
export const notificationEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('notification-created'), notification: notificationSchema }),
]);
export type NotificationEvent = z.infer<typeof notificationEventSchema>;
