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

/** A step in words before it runs, with any reference in its arguments pinned; or why it cannot run. */
export type StepPreview =
  | { ok: true; text: string; args?: Record<string, unknown> }
  | { ok: false; error: string };

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
   * Acts on the person's desktop (opens a site or an app, captures the screen). Once the
   * thread has read text from outside, such a step always asks first, whatever its own
   * policy and `JOBPILOT_APPROVAL`. Desktop actions bring no outside text in themselves.
   */
  desktop?: boolean;
  /**
   * Only reads (our tables, the boards, the model): running it twice does no harm. Every
   * other action's step is journaled and runs at most once (`src/db/repositories/step-attempts.ts`):
   * after a crash it is reported as "may already have happened", never silently run again.
   */
  readsOnly?: boolean;
  run(args: z.infer<Args>, context: ActionContext): Promise<ActionResult>;
  /**
   * What a step will do, in words a person can approve ("open https://… (Data Analyst at
   * Acme) in your browser"), read before asking and free of side effects. A reference the
   * step holds ("the first one") is resolved here, against the lists the person saw when
   * they asked, and returned pinned in `args` (an id), so the step that runs after approval
   * is the one that was shown. A reference that cannot be resolved fails the step before
   * anyone is asked.
   */
  preview?(args: z.infer<Args>, context: Pick<ActionContext, 'references' | 'signal'>): Promise<StepPreview>;
  /**
   * How people ask for it, for the rules planner: intent patterns, argument extractors,
   * priority and examples (`phrasing.ts` beside the handler). Depends on no handler
   * dependency, so it is the same however the registry is built.
   */
  phrasing?: ActionPhrasing<z.input<Args>>;
}

/** Why a step asks: its policy (or `JOBPILOT_APPROVAL=always`), or outside text in the thread. */
export type ApprovalCause = 'policy' | 'outside_text';

/**
 * Whether a step must be approved, and why. A desktop step in a thread that has read text
 * from outside asks whatever the policy (`never` included): that text may carry
 * instructions a model planner obeys. Otherwise `JOBPILOT_APPROVAL` overrides the action's
 * own policy (always ask, or never ask). Decided once, when the step is planned.
 */
export function approvalCause(
  action: ActionDefinition,
  args: Record<string, unknown>,
  settings: ApprovalSettings,
  thread: { readOutsideText?: boolean } = {},
): ApprovalCause | null {
  if (action.desktop === true && thread.readOutsideText === true) return 'outside_text';
  if (settings.mode === 'always') return 'policy';
  if (settings.mode === 'never') return null;
  return action.approval(args as never, settings) === 'ask' ? 'policy' : null;
}

/** Whether a step must be approved (`approvalCause` is not null). */
export const requiresApproval = (
  action: ActionDefinition,
  args: Record<string, unknown>,
  settings: ApprovalSettings,
  thread: { readOutsideText?: boolean } = {},
): boolean => approvalCause(action, args, settings, thread) !== null;

/**
 * Whether running this action brings text from outside into the planner's context. Every
 * action but the desktop ones does: their summaries and data quote postings, board answers,
 * job titles, resumes or documents written from them. A desktop action's result may still
 * set `data[OUTSIDE_TEXT]`.
 */
export const bringsOutsideText = (action: ActionDefinition, result: Pick<ActionResult, 'data'>): boolean =>
  action.desktop !== true || result.data?.[OUTSIDE_TEXT] === true;

/** Marks an observation's data as carrying outside text (a posting); `bringsOutsideText` reads it. */
export const OUTSIDE_TEXT = 'untrusted_text';

/** Identity helper that keeps `args` typed inside `approval` and `run`. */
export const defineAction = <Args extends z.ZodObject>(
  definition: ActionDefinition<Args>,
): ActionDefinition<Args> => definition;

/**
 * Whether a step of this action is journaled so it runs at most once: all but the read-only ones.
 *
 * @example
 * runsAtMostOnce(openWebsite); // true: a desktop action
 */
export const runsAtMostOnce = (action: ActionDefinition): boolean => action.readsOnly !== true;
