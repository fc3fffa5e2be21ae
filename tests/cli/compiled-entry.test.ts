import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, sourceStamp, stampFile } from '../../bin/source-stamp.js';

// Issue 18 (cold start): `npm install` compiles src/ to dist/ and bin/jobpilot.js runs it while
// it was built from the sources as they are. In CI (`npm ci` ran the build on this very clone)
// the tests that start `jobpilot serve` therefore run the compiled code a user runs; this checks
// that is so. On a developer's machine with edited sources dist/ is stale and the sources run
// through tsx: then there is nothing compiled to check.
const built = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceStamp();

describe('the compiled entry point', () => {
  it.skipIf(!built && process.env.CI !== 'true')('exists and matches the sources (CI builds it; an edited checkout runs the sources)', () => {
    expect(built).toBe(true);
    // bundle/main.js is what bin/jobpilot.js runs; the workers and the compiled files they import stay beside it.
    for (const file of ['bundle/main.js', 'cli/main.js', 'main.js', 'resume/extract/pdf-worker.mjs', 'resume/extract/docx-worker.mjs', 'resume/extract/extract-docx-text.js']) {
      expect(existsSync(join(root, 'dist', file)), file).toBe(true);
    }
  });

  it('names every source file in the stamp, so an edit makes dist/ stale', () => {
    const stamp = sourceStamp();
    expect(stamp).toMatch(/^src\/cli\/main\.ts \d+ \d+$/m);
    expect(stamp).toMatch(/^src\/resume\/extract\/docx-worker\.mjs \d+ \d+$/m);
    // The bundle holds package.json's version: a new version makes dist/ stale too.
    expect(stamp).toMatch(/^package\.json \d+ \d+$/m);
  });
});
