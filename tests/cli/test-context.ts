import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context, LineReader } from '../../src/cli/context.ts';
import { loadConfig } from '../../src/config.ts';
import { textSink } from './fake-fetch.ts';

/** A command context with buffers for output, no terminal, and a fresh config dir. */
export async function testContext(overrides: Partial<Context> & { reader?: LineReader } = {}) {
  const stdout = textSink();
  const stderr = textSink();
  const configDir = await mkdtemp(join(tmpdir(), 'jobpilot-cli-config-'));
  const { reader, ...rest } = overrides;
  const context: Context = {
    stdout,
    stderr,
    stdin: (async function* () {})(),
    isTTY: { stdin: false, stdout: false },
    color: false,
    fetch: (async () => {
      throw new Error('no fetch scripted');
    }) as typeof fetch,
    createLineReader: () => {
      if (!reader) throw new Error('no line reader scripted');
      return reader;
    },
    config: { url: 'http://jobpilot.test', token: undefined, dataDir: configDir, configDir, color: false },
    loadServerConfig: () => loadConfig({ JOBPILOT_PLANNER: 'rules' }),
    version: '0.0.0-test',
    ...rest,
  };
  return { context, stdout, stderr, configDir };
}
