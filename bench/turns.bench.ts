/**
 * End-to-end turn latency on a real embedded Postgres with the rules planner, through the
 * HTTP server and SSE, plus the checkpoint bytes a turn writes.
 * Run: npx tsx bench/turns.bench.ts [turns]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { CHECKPOINT_SCHEMA } from '../src/db/database.ts';
import { startServer } from '../src/main.ts';
import { recordingBrowser } from '../tests/helpers/recording-browser.ts';
import { postRun } from '../tests/helpers/sse-client.ts';

const turns = Number(process.argv[2] ?? 100);
const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-bench-'));
const browser = await recordingBrowser();
browser.install();
const server = await startServer(
  loadConfig({ JOBPILOT_DATA_DIR: dataDir, JOBPILOT_PLANNER: 'rules', JOBPILOT_JOB_SOURCES: 'none', PORT: '0' }),
  { logger: false },
);

async function checkpointBytes(threadId: string): Promise<number> {
  const { rows } = await server.jobpilot.database.pool.query<{ bytes: string }>(
    `SELECT (SELECT coalesce(sum(octet_length(checkpoint::text) + octet_length(metadata::text)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoints WHERE thread_id = $1)
          + (SELECT coalesce(sum(octet_length(blob)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoint_blobs WHERE thread_id = $1)
          + (SELECT coalesce(sum(octet_length(blob)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoint_writes WHERE thread_id = $1) AS bytes`,
    [threadId],
  );
  return Number(rows[0]?.bytes);
}

async function measure(label: string, threadId: string, message: (turn: number) => string) {
  const milliseconds: number[] = [];
  const bytes: number[] = [];
  for (let turn = 0; turn < turns; turn++) {
    const before = await checkpointBytes(threadId);
    const started = performance.now();
    const { events } = await postRun(server.url, threadId, { message: message(turn) });
    milliseconds.push(performance.now() - started);
    if (events.at(-1)?.type !== 'run-end') throw new Error('a turn did not end');
    bytes.push((await checkpointBytes(threadId)) - before);
  }
  milliseconds.sort((a, b) => a - b);
  const at = (fraction: number) =>
    (
      milliseconds[Math.min(milliseconds.length - 1, Math.floor(milliseconds.length * fraction))] ??
      0
    ).toFixed(1);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  console.log(
    `${label}: ${turns} turns, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, mean ${mean(milliseconds).toFixed(1)} ms`,
  );
  console.log(
    `  checkpoint bytes per turn: first ${bytes[0]}, last ${bytes.at(-1)}, mean ${Math.round(mean(bytes))}`,
  );
}

try {
  await measure('respond turn (hi → answer)', 'bench-respond', (turn) => `hi number ${turn}`);
  await measure(
    'action turn (open a site → answer)',
    'bench-action',
    (turn) => `open example${turn % 10}.com`,
  );
} finally {
  await server.close();
  browser.restore();
  await rm(dataDir, { recursive: true, force: true });
}
