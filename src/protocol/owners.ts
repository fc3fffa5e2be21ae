import { z } from 'zod';

/**
 * The owner of the data reached with the single `JOBPILOT_TOKEN`, or with no token at all:
 * everything stored before named tokens existed belongs to it.
 */
export const DEFAULT_OWNER = 'default';

/**
 * A named token's name, which is also the owner its threads, resumes, saved jobs and
 * documents are kept under: 1–32 of `a-z 0-9 _ -`, starting with a letter or digit,
 * and not "default" (the single token's owner).
 */
export const tokenNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'A token name is 1–32 characters of a-z, 0-9, "_" or "-", starting with a letter or digit.')
  .refine((name) => name !== DEFAULT_OWNER, `"${DEFAULT_OWNER}" is the owner of JOBPILOT_TOKEN (and of no token); choose another name.`);
