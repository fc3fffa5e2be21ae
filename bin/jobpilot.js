#!/usr/bin/env node
// The published entry point. `npm install` compiles src/ to plain JavaScript in dist/ and bundles
// it into dist/bundle/ (the `prepare` script, scripts/build-dist.js), which starts with far less
// CPU: no loader hook between Node and each of the ~1,200 modules, nothing transpiled at start,
// a few dozen chunks to open instead of them (docs/benchmarks.md, session 37). While dist/ was built from the sources as
// they are, it runs; otherwise (an edited source, no build yet) the TypeScript sources run
// through tsx's loader, as they always could. An installation without the server's sources (the
// Docker image copies dist/, and of src/ only the few files the web app is built from at start)
// runs dist/: there is no newer source to shadow.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, sourceStamp, stampFile } from './source-stamp.js';

const built = !existsSync(join(root, 'src', 'cli', 'main.ts')) || (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceStamp());
if (built) {
  // The unbundled build when bundling could not run (see scripts/build-dist.js).
  await import(existsSync(join(root, 'dist', 'bundle', 'main.js')) ? '../dist/bundle/main.js' : '../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
