#!/usr/bin/env node
// The published entry point. `npm install` compiles src/ to plain JavaScript in dist/ (the
// `prepare` script, scripts/build-dist.js), which starts in about half the time: no loader hook
// between Node and each of the ~1,200 modules, nothing transpiled at start. While dist/ was
// built from the sources as they are, it runs; otherwise (an edited source, no build yet) the
// TypeScript sources run through tsx's loader, as they always could.
import { existsSync, readFileSync } from 'node:fs';
import { sourceStamp, stampFile } from './source-stamp.js';

const built = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceStamp();
if (built) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
