import { z } from 'zod';

export const importResumeArgs = z.object({
  path: z
    .string()
    .min(1)
    .max(1024)
    .describe('The resume file to import (PDF, DOCX, Markdown or text), e.g. "~/Documents/resume.pdf".'),
  label: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('A short name to refer to this resume by later, e.g. "backend".'),
});
