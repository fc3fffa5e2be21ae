import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { rawRequest } from '../helpers/raw-http.ts';
import { testConfig } from '../helpers/test-database.ts';

// Text Postgres cannot hold (NUL) or that is not Unicode (a lone surrogate, which JSON's
// "\ud800" escape produces) used to reach the database and answer 500 with its message.

let server: RunningServer;
let jobId: string;

const send = (method: string, path: string, body?: string, contentType = 'application/json') =>
  rawRequest(`${server.url}${path}`, { method, headers: body === undefined ? {} : { 'content-type': contentType }, ...(body === undefined ? {} : { body }) });

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
  const imported = await send('POST', '/v1/jobs/import', JSON.stringify([{ title: 'Backend Engineer', company: 'Acme', url: 'https://jobs.example/1' }]));
  expect(imported.status).toBe(200);
  jobId = imported.json().job_ids[0];
});
afterAll(async () => {
  await server?.close();
});

// Raw JSON text, so the escapes reach the server as JSON escapes (as an attacker would send them).
const nul = '\\u0000';
const lone = '\\ud800';

describe('NUL and invalid UTF-16 in string input', () => {
  it('answer 400 BAD_REQUEST in the documented shape, never a 500 with the database message', async () => {
    const resume = (await send('POST', '/v1/resumes?filename=cv.txt', 'Jane Doe\njane@example.com\n', 'text/plain')).json().id as string;
    const form = (label: string) => {
      const boundary = 'b0undary';
      return [
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="cv.txt"\r\ncontent-type: text/plain\r\n\r\nJane Doe\r\n`,
        `--${boundary}\r\ncontent-disposition: form-data; name="label"\r\n\r\n${label}\r\n--${boundary}--\r\n`,
      ].join('');
    };
    const attempts: [string, Promise<Awaited<ReturnType<typeof send>>>][] = [
      ['a message', send('POST', '/v1/threads/nul/runs', `{"message": "hello${nul}world"}`)],
      ['a message (lone surrogate)', send('POST', '/v1/threads/nul/runs', `{"message": "hello${lone}"}`)],
      ['an import title (JSON)', send('POST', '/v1/jobs/import', `[{"title": "Evil${nul}", "company": "Acme", "url": "https://jobs.example/2"}]`)],
      ['an import title (CSV)', send('POST', '/v1/jobs/import', 'title,company,url\nEvil\u0000,Acme,https://jobs.example/3\n', 'text/csv')],
      ['a label (query)', send('POST', '/v1/resumes?filename=cv.txt&label=a%00b', 'Jane Doe\n', 'text/plain')],
      ['a label (form)', send('POST', '/v1/resumes', form('a\u0000b'), 'multipart/form-data; boundary=b0undary')],
      ['a note (save)', send('POST', '/v1/saved-jobs', `{"job_id": "${jobId}", "notes": "ref${nul}"}`)],
      ['a note (status)', send('PATCH', `/v1/saved-jobs/${jobId}`, `{"status": "applied", "note": "sent${lone}"}`)],
      ['a correction', send('PATCH', `/v1/resumes/${resume}`, `{"basics": {"name": "Jane${nul}"}}`)],
      ['a search', send('GET', '/v1/jobs/search?q=a%00b')],
      ['a pasted posting', send('POST', '/v1/match', `{"job_text": "Engineer${nul}"}`)],
    ];
    for (const [what, pending] of attempts) {
      const answer = await pending;
      expect([what, answer.status]).toEqual([what, 400]);
      const body = answer.json();
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toMatch(/NUL character \(U\+0000\)|unpaired surrogate \(U\+D800\)/);
      expect(body.error.message).not.toMatch(/invalid byte sequence|0x00|syntax/i);
    }
    // Nothing was stored: one resume, the one job, nothing saved, no thread.
    expect((await send('GET', '/v1/resumes')).json().resumes).toHaveLength(1);
    expect((await send('GET', '/v1/saved-jobs')).json().saved_jobs).toEqual([]);
    expect((await send('GET', '/v1/threads')).json().threads).toEqual([]);
  });

  it('names where the bad text is', async () => {
    const answer = await send('POST', '/v1/jobs/import', `[{"title": "ok", "company": "Acme", "url": "https://jobs.example/4"}, {"title": "x", "company": "A${nul}", "url": "https://jobs.example/5"}]`);
    expect(answer.json().error.message).toContain('1.company: contains a NUL character');
  });

  it('keeps well-formed text, emoji and other scripts included', async () => {
    const answer = await send('POST', '/v1/saved-jobs', JSON.stringify({ job_id: jobId, notes: 'referral 👍 from Zoë, 東京' }));
    expect(answer.status).toBe(201);
    expect(answer.json().notes).toBe('referral 👍 from Zoë, 東京');
  });
});
