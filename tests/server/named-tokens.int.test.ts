import { chmod, mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKeyFile, type Config } from '../../src/config.ts';
import { readOrCreateSecretFile, UnsafeSecretFileError } from '../../src/db/private-files.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { runCli } from '../helpers/run-cli.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';
import pg from 'pg';

let server: RunningServer;
let config: Config;

const request = (path: string, init: { method?: string; token?: string | undefined; body?: unknown } = {}) =>
  fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
const admin = (path: string, init: { method?: string; body?: unknown } = {}) =>
  request(path, { ...init, token: server.jobpilot.adminKey });
const makeToken = async (name: string): Promise<string> => {
  const response = await admin('/v1/tokens', { method: 'POST', body: { name } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
};

beforeAll(async () => {
  config = await testConfig({ PORT: '0' });
  server = await startServer(config, { logger: false });
});
afterAll(async () => {
  await server?.close();
});

describe('named tokens', () => {
  it('leave the server open while none exists, then require one on every /v1 request', async () => {
    expect((await request('/v1/threads')).status).toBe(200);
    // A token that names nothing is ignored while the server is open, as before named tokens.
    expect((await request('/v1/threads', { token: 'whatever' })).status).toBe(200);

    const first = await admin('/v1/tokens', { method: 'POST', body: { name: 'carol' } });
    expect(first.status).toBe(201);
    const { token, ...made } = (await first.json()) as { token: string; first: boolean; server_token: boolean };
    expect(made).toMatchObject({ first: true, server_token: false });
    expect(token).toMatch(/^jp_[A-Za-z0-9_-]{43}$/);
    for (const presented of [undefined, 'whatever', `${token}x`, token.slice(0, -1), server.jobpilot.adminKey]) {
      const refused = await request('/v1/threads', { token: presented });
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.stringContaining('token'), request_id: expect.any(String) } });
    }
    expect((await request('/v1/threads', { token })).status).toBe(200);
    // Health checks stay open.
    expect((await request('/healthz')).status).toBe(200);
    expect((await request('/readyz')).status).toBe(200);
  });

  it('tell a token that is sent but not accepted so, apart from one not sent', async () => {
    await makeToken('nina');
    const missing = await request('/v1/threads');
    expect(await missing.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.stringMatching(/^This server needs a token/), request_id: expect.any(String) } });
    const wrong = await request('/v1/threads', { token: 'jp_not-a-token' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: expect.stringMatching(/^This token is not accepted: /), request_id: expect.any(String) } });
  });

  it('refuse to share their value with the server\'s JOBPILOT_TOKEN: the server does not start', async () => {
    const token = await makeToken('olga');
    await expect(startServer({ ...config, port: 0, token }, { logger: false })).rejects.toThrow(
      /JOBPILOT_TOKEN: it is also the live named token "olga"\. The server's JOBPILOT_TOKEN is the default owner's token and must differ from every named token/,
    );
    // Once revoked, it no longer names anyone.
    expect((await admin('/v1/tokens/olga', { method: 'DELETE' })).status).toBe(200);
    const started = await startServer({ ...config, port: 0, token }, { logger: false });
    await started.close();
  });

  it('are kept only as SHA-256 digests', async () => {
    const token = await makeToken('dave');
    const { rows } = await server.jobpilot.database.pool.query<{ row: string; hash: Buffer }>(
      `SELECT to_jsonb(t)::text AS row, token_hash AS hash FROM api_tokens t WHERE name = 'dave'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.row).not.toContain(token);
    expect(rows[0]?.row).not.toContain(token.slice(3));
    const { createHash } = await import('node:crypto');
    expect(rows[0]?.hash.equals(createHash('sha256').update(token).digest())).toBe(true);
  });

  it('are refused from the request after their revocation, and listed with it', async () => {
    const token = await makeToken('erin');
    expect((await request('/v1/threads', { token })).status).toBe(200);
    const revoked = await admin('/v1/tokens/erin', { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ name: 'erin', revoked_at: expect.any(String) });
    const refused = await request('/v1/threads', { token });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/revoked/);
    // A run cannot start with it either.
    const run = await postRun(server.url, 'after-revoke', { message: 'hello' }, { headers: { authorization: `Bearer ${token}` } });
    expect(run.response.status).toBe(401);

    const again = await admin('/v1/tokens/erin', { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('TOKEN_NOT_FOUND');
    const list = (await (await admin('/v1/tokens')).json()) as { tokens: Array<{ name: string; revoked_at: string | null }> };
    expect(list.tokens.find((entry) => entry.name === 'erin')?.revoked_at).toEqual(expect.any(String));
    expect(list.tokens.find((entry) => entry.name === 'carol')?.revoked_at).toBeNull();
    expect(JSON.stringify(list)).not.toMatch(/jp_/);

    // The same name can be given a new token: the same owner, the same data.
    const renewed = await makeToken('erin');
    expect((await request('/v1/threads', { token: renewed })).status).toBe(200);
    expect((await request('/v1/threads', { token })).status).toBe(401);
  });

  it('are refused once revoked by anyone sharing the database (another process, an administrator\'s SQL)', async () => {
    const token = await makeToken('frank');
    // Looked up twice: the second answer comes from the server's memory of the first.
    expect((await request('/v1/threads', { token })).status).toBe(200);
    expect((await request('/v1/threads', { token })).status).toBe(200);
    const outside = new pg.Client({ connectionString: config.databaseUrl as string });
    await outside.connect();
    try {
      await outside.query(`UPDATE api_tokens SET revoked_at = now() WHERE name = 'frank' AND revoked_at IS NULL`);
    } finally {
      await outside.end();
    }
    // Told by Postgres's notice (migration 0019's trigger), which arrives a moment after the commit.
    const status = await waitFor(async () => (await request('/v1/threads', { token })).status, (code) => code === 401);
    expect(status).toBe(401);
  });

  it('validate names and refuse a second live token of the same name', async () => {
    for (const name of ['default', 'Alice', '', 'a/b', 'x'.repeat(33), '-lead', 'al ice']) {
      const response = await admin('/v1/tokens', { method: 'POST', body: { name } });
      expect(response.status, name).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
    }
    await makeToken('frank');
    const twice = await admin('/v1/tokens', { method: 'POST', body: { name: 'frank' } });
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as { error: { code: string } }).error.code).toBe('TOKEN_EXISTS');
    expect((await admin('/v1/tokens', { method: 'POST', body: { name: 'frank', extra: 1 } })).status).toBe(400);
    expect((await admin('/v1/tokens?all=1')).status).toBe(400);
  });

  it('are managed with the admin key only', async () => {
    const grace = await makeToken('grace');
    for (const token of [undefined, grace, 'not-the-key']) {
      for (const [method, path, body] of [
        ['GET', '/v1/tokens', undefined],
        ['POST', '/v1/tokens', { name: 'mallory' }],
        ['DELETE', '/v1/tokens/grace', undefined],
      ] as const) {
        const response = await request(path, { method, token, body });
        expect(response.status).toBe(401);
        expect(((await response.json()) as { error: { message: string } }).error.message).toContain('admin.secret');
      }
    }
    expect((await request('/v1/threads', { token: grace })).status).toBe(200);
  });
});

describe('the admin key', () => {
  it('is a private file in the data dir, kept across restarts', async () => {
    const file = adminKeyFile(config);
    const info = await stat(file);
    expect(info.isFile()).toBe(true);
    expect(info.mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(server.jobpilot.adminKey);
    expect(await readOrCreateSecretFile(file)).toBe(server.jobpilot.adminKey);
  });

  it('is never read through a symlink, and is replaced when others could read it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobpilot-admin-key-'));
    const victim = join(dir, 'victim');
    await writeFile(victim, 'not a key\n', { mode: 0o600 });
    await symlink(victim, join(dir, 'admin.secret'));
    await expect(readOrCreateSecretFile(join(dir, 'admin.secret'))).rejects.toBeInstanceOf(UnsafeSecretFileError);
    expect(await readFile(victim, 'utf8')).toBe('not a key\n');

    const loose = join(dir, 'loose.secret');
    await writeFile(loose, 'seen-by-others\n');
    await chmod(loose, 0o644);
    const fresh = await readOrCreateSecretFile(loose);
    expect(fresh).not.toBe('seen-by-others');
    expect((await stat(loose)).mode & 0o777).toBe(0o600);
  });
});

describe('JOBPILOT_TOKEN beside named tokens', () => {
  it("stays the default owner's token, whose data named owners do not see", async () => {
    const legacyConfig = await testConfig({ PORT: '0', JOBPILOT_TOKEN: 'the-old-token' });
    const legacy = await startServer(legacyConfig, { logger: false });
    try {
      const call = (path: string, token?: string) =>
        fetch(`${legacy.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
      const run = await postRun(legacy.url, 'old-thread', { message: 'hello' }, { headers: { authorization: 'Bearer the-old-token' } });
      expect(run.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
      const made = await fetch(`${legacy.url}/v1/tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${legacy.jobpilot.adminKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'helen' }),
      });
      const madeBody = (await made.json()) as { token: string; first: boolean; server_token: boolean };
      expect(madeBody).toMatchObject({ first: true, server_token: true });
      const helen = madeBody.token;
      expect((await call('/v1/threads')).status).toBe(401);
      const old = (await (await call('/v1/threads', 'the-old-token')).json()) as { threads: Array<{ thread_id: string }> };
      expect(old.threads.map((thread) => thread.thread_id)).toEqual(['old-thread']);
      const hers = (await (await call('/v1/threads', helen)).json()) as { threads: unknown[] };
      expect(hers.threads).toEqual([]);
      expect((await call('/v1/threads/old-thread', helen)).status).toBe(404);
    } finally {
      await legacy.close();
    }
  });
});

describe('jobpilot token', () => {
  it('creates, lists and revokes tokens through the server with the admin key', async () => {
    const { JOBPILOT_TOKEN: _token, ...inherited } = process.env;
    const env = { ...inherited, JOBPILOT_URL: server.url, JOBPILOT_DATA_DIR: config.dataDir, NO_COLOR: '1' };
    const created = await runCli(['token', 'create', '--name', 'ivan'], { env });
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.split('\n')[0] ?? '';
    expect(token).toMatch(/^jp_/);
    expect(created.stdout).toMatch(/shown only now/);
    // Not the first named token of this server: nothing about the data from before.
    expect(created.stdout).not.toMatch(/data from before/);
    expect((await request('/v1/threads', { token })).status).toBe(200);

    const listed = await runCli(['token', 'list', '--json'], { env });
    expect(listed.code, listed.stderr).toBe(0);
    const { tokens } = JSON.parse(listed.stdout) as { tokens: Array<{ name: string; revoked_at: string | null }> };
    expect(tokens.find((entry) => entry.name === 'ivan')).toMatchObject({ revoked_at: null });
    expect(listed.stdout).not.toContain(token);
    const table = await runCli(['token', 'list'], { env });
    expect(table.stdout).toMatch(/^NAME\s+STATUS\s+CREATED/);
    expect(table.stdout).toMatch(/ivan\s+live\s+\d{4}-\d\d-\d\d \d\d:\d\d\n/);
    expect(table.stdout).not.toMatch(/T\d\d:\d\d:\d\d/);

    const revoked = await runCli(['token', 'revoke', 'ivan'], { env });
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toMatch(/Revoked token "ivan"/);
    expect((await request('/v1/threads', { token })).status).toBe(401);

    const unknown = await runCli(['token', 'revoke', 'ivan'], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No live token named "ivan"/);
    const badName = await runCli(['token', 'create', '--name', 'default'], { env });
    expect(badName.code).toBe(2);
  });

  it('says what to do when the admin key cannot be read', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'jobpilot-no-key-'));
    const env = { ...process.env, JOBPILOT_URL: server.url, JOBPILOT_DATA_DIR: elsewhere };
    const result = await runCli(['token', 'list'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no admin key at .*admin\.secret: start the server first/);
  });
});
