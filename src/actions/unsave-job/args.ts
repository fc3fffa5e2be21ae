import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';

export const unsaveJobArgs = z.object({
  job: jobReference,
});
