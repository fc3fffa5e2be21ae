import type { ActionRegistry } from '../actions/action-registry.ts';

/** The pseudo-action that ends the turn with an answer; no registry action may take the name. */
export const RESPOND = 'respond';

/**
 * What a planner writes: `{"decision": {...}}` where the inner object is one variant of a
 * union keyed by `action`: `{"action": "respond", "reason", "answer"}` or
 * `{"action": "<registry name>", "reason", "args": {...typed args...}}`. There is no way
 * to say two things at once, and the schema grows with the actions' own fields only.
 * Keys come in a fixed order (action, reason, then answer or args) so a streamed answer
 * is known to be one before its first word arrives.
 */
export type PlannerOutput = {
  decision:
    | { action: typeof RESPOND; reason: string; answer: string }
    | { action: string; reason: string; args?: Record<string, unknown> };
};

export interface PlannedStep {
  action: string;
  args: Record<string, unknown>;
  reason: string;
}

/** The validated decision the graph routes on. */
export type Decision =
  | { type: 'respond'; answer: string; reason: string }
  | { type: 'act'; step: PlannedStep };

type ParseResult = { ok: true; decision: Decision } | { ok: false; error: string };

/**
 * Validates raw planner output: the envelope, the action literal, no contradictory
 * fields, and the action's own typed args. Returns a readable error for the re-ask when
 * anything is off; never throws. A bare variant without the `decision` envelope is
 * accepted (local models often drop it); `null` and empty-string args mean "not given".
 *
 * @example
 * parseDecision({ decision: { action: 'open_website', reason: 'asked', args: { url: 'github.com' } } }, registry);
 */
export function parseDecision(raw: unknown, registry: ActionRegistry): ParseResult {
  if (!isObject(raw)) {
    return { ok: false, error: `The reply was not a JSON object: ${describeRaw(raw)}. ${shapeHint}` };
  }
  const inner = isObject(raw.decision) ? raw.decision : raw;
  if ('type' in inner) {
    return { ok: false, error: `There is no "type" field: "action" alone says what to do. ${shapeHint}` };
  }
  const { action, reason, ...rest } = inner;
  if (typeof action !== 'string' || !action) {
    return { ok: false, error: `"action" is missing: use "${RESPOND}" or one of ${registry.names.join(', ')}. ${shapeHint}` };
  }
  const why = typeof reason === 'string' ? reason : '';
  if (action === RESPOND) {
    const { answer, ...extra } = rest;
    const contradiction = filledKeys(extra);
    if (contradiction.length > 0) {
      return {
        ok: false,
        error: `A "${RESPOND}" decision has only "reason" and "answer", but this one also has ${contradiction.map((key) => `"${key}"`).join(', ')}. Either respond, or act with one action.`,
      };
    }
    if (typeof answer !== 'string' || !answer.trim()) {
      return { ok: false, error: `A "${RESPOND}" decision needs a non-empty "answer": the reply to the user.` };
    }
    return { ok: true, decision: { type: 'respond', answer, reason: why } };
  }
  if (!registry.get(action)) {
    return { ok: false, error: `Unknown action "${action}". Use "${RESPOND}" or one of: ${registry.names.join(', ')}.` };
  }
  const { args, ...extra } = rest;
  const contradiction = filledKeys(extra);
  if (contradiction.length > 0) {
    return {
      ok: false,
      error: `An "${action}" decision has only "reason" and "args", but this one also has ${contradiction.map((key) => `"${key}"`).join(', ')}. Either act, or respond; not both.`,
    };
  }
  if (args !== undefined && args !== null && !isObject(args)) {
    return { ok: false, error: `"args" must be an object of ${action}'s arguments.` };
  }
  const parsed = registry.parseArgs(action, args ?? {});
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, decision: { type: 'act', step: { action, args: parsed.args, reason: why } } };
}

const shapeHint =
  'Reply with {"decision": {"action": "respond", "reason": "…", "answer": "…"}} or {"decision": {"action": "<action>", "reason": "…", "args": {…}}}.';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys whose values say something (an empty string, null, or an empty object says nothing). */
const filledKeys = (record: Record<string, unknown>): string[] =>
  Object.entries(record)
    .filter(([, value]) => {
      if (value === undefined || value === null || value === '') return false;
      if (isObject(value)) return Object.keys(value).length > 0;
      return true;
    })
    .map(([key]) => key);

const describeRaw = (raw: unknown): string => {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return text && text.length > 120 ? `${text.slice(0, 120)}…` : (text ?? String(raw));
};

