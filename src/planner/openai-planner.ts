import { ChatOpenAI } from '@langchain/openai';
import type { ActionRegistry } from '../tools/registry.ts';
import { plannerJsonSchema } from './decision.ts';
import { modelPlannerLabel, quietRun } from './model-planner-options.ts';
import type { Planner } from './planner.ts';
import { answerMessages, decisionMessages, readDecisionOutput } from './prompt.ts';

export interface OpenAIPlannerOptions {
  registry: ActionRegistry;
  /** Optional for local OpenAI-compatible servers, which usually ignore it. */
  apiKey: string | undefined;
  model: string;
  /** An OpenAI-compatible server, e.g. `http://127.0.0.1:11434/v1` for Ollama. */
  baseUrl: string | undefined;
  /** Per request; a server that does not answer in time counts as unavailable. */
  timeoutMs?: number;
  /** Transport retries inside one call; invalid answers are re-asked by the caller instead. */
  maxRetries?: number;
}


/**
 * A planner backed by OpenAI's chat completions API, or any server speaking it. Decisions
 * use strict `json_schema` structured output; `decide` returns what the model wrote, so an
 * answer that fails the schema is re-asked by `decideWithRetries` rather than thrown.
 *
 * @example
 * const planner = createOpenAIPlanner({ registry, apiKey: 'sk-…', model: 'gpt-4o-mini', baseUrl: undefined });
 */
export function createOpenAIPlanner(options: OpenAIPlannerOptions): Planner {
  const model = new ChatOpenAI({
    model: options.model,
    // The client refuses to start without a key; local servers do not check it.
    apiKey: options.apiKey ?? 'not-needed',
    configuration: options.baseUrl ? { baseURL: options.baseUrl } : {},
    timeout: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 1,
    onFailedAttempt: retryTransportFailuresOnly,
  });
  const decider = model
    .withStructuredOutput(plannerJsonSchema(options.registry), {
      name: 'decision',
      method: 'jsonSchema',
      strict: true,
      includeRaw: true,
    })
    .withConfig(quietRun);

  return {
    kind: 'openai',
    label: modelPlannerLabel('openai', options.model, options.baseUrl),
    async decide(input, callOptions) {
      try {
        const { raw } = await decider.invoke(decisionMessages(input, options.registry), {
          signal: callOptions?.signal,
        });
        return readDecisionOutput(raw);
      } catch (error) {
        const problem = unreadableReply(error);
        if (problem === undefined) throw error;
        return problem;
      }
    },
    async *writeAnswer(input, callOptions) {
      const stream = await model.stream(answerMessages(input), {
        ...quietRun,
        signal: callOptions?.signal,
      });
      for await (const chunk of stream) {
        if (chunk.text) yield chunk.text;
      }
    },
  };
}

/**
 * The OpenAI SDK parses `json_schema` replies itself and throws when the text is not JSON
 * or was cut off. That is the model's answer, not a transport failure: it becomes a note
 * `parseDecision` rejects, so the re-ask loop tells the model what went wrong.
 */
function unreadableReply(error: unknown): string | undefined {
  if (error instanceof SyntaxError) return '(The reply was not valid JSON.)';
  if ((error as Error)?.constructor?.name === 'LengthFinishReasonError') {
    return '(The reply was cut off before the JSON was complete.)';
  }
  return undefined;
}

/**
 * Retry policy for one call: retry what a retry can fix (network errors, 408, 429, 5xx),
 * never a reply the model already gave, a cancellation or another client error.
 */
function retryTransportFailuresOnly(error: unknown): void {
  if (unreadableReply(error) !== undefined) throw error;
  const failure = error as { name?: string; status?: number } | null;
  if (failure?.name === 'AbortError') throw error;
  const status = failure?.status;
  if (
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    status !== 408 &&
    status !== 429
  ) {
    throw error;
  }
}
