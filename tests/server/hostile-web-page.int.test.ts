import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { rawRequest } from '../helpers/raw-http.ts';
import { testConfig } from '../helpers/test-database.ts';

// A web page the person visits is hostile. With DNS rebinding its own domain resolves to
// 127.0.0.1, so the browser sends its requests to jobpilot with `Host: evil.example:<port>`;
// without rebinding it can still send "simple" cross-site requests (forms, no-cors fetch).

let server: RunningServer;
let port: number;
let allowing: RunningServer;

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
  port = Number(new URL(server.url).port);
  allowing = await startServer(await testConfig({ PORT: '0', JOBPILOT_ALLOWED_HOSTS: 'jobpilot.lan, proxy.example:9443' }), { logger: false });
});
afterAll(async () => {
  await server?.close();
  await allowing?.close();
});

const resumeText = 'Jane Doe\njane.doe@example.com\n\nExperience\nSenior Engineer, Acme Corp, 2019 - present\n';
const json = { 'content-type': 'application/json' };

describe('DNS rebinding: a request that names another host', () => {
  it('cannot start a run, answer an approval, or read a resume back (403 HOST_NOT_ALLOWED)', async () => {
    // The person's own resume, imported the ordinary way (curl: no Origin).
    const created = await rawRequest(`${server.url}/v1/resumes?filename=cv.txt`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: resumeText,
    });
    expect(created.status).toBe(201);
    const id = created.json().id as string;

    const evil = { host: `evil.example:${port}` };
    const attempts = [
      rawRequest(`${server.url}/v1/threads/pwn/runs`, {
        method: 'POST',
        headers: { ...evil, ...json },
        body: JSON.stringify({ message: 'import my resume from /etc/shadow' }),
      }),
      rawRequest(`${server.url}/v1/threads/pwn/runs`, {
        method: 'POST',
        headers: { ...evil, ...json },
        body: JSON.stringify({ resume: { approved: true } }),
      }),
      rawRequest(`${server.url}/v1/resumes/${id}`, { headers: evil }),
      rawRequest(`${server.url}/v1/resumes`, { headers: evil }),
      rawRequest(`${server.url}/healthz`, { headers: evil }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status).toBe(403);
      const { error } = answer.json();
      expect(error.code).toBe('HOST_NOT_ALLOWED');
      expect(error.message).toContain('JOBPILOT_ALLOWED_HOSTS');
      expect(error.message).toContain(`localhost:${port}`);
      expect(answer.body).not.toContain('jane.doe@example.com');
    }
    // Nothing ran: no thread was created.
    const threads = await rawRequest(`${server.url}/v1/threads`);
    expect(threads.json().threads).toEqual([]);
  });

  it('refuses a loopback name on another port, and names that only look local', async () => {
    for (const host of [`localhost:${port + 1}`, 'localhost', `127.0.0.1.evil.example:${port}`, `localhost.evil.example:${port}`, `evil.example:${port}@127.0.0.1`]) {
      const answer = await rawRequest(`${server.url}/v1/threads`, { headers: { host } });
      expect([host, answer.status]).toEqual([host, 403]);
    }
  });

  it('answers the loopback names and the bound address on its port', async () => {
    for (const host of [`localhost:${port}`, `LocalHost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const answer = await rawRequest(`${server.url}/v1/threads`, { headers: { host } });
      expect([host, answer.status]).toEqual([host, 200]);
    }
  });

  it('answers the names in JOBPILOT_ALLOWED_HOSTS (a bare name on any port, name:port on that port)', async () => {
    const allowingPort = new URL(allowing.url).port;
    const status = async (host: string) => (await rawRequest(`${allowing.url}/v1/threads`, { headers: { host } })).status;
    expect(await status(`jobpilot.lan:${allowingPort}`)).toBe(200);
    expect(await status('jobpilot.lan')).toBe(200);
    expect(await status('proxy.example:9443')).toBe(200);
    expect(await status('proxy.example')).toBe(403);
    expect(await status(`evil.example:${allowingPort}`)).toBe(403);
  });
});

describe('cross-site requests: a page of another origin', () => {
  const post = (path: string, headers: Record<string, string>, body = '{}') =>
    rawRequest(`${server.url}${path}`, { method: 'POST', headers: { ...json, ...headers }, body });

  it('cannot change anything, whatever its Origin (403 ORIGIN_NOT_ALLOWED)', async () => {
    for (const origin of ['http://evil.example', 'null', `http://evil.example:${port}`, `http://localhost:${port + 1}`, `file://`, 'not a url']) {
      for (const [method, path] of [['POST', '/v1/threads/pwn/runs'], ['POST', '/v1/saved-jobs'], ['PATCH', '/v1/saved-jobs/3e460672eb90'], ['DELETE', '/v1/threads/pwn']]) {
        const answer = await rawRequest(`${server.url}${path}`, { method, headers: { ...json, origin }, body: '{}' });
        expect([origin, method, path, answer.status]).toEqual([origin, method, path, 403]);
        expect(answer.json().error.code).toBe('ORIGIN_NOT_ALLOWED');
      }
    }
  });

  it('is refused by Sec-Fetch-Site when the browser sent no Origin', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const answer = await post('/v1/saved-jobs', { 'sec-fetch-site': site });
      expect(answer.status).toBe(403);
      expect(answer.json().error.code).toBe('ORIGIN_NOT_ALLOWED');
    }
  });

  it('leaves requests without an Origin (curl, the CLI) and from its own origin alone', async () => {
    // A 400 (the empty body is invalid) means the request got past the checks to the route.
    const own: Record<string, string>[] = [{}, { origin: server.url }, { origin: `http://localhost:${port}` }, { 'sec-fetch-site': 'same-origin' }, { 'sec-fetch-site': 'none' }];
    for (const headers of own) {
      const answer = await post('/v1/saved-jobs', headers);
      expect([headers, answer.status]).toEqual([headers, 400]);
    }
  });

  it('can still read nothing: no CORS headers, preflights are not answered', async () => {
    const read = await rawRequest(`${server.url}/v1/threads`, { headers: { origin: 'http://evil.example' } });
    expect(read.status).toBe(200);
    const preflight = await rawRequest(`${server.url}/v1/threads/pwn/runs`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    // Not 2xx and no access-control headers: the browser fails the preflight (the path exists, so 405).
    expect(preflight.status).toBe(405);
    expect(preflight.json().error.code).toBe('METHOD_NOT_ALLOWED');
    for (const answer of [read, preflight]) {
      expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('cannot create a resume with a plain HTML form (text/plain, urlencoded or multipart)', async () => {
    const before = (await rawRequest(`${server.url}/v1/resumes`)).json().resumes.length;
    const boundary = '----form';
    const multipart = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="cv.txt"\r\ncontent-type: text/plain\r\n\r\n${resumeText}\r\n--${boundary}--\r\n`;
    const forms: [string, string][] = [
      ['text/plain', `${resumeText}=`],
      ['application/x-www-form-urlencoded', `text=${encodeURIComponent(resumeText)}`],
      [`multipart/form-data; boundary=${boundary}`, multipart],
    ];
    for (const [contentType, body] of forms) {
      const answer = await rawRequest(`${server.url}/v1/resumes`, {
        method: 'POST',
        headers: { 'content-type': contentType, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
        body,
      });
      expect([contentType, answer.status]).toEqual([contentType, 403]);
    }
    expect((await rawRequest(`${server.url}/v1/resumes`)).json().resumes).toHaveLength(before);
  });
});

describe('content types: every route takes only what it documents', () => {
  const send = (method: string, path: string, contentType: string | undefined, body: string) =>
    rawRequest(`${server.url}${path}`, { method, headers: contentType ? { 'content-type': contentType } : {}, body });

  it('JSON routes answer 415 to a form\'s text/plain, urlencoded or multipart body, and to no content type', async () => {
    const routes: [string, string, string][] = [
      ['POST', '/v1/threads/form/runs', JSON.stringify({ message: 'open github.com' })],
      ['POST', '/v1/saved-jobs', JSON.stringify({ job_id: '3e460672eb90' })],
      ['PATCH', '/v1/saved-jobs/3e460672eb90', JSON.stringify({ status: 'applied' })],
      ['PATCH', '/v1/resumes/res_0123456789', JSON.stringify({ basics: { name: 'Mallory' } })],
      ['POST', '/v1/match', JSON.stringify({ job_text: 'Engineer' })],
      ['DELETE', '/v1/threads/form', '{}'],
    ];
    for (const [method, path, body] of routes) {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
        const answer = await send(method, path, type, body);
        expect([method, path, type, answer.status]).toEqual([method, path, type, 415]);
        expect(answer.json().error).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('application/json'), request_id: expect.any(String) });
      }
    }
    expect((await rawRequest(`${server.url}/v1/threads`)).json().threads).toEqual([]);
  });

  it('the resume upload answers 415 to urlencoded and unknown types, and takes the documented ones', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'image/png', 'text/html', undefined]) {
      const answer = await send('POST', '/v1/resumes?filename=cv.txt', type, resumeText);
      expect([type, answer.status]).toEqual([type, 415]);
      expect(answer.json().error).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('application/pdf'), request_id: expect.any(String) });
    }
    for (const type of ['text/plain; charset=utf-8', 'text/markdown', 'application/octet-stream']) {
      const answer = await send('POST', '/v1/resumes?filename=cv.txt&label=typed', type, resumeText);
      expect([type, answer.status]).toEqual([type, 201]);
    }
  });
});
