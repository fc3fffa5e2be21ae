import { afterEach, describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { countTokens } from '../../src/model/token-count.ts';
import { decideWithRetries } from '../../src/planner/decide-with-retries.ts';
import { createModelPlanner } from '../../src/planner/model-planner.ts';
import type { ModelCallUsage } from '../../src/model/usage.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { desktopActionNames, fakeActions } from '../fakes/fake-actions.ts';
import { geminiHarness, openAIHarness, type ProviderHarness } from '../model/provider-harness.ts';

const registry = fakeActions({ only: desktopActionNames });
const input = (goal: string, overrides: Partial<PlannerInput> = {}): PlannerInput => ({
  goal,
  messages: [{ role: 'user', content: goal }],
  observations: [],
  references: {},
  stepsLeft: 8,
  ...overrides,
});
/** A JSON text cut into small pieces, as a model streams it. */
const streamed = (value: unknown, size = 6) => JSON.stringify(value).match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];

let harness: ProviderHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe.each([
  ['OpenAI', openAIHarness],
  ['Gemini', geminiHarness],
])('the model planner over %s', (_name, start) => {
  const plannerOf = (h: ProviderHarness, promptTokens = 8000) =>
    createModelPlanner({ client: h.client(), registry, promptTokens });

  it('answers a respond turn with one call whose answer streams in several deltas', async () => {
    harness = await start();
    const answer = 'Hello! I can open websites and apps, and take screenshots.';
    harness.reply({ chunks: streamed({ decision: { action: 'respond', reason: 'greeting', answer } }) });
    const deltas: string[] = [];
    const usage: ModelCallUsage[] = [];
    const { decision } = await decideWithRetries(plannerOf(harness), input('hi'), {
      registry,
      retries: 2,
      onAnswerDelta: (text) => deltas.push(text),
      onUsage: (cost) => usage.push(cost),
    });
    expect(decision).toEqual({ type: 'respond', answer, reason: 'greeting' });
    expect(harness.stub.requests).toHaveLength(1);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(answer);
    expect(usage).toEqual([
      expect.objectContaining({ purpose: 'decision', inputTokens: 10, outputTokens: 5, estimated: false }),
    ]);
  });

  it('sends the union schema in the provider’s dialect and parses a typed action', async () => {
    harness = await start();
    harness.reply({ chunks: streamed({ decision: { action: 'open_website', reason: 'asked', args: { url: 'github.com' } } }) });
    const deltas: string[] = [];
    const { decision } = await decideWithRetries(plannerOf(harness), input('open github'), {
      registry,
      retries: 0,
      onAnswerDelta: (text) => deltas.push(text),
    });
    expect(decision).toEqual({ type: 'act', step: { action: 'open_website', reason: 'asked', args: { url: 'github.com' } } });
    expect(deltas).toEqual([]);
    const body = harness.stub.requests[0]?.body;
    const schema =
      harness.name === 'openai' ? body.response_format.json_schema.schema : body.generationConfig.responseSchema;
    if (harness.name === 'openai') {
      expect(body.response_format.json_schema.strict).toBe(true);
    } else {
      expect(body.generationConfig.responseMimeType).toBe('application/json');
    }
    const actions = schema.properties.decision.anyOf.map(
      (variant: { properties: { action: { enum: string[] } } }) => variant.properties.action.enum[0],
    );
    expect(actions).toEqual(['respond', ...registry.names]);
  });

  it('says what it can do from the registry, and nothing it cannot', async () => {
    harness = await start();
    harness.reply({ chunks: streamed({ decision: { action: 'respond', reason: '', answer: 'ok' } }) });
    await plannerOf(harness).decide(input('hi'));
    const body = harness.stub.requests[0]?.body;
    const system: string = harness.name === 'openai' ? body.messages[0].content : body.systemInstruction.parts[0].text;
    for (const action of registry.actions) expect(system).toContain(action.description.replace(/\.$/, ''));
    expect(system).not.toMatch(/search(es)? job boards|cover letters/i);
  });

  it('re-asks with its own reply verbatim and the error, then accepts the correction', async () => {
    harness = await start();
    const babble = 'Sure! Opening GitHub for you now.';
    harness.reply(
      { chunks: [babble] },
      { chunks: streamed({ decision: { action: 'respond', reason: 'x', answer: 'hi', args: { url: 'a.com' } } }) },
      { chunks: streamed({ decision: { action: 'open_website', reason: 'asked', args: { url: 'github.com' } } }) },
    );
    const { attempts } = await decideWithRetries(plannerOf(harness), input('open github'), { registry, retries: 2 });
    expect(attempts).toBe(3);
    const messagesOf = (index: number) => {
      const body = harness?.stub.requests[index]?.body;
      return harness?.name === 'openai'
        ? body.messages.slice(1).map((m: { role: string; content: string }) => [m.role, m.content])
        : body.contents.map((c: { role: string; parts: { text: string }[] }) => [c.role, c.parts[0]?.text]);
    };
    const second = messagesOf(1);
    expect(second.at(-2)[1]).toBe(babble);
    expect(second.at(-1)[1]).toMatch(/rejected: The reply was not a JSON object/);
    expect(messagesOf(2).at(-1)[1]).toMatch(/also has "args"/);
  });

  it('keeps a 100-turn thread of 20,000-character messages within the prompt budget, starting with a user turn', async () => {
    harness = await start();
    const long = (index: number) => `turn ${index}: ${'I am looking for a senior TypeScript role. '.repeat(500)}`.slice(0, 20_000);
    const window = Array.from({ length: 100 }, (_, index) => ({
      role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: long(index),
    }));
    // Turn 50 of a thread whose window starts with an assistant message (the window slides).
    const goal = long(100);
    harness.reply({ chunks: streamed({ decision: { action: 'respond', reason: '', answer: 'ok' } }) });
    await plannerOf(harness, 8000).decide(input(goal, { messages: [...window.slice(1), { role: 'user', content: goal }] }));
    const body = harness.stub.requests[0]?.body;
    const texts: string[] =
      harness.name === 'openai'
        ? body.messages.map((m: { content: string }) => m.content)
        : [body.systemInstruction.parts[0].text, ...body.contents.map((c: { parts: { text: string }[] }) => c.parts[0]?.text)];
    const tokens = texts.reduce((sum, text) => sum + countTokens(text) + 4, 0);
    expect(tokens).toBeLessThanOrEqual(8000);
    expect(JSON.stringify(body).length).toBeLessThan(60_000);
    const firstRole = harness.name === 'openai' ? body.messages[1].role : body.contents[0].role;
    expect(firstRole).toBe('user');
    expect(texts.at(-1)).toMatch(/^turn 100:/);
    const maxTokens = harness.name === 'openai' ? body.max_tokens : body.generationConfig.maxOutputTokens;
    expect(maxTokens).toBe(512);
  });

  it('keeps a long thread’s newest turns, a failed turn’s note among them, under every action’s schema and the default budget', async () => {
    harness = await start();
    const allActions = createActions(fakeCareerDependencies());
    const logged: string[] = [];
    const planner = createModelPlanner({ client: harness.client(), registry: allActions, promptTokens: 12_000, log: (message) => logged.push(message) });
    const older = Array.from({ length: 40 }, (_, index) => ({
      role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: `turn ${index}: ${'Any warehouse jobs in Rotterdam with night shifts and a forklift licence? '.repeat(30)}`,
    }));
    const note = 'This turn did not finish (the connection to the model broke). Already run: 1. open_website {"url":"https://github.com"} → ok: Opened github.com.';
    const messages = [...older, { role: 'user' as const, content: 'open github.com' }, { role: 'assistant' as const, content: note }, { role: 'user' as const, content: 'hello again' }];
    harness.reply({ chunks: streamed({ decision: { action: 'respond', reason: '', answer: 'Hello.' } }) });
    await planner.decide(input('hello again', { messages }));
    const body = harness.stub.requests[0]?.body;
    const sent: Array<[string, string]> =
      harness.name === 'openai'
        ? body.messages.slice(1).map((m: { role: string; content: string }) => [m.role, m.content])
        : body.contents.map((c: { role: string; parts: { text: string }[] }) => [c.role, c.parts[0]?.text]);
    const assistant = harness.name === 'openai' ? 'assistant' : 'model';
    expect(sent.slice(-3)).toEqual([['user', 'open github.com'], [assistant, note], ['user', 'hello again']]);
    expect(sent[0]?.[0]).toBe('user');
    expect(sent[0]?.[1]).toMatch(/^\(\d+ earlier messages of this conversation left out to fit the prompt\.\)/);
    expect(sent.length).toBeGreaterThan(4);
    expect(logged.join('\n')).toMatch(/older messages left out of a prompt to fit JOBPILOT_PROMPT_TOKENS/);
  });
});
