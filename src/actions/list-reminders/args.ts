import { z } from 'zod';

export const listRemindersArgs = z.object({
  include_past: z
    .boolean()
    .optional()
    .describe('Also list reminders that are past or cancelled; by default only the ones to come.'),
});
