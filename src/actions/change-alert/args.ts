import { z } from 'zod';

export const changeAlertArgs = z.object({
  alert: z.string().min(1).max(200).describe('Which alert: its id (alert_…) or words of its search, e.g. "Berlin", "remote typescript".'),
  change: z.enum(['pause', 'resume', 'delete']).describe('"pause" to stop it for now ("stop the Berlin alert"), "resume" to start it again, "delete" to remove it.'),
});
