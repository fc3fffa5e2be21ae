/**
 * `npm run bench`: every benchmark, one after another, each in its own process so one's
 * warm caches don't flatter the next, in under ten minutes on the 2-core development machine.
 * The issue-18 benches (`scale`, `career-scale`) run at the sizes and write their
 * tables into docs/benchmarks.md; the longer reliability ones run shorter, and write nothing,
 * unless `--full` is given: `streams` then holds 200 streams for 60 s (not 50 for 15 s) and
 * writes docs/reliability.md, `hostile` sends each file 3 times (not once), and `property`
 * (the 10,000-request property test, ~12 minutes here) runs at all.
 *
 * npm run bench                          the default run, under ten minutes
 * npm run bench -- --full                every bench at its full size (about half an hour)
 * npm run bench -- --only hostile        (or `--only turns,match`) just those, at the sizes above
 * npm run bench -- --fresh               career-scale builds its index of 100,000 postings again
 *                                        (it is kept between runs, outside the repo: see that bench)
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

interface Bench {
  file: string;
  /** Arguments of the default run. */
  args?: readonly string[];
  /** Arguments with `--full`, when they differ. */
  full?: readonly string[];
  /** Only with `--full` (or when asked for by name). */
  fullOnly?: boolean;
  /** Takes `--fresh` (builds what it keeps between runs again). */
  fresh?: boolean;
}

const benchmarks = {
  'rules-planner': { file: 'bench/rules-planner.bench.ts' },
  scale: { file: 'bench/scale.bench.ts', args: ['--write'] },
  'career-scale': { file: 'bench/career-scale.bench.ts', args: ['--write'], fresh: true },
  turns: { file: 'bench/turns.bench.ts' },
  'model-turns': { file: 'bench/model-turns.bench.ts' },
  match: { file: 'bench/match.bench.ts' },
  hostile: { file: 'bench/hostile-files.bench.ts', args: ['1'], full: ['3'] },
  storage: { file: 'bench/storage.bench.ts' },
  streams: { file: 'bench/streams.bench.ts', args: ['--streams', '50', '--seconds', '15'], full: ['--write'] },
  property: { file: 'bench/property.bench.ts', fullOnly: true },
} as const satisfies Record<string, Bench>;
type Name = keyof typeof benchmarks;
const isName = (name: string): name is Name => Object.hasOwn(benchmarks, name);

const { values } = parseArgs({
  options: { only: { type: 'string' }, full: { type: 'boolean', default: false }, fresh: { type: 'boolean', default: false } },
});
const full = values.full;
const named = values.only?.split(',').map((name) => name.trim());
const unknown = (named ?? []).filter((name) => !isName(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benchmarks).join(', ')}.`);
  process.exit(2);
}
const wanted = named?.filter(isName) ?? (Object.keys(benchmarks) as Name[]).filter((name) => full || !('fullOnly' in benchmarks[name]));
let failed = false;
const took: string[] = [];
const startedAll = performance.now();
for (const name of wanted) {
  const bench: Bench = benchmarks[name];
  const args = [...(full ? (bench.full ?? bench.args ?? []) : (bench.args ?? [])), ...(values.fresh && bench.fresh ? ['--fresh'] : [])];
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', bench.file, ...args], { stdio: 'inherit' });
  took.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s${result.status === 0 ? '' : ' (failed)'}`);
  if (result.status !== 0) failed = true;
}
console.log(`\nbench: ${took.join(', ')}; ${((performance.now() - startedAll) / 60_000).toFixed(1)} min in all${full ? ' (--full)' : ''}`);
process.exitCode = failed ? 1 : 0;
