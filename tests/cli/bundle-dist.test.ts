import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDist } from '../../scripts/bundle-dist.js';

// Issue 18 (cold start): `npm run build` bundles dist/ so a start opens a few files instead of
// ~1,000. Code that finds files next to its own source (our data/ and migrations/, a package's
// own data files) must find them from the bundle too, after the files it was bundled from are
// gone: this builds a small package the way the real one is built and runs its bundle.
const run = promisify(execFile);
let root: string;

const files: Record<string, string> = {
  'dist/cli/main.js': [
    "import { readOwnData } from '../lib/read-data.js';",
    "import ownFile from 'own-file';",
    "import { z } from 'zod';",
    "const later = await import('../lib/later.js');",
    'console.log(JSON.stringify({',
    '  data: readOwnData(),',
    '  commonJs: ownFile.read(),',
    '  later: later.where(),',
    '  zodMessage: z.string().safeParse(1).error.issues[0].message,',
    '}));',
  ].join('\n'),
  'dist/lib/read-data.js': [
    "import { readFileSync } from 'node:fs';",
    "export const readOwnData = () => readFileSync(new URL('../../data/note.txt', import.meta.url), 'utf8');",
  ].join('\n'),
  'dist/lib/later.js': [
    "import { join } from 'node:path';",
    "import { fileURLToPath } from 'node:url';",
    'export const where = () => ({ file: fileURLToPath(import.meta.url), directory: import.meta.dirname, joined: join(import.meta.dirname, "x") });',
  ].join('\n'),
  'data/note.txt': 'found from the bundle',
  'node_modules/own-file/package.json': JSON.stringify({ name: 'own-file', main: 'index.js' }),
  'node_modules/own-file/index.js': "const fs = require('fs');\nexports.read = () => fs.readFileSync(__dirname + '/own.txt', 'utf8');",
  'node_modules/own-file/own.txt': 'a package reads its own file',
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'jobpilot-bundle-'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  await symlink(join(process.cwd(), 'node_modules', 'zod'), join(root, 'node_modules', 'zod'));
  await bundleDist(root);
  // Only the bundle is left to run: the files it was made from are gone.
  await rm(join(root, 'dist', 'lib'), { recursive: true });
  await rm(join(root, 'dist', 'cli'), { recursive: true });
  await rm(join(root, 'node_modules', 'own-file', 'index.js'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the bundle of dist/', () => {
  it('finds files beside where its modules were, ES modules and CommonJS alike, and loads lazy imports as their own chunk', async () => {
    const { stdout } = await run(process.execPath, [join(root, 'dist', 'bundle', 'main.js')]);
    expect(JSON.parse(stdout)).toEqual({
      data: 'found from the bundle',
      commonJs: 'a package reads its own file',
      later: {
        file: join(root, 'dist', 'lib', 'later.js'),
        directory: join(root, 'dist', 'lib'),
        joined: join(root, 'dist', 'lib', 'x'),
      },
      zodMessage: 'Invalid input: expected string, received number',
    });
    const outputs = await readdir(join(root, 'dist', 'bundle'));
    expect(outputs).toContain('main.js');
    expect(outputs.some((name) => name.startsWith('later-'))).toBe(true);
  });
});
