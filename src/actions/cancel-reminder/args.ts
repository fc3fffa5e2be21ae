import { z } from 'zod';

export const cancelReminderArgs = z.object({
  reminder: z
    .string()
    .min(1)
    .max(200)
    .describe('Which reminder: its id (rem_…), "it" (the one just set), "all" (every one to come; "all Acme": each with those words), its place in the last list ("the second one"), or words from it.'),
});
