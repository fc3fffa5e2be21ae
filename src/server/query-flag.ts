import { z } from 'zod';

const flags: Record<string, boolean> = { true: true, '1': true, yes: true, false: false, '0': false, no: false };

/**
 * A yes/no query parameter (`?remote=true`, `?unread=1`, `?unread=no`): a boolean, undefined
 * when absent, a 400 naming what it got otherwise.
 *
 * @example
 * z.object({ unread: queryFlag() }).parse({ unread: 'yes' }); // { unread: true }
 */
export const queryFlag = () =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined) return undefined;
      const flag = flags[value.toLowerCase()];
      if (flag !== undefined) return flag;
      context.addIssue({ code: 'custom', message: `expected true or false, got "${value}"` });
      return z.NEVER;
    });
