/**
 * Runs PDF.js in a worker thread with bounds: pages, runs of text, time and memory, and an
 * abort. The server's event loop never runs PDF.js itself, so a PDF built to keep a reader busy
 * cannot stop it answering; at the deadline, on abort, or past the memory cap the worker is
 * ended (`terminate` stops it even in the middle of a tight loop). A worker that answered is kept
 * (one, idle, not holding the process open) for the next PDF: starting one and loading PDF.js
 * costs more than reading a two-page resume.
 */
import { Worker } from 'node:worker_threads';

/** One run of text as PDF.js gives it (`getTextContent().items`). */
export interface PdfRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A link annotation, as much of it as the text reader needs. */
export interface PdfAnnotation {
  subtype?: string;
  url?: string;
  rect?: number[];
}

export interface PdfPage {
  runs: PdfRun[];
  annotations: PdfAnnotation[];
}

export interface PdfReadLimits {
  /** A document with more pages is refused before any page is read. */
  maxPages: number;
  /** Runs of text over all pages at most. */
  maxRuns: number;
  /** The worker is ended after this long. */
  timeoutMs: number;
  /** Heap of the worker, in MB. */
  maxHeapMb: number;
  signal?: AbortSignal;
}

/** Why a PDF was not read: a bound was reached (`pages`, `runs`, `time`, `memory`), the read was aborted, or PDF.js failed (`name`, `message`). */
export class PdfReadError extends Error {
  override readonly name = 'PdfReadError';
  constructor(
    readonly reason: 'pages' | 'runs' | 'time' | 'memory' | 'aborted' | 'failed',
    message: string,
    readonly details: { pageCount?: number; errorName?: string } = {},
  ) {
    super(message);
  }
}

type WorkerAnswer =
  | { ok: true; pageCount: number; pages: PdfPage[] }
  | { ok: false; pageCount?: number; error: { name: string; message: string } };

const workerUrl = new URL('./pdf-worker.mjs', import.meta.url);

interface IdleWorker {
  worker: Worker;
  heapMb: number;
  onExit: () => void;
}

let idle: IdleWorker | undefined;

function takeWorker(heapMb: number): Worker {
  if (idle?.heapMb === heapMb) {
    const { worker, onExit } = idle;
    idle = undefined;
    worker.off('exit', onExit);
    worker.ref();
    return worker;
  }
  return new Worker(workerUrl, {
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
}

// Keeps a worker that answered for the next PDF, unless one is kept already.
function keepWorker(worker: Worker, heapMb: number): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  const onExit = () => {
    if (idle?.worker === worker) idle = undefined;
  };
  worker.once('exit', onExit);
  worker.unref();
  idle = { worker, heapMb, onExit };
}

/**
 * Reads a PDF's text runs and link annotations, page by page, in a worker thread.
 *
 * @throws PdfReadError naming the bound reached, or PDF.js's own error (`details.errorName`,
 *   e.g. `PasswordException`).
 * @example
 * const { pages } = await readPdfInWorker(bytes, { maxPages: 50, maxRuns: 200_000, timeoutMs: 10_000, maxHeapMb: 256 });
 */
export function readPdfInWorker(bytes: Uint8Array, limits: PdfReadLimits): Promise<{ pageCount: number; pages: PdfPage[] }> {
  if (limits.signal?.aborted) return Promise.reject(new PdfReadError('aborted', 'the read was cancelled'));
  // PDF.js takes ownership of the buffer it is given: the worker gets a copy, moved, not cloned.
  const copy = new Uint8Array(bytes);
  const worker = takeWorker(limits.maxHeapMb);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) keepWorker(worker, limits.maxHeapMb);
      else void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new PdfReadError('time', `not read within ${limits.timeoutMs / 1000} s`))),
      limits.timeoutMs,
    );
    const onAbort = () => settle(() => reject(new PdfReadError('aborted', 'the read was cancelled')));
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    // An answer, even a refusal, leaves the worker fit for the next PDF; anything else ends it.
    const onMessage = (answer: WorkerAnswer) =>
      settle(() => {
        if (answer.ok) return resolve({ pageCount: answer.pageCount, pages: answer.pages });
        const { name, message } = answer.error;
        const details = { pageCount: answer.pageCount, errorName: name };
        if (name === 'TooManyPages') return reject(new PdfReadError('pages', message, details));
        if (name === 'TooManyRuns') return reject(new PdfReadError('runs', message, details));
        reject(new PdfReadError('failed', message, details));
      }, true);
    const onError = (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new PdfReadError('memory', `needs more than ${limits.maxHeapMb} MB to read`)
            : new PdfReadError('failed', error.message, { errorName: error.name }),
        ),
      );
    const onExit = (code: number) => settle(() => reject(new PdfReadError('failed', `the reader stopped (exit code ${code})`)));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ bytes: copy, maxPages: limits.maxPages, maxRuns: limits.maxRuns }, [copy.buffer]);
  });
}
