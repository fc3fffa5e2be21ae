import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createParser } from 'eventsource-parser';
import { parseRunEvent } from '../../src/protocol/events.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import type { MemoryReport } from './serve-with-memory.ts';
import { onFreePort, PortTaken, saysPortTaken } from './server-process.ts';
import { waitFor } from './wait-for.ts';

const serveWithMemoryPath = fileURLToPath(new URL('./serve-with-memory.ts', import.meta.url));

/** How much the server's heap after a full GC may grow over a held round and still count as flat. */
export const heapToleranceBytes = 16 * 2 ** 20;

/** What holding the streams showed. */
export interface StreamLoadFigures {
  streams: number;
  seconds: number;
  /** The most streams open at the same moment (each had its headers and had not ended). */
  held: number;
  /** Streams that ended with `run-end {status: "completed"}` after every answer piece. */
  completed: number;
  /** `message-delta` events per stream, least and most. */
  deltas: { min: number; max: number };
  /** Each failure: a refused request, an `error` event, a stream cut or not completed. */
  errors: string[];
  /** The server's memory after a full GC: after a warm-up round of the same streams, and after the held round ended. */
  memory: { before: MemoryReport; after: MemoryReport };
}

interface LoadServer {
  url: string;
  child: ChildProcess;
  memory(): Promise<MemoryReport>;
  stop(): Promise<number | null>;
}

/** The real server (`serve()`, as `npm start` runs it) in a child that reports its memory. */
function startLoadServer(env: Record<string, string>): Promise<LoadServer> {
  return onFreePort((port) => startLoadServerOn(port, env));
}

async function startLoadServerOn(port: number, env: Record<string, string>): Promise<LoadServer> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', serveWithMemoryPath], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), JOBPILOT_JOB_SOURCES: 'none', JOBPILOT_LOG_LEVEL: 'warn', JOBPILOT_RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // 'exit' can come before the last of the output is read: a failed start is judged on all of it.
  const outputEnded = once(child, 'close').catch(() => {});
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const ready = await waitFor(
    async () => (child.exitCode !== null ? 'exited' : await fetch(`${url}/readyz`).then((response) => (response.ok ? 'ready' : 'not yet'), () => 'not yet')),
    (state) => state !== 'not yet',
    { timeoutMs: 120_000, intervalMs: 200 },
  );
  if (ready !== 'ready') {
    child.kill('SIGKILL');
    await outputEnded;
    const message = `the server did not become ready (${ready}):\n${output}`;
    throw ready === 'exited' && saysPortTaken(output) ? new PortTaken(message) : new Error(message);
  }
  return {
    url,
    child,
    async memory() {
      const answer = once(child, 'message') as Promise<[MemoryReport]>;
      child.send('memory');
      return (await answer)[0];
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      return (await exited)[0] as number | null;
    },
  };
}

/** A respond decision streamed as the model would write it: the answer one piece a second. */
function slowAnswer(pieces: number) {
  const words = Array.from({ length: pieces }, (_, index) => `piece${index} `);
  const head = JSON.stringify({ decision: { action: 'respond', reason: 'load', answer: '' } });
  const prefix = head.slice(0, head.indexOf('"answer":"') + '"answer":"'.length);
  return { deltas: [prefix, ...words, '"}}'], chunkDelayMs: 1000, pieces };
}

/** How many streams may be starting (sent, headers not yet back) at the same moment. */
const startingAtOnce = 10;

/** Opens `streams` runs, each on its own thread, and reads each to its end. */
async function holdRound(url: string, stub: OpenAIStub, round: string, streams: number, pieces: number) {
  const reply = slowAnswer(pieces);
  for (let index = 0; index < streams; index++) stub.reply(reply);
  let open = 0;
  let held = 0;
  const errors: string[] = [];
  const deltas: number[] = [];
  let completed = 0;
  // Streams are opened at most `startingAtOnce` at a time (the next once one has its headers),
  // so what is measured is holding them, not a burst of simultaneous starts.
  let starting = 0;
  const waiting: Array<() => void> = [];
  const startSlot = () => (starting < startingAtOnce ? (starting++, Promise.resolve()) : new Promise<void>((resolve) => waiting.push(resolve)));
  const freeSlot = () => {
    const next = waiting.shift();
    if (next) next();
    else starting--;
  };
  await Promise.all(
    Array.from({ length: streams }, async (_, index) => {
      const thread = `${round}-${index}`;
      try {
        await startSlot();
        const response = await fetch(`${url}/v1/threads/${thread}/runs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ message: `hold this stream open (${thread})` }),
        }).finally(freeSlot);
        if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
          errors.push(`${thread}: ${response.status} ${(await response.text()).slice(0, 200)}`);
          return;
        }
        open++;
        held = Math.max(held, open);
        let count = 0;
        let end: { status?: string } | undefined;
        const parser = createParser({
          onEvent: (message) => {
            const event = parseRunEvent(message.event ?? 'message', message.data);
            if (event.type === 'message-delta') count++;
            if (event.type === 'error') errors.push(`${thread}: error event ${event.code}: ${event.message}`);
            if (event.type === 'run-end') end = event;
          },
        });
        const decoder = new TextDecoder();
        try {
          for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) parser.feed(decoder.decode(chunk, { stream: true }));
        } finally {
          open--;
        }
        deltas.push(count);
        if (end?.status === 'completed') completed++;
        else errors.push(`${thread}: ended ${end ? `with status ${end.status}` : 'without run-end'}`);
      } catch (error) {
        errors.push(`${thread}: ${(error as Error).message}`);
      }
    }),
  );
  return { held, completed, errors, deltas };
}

/**
 * Holds `streams` concurrent run streams for about `seconds` against the real server on its
 * own embedded Postgres (or `databaseUrl`), planning with a local OpenAI-protocol stub whose
 * answers arrive a piece a second, so each stream stays open the whole time. A warm-up round
 * of the same number of short streams comes first, so "before" is measured at the same high
 * water mark; "after" once every run has ended and its thread is idle.
 *
 * @example
 * const figures = await holdStreams({ streams: 50, seconds: 10, dataDir });
 */
export async function holdStreams(options: { streams: number; seconds: number; dataDir: string; databaseUrl?: string }): Promise<StreamLoadFigures> {
  const stub = await startOpenAIStub();
  const server = await startLoadServer({
    JOBPILOT_DATA_DIR: options.dataDir,
    JOBPILOT_PLANNER: 'openai',
    OPENAI_BASE_URL: `${stub.url}/v1`,
    OPENAI_API_KEY: 'load-test',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  });
  try {
    const idle = async (round: string) => {
      const threads = await waitFor(
        async () => ((await (await fetch(`${server.url}/v1/threads?limit=500`)).json()) as { threads: Array<{ thread_id: string; status: string }> }).threads,
        (list) => list.every((thread) => !thread.thread_id.startsWith(round) || thread.status !== 'busy'),
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      return threads.filter((thread) => thread.thread_id.startsWith(round) && thread.status === 'busy').map((thread) => `${thread.thread_id}: still busy after its stream ended`);
    };
    const warm = await holdRound(server.url, stub, 'warm', options.streams, 2);
    const warmLeft = await idle('warm');
    const before = await server.memory();
    const main = await holdRound(server.url, stub, 'held', options.streams, Math.max(1, options.seconds - 3));
    const mainLeft = await idle('held');
    const after = await server.memory();
    return {
      streams: options.streams,
      seconds: options.seconds,
      held: main.held,
      completed: main.completed,
      deltas: { min: Math.min(...main.deltas), max: Math.max(...main.deltas) },
      errors: [...warm.errors.map((error) => `warm-up: ${error}`), ...warmLeft, ...main.errors, ...mainLeft],
      memory: { before, after },
    };
  } finally {
    await server.stop();
    await stub.close();
  }
}
