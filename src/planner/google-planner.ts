import { ChatGoogleGenerativeAI } from '@langchain/google-genai';
import type { ActionRegistry } from '../tools/registry.ts';
import { plannerJsonSchema } from './decision.ts';
import { modelPlannerLabel, quietRun } from './model-planner-options.ts';
import type { Planner, PlannerCallOptions } from './planner.ts';
import { answerMessages, decisionMessages, readDecisionOutput } from './prompt.ts';

export interface GooglePlannerOptions {
  registry: ActionRegistry;
  apiKey: string;
  model: string;
  /** Another endpoint for the Gemini API (a proxy, or a local stub in tests); no API version. */
  baseUrl: string | undefined;
  /** Per request; a server that does not answer in time counts as unavailable. */
  timeoutMs?: number;
  /** Transport retries inside one call; invalid answers are re-asked by the caller instead. */
  maxRetries?: number;
}


/**
 * A planner backed by Gemini. Decisions use Gemini's native structured output
 * (`responseMimeType: application/json` + `responseSchema`) rather than function calling:
 * the reply is the JSON itself, with no tool-call envelope to unwrap or lose. `decide`
 * returns what the model wrote, so an answer that fails the schema is re-asked by
 * `decideWithRetries` rather than thrown.
 *
 * @example
 * const planner = createGooglePlanner({ registry, apiKey: 'AIza…', model: 'gemini-2.5-flash', baseUrl: undefined });
 */
export function createGooglePlanner(options: GooglePlannerOptions): Planner {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const model = new ChatGoogleGenerativeAI({
    model: options.model,
    apiKey: options.apiKey,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    maxRetries: options.maxRetries ?? 1,
  });
  const decider = model
    .withStructuredOutput(plannerJsonSchema(options.registry), {
      name: 'decision',
      method: 'jsonSchema',
      includeRaw: true,
    })
    .withConfig(quietRun);

  return {
    kind: 'google',
    label: modelPlannerLabel('google', options.model, options.baseUrl),
    async decide(input, callOptions) {
      const { raw } = await withTimeout(timeoutMs, callOptions, (signal) =>
        decider.invoke(decisionMessages(input, options.registry), { signal }),
      );
      return readDecisionOutput(raw);
    },
    async *writeAnswer(input, callOptions) {
      const signal = combinedSignal(timeoutMs, callOptions);
      const stream = await model.stream(answerMessages(input), { ...quietRun, signal });
      for await (const chunk of stream) {
        if (chunk.text) yield chunk.text;
      }
    },
  };
}

/**
 * The Gemini client has no request timeout of its own here, so one is added to the
 * caller's signal, and a timeout is reported as such rather than as a cancellation.
 */
async function withTimeout<T>(
  timeoutMs: number,
  callOptions: PlannerCallOptions | undefined,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const signal = combinedSignal(timeoutMs, callOptions);
  try {
    return await call(signal);
  } catch (error) {
    if (signal.aborted && !callOptions?.signal?.aborted) {
      throw new Error(`Gemini did not answer within ${timeoutMs / 1000} s.`, { cause: error });
    }
    throw error;
  }
}

function combinedSignal(
  timeoutMs: number,
  callOptions: PlannerCallOptions | undefined,
): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return callOptions?.signal ? AbortSignal.any([callOptions.signal, timeout]) : timeout;
}
