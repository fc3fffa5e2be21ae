import { z } from 'zod';

/** Nothing to choose: the whole screen, saved under a name the handler picks. */
export const takeScreenshotArgs = z.object({});
