import type { ChatGoogleGenerativeAI } from '@langchain/google-genai';
import type { ChatModelBinding, ProviderFailure } from './chat-model-binding.ts';
import { durationToMilliseconds } from './retry-after.ts';
import { shorten } from './shorten.ts';

// What jobpilot knows of Gemini's protocol and SDK, apart from the model class (loaded only
// when Gemini is the configured provider).

/** A `responseSchema` (with `responseMimeType: application/json`), as a `ChatGoogleGenerativeAI` call option. */
export const geminiStructuredOutput: ChatModelBinding['structuredOutput'] = (schema) => ({
  callOptions: { responseSchema: schema.jsonSchema },
});

/**
 * `@google/generative-ai`'s `generateContentStream` returns `{ stream, response }`, two
 * readers of one tee'd body; `ChatGoogleGenerativeAI` keeps `stream` and drops `response`,
 * so when the body errors (a cut connection, a malformed chunk, an abort) that promise
 * rejects with no handler and Node ends the process. The SDK takes no `fetch` and the model
 * exposes no hook, so the model's own client (a runtime-public field the type declares
 * private) gets a handler on `response`: the same error still reaches us through `stream`.
 * Also applied to a `ChatGoogleGenerativeAI` a developer passes in.
 */
export function containGemini<Model extends ChatGoogleGenerativeAI>(model: Model): Model {
  const client = (model as unknown as { client?: GeminiClient }).client;
  if (!client || contained.has(client)) return model;
  const generateContentStream = client.generateContentStream.bind(client);
  client.generateContentStream = async (...args) => {
    const result = await generateContentStream(...args);
    result.response.catch(() => {});
    return result;
  };
  contained.add(client);
  return model;
}

interface GeminiClient {
  generateContentStream(...args: unknown[]): Promise<{ stream: unknown; response: Promise<unknown> }>;
}

const contained = new WeakSet<GeminiClient>();

/** Reads `@google/generative-ai`'s errors, which carry the status and Google's error details but no headers. */
export function describeGeminiError(error: unknown): ProviderFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  const { status, errorDetails } = error as { status?: unknown; errorDetails?: unknown };
  if (typeof status === 'number') {
    const details = Array.isArray(errorDetails) ? (errorDetails as Array<{ '@type'?: string; retryDelay?: unknown }>) : [];
    // The SDK writes "… [429 Too Many Requests] {message} {details as JSON}".
    let said = /\[\d{3}[^\]]*\] ([\s\S]*)$/.exec(error.message)?.[1] ?? '';
    if (details.length > 0) said = said.replace(` ${JSON.stringify(details)}`, '');
    const retryInfo = details.find((detail) => detail['@type']?.endsWith('google.rpc.RetryInfo'));
    return {
      kind: 'http',
      status,
      message: `Gemini answered ${status}${said.trim() ? `: ${shorten(said)}` : '.'}`,
      retryAfterMs: durationToMilliseconds(retryInfo?.retryDelay),
    };
  }
  if (/Error fetching from/.test(error.message)) return { kind: 'unreachable' };
  const parse = /Error parsing JSON response|Failed to parse stream/.exec(error.message);
  if (parse) return { kind: 'malformed', detail: parse[0] };
  return undefined;
}
