// What the sources were when `dist/` was built from them: every file under src/ with its size
// and modification time. bin/jobpilot.js runs `dist/` only while this still matches, so an
// edited source is never shadowed by an older build.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const stampFile = join(root, 'dist', '.source-stamp');

/** One line per source file: path, size, mtime. */
export function sourceStamp() {
  const lines = [];
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const { size, mtimeMs } = statSync(path);
        lines.push(`${relative(root, path)} ${size} ${Math.trunc(mtimeMs)}`);
      }
    }
  };
  walk(join(root, 'src'));
  return lines.sort().join('\n');
}
