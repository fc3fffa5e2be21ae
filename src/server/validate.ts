import type { z } from 'zod';
import { JobpilotError } from '../errors.ts';

/** Parses route input with zod; a failure is a BAD_REQUEST naming the field and the problem. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) =>
    issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new JobpilotError('BAD_REQUEST', `Invalid ${what}: ${problems.join('; ')}`);
}
