/** One action the user asked for, with its arguments as the planner's flat `args` strings. */
export interface RequestedStep {
  action: string;
  args: Record<string, string>;
}

/** A step together with the words that asked for it (quoted back when it cannot run). */
export interface RequestedStepInContext extends RequestedStep {
  text: string;
}

/** What one clause of the user's message asks for. */
export type ClauseIntent =
  /** `verb` lets a bare follow-up ("…, indeed and glassdoor") reuse it; empty when none. */
  | { kind: 'step'; step: RequestedStep; verb: string }
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  | { kind: 'farewell' }
  | { kind: 'acknowledgement' }
  | { kind: 'help' }
  /** "don't open github": nothing to do, but say so. */
  | { kind: 'negated' }
  /** "open that site again" with nothing earlier to point at. */
  | { kind: 'unresolved-reference'; target: ReferenceTarget }
  /** "where is the screenshot?" */
  | { kind: 'screenshot-location' }
  /** Filler with no meaning of its own ("please"). */
  | { kind: 'none' }
  | { kind: 'unknown'; text: string };

/** What a reference like "that site" or "it" points at. */
export type ReferenceTarget = 'site' | 'app' | 'any';

/** The whole message, read: the steps to run in order and everything else that was said. */
export interface ParsedRequest {
  steps: RequestedStepInContext[];
  others: Exclude<ClauseIntent, { kind: 'step' }>[];
}

/** What earlier turns left behind for references to point at. */
export interface ConversationContext {
  references: Readonly<Record<string, string>>;
  /** Earlier messages, oldest first, without this turn's message. */
  history: readonly { role: 'user' | 'assistant'; content: string }[];
}
