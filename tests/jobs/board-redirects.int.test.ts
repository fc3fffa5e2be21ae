import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGuardedTransport } from '../../src/jobs/guarded-transport.ts';
import { createHttpClient } from '../../src/jobs/http-client.ts';
import { isPublicAddress } from '../../src/jobs/public-address.ts';
import { searchSources } from '../../src/jobs/search-sources.ts';
import { createRemotiveSource } from '../../src/jobs/sources/remotive.ts';

// Issue 15: a board answering 302 → a loopback "admin page" leaked that page's text into
// errors[].message. Everything here is real HTTP on real local ports.

const adminSecret = 'ADMIN-PANEL root password hunter2';

interface Local {
  origin: string;
  port: number;
  hits: string[];
  server: Server;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

async function listen(
  handler: (path: string, hostHeader: string) => Answer,
  host = '127.0.0.1',
): Promise<Local> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '/');
    const answer = handler(request.url ?? '/', request.headers.host ?? '');
    response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
    response.end(answer.body ?? '');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://${host}:${port}`, port, hits, server };
}

const admin = () => listen(() => ({ status: 200, body: `<html><h1>${adminSecret}</h1></html>` }));

function remotiveAt(origin: string) {
  return createRemotiveSource({ origin });
}

async function search(origin: string, http = createHttpClient({ minIntervalMs: 0, cacheTtlMs: 0 })) {
  return searchSources({ text: 'engineer', limit: 10 }, { sources: [remotiveAt(origin)], http, timeoutMs: 3_000 });
}

describe('the board client and redirects (issue 15)', () => {
  it('does not follow a board redirecting to another loopback port, and leaks nothing of it', async () => {
    const page = await admin();
    const board = await listen(() => ({ status: 302, headers: { location: `${page.origin}/admin` } }));

    const answer = await search(board.origin);

    expect(page.hits).toEqual([]);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors[0]?.code).toBe('REDIRECT_REFUSED');
    expect(JSON.stringify(answer)).not.toContain('ADMIN');
    expect(answer.errors[0]?.message).not.toContain(String(page.port));
  });

  it.each([
    ['another loopback name', (port: number) => `http://localhost:${port}/admin`],
    ['link-local metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private address', () => 'http://10.0.0.1/'],
    ['another scheme', () => 'file:///etc/passwd'],
    ['the same host over https', (port: number) => `https://127.0.0.1:${port}/`],
  ])('refuses a redirect to %s before connecting', async (_name, target) => {
    const page = await admin();
    const board = await listen(() => ({ status: 307, headers: { location: target(page.port) } }));
    const answer = await search(board.origin);
    expect(answer.errors[0]?.code).toBe('REDIRECT_REFUSED');
    expect(page.hits).toEqual([]);
  });

  it("follows a redirect within the board's own origin", async () => {
    const board = await listen((path): Answer =>
      path.startsWith('/api/remote-jobs')
        ? { status: 301, headers: { location: '/v2/jobs' } }
        : {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              jobs: [
                {
                  id: 1,
                  url: 'https://remotive.com/remote-jobs/1',
                  title: 'Platform Engineer',
                  company_name: 'Acme',
                },
              ],
            }),
          },
    );
    const answer = await search(board.origin);
    expect(answer.errors).toEqual([]);
    expect(answer.postings.map((posting) => posting.title)).toEqual(['Platform Engineer']);
    expect(board.hits.map((hit) => hit.split('?')[0])).toEqual(['/api/remote-jobs', '/v2/jobs']);
  });

  it('stops a redirect loop within the origin', async () => {
    const board = await listen(() => ({ status: 302, headers: { location: '/again' } }));
    const answer = await search(board.origin);
    expect(answer.errors[0]?.code).toBe('REDIRECT_REFUSED');
    expect(board.hits.length).toBeLessThanOrEqual(4);
  });

  it("never repeats an error page's body", async () => {
    const board = await listen(() => ({ status: 500, body: adminSecret }));
    const answer = await search(board.origin);
    expect(answer.errors[0]).toMatchObject({ code: 'HTTP_STATUS' });
    expect(answer.errors[0]?.message).toMatch(/answered HTTP 500\.$/);
    const notJson = await listen(() => ({ status: 200, body: adminSecret }));
    const second = await search(notJson.origin);
    expect(second.errors[0]?.code).toBe('INVALID_JSON');
    expect(JSON.stringify([answer, second])).not.toContain('hunter2');
  });
});

describe('names that resolve off the public internet', () => {
  it('refuses, before connecting, a board name that resolves to loopback (DNS rebinding)', async () => {
    const local = await listen(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"jobs":[]}' }));
    // A board's own name answering with 127.0.0.1, as a rebinding DNS server would.
    const transport = createGuardedTransport({
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const http = createHttpClient({ fetch: transport, minIntervalMs: 0, cacheTtlMs: 0 });
    const answer = await search(`http://board.example:${local.port}`, http);
    expect(answer.errors[0]?.code).toBe('ADDRESS_NOT_PUBLIC');
    expect(answer.errors[0]?.message).toContain('127.0.0.1');
    expect(local.hits).toEqual([]);
  });

  it('refuses a name with one public and one private address', async () => {
    const local = await listen(() => ({ status: 200, body: '{}' }));
    const transport = createGuardedTransport({
      resolve: async () => [
        { address: '93.184.215.14', family: 4 },
        { address: '192.168.1.1', family: 4 },
      ],
    });
    const http = createHttpClient({ fetch: transport, minIntervalMs: 0, cacheTtlMs: 0 });
    const answer = await search(`http://board.example:${local.port}`, http);
    expect(answer.errors[0]?.code).toBe('ADDRESS_NOT_PUBLIC');
    expect(local.hits).toEqual([]);
  });

  it('lets a name the person configured resolve to this machine', async () => {
    const local = await listen(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"jobs":[]}' }));
    const http = createHttpClient({ trustedHosts: ['localhost'], minIntervalMs: 0, cacheTtlMs: 0 });
    const answer = await search(`http://localhost:${local.port}`, http);
    expect(answer.errors).toEqual([]);
    expect(local.hits).toHaveLength(1);
    const untrusted = await search(`http://localhost:${local.port}`);
    expect(untrusted.errors[0]?.code).toBe('ADDRESS_NOT_PUBLIC');
    expect(local.hits).toHaveLength(1);
  });

  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.0.10', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::ffff:127.0.0.1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::', false],
    ['not an address', false],
    ['93.184.215.14', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
  ])('isPublicAddress(%s) is %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
