import { z } from 'zod';

export const listDocumentsArgs = z.object({
  kind: z
    .enum(['cover_letter', 'interview_prep', 'resume'])
    .optional()
    .describe('Only documents of this kind (tailored resumes are "resume"); every document when not given.'),
});
