import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';
import { resumeReference } from '../arguments/resume-reference.ts';

export const writeCoverLetterArgs = z.object({
  job: jobReference,
  tone: z
    .enum(['professional', 'enthusiastic', 'confident', 'concise', 'warm'])
    .optional()
    .describe('How the letter should sound; "professional" when not given.'),
  hiring_manager: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('The person to address the letter to, e.g. "Jane Doe".'),
  resume: resumeReference.optional(),
  mention: z
    .array(z.string().min(1).max(200))
    .min(1)
    .max(3)
    .optional()
    .describe('Facts the person asks the letter to mention, in their words ("I\'m bilingual", "my forklift licence"); each is written in only when the resume supports it, and refused in words when it does not.'),
});
