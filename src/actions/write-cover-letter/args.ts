import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';
import { resumeReference } from '../arguments/resume-reference.ts';
import { letterMentions } from '../arguments/letter-mentions.ts';

export const writeCoverLetterArgs = z.object({
  job: jobReference,
  tone: z
    .enum(['professional', 'enthusiastic', 'confident', 'concise', 'warm'])
    .optional()
    .describe('How the letter should sound; "professional" when not given.'),
  tone_asked: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('The tone asked for, in their words, when none of the tones above ("friendly but firm"); the closest is used and said.'),
  hiring_manager: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('The person to address the letter to, e.g. "Jane Doe".'),
  resume: resumeReference.optional(),
  mention: letterMentions.optional(),
});
