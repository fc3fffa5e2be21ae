import { z } from 'zod';

export const undoArgs = z.object({});
