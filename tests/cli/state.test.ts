import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputHistory, saveInputHistory } from '../../src/cli/input-history.ts';
import { defaultThreadId, rememberDefaultThread } from '../../src/cli/state.ts';
import { threadIdSchema } from '../../src/protocol/api.ts';

const configDir = () => mkdtemp(join(tmpdir(), 'jobpilot-cli-state-'));

describe('default thread', () => {
  it('is generated on first use, valid, and remembered', async () => {
    const directory = join(await configDir(), 'nested');
    const first = await defaultThreadId(directory);
    expect(threadIdSchema.safeParse(first).success).toBe(true);
    expect(await defaultThreadId(directory)).toBe(first);
    expect(JSON.parse(await readFile(join(directory, 'state.json'), 'utf8'))).toEqual({
      default_thread: first,
    });
  });

  it('differs between config dirs (never a fixed id)', async () => {
    expect(await defaultThreadId(await configDir())).not.toBe(
      await defaultThreadId(await configDir()),
    );
  });

  it('can be replaced, and survives a damaged state file by starting afresh', async () => {
    const directory = await configDir();
    await rememberDefaultThread(directory, 'work');
    expect(await defaultThreadId(directory)).toBe('work');
    await writeFile(join(directory, 'state.json'), '{not json');
    expect(await defaultThreadId(directory)).toMatch(/^chat-/);
  });
});

describe('input history', () => {
  it('round-trips newest first and is stored oldest first', async () => {
    const directory = await configDir();
    expect(await loadInputHistory(directory)).toEqual([]);
    await saveInputHistory(directory, ['third', 'second', 'first']);
    expect(await readFile(join(directory, 'history'), 'utf8')).toBe('first\nsecond\nthird\n');
    expect(await loadInputHistory(directory)).toEqual(['third', 'second', 'first']);
  });
});
