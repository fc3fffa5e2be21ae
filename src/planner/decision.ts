import { z } from 'zod';
import type { ActionRegistry } from '../tools/registry.ts';

/**
 * The planner's structured output: one flat object, accepted by both OpenAI strict
 * `json_schema` and Gemini's response schema (no unions, no optional fields, every
 * property required). `args` holds every argument field of every action as a string;
 * the ones the chosen action does not take are left empty and the action's own schema
 * validates the rest.
 *
 * @example
 * const schema = plannerOutputSchema(new ActionRegistry());
 */
export function plannerOutputSchema(registry: ActionRegistry) {
  const argFields = Object.fromEntries(
    registry
      .allFields()
      .map((field) => [
        field.name,
        z.string().describe(`${field.description} Empty string when unused.`),
      ]),
  );
  return z
    .object({
      type: z
        .enum(['respond', 'act'])
        .describe('"act" to run one action now, "respond" to answer the user.'),
      reason: z.string().describe('One short sentence: why this is the right next move.'),
      answer: z
        .string()
        .describe(
          'For "respond": the reply to the user (may be empty to let the writer compose it). For "act": empty string.',
        ),
      action: z
        .enum([...registry.names, 'none'])
        .describe('For "act": the one action to run now. For "respond": "none".'),
      args: z
        .object(argFields)
        .describe('Arguments for the chosen action; fields it does not take are empty strings.'),
    })
    .describe('The next move of the job-hunting assistant.');
}

export type PlannerOutput = z.infer<ReturnType<typeof plannerOutputSchema>>;

/**
 * `plannerOutputSchema` as the JSON Schema sent to model providers. Without the `$schema`
 * key, and without `args` when no action takes arguments: Gemini rejects an object with
 * no properties. Every property stays required and closed, as OpenAI strict mode needs.
 *
 * @example
 * const schema = plannerJsonSchema(registry); // { type: 'object', properties: { type, reason, … } }
 */
export function plannerJsonSchema(registry: ActionRegistry): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(plannerOutputSchema(registry));
  if (registry.allFields().length > 0) return schema;
  const { args: _args, ...properties } = schema.properties ?? {};
  const required = (schema.required ?? []).filter((name) => name !== 'args');
  return { ...schema, properties, required };
}

export interface PlannedStep {
  action: string;
  args: Record<string, unknown>;
  reason: string;
  /**
   * Whether the step must be approved, decided once when it is planned and kept in the
   * checkpoint, so a resume in another process (with other settings) replays the same way.
   */
  needsApproval?: boolean;
}

/** The validated decision the graph routes on. */
export type Decision =
  | { type: 'respond'; answer: string; reason: string }
  | { type: 'act'; step: PlannedStep };

/**
 * Validates raw planner output: the shape, the action literal and the action's own args.
 * Returns a readable error for the re-ask when anything is off; never throws.
 */
export function parseDecision(
  raw: unknown,
  registry: ActionRegistry,
): { ok: true; decision: Decision } | { ok: false; error: string } {
  const shaped = lenientDecisionSchema(registry).safeParse(raw);
  if (!shaped.success) {
    return {
      ok: false,
      error: `The decision does not match the schema: ${z.prettifyError(shaped.error).replace(/\n/g, ' ')}`,
    };
  }
  const output = shaped.data;
  if (output.type === 'respond') {
    return {
      ok: true,
      decision: { type: 'respond', answer: output.answer ?? '', reason: output.reason ?? '' },
    };
  }
  if (!output.action || output.action === 'none') {
    return { ok: false, error: `"act" needs an action, one of: ${registry.names.join(', ')}.` };
  }
  const args = registry.parseArgs(output.action, output.args ?? {});
  if (!args.ok) return { ok: false, error: args.error };
  return {
    ok: true,
    decision: {
      type: 'act',
      step: { action: output.action, args: args.args, reason: output.reason ?? '' },
    },
  };
}

/**
 * What we accept back: the strict shape, but tolerant of fields a model left out when
 * they don't matter (a missing `answer` on "act", missing unused args).
 */
const lenientDecisionSchema = (registry: ActionRegistry) =>
  z.object({
    type: z.enum(['respond', 'act']),
    reason: z.string().optional(),
    answer: z.string().optional(),
    action: z.enum([...registry.names, 'none']).optional(),
    args: z.record(z.string(), z.unknown()).optional(),
  });
