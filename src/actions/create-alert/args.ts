import { z } from 'zod';
import { alertDeliveries } from './delivery-note.ts';
import { isTimeZone } from '../../alerts/zone-from-words.ts';
import { searchJobsArgs } from '../search-jobs/args.ts';

/** An alert's own zone, as an IANA name ("America/New_York"): shared by creating and changing one. */
export const alertTimeZone = z.string().min(1).max(64).refine(isTimeZone, { error: 'an IANA time zone such as "America/New_York"' });

export const createAlertArgs = z.object({
  query: z.string().min(1).max(200).describe('What to look for: a role, skill or keywords, e.g. "typescript", "data engineer".'),
  location: z.string().min(1).max(100).optional().describe('A city, region or country, e.g. "Berlin".'),
  remote: z.boolean().optional().describe('True for remote openings only.'),
  remote_too: z
    .boolean()
    .optional()
    .describe('True with a location when remote work is allowed as well ("…in Galway, remote is fine too"): the place\'s openings and remote ones.'),
  company: z.string().min(1).max(100).optional().describe('Only openings at this company, e.g. "Stripe".'),
  min_fit: z
    .int()
    .min(0)
    .max(100)
    .optional()
    .describe('Only openings the active resume fits at least this well, 0–100 ("only 75+ matches"). Never a place nor search words.'),
  // "… paying at least 60k", "nothing under €45k": the pay floor a search takes, kept by every run.
  min_salary: searchJobsArgs.shape.min_salary.describe(
    'A yearly pay floor as a plain number (60000 for "at least 60k"); postings stating less are left out, those stating none kept and marked.',
  ),
  // What the alert keeps out, as a search keeps it out ("…, no agencies", "not contract", "nothing senior").
  exclude_seniority: searchJobsArgs.shape.exclude_seniority,
  exclude_employment_type: searchJobsArgs.shape.exclude_employment_type,
  exclude_agencies: searchJobsArgs.shape.exclude_agencies,
  schedule: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('When to check, in words or cron: "every morning at 8" (the default), "weekdays at 7:30", "hourly".'),
  time_zone: alertTimeZone
    .optional()
    .describe('The IANA zone of the schedule, only when said ("9am new york time": "America/New_York"); left out: their own.'),
  tell_by: z
    .enum(alertDeliveries)
    .optional()
    .describe(
      'How to be told, only when said ("email me", "text me": sms, WhatsApp: messaging_app, "a push on my phone": phone_push). News always reaches the inbox; the answer says if this way is set up.',
    ),
});
