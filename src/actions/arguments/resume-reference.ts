import { z } from 'zod';

/** A resume as the person referred to it: its id or label ("backend"); the active one when not given. */
export const resumeReference = z
  .string()
  .min(1)
  .max(200)
  .describe('Which resume: its id or label, e.g. "backend"; the active resume when not given.');
