import { ConfigError } from '../config.ts';
import type { ModelClient } from '../model/model-client.ts';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { answerStream } from './answer-stream.ts';
import { decisionJsonSchema, type SchemaDialect } from './decision-json-schema.ts';
import type { Planner } from './planner.ts';
import { decisionPrompt, fixedPromptTokens, readDecisionOutput } from './prompt.ts';

export interface ModelPlannerOptions {
  client: ModelClient;
  registry: ActionRegistry;
  /** The decision prompt's budget in tokens (`JOBPILOT_PROMPT_TOKENS`). */
  promptTokens: number;
  /** Where a warning goes: a budget the fixed part crowds, and the first time history is left out. */
  log?: ((message: string, details?: Record<string, unknown>) => void) | undefined;
}

/** Below this much room for the conversation, the budget is an error: the newest messages alone need it. */
const minimumConversationTokens = 1_000;

/**
 * A planner backed by a chat model (Gemini, OpenAI or an OpenAI-compatible server). Each
 * decision is one streamed call with structured output; when the decision is `respond`
 * its answer streams to `onAnswerDelta` as the model writes it, so a respond turn costs
 * exactly one call. `decide` returns what the model wrote (parsed JSON, or the text), so a
 * reply that fails validation is re-asked by `decideWithRetries` rather than thrown.
 *
 * The prompt's fixed part (instructions and the actions' catalogue) is measured once, here:
 * a budget that leaves it no room for the conversation is a `ConfigError` naming
 * `JOBPILOT_PROMPT_TOKENS` and the size needed; one where it takes more than half is logged
 * as a warning. The first decision that leaves history out is logged too (once per planner,
 * with the figures); the model itself is told how many messages were left out.
 *
 * @example
 * const planner = createModelPlanner({ client, registry, promptTokens: 12000, log });
 */
export function createModelPlanner({ client, registry, promptTokens, log = () => {} }: ModelPlannerOptions): Planner {
  const dialect: SchemaDialect = client.provider === 'google' ? 'gemini' : 'openai';
  const schema = { name: 'decision', jsonSchema: decisionJsonSchema(registry, dialect) };
  const fixed = checkPromptBudget(registry, promptTokens, log);
  let warnedOfCut = false;
  return {
    kind: client.provider,
    label: client.label,
    async decide(input, options = {}) {
      const { fit, ...prompt } = decisionPrompt(input, registry, promptTokens);
      if (fit.dropped > 0 && !warnedOfCut) {
        warnedOfCut = true;
        log('model planner: older messages left out of a prompt to fit JOBPILOT_PROMPT_TOKENS (logged once)', {
          fixed_tokens: fixed,
          system_tokens: fit.systemTokens,
          budget_tokens: promptTokens,
          messages_dropped: fit.dropped,
          messages_kept: prompt.messages.length,
        });
      }
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

/** The fixed part's tokens; throws when the budget leaves the conversation no room, warns when it leaves less than half. */
function checkPromptBudget(
  registry: ActionRegistry,
  promptTokens: number,
  log: (message: string, details?: Record<string, unknown>) => void,
): number {
  const fixed = fixedPromptTokens(registry);
  const figure = (tokens: number) => tokens.toLocaleString('en-US');
  // Rounded up to a thousand: a size a person would write.
  const comfortable = Math.ceil((fixed * 2) / 1000) * 1000;
  if (promptTokens < fixed + minimumConversationTokens) {
    throw new ConfigError(
      `JOBPILOT_PROMPT_TOKENS is ${figure(promptTokens)}, but the model planner's fixed part (its instructions and the ${registry.actions.length} actions' descriptions) alone takes ${figure(fixed)} tokens, which leaves no room for the conversation. Set JOBPILOT_PROMPT_TOKENS to at least ${figure(fixed + minimumConversationTokens)} (${figure(comfortable)} or more keeps a useful history), or leave it unset for the default.`,
    );
  }
  if (fixed * 2 > promptTokens) {
    log(
      `model planner: the prompt's fixed part takes ${figure(fixed)} of JOBPILOT_PROMPT_TOKENS=${figure(promptTokens)}, leaving ${figure(promptTokens - fixed)} for the conversation: older messages will be left out early. Set JOBPILOT_PROMPT_TOKENS to ${figure(comfortable)} or more to keep more of each thread.`,
      { fixed_tokens: fixed, budget_tokens: promptTokens },
    );
  }
  return fixed;
}
