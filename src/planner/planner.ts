import type { PlannerKind } from '../config.ts';
import type { ModelCallUsage } from '../model/usage.ts';
import type { ChatMessage } from '../protocol/chat-message.ts';
import type { KnownData } from '../protocol/known-data.ts';

/** What a step did, as the planner reads it on its next call. */
export interface Observation {
  index: number;
  action: string;
  args: Record<string, unknown>;
  ok: boolean;
  /** Set when the person refused the approval (the step did not run). */
  declined?: boolean;
  summary: string;
  data?: Record<string, unknown>;
}

/** Everything a planner sees for one decision. Bounded by construction. */
export interface PlannerInput {
  /** This turn's user message. */
  goal: string;
  /** The recent conversation, oldest first, ending with this turn's user message. */
  messages: readonly ChatMessage[];
  /** Steps already run this turn, in order. */
  observations: readonly Observation[];
  /** Things earlier steps produced that later turns may refer to (`last_url`, …). */
  references: Readonly<Record<string, string>>;
  /** Steps still allowed this turn. */
  stepsLeft: number;
  /** The person's saved jobs and resumes, by name (at most a few dozen each); absent when not looked up. */
  known?: KnownData | undefined;
  /** Set when the previous answer was invalid: what it was and what was wrong. */
  retry?: { output: unknown; error: string };
}

export interface PlannerCallOptions {
  signal?: AbortSignal | undefined;
  /**
   * Receives the answer's text as the model writes it, for a decision that turns out to
   * be `respond`: the one call that decides is also the call that streams the answer.
   */
  onAnswerDelta?: ((text: string) => void) | undefined;
  /** Receives what each model call cost (model-backed planners only). */
  onUsage?: ((usage: ModelCallUsage) => void) | undefined;
}


/**
 * A planner backend. `decide` returns raw output; the graph validates it with
 * `parseDecision` (fake and real models alike), so backends never need to be trusted.
 */
export interface Planner {
  /** The configured kind, or `custom` for a chat model a developer passed to `createJobpilot`. */
  readonly kind: PlannerKind | 'custom';
  /** A short description for the start-up log, e.g. "openai (gpt-4o-mini)". */
  readonly label: string;
  decide(input: PlannerInput, options?: PlannerCallOptions): Promise<unknown>;
}
