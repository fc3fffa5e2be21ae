import { z } from 'zod';

/** Where a saved job stands in the application pipeline. */
export const jobStatuses = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;

export type JobStatus = (typeof jobStatuses)[number];

export const jobStatus = z.enum(jobStatuses);
