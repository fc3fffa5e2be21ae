import { createParser } from 'eventsource-parser';

/** One turn as the client saw it; times are `performance.now()` of this process. */
export interface TurnSample {
  tag: string;
  started: number;
  /** When the first `message-delta` arrived (absent when the turn streamed none). */
  firstDelta?: number;
  ended: number;
  status: string;
  /** How long the server kept the turn waiting for a turn slot (`run-end`'s `queued_ms`; 0 when it says none). */
  queuedMs: number;
}

export interface DriveOptions {
  /** One server URL, or several: thread i goes to `urls[i % urls.length]`. */
  urls: readonly string[];
  concurrency: number;
  /** Each thread runs this many turns one after another… */
  turnsPerThread?: number;
  /** …or turns until this time has passed (only turns started inside it count). */
  durationMs?: number;
  /** A name for the threads of this round (thread ids must not repeat across rounds). */
  round: string;
  message(tag: string): string;
}

export interface DriveResult {
  samples: TurnSample[];
  errors: string[];
  /** Wall time from the first request to the last turn's end. */
  elapsedMs: number;
}

/**
 * Runs `concurrency` threads at once, each posting its next message as soon as the previous
 * turn's stream ended (a person who reads fast), and records every turn. Each message carries
 * a tag (`[t…]`) so the stub model's calls can be counted to their turn.
 */
export async function drive(options: DriveOptions): Promise<DriveResult> {
  const samples: TurnSample[] = [];
  const errors: string[] = [];
  const begin = performance.now();
  const until = options.durationMs === undefined ? Infinity : begin + options.durationMs;
  const limit = options.turnsPerThread ?? Infinity;
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, index) => {
      const url = options.urls[index % options.urls.length] as string;
      const thread = `${options.round}-${index}`;
      for (let turn = 0; turn < limit && performance.now() < until; turn++) {
        const tag = `t${thread}-${turn}`;
        try {
          samples.push(await oneTurn(url, thread, tag, options.message(tag)));
        } catch (error) {
          errors.push(`${tag}: ${(error as Error).message}`);
        }
      }
    }),
  );
  return { samples, errors, elapsedMs: performance.now() - begin };
}

async function oneTurn(url: string, thread: string, tag: string, message: string): Promise<TurnSample> {
  const started = performance.now();
  const response = await fetch(`${url}/v1/threads/${thread}/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message }),
  });
  if (!response.ok || !response.body) throw new Error(`${response.status} ${(await response.text()).slice(0, 200)}`);
  let firstDelta: number | undefined;
  let status = 'no run-end';
  let queuedMs = 0;
  const parser = createParser({
    onEvent(event) {
      if (event.event === 'message-delta') firstDelta ??= performance.now();
      if (event.event === 'run-end') {
        const end = JSON.parse(event.data) as { status: string; queued_ms?: number };
        status = end.status;
        queuedMs = end.queued_ms ?? 0;
      }
    },
  });
  const decoder = new TextDecoder();
  for await (const chunk of response.body) parser.feed(decoder.decode(chunk, { stream: true }));
  const sample: TurnSample = { tag, started, ended: performance.now(), status, queuedMs };
  if (firstDelta !== undefined) sample.firstDelta = firstDelta;
  if (status !== 'completed') throw new Error(`the turn ended ${status}`);
  return sample;
}

/** The value at `fraction` of the sorted values (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))] as number;
}
