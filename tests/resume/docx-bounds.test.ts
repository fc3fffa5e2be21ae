import { describe, expect, it } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { docxLimits, readDocxInWorker } from '../../src/resume/extract/read-docx-in-worker.ts';
import { docxInflatingTo } from '../helpers/hostile-docx.ts';
import { buildResumeDocx, sampleResumeLines } from './build-resume-documents.ts';

// Issue 15: DOCX text extraction (mammoth's XML parse and HTML) ran on the server's event loop;
// a DOCX inflating to 160 MB held /healthz 269–364 ms. It now runs in a bounded worker thread.

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('DOCX read in a worker thread with bounds', () => {
  it('reads a resume: its text and links come back from the worker', async () => {
    const read = await readDocxInWorker(await buildResumeDocx(sampleResumeLines), 'cv.docx');
    expect(read.text).toContain('Jane Doe');
    expect(Array.isArray(read.links)).toBe(true);
  });

  it("keeps the reader's own refusal: the inflation budget is RESUME_UNREADABLE, as before", async () => {
    const error = await failure(readDocxInWorker(await docxInflatingTo(160 * 1024 * 1024), 'cv.docx'));
    expect(error).toBeInstanceOf(JobpilotError);
    expect((error as JobpilotError).code).toBe('RESUME_UNREADABLE');
    expect((error as JobpilotError).message).toMatch(/expands to more than 32 MB/);
  });

  it('ends the worker at the deadline (RESUME_TOO_COMPLEX) and on abort (CANCELLED)', async () => {
    const bomb = await docxInflatingTo(160 * 1024 * 1024);
    const late = await failure(readDocxInWorker(bomb, 'cv.docx', { limits: { ...docxLimits, timeoutMs: 1 } }));
    expect((late as JobpilotError).code).toBe('RESUME_TOO_COMPLEX');
    expect((late as JobpilotError).message).toMatch(/could not be read within 0.001 s/);
    const controller = new AbortController();
    const reading = failure(readDocxInWorker(bomb, 'cv.docx', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 5);
    expect(((await reading) as JobpilotError).code).toBe('CANCELLED');
    // The next file still reads (a fresh worker).
    expect((await readDocxInWorker(await buildResumeDocx(sampleResumeLines), 'cv.docx')).text).toContain('Jane Doe');
  });
});
