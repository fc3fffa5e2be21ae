import { z } from 'zod';

/**
 * A job as the person referred to it, passed through for the handler's resolver: a job id,
 * a position in the thread's last results ("the second one", "#3", "the last one"), a
 * company or title phrase ("Stripe"), or a pronoun ("it", "that one").
 */
export const jobReference = z
  .string()
  .min(1)
  .max(200)
  .describe(
    'Which job: its id, its place in the last results ("the second one"), a company or title ("Stripe"), or "it".',
  );
