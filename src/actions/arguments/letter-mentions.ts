import { z } from 'zod';

/** Facts a person asks a cover letter to mention (write_cover_letter, revise_cover_letter). */
export const letterMentions = z
  .array(z.string().min(1).max(200))
  .min(1)
  .max(3)
  .describe('Facts to mention, in the person\'s words ("I\'m bilingual"); each is written in only when the resume supports it, else refused in words.');
