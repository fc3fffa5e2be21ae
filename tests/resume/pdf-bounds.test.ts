import { describe, expect, it } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { extractPdfText, pdfLimits } from '../../src/resume/extract/extract-pdf-text.ts';
import { PdfReadError, readPdfInWorker } from '../../src/resume/extract/read-pdf-in-worker.ts';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { pdfRepeatingOnePage } from '../helpers/hostile-pdf.ts';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => undefined, (caught: unknown) => caught);
}

describe('PDF extraction bounds (issue 15: one page listed 20,000 times blocked the event loop 17 s)', () => {
  it('refuses a PDF listing one page 20,000 times before reading a page', async () => {
    const pdf = pdfRepeatingOnePage(20_000);
    expect(pdf.length).toBeLessThan(200 * 1024);
    const started = performance.now();
    const error = await failure(parseResumeBytes(pdf, 'cv.pdf'));
    expect(error).toBeInstanceOf(JobpilotError);
    expect((error as JobpilotError).code).toBe('RESUME_TOO_COMPLEX');
    expect((error as JobpilotError).message).toMatch(/"cv\.pdf" has 20,000 pages \(a resume has a few; at most 50 are read\)/);
    expect(performance.now() - started).toBeLessThan(pdfLimits.timeoutMs);
  });

  it('reads the same page listed a few times', async () => {
    const { text } = await extractPdfText(pdfRepeatingOnePage(3), 'cv.pdf');
    expect(text.match(/Jane Doe/g)).toHaveLength(3);
  });

  it('ends the reader at its deadline, even in the middle of a page', async () => {
    const started = performance.now();
    const error = await failure(readPdfInWorker(pdfRepeatingOnePage(20_000), { ...pdfLimits, maxPages: 1_000_000, timeoutMs: 300 }));
    expect(error).toBeInstanceOf(PdfReadError);
    expect((error as PdfReadError).reason).toBe('time');
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('ends the reader when the caller aborts, and says it was cancelled', async () => {
    const started = performance.now();
    const aborted = await failure(readPdfInWorker(pdfRepeatingOnePage(20_000), { ...pdfLimits, maxPages: 1_000_000, signal: AbortSignal.timeout(200) }));
    expect((aborted as PdfReadError).reason).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(3_000);
    const cancelled = await failure(extractPdfText(pdfRepeatingOnePage(3), 'cv.pdf', { signal: AbortSignal.abort() }));
    expect((cancelled as JobpilotError).code).toBe('CANCELLED');
  });

  it('stops at the cap on runs of text', async () => {
    const error = await failure(readPdfInWorker(pdfRepeatingOnePage(3), { ...pdfLimits, maxRuns: 2 }));
    expect((error as PdfReadError).reason).toBe('runs');
  });

  it('keeps one reader for the next PDF after an answer or a refusal, and a fresh one after a deadline', async () => {
    const reads = [
      () => readPdfInWorker(pdfRepeatingOnePage(2), pdfLimits),
      () => readPdfInWorker(pdfRepeatingOnePage(3), { ...pdfLimits, maxRuns: 2 }),
      () => readPdfInWorker(pdfRepeatingOnePage(20_000), { ...pdfLimits, maxPages: 1_000_000, timeoutMs: 300 }),
      () => readPdfInWorker(pdfRepeatingOnePage(2), pdfLimits),
    ];
    const outcomes = [];
    for (const read of reads) outcomes.push(await read().then((result) => result.pageCount, (error: PdfReadError) => error.reason));
    expect(outcomes).toEqual([2, 'runs', 'time', 2]);
    const both = await Promise.all([readPdfInWorker(pdfRepeatingOnePage(1), pdfLimits), readPdfInWorker(pdfRepeatingOnePage(4), pdfLimits)]);
    expect(both.map((read) => read.pages.length)).toEqual([1, 4]);
  });
});
