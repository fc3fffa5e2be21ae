import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes an executable `#!/bin/sh` script that records each call in `recordFile`: a
 * "launched with N argument(s)" line, then each argument on its own line. It stands in
 * for a browser or an app, so a test can see what was really launched and with what.
 *
 * @example
 * const browser = await writeRecordingScript(dir, 'browser', join(dir, 'opened.txt'));
 */
export async function writeRecordingScript(
  dir: string,
  name: string,
  recordFile: string,
): Promise<string> {
  const path = join(dir, name);
  // The record file path is ours (a temp dir), single-quoted; arguments are printed, never run.
  const script = [
    '#!/bin/sh',
    `printf 'launched with %s argument(s)\\n' "$#" >> '${recordFile}'`,
    `for argument in "$@"; do printf '%s\\n' "$argument" >> '${recordFile}'; done`,
    '',
  ].join('\n');
  await writeFile(path, script);
  await chmod(path, 0o755);
  return path;
}
