// What the sources were when `dist/` was built from them: every file under src/, and
// package.json (the bundle holds its version), with its size and modification time.
// bin/jobpilot.js runs `dist/` only while this still matches, so an edited source is never
// shadowed by an older build. Every command pays for it before it starts: paths are joined as
// plain strings (node:path's join and relative for ~650 files were most of its cost).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const stampFile = join(root, 'dist', '.source-stamp');

/** One line per source file: its path from the package root, size, mtime. */
export function sourceStamp() {
  const lines = [];
  const add = (path) => {
    const { size, mtimeMs } = statSync(root + path);
    lines.push(`${path} ${size} ${Math.trunc(mtimeMs)}`);
  };
  const walk = (directory) => {
    for (const entry of readdirSync(root + directory, { withFileTypes: true })) {
      const path = `${directory}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  walk('src');
  add('package.json');
  return lines.sort().join('\n');
}
