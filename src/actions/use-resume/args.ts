import { z } from 'zod';

export const useResumeArgs = z.object({
  resume: z
    .string()
    .min(1)
    .max(200)
    .describe('The resume to make active for matching and writing: its id, label ("backend"), or file format ("pdf") when only one has it.'),
});
