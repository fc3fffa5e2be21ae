import { z } from 'zod';

export const cancelReminderArgs = z.object({
  reminder: z
    .string()
    .min(1)
    .max(200)
    .describe('Which reminder: its id (rem_…), "it" for the one just set, "all" for every one to come ("all friday", "all Acme": each one with those words), a place in the last list ("the second one"), or words from it ("the Northwind one").'),
});
