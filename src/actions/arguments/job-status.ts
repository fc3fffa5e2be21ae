import { z } from 'zod';
import { type JobStatus, jobStatuses } from '../../protocol/vocabulary.ts';

/** Where a saved job stands in the application pipeline: the tracker's own list. */
export { jobStatuses, type JobStatus };

export const jobStatus = z.enum(jobStatuses);
