import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { threadIdSchema } from '../protocol/api.ts';

const stateSchema = z
  .object({
    default_thread: threadIdSchema.optional(),
  })
  .loose();
type State = z.infer<typeof stateSchema>;

const stateFile = (configDir: string) => join(configDir, 'state.json');

async function readState(configDir: string): Promise<State> {
  const text = await readFile(stateFile(configDir), 'utf8').catch(() => '');
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    // A missing or damaged state file only costs the default thread: start afresh.
    return {};
  }
}

async function writeState(configDir: string, state: State): Promise<void> {
  await mkdir(configDir, { recursive: true });
  const temporary = `${stateFile(configDir)}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temporary, stateFile(configDir));
}

/** A fresh thread id: `chat-` and a random UUID. */
export const newThreadId = (): string => `chat-${randomUUID()}`;

/**
 * The thread `chat` and `ask` use without `--thread`, remembered in `state.json` in the
 * config dir and generated on first use.
 *
 * @example
 * const threadId = await defaultThreadId(config.configDir);
 */
export async function defaultThreadId(configDir: string): Promise<string> {
  const state = await readState(configDir);
  if (state.default_thread) return state.default_thread;
  const threadId = newThreadId();
  await writeState(configDir, { ...state, default_thread: threadId });
  return threadId;
}

/** Makes `threadId` the default thread (after `/new`). */
export async function rememberDefaultThread(configDir: string, threadId: string): Promise<void> {
  const state = await readState(configDir);
  await writeState(configDir, { ...state, default_thread: threadId });
}
