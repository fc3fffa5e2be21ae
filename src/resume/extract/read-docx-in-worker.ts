/**
 * Reads a DOCX (`extractDocxText`: unzipping within its budget, mammoth's XML parse and HTML,
 * the text built from it) in a worker thread with the PDF reader's bounds of time and memory and
 * an abort (`askWorker`), so no Word file keeps the server's event loop from answering.
 */
import { errorCodes, JobpilotError, type ErrorCode } from '../../errors.ts';
import { askWorker, WorkerStopped } from './bounded-worker.ts';
import type { DocumentText } from './document-link.ts';

/** What one DOCX may take to read: the deadline and heap of the worker reading it (the inflation budget is `maxDocxInflatedBytes`). */
export const docxLimits = { timeoutMs: 10_000, maxHeapMb: 256 } as const;

type WorkerAnswer = { ok: true; text: DocumentText } | { ok: false; error: { code?: string; name: string; message: string } };

const workerUrl = new URL('./docx-worker.mjs', import.meta.url);

const isErrorCode = (code: string | undefined): code is ErrorCode => code !== undefined && Object.hasOwn(errorCodes, code);

/**
 * The text, links and skill-group headings of a DOCX, read in a worker.
 *
 * @throws JobpilotError `RESUME_UNREADABLE` (damaged, not a Word document, inflating past the
 *   budget), `RESUME_TOO_COMPLEX` (past the deadline or the heap), `CANCELLED` (`signal` aborted).
 * @example
 * const { text, links } = await readDocxInWorker(bytes, 'cv.docx');
 */
export async function readDocxInWorker(
  bytes: Uint8Array,
  filename: string,
  options: { signal?: AbortSignal; limits?: { timeoutMs: number; maxHeapMb: number } } = {},
): Promise<DocumentText> {
  const limits = options.limits ?? docxLimits;
  const copy = new Uint8Array(bytes);
  let answer: WorkerAnswer;
  try {
    answer = await askWorker<WorkerAnswer>(workerUrl, { bytes: copy, filename }, [copy.buffer], { ...limits, signal: options.signal });
  } catch (error) {
    if (!(error instanceof WorkerStopped)) throw error;
    if (error.reason === 'aborted') throw new JobpilotError('CANCELLED', `Reading "${filename}" was cancelled.`, { cause: error });
    if (error.reason === 'failed') {
      throw new JobpilotError('RESUME_UNREADABLE', `"${filename}" is not a readable Word document (${error.message}); it may be damaged. Open it in Word and save it again as .docx.`, { cause: error });
    }
    const why = error.reason === 'time' ? `could not be read within ${limits.timeoutMs / 1000} s` : `needs more than ${limits.maxHeapMb} MB to read`;
    throw new JobpilotError('RESUME_TOO_COMPLEX', `"${filename}" ${why}; it is not read. Is it the right file? Save the resume alone as .docx and try again.`, {
      cause: error,
      details: { reason: error.reason },
    });
  }
  if (answer.ok) return answer.text;
  const { code, message } = answer.error;
  if (isErrorCode(code)) throw new JobpilotError(code, message);
  throw new JobpilotError('RESUME_UNREADABLE', `"${filename}" is not a readable Word document (${message}).`);
}
