/**
 * Storage stays bounded: one thread talks to turn 1,000 with the rules planner, on the
 * embedded Postgres, through the run service (as the HTTP route runs a turn). Reports what
 * the thread stores at turn 10 and at turn 1,000 — its checkpoint rows and bytes, the bytes
 * each turn added (checkpoints and transcript together) — and the turn's latency, and writes
 * the figures into docs/reliability.md between the storage markers.
 * Run: npm run bench -- --only storage   (or: npx tsx bench/storage.bench.ts [turns])
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { CHECKPOINT_SCHEMA } from '../src/db/database.ts';
import { createJobpilot, type Jobpilot } from '../src/jobpilot.ts';

const turns = Number(process.argv[2] ?? 1000);
const early = 10;
const doc = new URL('../docs/reliability.md', import.meta.url).pathname;
const startMarker = '<!-- storage-bench:start (written by npm run bench -- --only storage) -->';
const endMarker = '<!-- storage-bench:end -->';

interface Stored {
  checkpointRows: number;
  checkpointBytes: number;
  transcriptBytes: number;
}

async function stored(jobpilot: Jobpilot, threadId: string): Promise<Stored> {
  const { rows } = await jobpilot.database.pool.query<{ rows: number; checkpoint: string; transcript: string }>(
    `SELECT
       (SELECT count(*)::int FROM ${CHECKPOINT_SCHEMA}.checkpoints WHERE thread_id = $1) AS rows,
       (SELECT coalesce(sum(pg_column_size(c.*)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoints c WHERE thread_id = $1)
     + (SELECT coalesce(sum(pg_column_size(b.*)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoint_blobs b WHERE thread_id = $1)
     + (SELECT coalesce(sum(pg_column_size(w.*)), 0) FROM ${CHECKPOINT_SCHEMA}.checkpoint_writes w WHERE thread_id = $1) AS checkpoint,
       (SELECT coalesce(sum(pg_column_size(m.*)), 0) FROM messages m WHERE thread_id = $1) AS transcript`,
    [threadId],
  );
  const row = rows[0];
  return { checkpointRows: row?.rows ?? 0, checkpointBytes: Number(row?.checkpoint), transcriptBytes: Number(row?.transcript) };
}

const total = (at: Stored) => at.checkpointBytes + at.transcriptBytes;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const dataDir = await mkdtemp(join(tmpdir(), 'jobpilot-bench-storage-'));
const jobpilot = await createJobpilot({
  config: loadConfig({ JOBPILOT_DATA_DIR: dataDir, JOBPILOT_PLANNER: 'rules', JOBPILOT_JOB_SOURCES: 'none' }),
});
const threadId = 'bench-storage';
const milliseconds: number[] = [];
const after = new Map<number, Stored>();
try {
  const measured = new Set([early - 1, early, turns - 1, turns]);
  for (let turn = 1; turn <= turns; turn++) {
    const started = performance.now();
    const events = await jobpilot.runs.start(threadId, { message: `hi there, this is message ${String(turn).padStart(4, '0')}` }, new AbortController().signal);
    let status = '';
    for await (const event of events) if (event.type === 'run-end') status = event.status;
    milliseconds.push(performance.now() - started);
    if (status !== 'completed') throw new Error(`turn ${turn} ended ${status}`);
    if (measured.has(turn)) after.set(turn, await stored(jobpilot, threadId));
    if (turn % 100 === 0) console.log(`turn ${turn}: ${milliseconds.at(-1)?.toFixed(1)} ms`);
  }
  /** What turn `n` added to the thread's storage. */
  const addedBy = (n: number) => total(after.get(n) as Stored) - total(after.get(n - 1) as Stored);
  const atEarly = after.get(early) as Stored;
  const atEnd = after.get(turns) as Stored;
  const addedEarly = addedBy(early);
  const addedEnd = addedBy(turns);
  // Turn 1 loads the planner's model: the early latency is the median of turns 2–10.
  const latencyEarly = median(milliseconds.slice(1, early));
  const latencyEnd = median(milliseconds.slice(turns - (early - 1)));
  const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(2));
  const lines = [
    `One thread, ${turns} respond turns with the rules planner, embedded Postgres (\`pg_column_size\` of the thread's rows).`,
    '',
    `| | turn ${early} | turn ${turns} | ${turns} ÷ ${early} |`,
    '|---|---:|---:|---:|',
    `| checkpoint rows of the thread | ${atEarly.checkpointRows} | ${atEnd.checkpointRows} | ${ratio(atEnd.checkpointRows, atEarly.checkpointRows)} |`,
    `| checkpoint bytes held (checkpoints, writes, blobs) | ${atEarly.checkpointBytes} | ${atEnd.checkpointBytes} | ${ratio(atEnd.checkpointBytes, atEarly.checkpointBytes)} |`,
    `| bytes stored by that turn (checkpoints + transcript) | ${addedEarly} | ${addedEnd} | ${ratio(addedEnd, addedEarly)} |`,
    `| transcript bytes (every message kept) | ${atEarly.transcriptBytes} | ${atEnd.transcriptBytes} | ${ratio(atEnd.transcriptBytes, atEarly.transcriptBytes)} |`,
    `| turn latency, median of 9 turns (ms) | ${latencyEarly.toFixed(1)} | ${latencyEnd.toFixed(1)} | ${ratio(latencyEnd, latencyEarly)} |`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}.`,
  ];
  console.log(lines.join('\n'));
  const text = await readFile(doc, 'utf8').catch(() => '');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start >= 0 && end > start) {
    await writeFile(doc, `${text.slice(0, start + startMarker.length)}\n${lines.join('\n')}\n${text.slice(end)}`);
    console.log(`Wrote the figures into ${doc}.`);
  } else {
    console.log(`No storage markers in ${doc}: figures not written.`);
  }
} finally {
  await jobpilot.close();
  await rm(dataDir, { recursive: true, force: true });
}
