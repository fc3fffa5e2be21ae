import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { docxInflatingTo } from '../helpers/hostile-docx.ts';
import { pdfRepeatingOnePage } from '../helpers/hostile-pdf.ts';
import { testConfig } from '../helpers/test-database.ts';

// Issue 15: one file took the server down or froze it. Each hostile file is built here, small,
// sent over real HTTP, and /healthz is asked every few milliseconds while the server works on it.

let server: RunningServer;

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
});
afterAll(async () => {
  await server?.close();
});

/** Sends the request and asks /healthz over and over until it is answered: the slowest health answer, and the request's. */
async function whileHealthPolled(send: () => Promise<Response>): Promise<{ response: Response; body: any; slowestHealthMs: number; healthAnswers: number; elapsedMs: number }> {
  let done = false;
  let slowest = 0;
  let answers = 0;
  const polling = (async () => {
    while (!done) {
      const started = performance.now();
      const health = await fetch(`${server.url}/healthz`);
      await health.text();
      expect(health.status).toBe(200);
      slowest = Math.max(slowest, performance.now() - started);
      answers++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const started = performance.now();
  const response = await send();
  const text = await response.text();
  const elapsedMs = performance.now() - started;
  done = true;
  await polling;
  return { response, body: text ? JSON.parse(text) : undefined, slowestHealthMs: slowest, healthAnswers: answers, elapsedMs };
}

// Bodies go as bytes encoded beforehand: the client shares this process's event loop with the
// server, and encoding 5 MB of text at send time would be counted against /healthz.
const post = (path: string, body: Uint8Array | string, contentType: string) => {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return () => fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body: bytes });
};

describe('hostile files over HTTP: refused within bounds, /healthz answering meanwhile', () => {
  it('a 5 MiB CSV of 2.6 million tiny rows: 413 IMPORT_TOO_LARGE, not an out-of-heap crash', async () => {
    const csv = `title,company,url\n${'a\n'.repeat(2_600_000)}`;
    expect(Buffer.byteLength(csv)).toBeLessThan(5 * 1024 * 1024);
    const result = await whileHealthPolled(post('/v1/jobs/import', csv, 'text/csv'));
    console.info(`CSV 2.6 M rows: refused in ${result.elapsedMs.toFixed(0)} ms; slowest /healthz ${result.slowestHealthMs.toFixed(0)} ms of ${result.healthAnswers}`);
    expect(result.response.status).toBe(413);
    expect(result.body.error.code).toBe('IMPORT_TOO_LARGE');
    expect(result.body.error.message).toMatch(/more than 10,000 postings; nothing was imported/);
    expect(result.healthAnswers).toBeGreaterThan(0);
    expect(result.slowestHealthMs).toBeLessThan(1_000);
  });

  it('1.7 million JSON postings: 413 IMPORT_TOO_LARGE', async () => {
    const json = `[${'{},'.repeat(1_700_000)}{}]`;
    const result = await whileHealthPolled(post('/v1/jobs/import', json, 'application/json'));
    console.info(`JSON 1.7 M rows: refused in ${result.elapsedMs.toFixed(0)} ms; slowest /healthz ${result.slowestHealthMs.toFixed(0)} ms of ${result.healthAnswers}`);
    expect(result.response.status).toBe(413);
    expect(result.body.error.code).toBe('IMPORT_TOO_LARGE');
    expect(result.slowestHealthMs).toBeLessThan(1_000);
  });

  it('a 10,000-row import still imports', async () => {
    const csv = `title,company,url\n${Array.from({ length: 10_000 }, (_, index) => `Engineer ${index},Bulkco,https://bulk.example/${index}`).join('\n')}`;
    const result = await whileHealthPolled(post('/v1/jobs/import', csv, 'text/csv'));
    console.info(`CSV 10,000 valid rows: imported in ${result.elapsedMs.toFixed(0)} ms; slowest /healthz ${result.slowestHealthMs.toFixed(0)} ms of ${result.healthAnswers}`);
    expect(result.response.status).toBe(200);
    expect(result.body.imported).toBe(10_000);
  });

  it('a PDF listing one page 20,000 times: 422 RESUME_TOO_COMPLEX, nothing stored', async () => {
    const result = await whileHealthPolled(post('/v1/resumes?filename=cv.pdf', pdfRepeatingOnePage(20_000), 'application/pdf'));
    console.info(`PDF 20,000 pages: refused in ${result.elapsedMs.toFixed(0)} ms; slowest /healthz ${result.slowestHealthMs.toFixed(0)} ms of ${result.healthAnswers}`);
    expect(result.response.status).toBe(422);
    expect(result.body.error.code).toBe('RESUME_TOO_COMPLEX');
    expect(result.slowestHealthMs).toBeLessThan(1_000);
    const resumes = (await (await fetch(`${server.url}/v1/resumes`)).json()) as { resumes: unknown[] };
    expect(resumes.resumes).toEqual([]);
  });

  it('a DOCX whose document.xml inflates to 160 MB: 422 RESUME_UNREADABLE', async () => {
    const docx = await docxInflatingTo(160 * 1024 * 1024);
    const result = await whileHealthPolled(post('/v1/resumes?filename=cv.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
    console.info(`DOCX ${(docx.length / 1024).toFixed(0)} KB → 160 MB: refused in ${result.elapsedMs.toFixed(0)} ms; slowest /healthz ${result.slowestHealthMs.toFixed(0)} ms of ${result.healthAnswers}`);
    expect(result.response.status).toBe(422);
    expect(result.body.error.code).toBe('RESUME_UNREADABLE');
    expect(result.body.error.message).toMatch(/expands to more than 32 MB/);
  });
});
