import { Annotation } from '@langchain/langgraph';
import type { PlannedStep } from '../planner/decision.ts';
import type { Observation } from '../planner/planner.ts';
import type { ChatMessage } from '../protocol/chat-message.ts';

/** A planned step waiting for the executor, with the approval decision once the executor made it. */
export interface PendingStep extends PlannedStep {
  /**
   * Whether the step must be approved: decided once, before the step can run, and kept in
   * the checkpoint, so a resume in another process (with other settings) replays the same way.
   * Absent until the executor has decided.
   */
  needsApproval?: boolean;
  /** Why it asks, decided with `needsApproval`: `outside_text` says so in the prompt. */
  approvalCause?: 'policy' | 'outside_text' | null;
  /** The step in words for the approval prompt, read with the decision (`ActionDefinition.preview`). */
  approvalText?: string;
}

/**
 * The graph state, declared once; its types are derived from it. It stays bounded:
 * a window of recent messages, this turn's goal and observations, and references
 * (ids/urls) to things the conversation mentions. Documents live in tables.
 *
 * @example
 * const State = createGraphState({ windowSize: 20 });
 * type Value = typeof State.State;
 */
export function createGraphState({ windowSize }: { windowSize: number }) {
  return Annotation.Root({
    /** The prompt window: the last `windowSize` messages. The transcript table keeps all. */
    messages: Annotation<ChatMessage[]>({
      reducer: (current, update) => [...current, ...update].slice(-windowSize),
      default: () => [],
    }),
    /** This turn's user message. */
    goal: Annotation<string>(),
    /** Steps run this turn (reset by each turn's input). */
    observations: Annotation<Observation[]>(),
    /** Steps run this turn, counted against the budget (reset by each turn's input). */
    stepCount: Annotation<number>(),
    /** The step the planner chose, waiting for the executor. */
    pendingStep: Annotation<PendingStep | null>(),
    /**
     * Said before this turn's answer (reset by each turn's input): steps an earlier run had
     * started when it died, which may or may not have happened.
     */
    notice: Annotation<string | null>(),
    /** The answer the planner wrote (and already streamed), waiting for reception to record. */
    draftAnswer: Annotation<string | null>(),
    /**
     * The actions that brought text from outside (postings, board answers, resumes) into
     * this thread's context, in the order first seen. Kept for the thread's life, across
     * turns and restarts: that text stays in the window, in answers and in references.
     * While it is not empty, every desktop step asks first. Bounded by the number of actions.
     */
    outsideText: Annotation<string[]>({
      reducer: (current, update) => [...new Set([...current, ...update])],
      default: () => [],
    }),
    /** Things later turns may refer to: `last_url`, `last_app`, `last_screenshot`, … */
    references: Annotation<Record<string, string>>({
      reducer: (current, update) => ({ ...current, ...update }),
      default: () => ({}),
    }),
  });
}

export type GraphStateAnnotation = ReturnType<typeof createGraphState>;
export type GraphState = GraphStateAnnotation['State'];
export type GraphUpdate = GraphStateAnnotation['Update'];

/**
 * The input that starts a turn: resets the per-turn channels, appends the user message;
 * `notice`, when given, opens the turn's answer.
 */
export const turnInput = (goal: string, notice: string | null = null): GraphUpdate => ({
  messages: [{ role: 'user', content: goal }],
  goal,
  observations: [],
  stepCount: 0,
  pendingStep: null,
  draftAnswer: null,
  notice,
});
