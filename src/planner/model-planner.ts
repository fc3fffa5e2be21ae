import type { ModelClient } from '../model/model-client.ts';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { answerStream } from './answer-stream.ts';
import { decisionJsonSchema, type SchemaDialect } from './decision-json-schema.ts';
import type { Planner } from './planner.ts';
import { decisionPrompt, readDecisionOutput } from './prompt.ts';

export interface ModelPlannerOptions {
  client: ModelClient;
  registry: ActionRegistry;
  /** The decision prompt's budget in tokens (`JOBPILOT_PROMPT_TOKENS`). */
  promptTokens: number;
}

/**
 * A planner backed by a chat model (Gemini, OpenAI or an OpenAI-compatible server). Each
 * decision is one streamed call with structured output; when the decision is `respond`
 * its answer streams to `onAnswerDelta` as the model writes it, so a respond turn costs
 * exactly one call. `decide` returns what the model wrote (parsed JSON, or the text), so a
 * reply that fails validation is re-asked by `decideWithRetries` rather than thrown.
 *
 * @example
 * const planner = createModelPlanner({ client, registry, promptTokens: 8000 });
 */
export function createModelPlanner({ client, registry, promptTokens }: ModelPlannerOptions): Planner {
  const dialect: SchemaDialect = client.provider === 'google' ? 'gemini' : 'openai';
  const schema = { name: 'decision', jsonSchema: decisionJsonSchema(registry, dialect) };
  return {
    kind: client.provider,
    label: client.label,
    async decide(input, options = {}) {
      const prompt = decisionPrompt(input, registry, promptTokens);
      const answer = answerStream((text) => options.onAnswerDelta?.(text));
      const stream = client.stream(
        { ...prompt, schema },
        {
          signal: options.signal,
          onEnd: ({ usage }) =>
            options.onUsage?.({ provider: client.provider, model: client.model, purpose: 'decision', ...usage }),
        },
      );
      let text = '';
      for await (const delta of stream) {
        text += delta;
        answer.push(delta);
      }
      return readDecisionOutput(text);
    },
  };
}
