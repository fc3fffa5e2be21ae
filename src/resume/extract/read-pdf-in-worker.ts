/**
 * Runs PDF.js in a worker thread with bounds: pages, runs of text, time and memory, and an
 * abort (`askWorker`: the worker is ended at the deadline, on abort or past the heap, and kept
 * for the next PDF when it answered). The server's event loop never runs PDF.js itself, so a PDF
 * built to keep a reader busy cannot stop it answering.
 */
import { askWorker, WorkerStopped } from './bounded-worker.ts';

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

/**
 * Reads a PDF's text runs and link annotations, page by page, in a worker thread.
 *
 * @throws PdfReadError naming the bound reached, or PDF.js's own error (`details.errorName`,
 *   e.g. `PasswordException`).
 * @example
 * const { pages } = await readPdfInWorker(bytes, { maxPages: 50, maxRuns: 200_000, timeoutMs: 10_000, maxHeapMb: 256 });
 */
export async function readPdfInWorker(bytes: Uint8Array, limits: PdfReadLimits): Promise<{ pageCount: number; pages: PdfPage[] }> {
  // PDF.js takes ownership of the buffer it is given: the worker gets a copy, moved, not cloned.
  const copy = new Uint8Array(bytes);
  let answer: WorkerAnswer;
  try {
    answer = await askWorker<WorkerAnswer>(workerUrl, { bytes: copy, maxPages: limits.maxPages, maxRuns: limits.maxRuns }, [copy.buffer], limits);
  } catch (error) {
    if (error instanceof WorkerStopped) throw new PdfReadError(error.reason, error.message, error.errorName ? { errorName: error.errorName } : {});
    throw error;
  }
  if (answer.ok) return { pageCount: answer.pageCount, pages: answer.pages };
  const { name, message } = answer.error;
  const details = { pageCount: answer.pageCount, errorName: name };
  if (name === 'TooManyPages') throw new PdfReadError('pages', message, details);
  if (name === 'TooManyRuns') throw new PdfReadError('runs', message, details);
  throw new PdfReadError('failed', message, details);
}
