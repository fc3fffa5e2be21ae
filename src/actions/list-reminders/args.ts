import { z } from 'zod';
import { reminderKinds } from '../../protocol/vocabulary.ts';

/** The stretches of time a person asks about: "what's on today", "anything this week?". */
export const reminderPeriods = ['today', 'tomorrow', 'this_week', 'next_week'] as const;

export const listRemindersArgs = z.object({
  include_past: z
    .boolean()
    .optional()
    .describe('Also list reminders that are past or cancelled; by default only the ones to come.'),
  period: z
    .enum(reminderPeriods)
    .optional()
    .describe('Only the reminders of this stretch, in the person\'s time zone ("what\'s on this week": this_week, today to Sunday).'),
  kind: z
    .enum(reminderKinds)
    .optional()
    .describe('Only reminders of this kind: "my interviews", "what\'s my next interview?" is interview; leave out for every kind.'),
  next: z
    .boolean()
    .optional()
    .describe('True when asked for the next one only ("what\'s my next interview?"): the soonest to come, not the list.'),
  feed: z
    .boolean()
    .optional()
    .describe('True when asked for the calendar feed ("my ics link"): its address for a calendar app, instead of the list.'),
});
