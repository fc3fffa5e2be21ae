/**
 * Runs the property test (10,000 generated requests across every route,
 * tests/server/every-route.property.int.test.ts) and writes what it counted into
 * docs/reliability.md: requests by status and by error code, problems, messages checked.
 *
 * Run: npm run bench -- --only property
 *      npx tsx bench/property.bench.ts --from-log FILE   (the output of a vitest run that included the test)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { type PropertyFigures, writeReliabilityFigures } from './reliability-figures.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const { values } = parseArgs({ options: { 'from-log': { type: 'string' } } });
const fromLog = values['from-log'];
const run = fromLog
  ? { status: 0, stdout: readFileSync(fromLog, 'utf8'), stderr: '' }
  : spawnSync(process.execPath, [vitest, 'run', 'tests/server/every-route.property.int.test.ts'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const output = `${run.stdout}\n${run.stderr}`;
const line = /property-figures: (\{.*\})/.exec(output);
if (run.status !== 0 || !line) {
  console.error(output.slice(-5000));
  console.error(run.status !== 0 ? 'The property test failed; nothing was written.' : 'The property test printed no figures.');
  process.exit(1);
}
const figures = JSON.parse(line[1] as string) as PropertyFigures;
await writeReliabilityFigures({ property: figures });
console.log(`property test: ${figures.requests} requests, ${figures.problems} problems, ${figures.messagesChecked} messages checked, ${figures.busyThreads} busy threads; written to docs/reliability.md`);
