import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ChatGoogleGenerativeAI } from '@langchain/google-genai';
import type { ChatOpenAI } from '@langchain/openai';
import type { ChatModelBinding, ProviderFailure } from './chat-model-binding.ts';
import { containGemini, describeGeminiError, geminiStructuredOutput } from './gemini-dialect.ts';
import { describeOpenAIError, openAIStructuredOutput } from './openai-dialect.ts';
import { retryAfterFromHeaders } from './retry-after.ts';
import { shorten } from './shorten.ts';

/**
 * A binding for a chat model a developer built (`createJobpilot({ chatModel })`): any
 * LangChain `BaseChatModel`, used as it is, inside the same containment as the configured
 * providers (timeouts, cancellation, retries, usage). A `ChatOpenAI` or
 * `ChatGoogleGenerativeAI` keeps its provider's structured output and error reading (and a
 * Gemini model gets the same guard as jobpilot's own); any other model is asked for the
 * decision's JSON in its system prompt, and our zod schemas validate what it writes.
 * Give it `maxRetries: 0`: jobpilot retries itself, and only while nothing has streamed.
 *
 * @example
 * const binding = chatModelBindingOf(new ChatAnthropic({ model: 'claude-sonnet-4-5', maxRetries: 0 }));
 */
export function chatModelBindingOf(model: BaseChatModel): ChatModelBinding {
  const name = modelNameOf(model);
  // Recognised by their LangChain type, so neither SDK is loaded unless it is used.
  if (model._llmType() === 'openai') {
    const { clientConfig } = model as ChatOpenAI;
    const host = clientConfig.baseURL ? new URL(clientConfig.baseURL).host : undefined;
    const who = host ? `The OpenAI-compatible server at ${host}` : 'OpenAI';
    return {
      provider: 'openai',
      model: name,
      label: `openai (${name}${host ? ` @ ${host}` : ''})`,
      displayName: host ? `the OpenAI-compatible server at ${host}` : 'OpenAI',
      requiresFinishReason: true,
      chatModel: () => model,
      structuredOutput: openAIStructuredOutput,
      describeError: (error) => describeOpenAIError(error, who),
    };
  }
  if (model._llmType() === 'googlegenerativeai') {
    containGemini(model as ChatGoogleGenerativeAI);
    return {
      provider: 'google',
      model: name,
      label: `google (${name})`,
      displayName: 'Gemini',
      requiresFinishReason: true,
      chatModel: () => model,
      structuredOutput: geminiStructuredOutput,
      describeError: describeGeminiError,
    };
  }
  const kind = model._llmType();
  return {
    provider: 'custom',
    model: name,
    label: `${kind} (${name})`,
    displayName: `the chat model ${name}`,
    // Not every integration reports why it stopped; a clean end of its stream is its answer.
    requiresFinishReason: false,
    chatModel: () => model,
    structuredOutput: (schema) => ({
      callOptions: {},
      instruction:
        'Reply with one JSON object and nothing else (no Markdown fence), matching this JSON Schema:\n' +
        JSON.stringify(schema.jsonSchema),
    }),
    describeError: describeHttpError,
  };
}

/** The model's name as its integration spells it (`model`, `modelName`, `model_id`), or its class. */
function modelNameOf(model: BaseChatModel): string {
  const fields = model as unknown as Record<string, unknown>;
  for (const key of ['model', 'modelName', 'model_id', 'modelId']) {
    if (typeof fields[key] === 'string' && fields[key]) return fields[key];
  }
  return model.getName();
}

/** Most provider SDKs throw an error with a numeric `status` and, often, the response `headers`. */
function describeHttpError(error: unknown): ProviderFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, headers } = error as { status?: unknown; headers?: unknown };
  if (typeof status !== 'number') return undefined;
  return {
    kind: 'http',
    status,
    message: `The chat model answered ${status}: ${shorten(error.message)}`,
    retryAfterMs: headers instanceof Headers ? retryAfterFromHeaders(headers) : undefined,
  };
}
