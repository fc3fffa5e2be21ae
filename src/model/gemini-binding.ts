import { ChatGoogleGenerativeAI } from '@langchain/google-genai';
import type { ChatModelBinding } from './chat-model-binding.ts';
import { containGemini, describeGeminiError, geminiStructuredOutput } from './gemini-dialect.ts';

export interface GeminiBindingOptions {
  model: string;
  apiKey: string;
  /** Another endpoint for the Gemini API (a proxy, or a local stub in tests), without the API version. */
  baseUrl: string | undefined;
}

/**
 * Gemini's `streamGenerateContent?alt=sse` protocol through `ChatGoogleGenerativeAI`
 * (`@langchain/google-genai`, on `@google/generative-ai`). Structured output is a
 * `responseSchema` (OpenAPI subset) with `responseMimeType: application/json`. Gemini wants
 * `contents` to start with a user turn and alternate; callers give it that (see `fitPrompt`).
 *
 * @example
 * const client = createModelClient(geminiBinding({ model: 'gemini-2.5-flash', apiKey: 'AIza…', baseUrl: undefined }), settings);
 */
export function geminiBinding(options: GeminiBindingOptions): ChatModelBinding {
  const host = options.baseUrl ? new URL(options.baseUrl).host : undefined;
  return {
    provider: 'google',
    model: options.model,
    label: `google (${options.model}${host ? ` @ ${host}` : ''})`,
    displayName: host ? `Gemini (at ${host})` : 'Gemini',
    // @google/generative-ai takes no fetch: the idle timer hears it chunk by chunk.
    chatModel: ({ maxOutputTokens }) =>
      containGemini(
        new ChatGoogleGenerativeAI({
          model: options.model,
          apiKey: options.apiKey,
          ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
          maxOutputTokens,
          maxRetries: 0,
        }),
      ),
    requiresFinishReason: true,
    structuredOutput: geminiStructuredOutput,
    describeError: describeGeminiError,
  };
}
