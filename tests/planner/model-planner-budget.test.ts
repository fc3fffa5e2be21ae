import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { ConfigError } from '../../src/config.ts';
import type { ModelCall, ModelClient } from '../../src/model/model-client.ts';
import { createModelPlanner } from '../../src/planner/model-planner.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import { fixedPromptTokens } from '../../src/planner/prompt.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const registry = createActions(fakeCareerDependencies());
const fixed = fixedPromptTokens(registry);

/** A client that answers `respond` at once and keeps every call it was given. */
function recordingClient(): ModelClient & { calls: ModelCall[] } {
  const calls: ModelCall[] = [];
  return {
    provider: 'openai',
    model: 'test',
    label: 'openai (test)',
    calls,
    async *stream(call) {
      calls.push(call);
      yield JSON.stringify({ decision: { action: 'respond', reason: 'r', answer: 'ok' } });
      return { finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1, estimated: true } };
    },
  };
}

const longThread = (turns: number): PlannerInput => {
  const messages = Array.from({ length: turns }, (_, index) => ({
    role: index % 2 === 0 ? ('user' as const) : ('assistant' as const),
    content: `turn ${index}: ${'I would like a welding job near Leeds with day shifts. '.repeat(60)}`,
  }));
  messages.push({ role: 'user', content: 'and the newest question' });
  return { goal: 'and the newest question', messages, observations: [], references: {}, stepsLeft: 8 };
};

describe("the model planner's prompt budget", () => {
  it('refuses a JOBPILOT_PROMPT_TOKENS that leaves the conversation no room, saying the size needed', () => {
    const make = () => createModelPlanner({ client: recordingClient(), registry, promptTokens: fixed + 500 });
    expect(make).toThrow(ConfigError);
    expect(make).toThrow(/JOBPILOT_PROMPT_TOKENS is [\d,]+, but the model planner's fixed part .* takes [\d,]+ tokens/);
    expect(make).toThrow(new RegExp(`at least ${(fixed + 1000).toLocaleString('en-US')}`));
  });

  it('warns at start when the fixed part takes more than half of the budget, and not otherwise', () => {
    const logged: string[] = [];
    createModelPlanner({ client: recordingClient(), registry, promptTokens: fixed + 2000, log: (message) => logged.push(message) });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/fixed part takes [\d,]+ of JOBPILOT_PROMPT_TOKENS=[\d,]+, leaving 2,000 for the conversation/);
    logged.length = 0;
    createModelPlanner({ client: recordingClient(), registry, promptTokens: fixed * 3, log: (message) => logged.push(message) });
    expect(logged).toEqual([]);
  });

  it('logs once, with the figures, when a decision leaves older messages out; the model is told too', async () => {
    const client = recordingClient();
    const logged: Array<[string, Record<string, unknown> | undefined]> = [];
    const planner = createModelPlanner({ client, registry, promptTokens: 12_000, log: (message, details) => logged.push([message, details]) });
    await planner.decide(longThread(4));
    expect(logged).toEqual([]);
    await planner.decide(longThread(60));
    await planner.decide(longThread(60));
    expect(logged).toHaveLength(1);
    const [message, details] = logged[0] ?? [];
    expect(message).toMatch(/older messages left out .* JOBPILOT_PROMPT_TOKENS/);
    expect(details).toMatchObject({ fixed_tokens: fixed, budget_tokens: 12_000 });
    expect(details?.messages_dropped).toBeGreaterThan(30);
    const sent = client.calls.at(-1)?.messages ?? [];
    expect(sent.at(-1)?.content).toBe('and the newest question');
    expect(sent.at(-2)?.content).toMatch(/^turn 59: /);
    expect(sent[0]?.content).toMatch(new RegExp(`^\\(${details?.messages_dropped as number} earlier messages of this conversation left out`));
  });
});
