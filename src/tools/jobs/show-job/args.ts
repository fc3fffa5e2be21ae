import { z } from 'zod';
import { jobReference } from '../job-reference.ts';

export const showJobArgs = z.object({
  job: jobReference,
});
