import { z } from 'zod';
import { leadMinutesSchema } from '../../protocol/api.ts';
import { reminderKinds } from '../../protocol/vocabulary.ts';
import { jobReference } from '../arguments/job-reference.ts';

export const setReminderArgs = z.object({
  when: z
    .string()
    .min(1)
    .max(200)
    .describe('When, as said or in ISO 8601 ("on the 12th at 3pm", "in 3 days", "2026-12-12T15:00"), in the person\'s time zone.'),
  about: z
    .enum(reminderKinds)
    .default('follow_up')
    .describe('What it is for: interview (a saved job moves to interviewing), follow_up (chase, check in, write back), or other.'),
  job: jobReference.optional().describe('The job it is about, if any: its id, "the second one", "it", or a company ("Northwind").'),
  what: z.string().min(1).max(200).optional().describe('What to do, in a few words ("chase the Acme recruiter"); a title is made from the job when left out.'),
  lead_minutes: leadMinutesSchema
    .optional()
    .describe('Minutes before the time it rings, only when said ("30 mins before": 30, "the day before": 1440); the event keeps its time. Left out: an hour before a timed interview, else at its time.'),
  repeats: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .describe('The words asking it to repeat ("every other friday"): reminders do not repeat yet; the first is set (`when`) and the answer says so.'),
  moved: z
    .boolean()
    .optional()
    .describe('True when one already set has moved ("moved to", "rescheduled to", "pushed back to"): the one to come for that job or company is moved, not a second made.'),
});
