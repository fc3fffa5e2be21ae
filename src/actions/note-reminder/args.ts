import { z } from 'zod';

export const noteReminderArgs = z.object({
  reminder: z
    .string()
    .min(1)
    .max(200)
    .describe('Which reminder: its id (rem_…), "it" (the one just set or talked about), its place in the last list ("the second one"), or words from it.'),
  note: z
    .string()
    .min(1)
    .max(300)
    .describe('The detail to keep with it, in the person\'s words: where ("at the Mater, 2nd floor"), how ("on Zoom"), what to bring; added to its note and calendar event.'),
});
