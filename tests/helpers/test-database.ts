import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';

/** Creates an empty database on the shared embedded server and returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const base = new URL(inject('postgresUrl'));
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.href });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  base.pathname = `/${name}`;
  return base.href;
}

/** A service configuration on a fresh test database and a temp data dir. */
export async function testConfig(overrides: Record<string, string> = {}): Promise<Config> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-test-data-'));
  return loadConfig({
    DATABASE_URL: await createTestDatabase(),
    JOBPILOT_DATA_DIR: dataDir,
    JOBPILOT_PLANNER: 'rules',
    // Tests never reach the internet: boards are local stubs, named per test.
    JOBPILOT_JOB_SOURCES: 'none',
    ...overrides,
  });
}
