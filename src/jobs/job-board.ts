import { z } from 'zod';
import type { JobSource } from './job-source.ts';

/** What every adapter may be handed besides its settings (SerpAPI reads relative dates against `now`). */
export interface CreateOptions {
  now?: () => number;
}

interface BoardBasics<Settings> {
  /** Lower-case, as listed in `JOBPILOT_JOB_SOURCES`; `JOBPILOT_<NAME>_URL` overrides its origin. */
  name: string;
  /**
   * Reads the board's own variables (its keys) out of the job-board variables; an issue's
   * path is the variable it is about. `undefined`: the board cannot run without more.
   */
  settings: z.ZodType<Settings | undefined>;
}

/**
 * One job board as the rest of `jobs/` knows it: one per file in `sources/`, listed once in
 * `job-boards.ts`. `keyless` boards answer anyone; `company` boards run once per
 * `JOBPILOT_COMPANY_BOARDS` entry of their kind; `keyed` boards run once their key is set.
 */
export type JobBoard<Settings extends object = object> =
  | (BoardBasics<Settings> & {
      kind: 'keyless';
      create(setting: Settings & { origin?: string }, options: CreateOptions): JobSource;
    })
  | (BoardBasics<Settings> & {
      kind: 'company';
      /**
       * What the part after `KIND:` must look like, when not a plain slug (Workday's
       * `tenant.wd5/site`), with an example for the error that names a bad entry.
       */
      companyPattern?: { pattern: RegExp; example: string };
      create(
        setting: Settings & { company: string; origin?: string },
        options: CreateOptions,
      ): JobSource;
    })
  | (BoardBasics<Settings> & {
      kind: 'keyed';
      /** What `JOBPILOT_JOB_SOURCES` says the board needs when its settings are `undefined`. */
      needs: string;
      create(setting: Settings & { origin?: string }, options: CreateOptions): JobSource;
    });

/** One variable as a board reads it: trimmed, and blank counts as unset. */
export const boardVariable = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

/** The settings of a board that reads no variables of its own. */
export const noVariables = z.object({});

/**
 * Declares a board; the descriptor is returned as given, typed for the board list.
 *
 * @example
 * export const remotiveBoard = defineJobBoard({
 *   name: 'remotive',
 *   kind: 'keyless',
 *   settings: noVariables,
 *   create: ({ origin }) => createRemotiveSource({ origin }),
 * });
 */
export const defineJobBoard = <Settings extends object>(board: JobBoard<Settings>): JobBoard =>
  board;
