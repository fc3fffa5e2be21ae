import { z } from 'zod';

export const whatsNewArgs = z.object({
  since: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('From when, in words ("yesterday", "this week", "last 3 days"); left out: the unread notifications.'),
  mark_read: z
    .boolean()
    .optional()
    .describe('True when only asked to mark them read ("mark them all read"): every unread one is marked read, none told.'),
});
