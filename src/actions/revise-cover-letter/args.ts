import { z } from 'zod';
import { letterMentions } from '../arguments/letter-mentions.ts';

export const reviseCoverLetterArgs = z.object({
  document: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('Which cover letter: its id or a phrase such as "the Stripe letter"; the last letter of this conversation when not given.'),
  change: z
    .enum(['shorter', 'longer', 'more_formal', 'less_formal', 'mention'])
    .describe('What to change: shorter, longer, more_formal, less_formal, or mention (add the facts in `mention`, nothing else).'),
  tone: z
    .enum(['professional', 'enthusiastic', 'confident', 'concise', 'warm'])
    .optional()
    .describe('A tone for the new version, when the person names one ("warmer", "friendlier" are warm; "more excited" is enthusiastic).'),
  tone_asked: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('The tone asked for, in their words, when none of the tones above ("more humble"); the closest is used and said.'),
  mention: letterMentions.optional(),
});
