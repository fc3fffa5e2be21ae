import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How many lines of chat input are kept across sessions. */
export const historySize = 500;

const historyFile = (configDir: string) => join(configDir, 'history');

/**
 * The chat input history from the config dir, newest first (readline's order).
 * The file itself is oldest first, one entry a line, like a shell's.
 *
 * @example
 * const history = await loadInputHistory(config.configDir);
 */
export async function loadInputHistory(configDir: string): Promise<string[]> {
  const text = await readFile(historyFile(configDir), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).reverse().slice(0, historySize);
}

/** Saves readline's history (newest first) for the next session. */
export async function saveInputHistory(
  configDir: string,
  history: readonly string[],
): Promise<void> {
  await mkdir(configDir, { recursive: true });
  const lines = history
    .slice(0, historySize)
    .filter((line) => !line.includes('\n'))
    .reverse();
  await writeFile(historyFile(configDir), lines.length > 0 ? `${lines.join('\n')}\n` : '');
}
