/**
 * Runs one request at a time in a worker thread with bounds: time, memory and an abort. The
 * server's event loop never runs the reader itself, so a file built to keep a reader busy cannot
 * stop it answering; at the deadline, on abort, or past the memory cap the worker is ended
 * (`terminate` stops it even in the middle of a tight loop). A worker that answered is kept (one
 * per script, idle, not holding the process open) for the next request: starting one and loading
 * its reader (PDF.js, mammoth) costs more than reading a two-page resume.
 *
 * A worker script posts `{ready: true}` once it has loaded, then answers each request with one
 * message. The deadline counts from `ready`: loading the reader, seconds on a busy machine the
 * first time, is not the file's doing. Loading has its own generous deadline.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerLimits {
  /** The worker is ended this long after it started on the request. */
  timeoutMs: number;
  /** Heap of the worker, in MB. */
  maxHeapMb: number;
  signal?: AbortSignal;
}

/** Why a worker gave no answer: the deadline, the heap cap, an abort, or the worker failed (`message`). */
export class WorkerStopped extends Error {
  override readonly name = 'WorkerStopped';
  constructor(
    readonly reason: 'time' | 'memory' | 'aborted' | 'failed',
    message: string,
    readonly errorName?: string,
  ) {
    super(message);
  }
}

/** A worker that does not finish loading within this is ended (a reader loads in about a second). */
const loadTimeoutMs = 60_000;

interface IdleWorker {
  worker: Worker;
  onExit: () => void;
}

const idle = new Map<string, IdleWorker>();

const keyOf = (script: URL, heapMb: number) => `${script.href}#${heapMb}`;

function takeWorker(script: URL, heapMb: number): { worker: Worker; ready: boolean } {
  const key = keyOf(script, heapMb);
  const kept = idle.get(key);
  if (kept) {
    idle.delete(key);
    kept.worker.off('exit', kept.onExit);
    kept.worker.ref();
    return { worker: kept.worker, ready: true };
  }
  const worker = new Worker(script, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  return { worker, ready: false };
}

// Keeps a worker that answered for the next request, unless one is kept already.
function keepWorker(script: URL, heapMb: number, worker: Worker): void {
  const key = keyOf(script, heapMb);
  if (idle.has(key)) {
    void worker.terminate();
    return;
  }
  const onExit = () => {
    if (idle.get(key)?.worker === worker) idle.delete(key);
  };
  worker.once('exit', onExit);
  worker.unref();
  idle.set(key, { worker, onExit });
}

/**
 * Sends `request` to a worker running `script` and resolves with its answer (any answer, a
 * refusal included, leaves the worker fit for the next request).
 *
 * @throws WorkerStopped at the deadline (`time`), past the heap (`memory`), on abort
 *   (`aborted`), or when the worker failed or exited (`failed`).
 * @example
 * const answer = await askWorker<PdfAnswer>(new URL('./pdf-worker.mjs', import.meta.url), { bytes }, [bytes.buffer], { timeoutMs: 10_000, maxHeapMb: 256 });
 */
export function askWorker<Answer>(script: URL, request: unknown, transfer: readonly ArrayBuffer[], limits: WorkerLimits): Promise<Answer> {
  if (limits.signal?.aborted) return Promise.reject(new WorkerStopped('aborted', 'the read was cancelled'));
  const { worker, ready } = takeWorker(script, limits.maxHeapMb);
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) keepWorker(script, limits.maxHeapMb, worker);
      else void worker.terminate();
      outcome();
    };
    const start = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => settle(() => reject(new WorkerStopped('time', `not read within ${limits.timeoutMs / 1000} s`))),
        limits.timeoutMs,
      );
      worker.postMessage(request, [...transfer]);
    };
    const onAbort = () => settle(() => reject(new WorkerStopped('aborted', 'the read was cancelled')));
    const onMessage = (message: unknown) => {
      if (isReady(message)) return start();
      settle(() => resolve(message as Answer), true);
    };
    const onError = (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new WorkerStopped('memory', `needs more than ${limits.maxHeapMb} MB to read`)
            : new WorkerStopped('failed', error.message, error.name),
        ),
      );
    const onExit = (code: number) => settle(() => reject(new WorkerStopped('failed', `the reader stopped (exit code ${code})`)));
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    if (ready) start();
    else timer = setTimeout(() => settle(() => reject(new WorkerStopped('failed', `the reader did not load within ${loadTimeoutMs / 1000} s`))), loadTimeoutMs);
  });
}

const isReady = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { ready?: unknown }).ready === true;
