import { z } from 'zod';

export const noteReminderArgs = z.object({
  reminder: z
    .string()
    .min(1)
    .max(200)
    .describe('Which reminder: its id (rem_…), "it" for the one just set or talked about, a place in the last list ("the second one"), or words from it ("the HSE one").'),
  note: z
    .string()
    .min(1)
    .max(300)
    .describe('The detail to keep with it, in the person\'s words: where ("in Cork", "at the Mater, 2nd floor"), how ("on Zoom"), what to bring. Added to its note and its calendar event.'),
});
