import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { decideWithRetries } from '../../src/planner/decide-with-retries.ts';
import { parseDecision } from '../../src/planner/decision.ts';
import { createOpenAIPlanner } from '../../src/planner/openai-planner.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import { ActionRegistry } from '../../src/tools/registry.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { act, respond } from '../fakes/scripted-planner.ts';
import { waitFor } from '../helpers/wait-for.ts';

const registry = new ActionRegistry();
const input: PlannerInput = {
  goal: 'open github',
  messages: [{ role: 'user', content: 'open github' }],
  observations: [],
  references: {},
  stepsLeft: 8,
};
const json = (value: unknown) => ({ content: JSON.stringify(value) });

let stub: OpenAIStub;
beforeEach(async () => {
  stub = await startOpenAIStub();
});
afterEach(async () => {
  await stub.close();
});

const plannerFor = (baseUrl: string) =>
  createOpenAIPlanner({ registry, apiKey: 'sk-test', model: 'gpt-4o-mini', baseUrl });

describe('the OpenAI planner against a chat completions server', () => {
  it('asks for strict json_schema output listing every action and parses the decision', async () => {
    stub.reply(json(act('open_website', { url: 'github.com' })));
    const planner = plannerFor(`${stub.url}/v1`);

    const { decision, attempts } = await decideWithRetries(planner, input, {
      registry,
      retries: 2,
    });

    expect(decision).toEqual({
      type: 'act',
      step: { action: 'open_website', args: { url: 'github.com' }, reason: 'run open_website' },
    });
    expect(attempts).toBe(1);
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    expect(request?.body.model).toBe('gpt-4o-mini');
    expect(request?.body.stream).toBeFalsy();
    const format = request?.body.response_format;
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.name).toBe('decision');
    const schema = format.json_schema.schema;
    expect(schema.properties.action.enum).toEqual([...registry.names, 'none']);
    expect(schema.$schema).toBeUndefined();
    for (const object of [schema, schema.properties.args]) {
      expect(object.additionalProperties).toBe(false);
      expect([...object.required].sort()).toEqual(Object.keys(object.properties).sort());
    }
    const [system, user] = request?.body.messages ?? [];
    expect(system.role).toBe('system');
    for (const name of registry.names) expect(system.content).toContain(name);
    expect(user).toEqual({ role: 'user', content: 'open github' });
  });

  it('parses a respond decision', async () => {
    stub.reply(json(respond('Hello! How can I help with your job search?')));
    const { decision } = await decideWithRetries(plannerFor(`${stub.url}/v1`), input, {
      registry,
      retries: 0,
    });
    expect(decision).toEqual({
      type: 'respond',
      answer: 'Hello! How can I help with your job search?',
      reason: 'done',
    });
  });

  it('re-asks with the validation error after an unknown action', async () => {
    const invalid = act('launch_rocket');
    stub.reply(json(invalid), json(act('open_app', { app_name: 'calculator' })));

    const { decision, attempts } = await decideWithRetries(plannerFor(`${stub.url}/v1`), input, {
      registry,
      retries: 2,
    });

    expect(decision).toMatchObject({
      type: 'act',
      step: { action: 'open_app', args: { app_name: 'calculator' } },
    });
    expect(attempts).toBe(2);
    expect(stub.requests).toHaveLength(2);
    const validation = parseDecision(invalid, registry);
    if (validation.ok) throw new Error('the scripted answer should be invalid');
    const reAsk = stub.requests[1]?.body.messages;
    expect(reAsk.at(-2)).toMatchObject({ role: 'assistant', content: JSON.stringify(invalid) });
    expect(reAsk.at(-1).role).toBe('user');
    expect(reAsk.at(-1).content).toContain(validation.error);
  });

  it('re-asks after a reply that is not JSON, without a hidden transport retry', async () => {
    stub.reply(
      { content: 'Sure! I will open github.com for you.' },
      json(act('open_website', { url: 'github.com' })),
    );

    const { decision, attempts } = await decideWithRetries(plannerFor(`${stub.url}/v1`), input, {
      registry,
      retries: 2,
    });

    expect(decision).toMatchObject({ type: 'act', step: { action: 'open_website' } });
    expect(attempts).toBe(2);
    expect(stub.requests).toHaveLength(2);
    // The SDK parses json_schema replies itself and keeps no text when that fails.
    const reAsk = stub.requests[1]?.body.messages;
    expect(reAsk.at(-2)).toMatchObject({
      role: 'assistant',
      content: '(The reply was not valid JSON.)',
    });
    expect(reAsk.at(-1).content).toContain('does not match the schema');
  });

  it('fails with PLANNER_INVALID_OUTPUT when every answer is invalid', async () => {
    stub.reply(
      json(act('launch_rocket')),
      { content: '{"type": "act", "act' },
      json({ type: 'dance' }),
    );

    const failure = await decideWithRetries(plannerFor(`${stub.url}/v1`), input, {
      registry,
      retries: 2,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(JobpilotError);
    expect((failure as JobpilotError).code).toBe('PLANNER_INVALID_OUTPUT');
    expect(stub.requests).toHaveLength(3);
  });

  it('streams the answer as several deltas', async () => {
    stub.reply({ deltas: ['I opened ', 'github.com ', 'in your ', 'browser.'] });
    const planner = plannerFor(`${stub.url}/v1`);
    const observed = {
      ...input,
      observations: [
        {
          index: 0,
          action: 'open_website',
          args: { url: 'github.com' },
          ok: true,
          summary: 'Opened https://github.com/ in the browser.',
        },
      ],
    };

    const deltas: string[] = [];
    for await (const delta of planner.writeAnswer?.(observed) ?? []) deltas.push(delta);

    expect(deltas.length).toBeGreaterThanOrEqual(3);
    expect(deltas.join('')).toBe('I opened github.com in your browser.');
    const request = stub.requests[0];
    expect(request?.body.stream).toBe(true);
    expect(request?.body.response_format).toBeUndefined();
    expect(request?.body.messages[0].content).toContain(
      'Opened https://github.com/ in the browser.',
    );
    expect(request?.body.messages[0].content).toContain('concisely');
  });

  it('reports an unreachable server as PLANNER_UNAVAILABLE quickly', async () => {
    const planner = plannerFor(`http://127.0.0.1:${await closedPort()}/v1`);
    const started = Date.now();

    const failure = await decideWithRetries(planner, input, { registry, retries: 2 }).catch(
      (error: unknown) => error,
    );

    expect((failure as JobpilotError).code).toBe('PLANNER_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not retry a client error', async () => {
    stub.reply({ status: 400, error: "Invalid schema for response_format 'decision'." });

    const failure = await decideWithRetries(plannerFor(`${stub.url}/v1`), input, {
      registry,
      retries: 2,
    }).catch((error: unknown) => error);

    expect((failure as JobpilotError).code).toBe('PLANNER_UNAVAILABLE');
    expect((failure as JobpilotError).message).toContain('Invalid schema');
    expect(stub.requests).toHaveLength(1);
  });

  it('passes the caller’s signal through to the request', async () => {
    stub.reply({ ...json(respond('late')), delayMs: 10_000 });
    const controller = new AbortController();
    // Abort once the request has really arrived, however busy the machine is.
    void waitFor(async () => stub.requests.length, (count) => count >= 1).then(() => controller.abort());
    const started = Date.now();

    const failure = await decideWithRetries(plannerFor(`${stub.url}/v1`), input, {
      registry,
      retries: 2,
      signal: controller.signal,
    }).catch((error: unknown) => error);

    expect(failure).not.toBeInstanceOf(JobpilotError);
    // Well before the stub's 10 s answer: the abort, not the reply, ended the call.
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(stub.requests).toHaveLength(1);
  });

  it('labels itself with the model and, for other servers, the host', () => {
    expect(
      createOpenAIPlanner({ registry, apiKey: 'sk', model: 'gpt-4o-mini', baseUrl: undefined })
        .label,
    ).toBe('openai (gpt-4o-mini)');
    expect(plannerFor('http://127.0.0.1:11434/v1').label).toBe(
      'openai (gpt-4o-mini @ 127.0.0.1:11434)',
    );
  });
});

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
