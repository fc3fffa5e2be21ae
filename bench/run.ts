/**
 * `npm run bench`: every benchmark, one after another, each in its own process so one's
 * warm caches don't flatter the next. Figures go in docs/benchmarks.md by hand; the
 * reliability scripts (`streams`, `property`) write theirs into docs/reliability.md.
 * `npm run bench -- --only hostile` (or `--only turns,match`) runs just those.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const benchmarks = {
  'rules-planner': 'bench/rules-planner.bench.ts',
  scale: ['bench/scale.bench.ts', '--write'],
  'career-scale': ['bench/career-scale.bench.ts', '--write'],
  turns: 'bench/turns.bench.ts',
  'model-turns': 'bench/model-turns.bench.ts',
  match: 'bench/match.bench.ts',
  hostile: 'bench/hostile-files.bench.ts',
  storage: 'bench/storage.bench.ts',
  streams: ['bench/streams.bench.ts', '--write'],
  property: 'bench/property.bench.ts',
} as const;
type Name = keyof typeof benchmarks;
const isName = (name: string): name is Name => Object.hasOwn(benchmarks, name);

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const wanted = values.only === undefined ? Object.keys(benchmarks) : values.only.split(',').map((name) => name.trim());
const unknown = wanted.filter((name) => !isName(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benchmarks).join(', ')}.`);
  process.exit(2);
}
let failed = false;
for (const name of wanted.filter(isName)) {
  const [file, ...args] = [benchmarks[name]].flat();
  const result = spawnSync(process.execPath, ['--import', 'tsx', file as string, ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
