import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterDirOf, postmastersOf } from '../helpers/postgres-processes.ts';
import { runCli } from '../helpers/run-cli.ts';

// `jobpilot serve` starts the embedded Postgres while it loads the server's modules; a
// configuration only the server's start-up reads (the company boards) fails after that.
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-start-up-failure-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('jobpilot serve with a configuration error found once Postgres runs', () => {
  it('names the variable, exits 1, and leaves no Postgres running', { timeout: 180_000 }, async () => {
    const { DATABASE_URL: _url, JOBPILOT_TOKEN: _token, ...inherited } = process.env;
    const result = await runCli(['serve'], {
      env: {
        ...inherited,
        HOST: '127.0.0.1',
        // Any port: the error comes before the listen (a port picked free could be taken meanwhile).
        PORT: '0',
        JOBPILOT_DATA_DIR: dataDir,
        JOBPILOT_PLANNER: 'rules',
        JOBPILOT_COMPANY_BOARDS: 'teamtailor:acme',
      },
      timeoutMs: 170_000,
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^jobpilot: Invalid configuration\. JOBPILOT_COMPANY_BOARDS: unknown board kind in "teamtailor:acme"/m);
    // The cluster was created (Postgres did start), and nothing of it still runs.
    expect(existsSync(join(clusterDirOf(dataDir), 'PG_VERSION'))).toBe(true);
    expect(postmastersOf(clusterDirOf(dataDir))).toEqual([]);
  });
});

describe('jobpilot serve with a prompt budget its model planner cannot keep a conversation in', () => {
  it('says JOBPILOT_PROMPT_TOKENS is too small and the size needed, exits 1, and leaves no Postgres running', { timeout: 180_000 }, async () => {
    const { DATABASE_URL: _url, JOBPILOT_TOKEN: _token, ...inherited } = process.env;
    const ownDir = join(dataDir, 'prompt-budget');
    const result = await runCli(['serve'], {
      env: {
        ...inherited,
        HOST: '127.0.0.1',
        PORT: '0',
        JOBPILOT_DATA_DIR: ownDir,
        JOBPILOT_PLANNER: 'openai',
        // Never called: the budget is checked before any model call.
        OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
        OPENAI_MODEL: 'llama3.1',
        JOBPILOT_PROMPT_TOKENS: '3000',
      },
      timeoutMs: 170_000,
    });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(
      /^jobpilot: JOBPILOT_PROMPT_TOKENS is 3,000, but the model planner's fixed part \(its instructions and the \d+ actions' descriptions\) alone takes [\d,]+ tokens, .* Set JOBPILOT_PROMPT_TOKENS to at least [\d,]+/m,
    );
    expect(postmastersOf(clusterDirOf(ownDir))).toEqual([]);
  });
});
