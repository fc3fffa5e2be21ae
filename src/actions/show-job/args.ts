import { z } from 'zod';
import { jobReference } from '../arguments/job-reference.ts';

export const showJobArgs = z.object({
  job: jobReference,
});
