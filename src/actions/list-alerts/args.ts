import { z } from 'zod';

export const listAlertsArgs = z.object({});
