/**
 * Holds many run streams open at once against the real server (`serve()`, as `npm start`
 * runs it, in its own process, on its own embedded Postgres), each planned by a local
 * OpenAI-protocol stub that sends the answer a piece a second, then checks that every stream
 * completed and that the server's memory after a full GC came back to where it was.
 *
 * Run: npm run bench -- --only streams            (200 streams for 60 s)
 *      npx tsx bench/streams.bench.ts --streams 50 --seconds 10
 *      npx tsx bench/streams.bench.ts --write      (also writes the figures into docs/reliability.md)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { heapToleranceBytes, holdStreams } from '../tests/helpers/stream-load.ts';
import { writeReliabilityFigures } from './reliability-figures.ts';

const { values } = parseArgs({
  options: { streams: { type: 'string', default: '200' }, seconds: { type: 'string', default: '60' }, write: { type: 'boolean', default: false } },
});
const streams = Number(values.streams);
const seconds = Number(values.seconds);
const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-bench-streams-'));
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
try {
  const figures = await holdStreams({ streams, seconds, dataDir });
  const { before, after } = figures.memory;
  const heapGrowth = after.heapUsed - before.heapUsed;
  console.log(`streams: ${figures.held} of ${streams} held at once for ~${seconds} s; ${figures.completed} completed; message-delta per stream ${figures.deltas.min}–${figures.deltas.max}`);
  console.log(`errors: ${figures.errors.length}${figures.errors.length ? `\n  ${figures.errors.slice(0, 10).join('\n  ')}` : ''}`);
  console.log(`server memory after GC: heap ${mib(before.heapUsed)} → ${mib(after.heapUsed)} (${heapGrowth >= 0 ? '+' : ''}${mib(heapGrowth)}, tolerance +${mib(heapToleranceBytes)}); RSS ${mib(before.rss)} → ${mib(after.rss)}`);
  const flat = heapGrowth <= heapToleranceBytes;
  if (values.write) await writeReliabilityFigures({ load: figures });
  console.log(JSON.stringify({ ...figures, errors: figures.errors.length, flat }));
  process.exitCode = figures.errors.length === 0 && figures.held === streams && flat ? 0 : 1;
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
