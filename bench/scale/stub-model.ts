import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One model call as the stub served it; times are `performance.now()` of this process. */
export interface StubCall {
  /** The tag the bench put in the user's message (`[t17]`), so a call is counted to its turn. */
  tag: string;
  started: number;
  firstToken: number;
  /** When the token holding the answer's first character left (respond decisions only). */
  answerToken?: number;
  ended: number;
}

export interface StubModelOptions {
  /** Time from the request to the first content token. */
  ttftMs: number;
  /** Tokens per second after the first (a token is ~4 characters of the decision's JSON). */
  tokensPerSecond: number;
}

export interface StubModel {
  url: string;
  calls: StubCall[];
  close(): Promise<void>;
}

/**
 * A model that stands in for a real one under load: it speaks OpenAI's chat-completions stream
 * (role chunk, content deltas, finish chunk, usage chunk with `choices: []`, `[DONE]`) with a
 * fixed time to first token and a fixed rate after it, so every figure the bench takes isolates
 * jobpilot's own cost. What it decides is read from the prompt: "show my saved jobs [tag]" gets
 * a `list_saved_jobs` decision, then, once that step shows in the prompt, the answer; "just
 * checking in [tag]" gets a respond decision.
 *
 * @example
 * const model = await startStubModel({ ttftMs: 50, tokensPerSecond: 200 });
 */
export async function startStubModel(options: StubModelOptions): Promise<StubModel> {
  const calls: StubCall[] = [];
  let served = 0;
  const server = createServer((request, response) => void serve(request, response));
  async function serve(request: IncomingMessage, response: ServerResponse) {
    const started = performance.now();
    let text = '';
    for await (const chunk of request) text += chunk;
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error', param: null, code: null } }));
      return;
    }
    const body = JSON.parse(text) as { model?: string; stream?: boolean; messages?: { role: string; content: unknown }[] };
    const prompt = JSON.stringify(body.messages ?? []);
    // The newest mention is this turn's message (the prompt also carries earlier turns).
    const tag = [...prompt.matchAll(/\[(t[\w-]+)\]/g)].at(-1)?.[1] ?? '';
    const asked = [...prompt.matchAll(/(show my saved jobs|just checking in) \[/g)].at(-1)?.[1];
    const stepDone = prompt.includes('list_saved_jobs {');
    const decision =
      asked === 'show my saved jobs' && !stepDone
        ? { decision: { action: 'list_saved_jobs', reason: 'asked for the saved jobs', args: {} } }
        : { decision: { action: 'respond', reason: 'chat', answer: `Done, ${tag}. Anything else I can look up for you today?` } };
    const json = JSON.stringify(decision);
    const tokens = json.match(/[\s\S]{1,4}/g) ?? [];
    const answerAt = json.indexOf('"answer":"');
    const answerTokenIndex = answerAt < 0 ? -1 : Math.floor((answerAt + '"answer":"'.length) / 4);
    let answerToken: number | undefined;
    const base = { id: `chatcmpl-${++served}`, created: Math.floor(Date.now() / 1000), model: body.model ?? 'stub' };
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', system_fingerprint: 'fp_stub', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-request-id': `req_${served}` });
    response.write(chunk({ role: 'assistant', content: '', refusal: null }, null));
    await sleep(options.ttftMs);
    const firstToken = performance.now();
    const gap = 1000 / options.tokensPerSecond;
    for (const [index, token] of tokens.entries()) {
      // Tokens leave on the rate's schedule, not after a sleep each (timers drift under load).
      const due = firstToken + index * gap;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      response.write(chunk({ content: token }, null));
      if (index === answerTokenIndex) answerToken = performance.now();
    }
    response.write(chunk({}, 'stop'));
    response.write(
      `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: Math.ceil(prompt.length / 4), completion_tokens: tokens.length, total_tokens: Math.ceil(prompt.length / 4) + tokens.length } })}\n\n`,
    );
    response.end('data: [DONE]\n\n');
    calls.push({ tag, started, firstToken, ...(answerToken === undefined ? {} : { answerToken }), ended: performance.now() });
  }
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
