// `npm run build` (and `npm install`'s `prepare`): compiles src/ to plain JavaScript in dist/
// with the project's own TypeScript (types are checked by `npm run typecheck`, not here), copies
// the plain-JavaScript worker files beside their callers, bundles the CLI and the server into
// dist/bundle/ (scripts/bundle-dist.js), and writes the stamp bin/jobpilot.js compares with the
// sources before it runs dist/. Offline: nothing here reaches the network.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { root, sourceStamp, stampFile } from '../bin/source-stamp.js';
import { bundleDist } from './bundle-dist.js';

// `--if-possible` (npm install's prepare): a build that cannot run (no TypeScript in a
// production install, a broken source being edited) leaves no dist/, and the sources run
// through tsx as before, so `npm install` never fails for it.
const ifPossible = process.argv.includes('--if-possible');
const stamp = sourceStamp();
rmSync(join(root, 'dist'), { recursive: true, force: true });
try {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--noCheck', '--sourceMap', 'false'], { stdio: 'inherit', cwd: root });
} catch (error) {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  if (!ifPossible) throw error;
  process.stdout.write(`jobpilot: dist/ not built (${error.message.split('\n')[0]}); the TypeScript sources will run through tsx\n`);
  process.exit(0);
}
const copy = (directory) => {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) copy(path);
    else if (entry.name.endsWith('.mjs')) {
      const target = join(root, 'dist', relative(join(root, 'src'), path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
};
copy(join(root, 'src'));
try {
  await bundleDist(root);
} catch (error) {
  // The compiled files alone still run (bin/jobpilot.js falls back to them), only slower to start.
  rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });
  if (!ifPossible) throw error;
  process.stdout.write(`jobpilot: dist/bundle/ not built (${error.message.split('\n')[0]}); dist/ runs unbundled\n`);
}
writeFileSync(stampFile, stamp);
process.stdout.write('jobpilot: built dist/ from src/\n');
