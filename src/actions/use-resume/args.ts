import { z } from 'zod';

export const useResumeArgs = z.object({
  resume: z
    .string()
    .min(1)
    .max(200)
    .describe('The resume to make active for matching and writing: its id, its label (e.g. "backend"), or its file format ("pdf", "docx") when one stored resume has that format.'),
});
