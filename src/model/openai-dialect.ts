import type { ChatModelBinding, ProviderFailure } from './chat-model-binding.ts';
import { retryAfterFromHeaders } from './retry-after.ts';
import { shorten } from './shorten.ts';

// What jobpilot knows of OpenAI's protocol, apart from the model class (which is only loaded
// when OpenAI is the configured provider: the `openai` SDK takes seconds to import on a busy machine).

/** Strict `json_schema` structured output, as a `ChatOpenAI` call option. */
export const openAIStructuredOutput: ChatModelBinding['structuredOutput'] = (schema) => ({
  callOptions: {
    response_format: {
      type: 'json_schema',
      json_schema: { name: schema.name, strict: true, schema: schema.jsonSchema },
    },
  },
});

/** Reads the `openai` SDK's errors (`APIError` with status and headers, `APIConnectionError`, a JSON `SyntaxError`). */
export function describeOpenAIError(error: unknown, who: string): ProviderFailure | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { status, headers, error: body } = error as { status?: unknown; headers?: unknown; error?: unknown };
  if (typeof status === 'number') {
    const said =
      typeof body === 'string'
        ? body
        : typeof (body as { message?: unknown })?.message === 'string'
          ? (body as { message: string }).message
          : '';
    const retryAfterMs = headers instanceof Headers ? retryAfterFromHeaders(headers) : undefined;
    return { kind: 'http', status, message: `${who} answered ${status}${said ? `: ${shorten(said)}` : '.'}`, retryAfterMs };
  }
  if (error.constructor.name === 'APIConnectionError') return { kind: 'unreachable' };
  if (error instanceof SyntaxError) return { kind: 'malformed', detail: shorten(error.message, 120) };
  return undefined;
}
