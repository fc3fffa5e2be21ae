import { z } from 'zod';

export const openAppArgs = z.object({
  app_name: z
    .string()
    .min(1)
    .max(64)
    .describe('The application to launch, as a person would name it, e.g. "calculator" or "firefox".'),
});
