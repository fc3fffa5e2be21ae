import { z } from 'zod';
import { leadMinutesSchema } from '../../protocol/api.ts';
import { reminderKinds } from '../../protocol/vocabulary.ts';
import { jobReference } from '../arguments/job-reference.ts';

export const setReminderArgs = z.object({
  when: z
    .string()
    .min(1)
    .max(200)
    .describe('When, as the person said it or in ISO 8601: "Friday", "on the 12th at 3pm", "in 3 days", "2026-12-12T15:00". Read in the person\'s time zone.'),
  about: z
    .enum(reminderKinds)
    .default('follow_up')
    .describe('What it is for: interview (an interview date; a saved job moves to interviewing), follow_up (chase, check in, write back), or other.'),
  job: jobReference.optional().describe('The job it is about, if any: its id, "the second one", "it", or a company ("Northwind"). Leave out for a free-standing reminder.'),
  what: z.string().min(1).max(200).optional().describe('What to do, in a few words ("chase the Acme recruiter"); a title is made from the job when left out.'),
  lead_minutes: leadMinutesSchema
    .optional()
    .describe('How many minutes before the time it should ring, when the person says so ("remind me 30 mins before": 30, "an hour ahead": 60, "the day before": 1440); the event keeps its own time. Left out: an hour before a timed interview, else at its time.'),
  repeats: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .describe('The words that asked for it to repeat ("every other friday", "every 4 weeks"): reminders do not repeat yet, so the first one is set (`when`) and the answer says so.'),
  moved: z
    .boolean()
    .optional()
    .describe('True when the person says an interview or follow-up already set has moved ("moved to", "rescheduled to", "pushed back to"): the one still to come for that job or company is moved, not a second one made.'),
});
