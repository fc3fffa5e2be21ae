import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { decideWithRetries } from '../../src/planner/decide-with-retries.ts';
import { parseDecision } from '../../src/planner/decision.ts';
import { createGooglePlanner } from '../../src/planner/google-planner.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import { takeScreenshot } from '../../src/tools/os/take-screenshot.ts';
import { ActionRegistry } from '../../src/tools/registry.ts';
import { type GeminiStub, startGeminiStub } from '../fakes/gemini-stub-server.ts';
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
const json = (value: unknown) => ({ text: JSON.stringify(value) });

let stub: GeminiStub;
beforeEach(async () => {
  stub = await startGeminiStub();
});
afterEach(async () => {
  await stub.close();
});

const plannerFor = (baseUrl: string, actions = registry) =>
  createGooglePlanner({
    registry: actions,
    apiKey: 'test-key',
    model: 'gemini-2.5-flash',
    baseUrl,
  });

/** Every key used anywhere in a JSON value. */
function keysIn(value: unknown): Set<string> {
  const keys = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        keys.add(key);
        visit(child);
      }
    }
  };
  visit(value);
  return keys;
}

describe('the Google planner against a Gemini API server', () => {
  it('asks for JSON with a response schema listing every action and parses the decision', async () => {
    stub.reply(json(act('open_website', { url: 'github.com' })));

    const { decision, attempts } = await decideWithRetries(plannerFor(stub.url), input, {
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
    expect(request?.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(request?.headers['x-goog-api-key']).toBe('test-key');
    const { generationConfig, systemInstruction, contents } = request?.body ?? {};
    expect(generationConfig.responseMimeType).toBe('application/json');
    const schema = generationConfig.responseSchema;
    expect(schema.properties.action.enum).toEqual([...registry.names, 'none']);
    expect([...schema.required].sort()).toEqual(Object.keys(schema.properties).sort());
    const keys = keysIn(schema);
    for (const unsupported of ['additionalProperties', '$schema', 'strict', '$ref', 'anyOf']) {
      expect(keys.has(unsupported)).toBe(false);
    }
    const systemText = systemInstruction.parts.map((part: { text: string }) => part.text).join('');
    for (const name of registry.names) expect(systemText).toContain(name);
    expect(contents).toEqual([{ role: 'user', parts: [{ text: 'open github' }] }]);
  });

  it('never sends an object schema without properties', async () => {
    const noArguments = new ActionRegistry([
      takeScreenshot,
    ] as unknown as ActionRegistry['actions']);
    stub.reply(json({ type: 'act', reason: 'asked', answer: '', action: 'take_screenshot' }));

    const { decision } = await decideWithRetries(plannerFor(stub.url, noArguments), input, {
      registry: noArguments,
      retries: 0,
    });

    expect(decision).toMatchObject({ type: 'act', step: { action: 'take_screenshot', args: {} } });
    const schema = stub.requests[0]?.body.generationConfig.responseSchema;
    expect(schema.properties.args).toBeUndefined();
    expect(schema.required).not.toContain('args');
  });

  it('parses a respond decision', async () => {
    stub.reply(json(respond('Hello! How can I help with your job search?')));
    const { decision } = await decideWithRetries(plannerFor(stub.url), input, {
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

    const { decision, attempts } = await decideWithRetries(plannerFor(stub.url), input, {
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
    const contents = stub.requests[1]?.body.contents;
    expect(contents.map((content: { role: string }) => content.role)).toEqual([
      'user',
      'model',
      'user',
    ]);
    expect(contents[1].parts[0].text).toBe(JSON.stringify(invalid));
    expect(contents[2].parts[0].text).toContain(validation.error);
  });

  it('re-asks with the model’s own text after a reply that is not JSON', async () => {
    stub.reply(
      { text: 'Sure! I will open github.com for you.' },
      json(act('open_website', { url: 'github.com' })),
    );

    const { attempts } = await decideWithRetries(plannerFor(stub.url), input, {
      registry,
      retries: 2,
    });

    expect(attempts).toBe(2);
    expect(stub.requests).toHaveLength(2);
    const contents = stub.requests[1]?.body.contents;
    expect(contents[1].parts[0].text).toBe('Sure! I will open github.com for you.');
    expect(contents[2].parts[0].text).toContain('does not match the schema');
  });

  it('fails with PLANNER_INVALID_OUTPUT when every answer is invalid', async () => {
    stub.reply(
      json(act('launch_rocket')),
      { text: '{"type": "act", "act' },
      json({ type: 'dance' }),
    );

    const failure = await decideWithRetries(plannerFor(stub.url), input, {
      registry,
      retries: 2,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(JobpilotError);
    expect((failure as JobpilotError).code).toBe('PLANNER_INVALID_OUTPUT');
    expect(stub.requests).toHaveLength(3);
  });

  it('streams the answer as several deltas', async () => {
    stub.reply({ chunks: ['I opened ', 'github.com ', 'in your ', 'browser.'] });
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
    for await (const delta of plannerFor(stub.url).writeAnswer?.(observed) ?? [])
      deltas.push(delta);

    expect(deltas.length).toBeGreaterThanOrEqual(3);
    expect(deltas.join('')).toBe('I opened github.com in your browser.');
    const request = stub.requests[0];
    expect(request?.path).toBe('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse');
    expect(request?.body.generationConfig.responseSchema).toBeUndefined();
    const systemText = request?.body.systemInstruction.parts[0].text;
    expect(systemText).toContain('Opened https://github.com/ in the browser.');
    expect(systemText).toContain('concisely');
  });

  it('reports an unreachable server as PLANNER_UNAVAILABLE quickly', async () => {
    const planner = plannerFor(`http://127.0.0.1:${await closedPort()}`);
    const started = Date.now();

    const failure = await decideWithRetries(planner, input, { registry, retries: 2 }).catch(
      (error: unknown) => error,
    );

    expect((failure as JobpilotError).code).toBe('PLANNER_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not retry a client error', async () => {
    stub.reply({ status: 400, error: 'Invalid JSON payload received.' });

    const failure = await decideWithRetries(plannerFor(stub.url), input, {
      registry,
      retries: 2,
    }).catch((error: unknown) => error);

    expect((failure as JobpilotError).code).toBe('PLANNER_UNAVAILABLE');
    expect((failure as JobpilotError).message).toContain('Invalid JSON payload');
    expect(stub.requests).toHaveLength(1);
  });

  it('reports a server that does not answer in time as PLANNER_UNAVAILABLE', async () => {
    stub.reply({ ...json(respond('late')), delayMs: 2_000 });
    const planner = createGooglePlanner({
      registry,
      apiKey: 'test-key',
      model: 'gemini-2.5-flash',
      baseUrl: stub.url,
      timeoutMs: 100,
      maxRetries: 0,
    });

    const failure = await decideWithRetries(planner, input, { registry, retries: 0 }).catch(
      (error: unknown) => error,
    );

    expect((failure as JobpilotError).code).toBe('PLANNER_UNAVAILABLE');
    expect((failure as JobpilotError).message).toContain('did not answer within 0.1 s');
  });

  it('passes the caller’s signal through to the request', async () => {
    stub.reply({ ...json(respond('late')), delayMs: 10_000 });
    const controller = new AbortController();
    // Abort once the request has really arrived, however busy the machine is.
    void waitFor(async () => stub.requests.length, (count) => count >= 1).then(() => controller.abort());
    const started = Date.now();

    const failure = await decideWithRetries(plannerFor(stub.url), input, {
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
      createGooglePlanner({ registry, apiKey: 'k', model: 'gemini-2.5-flash', baseUrl: undefined })
        .label,
    ).toBe('google (gemini-2.5-flash)');
    expect(plannerFor('http://127.0.0.1:8080').label).toBe(
      'google (gemini-2.5-flash @ 127.0.0.1:8080)',
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
