import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared embedded server's `jobpilot` database; test files create their own next to it. */
    postgresUrl: string;
  }
}

/** One real (embedded) Postgres for the whole integration run; each file gets its own database. */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir });
  project.provide('postgresUrl', server.url);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
