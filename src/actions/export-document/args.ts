import { z } from 'zod';

export const exportDocumentArgs = z.object({
  document: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Which document: its id or a phrase like "the cover letter"; the last one of this conversation when not given.'),
  format: z.enum(['md', 'pdf', 'docx']).describe('The file format to export to: "md", "pdf" or "docx".'),
});
