import { ChatGoogleGenerativeAI } from '@langchain/google-genai';
import { ChatOpenAI } from '@langchain/openai';
import { describe, expect, it } from 'vitest';
import type { JobpilotError } from '../../src/errors.ts';
import { chatModelBindingOf } from '../../src/model/chat-model-binding-of.ts';
import { createModelClient } from '../../src/model/create-model-client.ts';
import type { ModelCall, ModelCallEnd, ModelClient } from '../../src/model/model-client.ts';
import { ScriptedChatModel } from '../fakes/scripted-chat-model.ts';
import { fastSettings } from './provider-harness.ts';

const call: ModelCall = { system: 'You are terse.', messages: [{ role: 'user', content: 'hello' }] };

async function run(client: ModelClient, modelCall = call, signal?: AbortSignal, onDelta?: () => void) {
  const deltas: string[] = [];
  let end: ModelCallEnd | undefined;
  try {
    for await (const delta of client.stream(modelCall, { signal, onEnd: (value) => (end = value) })) {
      deltas.push(delta);
      onDelta?.();
    }
    return { deltas, end, error: undefined };
  } catch (error) {
    return { deltas, end, error: error as JobpilotError };
  }
}

describe('a chat model a developer passes in', () => {
  it('streams through the same containment and reports its usage', async () => {
    const model = new ScriptedChatModel([{ chunks: ['one ', 'two'], usage: { input_tokens: 7, output_tokens: 2 } }]);
    const client = createModelClient(chatModelBindingOf(model), fastSettings);
    expect(client).toMatchObject({ provider: 'custom', model: 'scripted-1', label: 'scripted (scripted-1)' });
    const result = await run(client);
    expect(result.deltas).toEqual(['one ', 'two']);
    expect(result.end).toEqual({ finishReason: 'stop', usage: { inputTokens: 7, outputTokens: 2, estimated: false } });
    expect(model.calls[0]?.messages.map((message) => [message.type, message.content])).toEqual([
      ['system', 'You are terse.'],
      ['human', 'hello'],
    ]);
  });

  it('asks for structured output in the system prompt when the model has no dialect jobpilot knows', async () => {
    const model = new ScriptedChatModel([{ chunks: ['{}'] }]);
    const jsonSchema = { type: 'object', properties: { decision: { type: 'string' } } };
    await run(createModelClient(chatModelBindingOf(model), fastSettings), { ...call, schema: { name: 'decision', jsonSchema } });
    const system = String(model.calls[0]?.messages[0]?.content);
    expect(system.startsWith('You are terse.')).toBe(true);
    expect(system).toContain(JSON.stringify(jsonSchema));
  });

  it('retries an error with a status while nothing has streamed, honouring retry-after', async () => {
    const limited = Object.assign(new Error('Too many requests.'), { status: 429, headers: new Headers({ 'retry-after': '0.2' }) });
    const model = new ScriptedChatModel([{ error: limited }, { chunks: ['fine'] }]);
    const result = await run(createModelClient(chatModelBindingOf(model), fastSettings));
    expect(result.error).toBeUndefined();
    expect(result.deltas).toEqual(['fine']);
    expect(model.calls).toHaveLength(2);
  });

  it('does not retry a rejected request', async () => {
    const rejected = Object.assign(new Error('Bad key.'), { status: 401 });
    const model = new ScriptedChatModel([{ error: rejected }]);
    const result = await run(createModelClient(chatModelBindingOf(model), fastSettings));
    expect(result.error?.code).toBe('MODEL_REQUEST_REJECTED');
    expect(result.error?.message).toBe('The chat model answered 401: Bad key.');
    expect(model.calls).toHaveLength(1);
  });

  it('ends a model that goes silent at the idle timeout and aborts its signal', async () => {
    const model = new ScriptedChatModel([{ chunks: ['a', 'b'], hangAfter: 1 }]);
    const result = await run(createModelClient(chatModelBindingOf(model), { ...fastSettings, idleTimeoutMs: 200 }));
    expect(result.deltas).toEqual(['a']);
    expect(result.error?.code).toBe('MODEL_TIMEOUT');
    expect(model.calls[0]?.signalAborted()).toBe(true);
  });

  it('passes the caller’s cancellation to the model', async () => {
    const model = new ScriptedChatModel([{ chunks: ['a', 'b'], hangAfter: 1 }]);
    const controller = new AbortController();
    // Cancelled once the model is answering (its first delta read), not after a guessed while.
    const result = await run(createModelClient(chatModelBindingOf(model), fastSettings), call, controller.signal, () => controller.abort());
    expect(result.deltas).toEqual(['a']);
    expect((result.error as Error | undefined)?.name).toBe('AbortError');
    expect(model.calls[0]?.signalAborted()).toBe(true);
  });

  it('keeps a ChatOpenAI or ChatGoogleGenerativeAI in its own provider’s dialect', () => {
    const openai = chatModelBindingOf(new ChatOpenAI({ model: 'llama3.1', apiKey: 'sk-test', configuration: { baseURL: 'http://127.0.0.1:11434/v1' } }));
    expect(openai).toMatchObject({ provider: 'openai', label: 'openai (llama3.1 @ 127.0.0.1:11434)' });
    expect(openai.structuredOutput({ name: 'decision', jsonSchema: {} }).callOptions).toHaveProperty('response_format.type', 'json_schema');
    const gemini = chatModelBindingOf(new ChatGoogleGenerativeAI({ model: 'gemini-2.5-flash', apiKey: 'AIza-test' }));
    expect(gemini).toMatchObject({ provider: 'google', label: 'google (gemini-2.5-flash)' });
    expect(gemini.structuredOutput({ name: 'decision', jsonSchema: { type: 'object' } }).callOptions).toEqual({ responseSchema: { type: 'object' } });
  });
});
