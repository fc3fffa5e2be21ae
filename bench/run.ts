/**
 * `npm run bench`: every benchmark, one after another, each in its own process so one's
 * warm caches don't flatter the next. Figures go in docs/benchmarks.md by hand.
 */
import { spawnSync } from 'node:child_process';

const benchmarks = ['bench/rules-planner.bench.ts', 'bench/turns.bench.ts', 'bench/model-turns.bench.ts', 'bench/match.bench.ts'];
let failed = false;
for (const file of benchmarks) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
