import type { z } from 'zod';
import type { CareerCallContext } from '../career/career-dependencies.ts';
import type { ApprovalMode } from '../config.ts';
import type { ActionPhrasing } from './phrasing/phrasing.ts';

/** What a handler gets besides its arguments. Handlers never read globals. */
export interface ActionContext extends CareerCallContext {
  /** Generated files go here, under names the handler chooses (never the caller). */
  artifactsDir: string;
}

/** The outcome of one step. A failure is an observation the planner reads, not a throw. */
export interface ActionResult {
  ok: boolean;
  /** One line a person (and the planner) can read. */
  summary: string;
  /** Small structured facts (paths, urls, ids); never whole documents. */
  data?: Record<string, unknown>;
  /** Things later turns may refer to ("that site", "the screenshot"). */
  references?: Record<string, string>;
}

/** What an action's own policy says about its arguments. */
export type ApprovalNeed = 'auto' | 'ask';

export interface ApprovalSettings {
  mode: ApprovalMode;
  allowedApps: readonly string[];
}

/**
 * One thing the assistant can do. One folder per action, one line in the registry.
 * Every field of `args` carries a `.describe()` (it is shown to the planner).
 */
export interface ActionDefinition<Args extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  args: Args;
  /** The action's own policy; `JOBPILOT_APPROVAL` may override it. */
  approval(args: z.infer<Args>, settings: ApprovalSettings): ApprovalNeed;
  /**
   * The policy when this turn has already read text from outside (a job posting): a
   * desktop action planned right after reading it asks first, unless it is plainly safe
   * (opening a job board or the posting's own page). Absent: the normal policy.
   */
  afterOutsideText?(args: z.infer<Args>, settings: ApprovalSettings): ApprovalNeed;
  run(args: z.infer<Args>, context: ActionContext): Promise<ActionResult>;
  /**
   * How people ask for it, for the rules planner: intent patterns, argument extractors,
   * priority and examples (`phrasing.ts` beside the handler). Depends on no handler
   * dependency, so it is the same however the registry is built.
   */
  phrasing?: ActionPhrasing<z.input<Args>>;
}

/**
 * Whether a step must be approved: `JOBPILOT_APPROVAL` overrides the action's own policy
 * (always ask, or never ask). Decided once, when the step is planned.
 */
export const requiresApproval = (
  action: ActionDefinition,
  args: Record<string, unknown>,
  settings: ApprovalSettings,
  turn: { readOutsideText?: boolean } = {},
): boolean =>
  settings.mode === 'always' ||
  (settings.mode === 'auto' &&
    (action.approval(args as never, settings) === 'ask' ||
      (turn.readOutsideText === true && action.afterOutsideText?.(args as never, settings) === 'ask')));

/** Marks an observation's data as carrying outside text (a posting), which makes later desktop steps ask. */
export const OUTSIDE_TEXT = 'untrusted_text';

/** Identity helper that keeps `args` typed inside `approval` and `run`. */
export const defineAction = <Args extends z.ZodObject>(
  definition: ActionDefinition<Args>,
): ActionDefinition<Args> => definition;
