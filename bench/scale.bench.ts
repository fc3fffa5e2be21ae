/**
 * Issue 18's benchmark: what jobpilot itself costs around a turn, at 1 to 256 concurrent
 * threads, beside the seed architecture measured in the same run. The real server
 * (`bin/jobpilot.js serve`, `npm start`'s code path) runs in its own process on an embedded
 * Postgres the bench starts; a stub model speaking OpenAI's streaming protocol (fixed time to
 * first token and rate) stands in for the model, so every figure isolates jobpilot's cost.
 *
 * Run: npm run bench -- --only scale              (the whole run, a few minutes)
 *      npx tsx bench/scale.bench.ts --smoke         (seconds: every part once, tiny counts; CI)
 *      npx tsx bench/scale.bench.ts --write         (also writes the table into docs/benchmarks.md)
 *      … --out FILE                                 (the raw figures there instead)
 *      … --seconds 4 --flat-turns 1000 --ttft-ms 300 --tokens-per-second 100   (the defaults)
 * Raw figures: bench/results/scale-<date>.json.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { drive, percentile, type DriveResult } from './scale/drive.ts';
import { startSeedBaseline, type SeedBaseline } from './scale/seed-baseline.ts';
import { startServerChild, type ServerChild } from './scale/server-child.ts';
import { startStubModel, type StubCall, type StubModel } from './scale/stub-model.ts';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    out: { type: 'string' },
    seconds: { type: 'string' },
    'flat-turns': { type: 'string' },
    'ttft-ms': { type: 'string', default: '300' },
    'tokens-per-second': { type: 'string', default: '100' },
  },
});
const smoke = values.smoke;
// Rounds of 4 s after 1 s of warm-up (6 s after 2 until session 42: the default run took over ten
// minutes); a round is still ~200 turns at one thread and ~400 at 256, and each server is warm
// before its first round (its start-up turn and the web app's bundle).
const seconds = Number(values.seconds ?? (smoke ? 1 : 4));
const warmupSeconds = smoke ? 0.5 : 1;
const concurrencies = smoke ? [1, 2] : [1, 16, 64, 256];
const throughputThreads = smoke ? 2 : 64;
const flatTurns = Number(values['flat-turns'] ?? (smoke ? 12 : 1000));
// The seed's rounds around the stub model are shorter than the others (and warmed up once a kind), to keep
// `npm run bench` under ten minutes.
const seedModelWarmupSeconds = smoke ? 0.5 : 1;
const seedModelSeconds = smoke ? 1 : Math.min(seconds, 3);
const model = { ttftMs: Number(values['ttft-ms']), tokensPerSecond: Number(values['tokens-per-second']) };

const messages = {
  respond: (tag: string) => `thanks, that helps [${tag}]`,
  action: (tag: string) => `show my saved jobs [${tag}]`,
} as const;
type Kind = keyof typeof messages;

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const work = await mkdtemp(join(tmpdir(), 'jobpilot-bench-scale-'));
const database = await startEmbeddedPostgres({ dataDir: join(work, 'postgres') });
let roundNumber = 0;

/** Latency figures of one round (ms). */
function latency(result: DriveResult, modelTime: (tag: string) => number = () => 0) {
  const turns = result.samples.map((sample) => sample.ended - sample.started);
  // With the queue: latency minus the stub's time; without: minus the time the server kept the
  // turn waiting for a turn slot too (`run-end`'s `queued_ms`), i.e. the work of the turn itself.
  const withQueue = result.samples.map((sample) => sample.ended - sample.started - modelTime(sample.tag));
  const overhead = result.samples.map((sample) => sample.ended - sample.started - modelTime(sample.tag) - sample.queuedMs);
  const queued = result.samples.map((sample) => sample.queuedMs);
  return {
    turns: result.samples.length,
    errors: result.errors.length,
    p50: round(percentile(turns, 0.5)),
    p95: round(percentile(turns, 0.95)),
    p99: round(percentile(turns, 0.99)),
    queuedP50: round(percentile(queued, 0.5)),
    queuedP95: round(percentile(queued, 0.95)),
    overheadP50: round(percentile(overhead, 0.5)),
    overheadP95: round(percentile(overhead, 0.95)),
    overheadP99: round(percentile(overhead, 0.99)),
    overheadWithQueueP50: round(percentile(withQueue, 0.5)),
    overheadWithQueueP95: round(percentile(withQueue, 0.95)),
  };
}

/** A warm-up round, then a measured one of `seconds`, with the CPU both processes used. */
async function measuredRound(server: ServerChild, kind: Kind, concurrency: number) {
  const name = `r${++roundNumber}`;
  await drive({ urls: [server.url], concurrency, durationMs: warmupSeconds * 1000, round: `${name}w`, message: messages[kind] });
  const cpuBefore = server.cpu();
  const result = await drive({ urls: [server.url], concurrency, durationMs: seconds * 1000, round: name, message: messages[kind] });
  const cpuAfter = server.cpu();
  const perTurn = (before: number, after: number) => round(((after - before) * 1000) / Math.max(1, result.samples.length), 2);
  return {
    result,
    turnsPerSecond: round(result.samples.length / (result.elapsedMs / 1000)),
    cpuMsPerTurn: { server: perTurn(cpuBefore.server, cpuAfter.server), postgres: perTurn(cpuBefore.postgres, cpuAfter.postgres) },
    rssMiB: round(server.rss() / 2 ** 20),
  };
}

async function serverOn(planner: 'rules' | 'openai', stub?: StubModel): Promise<ServerChild> {
  const server = await startServerChild(
    {
      DATABASE_URL: database.url,
      JOBPILOT_DATA_DIR: join(work, `server-${planner}`),
      JOBPILOT_PLANNER: planner,
      ...(stub ? { OPENAI_BASE_URL: `${stub.url}/v1`, OPENAI_API_KEY: 'sk-bench', OPENAI_MODEL: 'gpt-4o-mini' } : {}),
    },
    { clusterDir: database.clusterDir },
  );
  // Ready means the API answers; the web app's bundle, the alert scheduler's start and the rules
  // planner's construction come after it (~1 s of this process's CPU, and esbuild's own process).
  // Measured turns start once they are done: `/` answers when the bundle is built (the scheduler
  // starts beside it), and one turn builds the planner. Cold start is measured on its own below.
  await fetch(`${server.url}/`).then((response) => response.arrayBuffer());
  await drive({ urls: [server.url], concurrency: 1, turnsPerThread: 1, round: `start-${planner}`, message: messages.respond });
  return server;
}

const figures: Record<string, unknown> = {
  date: new Date().toISOString().slice(0, 10),
  machine: { platform: process.platform, arch: process.arch, node: process.version, cpus: (await import('node:os')).cpus().length },
  settings: { smoke, seconds, warmupSeconds, concurrencies, throughputThreads, flatTurns, model },
};

try {
  // 1–2. The rules planner: latency at each concurrency, throughput, CPU split, memory.
  const rules = await serverOn('rules');
  const rulesRows: Record<string, unknown>[] = [];
  for (const kind of ['respond', 'action'] as const) {
    for (const concurrency of concurrencies) {
      const measured = await measuredRound(rules, kind, concurrency);
      rulesRows.push({ kind, concurrency, ...latency(measured.result), turnsPerSecond: measured.turnsPerSecond, cpuMsPerTurn: measured.cpuMsPerTurn, rssMiB: measured.rssMiB });
      console.log(`rules ${kind} ×${concurrency}: ${JSON.stringify(rulesRows.at(-1))}`);
    }
  }
  const throughput = await measuredRound(rules, 'respond', throughputThreads);
  figures.rules = rulesRows;
  figures.throughput = {
    threads: throughputThreads,
    turnsPerSecond: throughput.turnsPerSecond,
    cpuMsPerTurn: throughput.cpuMsPerTurn,
    rssMiB: throughput.rssMiB,
    errors: throughput.result.errors.length,
  };
  console.log(`throughput ×${throughputThreads}: ${JSON.stringify(figures.throughput)}`);

  // 4. Flatness: one thread, turn 1,000 against turn 10 (latency and bytes stored per turn).
  figures.flatness = await flatness(rules);
  console.log(`flatness: ${JSON.stringify(figures.flatness)}`);
  await rules.stop();

  // 1 and 3 with a model: overhead around the stub's own time, and time to first token.
  const stub = await startStubModel(model);
  const modelServer = await serverOn('openai', stub);
  const modelRows: Record<string, unknown>[] = [];
  for (const kind of ['respond', 'action'] as const) {
    for (const concurrency of concurrencies) {
      const firstCall = stub.calls.length;
      const measured = await measuredRound(modelServer, kind, concurrency);
      const calls = stub.calls.slice(firstCall);
      const { modelTime, answerToken } = byTurn(calls);
      const ttft = measured.result.samples.flatMap((sample) => {
        const answer = answerToken(sample.tag);
        return sample.firstDelta !== undefined && answer !== undefined ? [sample.firstDelta - answer] : [];
      });
      const measuredTags = new Set(measured.result.samples.map((sample) => sample.tag));
      modelRows.push({
        kind,
        concurrency,
        ...latency(measured.result, modelTime),
        modelCallsPerTurn: round(calls.filter((call) => measuredTags.has(call.tag)).length / Math.max(1, measured.result.samples.length), 2),
        ttftOverheadP50: round(percentile(ttft, 0.5)),
        ttftOverheadP95: round(percentile(ttft, 0.95)),
        turnsPerSecond: measured.turnsPerSecond,
        cpuMsPerTurn: measured.cpuMsPerTurn,
      });
      console.log(`model ${kind} ×${concurrency}: ${JSON.stringify(modelRows.at(-1))}`);
    }
  }
  figures.model = modelRows;
  await modelServer.stop();
  // 7 with a model: the seed architecture making its one model call a decision to the same stub.
  figures.seedModel = await seedModelFigures(stub);
  await stub.close();

  // 5. Cold start: `serve` to /readyz 200, the first run ever (initdb) and again on that data dir.
  const coldDir = join(work, 'cold');
  const first = await startServerChild({ JOBPILOT_DATA_DIR: coldDir, JOBPILOT_PLANNER: 'rules' }, {});
  await first.stop();
  const again = await startServerChild({ JOBPILOT_DATA_DIR: coldDir, JOBPILOT_PLANNER: 'rules' }, {});
  await again.stop();
  figures.coldStart = { firstRunMs: round(first.readyMs, 0), existingDataDirMs: round(again.readyMs, 0) };
  console.log(`cold start: ${JSON.stringify(figures.coldStart)}`);

  // 8. Replicas: two server processes on the one Postgres, the same load split between them.
  const replicas = [await serverOn('rules'), await startServerChild({ DATABASE_URL: database.url, JOBPILOT_DATA_DIR: join(work, 'server-replica'), JOBPILOT_PLANNER: 'rules' }, { clusterDir: database.clusterDir })];
  const name = `r${++roundNumber}`;
  await drive({ urls: replicas.map((replica) => replica.url), concurrency: throughputThreads, durationMs: warmupSeconds * 1000, round: `${name}w`, message: messages.respond });
  const split = await drive({ urls: replicas.map((replica) => replica.url), concurrency: throughputThreads, durationMs: seconds * 1000, round: name, message: messages.respond });
  figures.replicas = { processes: 2, threads: throughputThreads, turnsPerSecond: round(split.samples.length / (split.elapsedMs / 1000)), ...latency(split) };
  console.log(`replicas: ${JSON.stringify(figures.replicas)}`);
  for (const replica of replicas) await replica.stop();

  // 7. The seed architecture, invoked directly, at the same counts.
  figures.seed = await seedFigures();
  console.log(`seed: ${JSON.stringify(figures.seed)}`);
} finally {
  console.log('stopping the bench database');
  await database.stop();
  await rm(work, { recursive: true, force: true });
}

const resultsFile = values.out ?? fileURLToPath(new URL(`./results/scale-${figures.date}${smoke ? '-smoke' : ''}.json`, import.meta.url));
await mkdir(dirname(resultsFile), { recursive: true });
await writeFile(resultsFile, `${JSON.stringify(figures, null, 2)}\n`);
console.log(`\n${table(figures)}\nraw figures: ${resultsFile}`);
if (values.write && !smoke) await writeDocs(table(figures));

async function flatness(server: ServerChild) {
  const name = `flat-${++roundNumber}`;
  // drive() names its threads `<round>-<index>`: one thread, every turn on it.
  const thread = `${name}-0`;
  const samples: { ms: number; bytes: number }[] = [];
  const stored = async () => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ bytes: string }>(
        `SELECT (SELECT coalesce(sum(pg_column_size(c.*)), 0) FROM langgraph.checkpoints c WHERE thread_id = $1)
              + (SELECT coalesce(sum(pg_column_size(b.*)), 0) FROM langgraph.checkpoint_blobs b WHERE thread_id = $1)
              + (SELECT coalesce(sum(pg_column_size(w.*)), 0) FROM langgraph.checkpoint_writes w WHERE thread_id = $1)
              + (SELECT coalesce(sum(pg_column_size(m.*)), 0) FROM messages m WHERE thread_id = $1) AS bytes`,
        [thread],
      );
      return Number(rows[0]?.bytes ?? 0);
    } finally {
      await client.end();
    }
  };
  const window = Math.min(10, Math.floor(flatTurns / 4));
  let before = await stored();
  for (let turn = 1; turn <= flatTurns; turn++) {
    const result = await drive({ urls: [server.url], concurrency: 1, turnsPerThread: 1, round: name, message: () => messages.respond(`t${name}-${turn}`) });
    if (result.errors.length) throw new Error(result.errors.join('\n'));
    const sample = result.samples[0];
    // Bytes are read around the turns compared only (reading them every turn would be most of the run).
    const compared = turn <= window * 2 || turn > flatTurns - window;
    const after = compared ? await stored() : before;
    samples.push({ ms: sample ? sample.ended - sample.started : Number.NaN, bytes: after - before });
    before = after;
    if (turn === flatTurns - window) before = await stored();
  }
  // Turn 10 is the median of turns window+1 … 2·window; the last turn the median of the last window.
  const early = samples.slice(window, window * 2);
  const late = samples.slice(-window);
  return flatnessOf(early, late);
}

/** Turn 10 against the last turn: the medians of the turns around each, time and bytes stored. */
function flatnessOf(early: readonly { ms: number; bytes: number }[], late: readonly { ms: number; bytes: number }[]) {
  const median = (rows: readonly { ms: number; bytes: number }[], key: 'ms' | 'bytes') => percentile(rows.map((row) => row[key]), 0.5);
  return {
    turns: flatTurns,
    msAtTurn10: round(median(early, 'ms')),
    msAtLast: round(median(late, 'ms')),
    timeRatio: round(median(late, 'ms') / median(early, 'ms'), 2),
    bytesPerTurnAt10: median(early, 'bytes'),
    bytesPerTurnAtLast: median(late, 'bytes'),
    bytesRatio: round(median(late, 'bytes') / median(early, 'bytes'), 2),
  };
}

async function seedFigures() {
  const seed: SeedBaseline = await startSeedBaseline(database.url);
  try {
    const rows: Record<string, unknown>[] = [];
    for (const kind of ['respond', 'action'] as const) {
      for (const concurrency of concurrencies) {
        const name = `seed${++roundNumber}`;
        await seedRound(seed, kind, concurrency, `${name}w`, warmupSeconds * 1000);
        const cpu = process.cpuUsage();
        const measured = await seedRound(seed, kind, concurrency, name, seconds * 1000);
        const used = process.cpuUsage(cpu);
        const turns = measured.samples.map((sample) => sample.ended - sample.started);
        rows.push({
          kind,
          concurrency,
          turns: turns.length,
          p50: round(percentile(turns, 0.5)),
          p95: round(percentile(turns, 0.95)),
          p99: round(percentile(turns, 0.99)),
          turnsPerSecond: round(turns.length / (measured.elapsedMs / 1000)),
          cpuMsPerTurn: round((used.user + used.system) / 1000 / Math.max(1, turns.length), 2),
        });
        console.log(`seed ${kind} ×${concurrency}: ${JSON.stringify(rows.at(-1))}`);
      }
    }
    // Its flatness: the unbounded messages channel grows every checkpoint.
    const thread = `seed-flat-${++roundNumber}`;
    const early: { ms: number; bytes: number }[] = [];
    const late: { ms: number; bytes: number }[] = [];
    const window = Math.min(10, Math.floor(flatTurns / 4));
    let before = 0;
    let answer = '';
    for (let turn = 1; turn <= flatTurns; turn++) {
      // The turns between the two windows only lengthen the channel: their messages go in as
      // one state update (the seed's turn at 1,000 takes ~0.5 s, so running them all took ~5 minutes).
      if (turn > window * 2 && turn < flatTurns - window) {
        const upTo = flatTurns - window - 1;
        const skipped = Array.from({ length: upTo - turn + 1 }, (_, index) => messages.respond(`t${thread}-${turn + index}`));
        await seed.prefill(thread, skipped, answer);
        turn = upTo;
        continue;
      }
      const started = performance.now();
      answer = await seed.turn(thread, messages.respond(`t${thread}-${turn}`));
      const ms = performance.now() - started;
      const compared = (turn > window && turn <= window * 2) || turn > flatTurns - window;
      if (turn === window || turn === flatTurns - window) before = await seed.storedBytes(thread);
      if (compared) {
        const after = await seed.storedBytes(thread);
        (turn <= window * 2 ? early : late).push({ ms, bytes: after - before });
        before = after;
      }
    }
    return { rows, flatness: flatnessOf(early, late) };
  } finally {
    await seed.close();
  }
}

/**
 * `concurrency` seed threads, each running its next turn as soon as its last one returned, for
 * `ms`; each message tagged as drive() tags them, so the stub's calls are counted to their turn.
 */
async function seedRound(seed: SeedBaseline, kind: Kind, concurrency: number, label: string, ms: number) {
  const samples: { tag: string; started: number; ended: number }[] = [];
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, index) => {
      for (let turn = 0; performance.now() < begin + ms; turn++) {
        const tag = `t${label}-${index}-${turn}`;
        const started = performance.now();
        await seed.turn(`${label}-${index}`, messages[kind](tag));
        samples.push({ tag, started, ended: performance.now() });
      }
    }),
  );
  return { samples, elapsedMs: performance.now() - begin };
}

/** The stub's calls of a round by turn: the model's own time in a turn, and when its answer's first token left. */
function byTurn(calls: readonly StubCall[]) {
  const byTag = new Map<string, StubCall[]>();
  for (const call of calls) byTag.set(call.tag, [...(byTag.get(call.tag) ?? []), call]);
  return {
    calls: (tag: string) => byTag.get(tag)?.length ?? 0,
    modelTime: (tag: string) => (byTag.get(tag) ?? []).reduce((sum, call) => sum + (call.ended - call.started), 0),
    answerToken: (tag: string) => byTag.get(tag)?.at(-1)?.answerToken,
  };
}

/**
 * The seed's overhead around the same stub: its turn (`graph.invoke`, no HTTP) minus the stub's
 * time, at the same thread counts; shorter rounds (the whole bench must stay under ten minutes).
 * The seed streams nothing to a person: its answer shows when the turn returns, so its time to
 * first token is that moment minus the stub's first answer token. It queues nothing either.
 * Its CPU is not reported: it runs in this process, beside the stub and the clients.
 */
async function seedModelFigures(stub: StubModel) {
  const seed = await startSeedBaseline(database.url, { model: { baseUrl: `${stub.url}/v1` } });
  try {
    const rows: Record<string, unknown>[] = [];
    for (const kind of ['respond', 'action'] as const) {
      for (const concurrency of concurrencies) {
        const name = `seedm${++roundNumber}`;
        // One warm-up a kind: a round at 256 threads of this process's own turns (the seed's and the
        // stub's) takes seconds of CPU however short it is asked to be, and the code is warm by then.
        if (concurrency === concurrencies[0]) await seedRound(seed, kind, concurrency, `${name}w`, seedModelWarmupSeconds * 1000);
        const firstCall = stub.calls.length;
        const measured = await seedRound(seed, kind, concurrency, name, seedModelSeconds * 1000);
        const turns = byTurn(stub.calls.slice(firstCall));
        const overhead = measured.samples.map((sample) => sample.ended - sample.started - turns.modelTime(sample.tag));
        const shown = measured.samples.flatMap((sample) => {
          const answer = turns.answerToken(sample.tag);
          return answer === undefined ? [] : [sample.ended - answer];
        });
        rows.push({
          kind,
          concurrency,
          turns: measured.samples.length,
          overheadP50: round(percentile(overhead, 0.5)),
          overheadP95: round(percentile(overhead, 0.95)),
          overheadP99: round(percentile(overhead, 0.99)),
          modelCallsPerTurn: round(measured.samples.reduce((sum, sample) => sum + turns.calls(sample.tag), 0) / Math.max(1, measured.samples.length), 2),
          answerShownP50: round(percentile(shown, 0.5)),
          answerShownP95: round(percentile(shown, 0.95)),
          turnsPerSecond: round(measured.samples.length / (measured.elapsedMs / 1000)),
        });
        console.log(`seed model ${kind} ×${concurrency}: ${JSON.stringify(rows.at(-1))}`);
      }
    }
    return rows;
  } finally {
    await seed.close();
  }
}

function table(all: Record<string, unknown>): string {
  const rules = all.rules as Record<string, number | string>[];
  const modelRows = all.model as Record<string, number | string>[];
  const seed = all.seed as { rows: Record<string, number | string>[]; flatness: Record<string, number> };
  const seedModel = all.seedModel as Record<string, number | string>[];
  const seedModelRow = (kind: string, concurrency: number) => seedModel.find((row) => row.kind === kind && row.concurrency === concurrency);
  const through = all.throughput as { turnsPerSecond: number; cpuMsPerTurn: { server: number; postgres: number }; rssMiB: number };
  const flat = all.flatness as Record<string, number>;
  const seedRow = (kind: string, concurrency: number) => seed.rows.find((row) => row.kind === kind && row.concurrency === concurrency);
  const lines = [
    `Measured ${all.date} (${JSON.stringify((all as { machine: unknown }).machine)}); each round ${seconds} s after a ${warmupSeconds} s warm-up; stub model: time to first token ${model.ttftMs} ms, ${model.tokensPerSecond} tokens/s.`,
    '',
    '**Rules planner, over HTTP (turn latency, ms)** — the seed architecture invoked directly beside it, at the same thread counts (its CPU is the bench process\'s while it runs alone, the clients\' work being its own calls; its Postgres CPU is not told apart)',
    '',
    '| turn | threads | p50 | p95 | p99 | of which queued p50 | p95 | turns/s | server CPU ms/turn | Postgres CPU ms/turn | seed p50 | seed p95 | seed turns/s | seed CPU ms/turn |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rules.map((row) => {
      const s = seedRow(row.kind as string, row.concurrency as number);
      const cpu = row.cpuMsPerTurn as unknown as { server: number; postgres: number };
      return `| ${row.kind} | ${row.concurrency} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.queuedP50} | ${row.queuedP95} | ${row.turnsPerSecond} | ${cpu.server} | ${cpu.postgres} | ${s?.p50 ?? '–'} | ${s?.p95 ?? '–'} | ${s?.turnsPerSecond ?? '–'} | ${s?.cpuMsPerTurn ?? '–'} |`;
    }),
    '',
    `**Throughput** at ${throughputThreads} threads (respond turns, rules planner): **${through.turnsPerSecond} turns/s** (seed: ${seedRow('respond', throughputThreads)?.turnsPerSecond ?? '–'}); CPU per turn: server ${through.cpuMsPerTurn.server} ms, Postgres ${through.cpuMsPerTurn.postgres} ms; server RSS ${through.rssMiB} MiB.`,
    '',
    '**Overhead around a stub model** (turn latency minus the stub\'s own time and minus the time the server kept the turn queued for a turn slot, `run-end`\'s `queued_ms`, ms; with the queue: latency minus the stub\'s time only; time to first token overhead: first `message-delta` at the client minus the stub\'s first answer token) — the seed architecture beside it, making its one model call a decision to the same stub (`graph.invoke` directly, no HTTP; it queues nothing, so compare it with the columns with the queue; it streams nothing to a person, so its answer shows when the turn returns: the seed\'s TTFT column is that moment minus the stub\'s first answer token; its rounds are ' + `${seedModelSeconds} s, after one warm-up of ${seedModelWarmupSeconds} s a kind)`,
    '',
    '| turn | threads | overhead p50 | p95 | p99 | queued p50 | p95 | with the queue p50 | p95 | model calls/turn | TTFT overhead p50 | p95 | turns/s | server CPU ms/turn | seed overhead p50 | seed p95 | seed model calls/turn | seed TTFT p50 | seed turns/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...modelRows.map((row) => {
      const s = seedModelRow(row.kind as string, row.concurrency as number);
      const cpu = row.cpuMsPerTurn as unknown as { server: number };
      const respond = row.kind === 'respond';
      return `| ${row.kind} | ${row.concurrency} | ${row.overheadP50} | ${row.overheadP95} | ${row.overheadP99} | ${row.queuedP50} | ${row.queuedP95} | ${row.overheadWithQueueP50} | ${row.overheadWithQueueP95} | ${row.modelCallsPerTurn} | ${respond ? row.ttftOverheadP50 : '–'} | ${respond ? row.ttftOverheadP95 : '–'} | ${row.turnsPerSecond} | ${cpu.server} | ${s?.overheadP50 ?? '–'} | ${s?.overheadP95 ?? '–'} | ${s?.modelCallsPerTurn ?? '–'} | ${respond ? (s?.answerShownP50 ?? '–') : '–'} | ${s?.turnsPerSecond ?? '–'} |`;
    }),
    '',
    `**Flatness** (one thread, respond turns, turn ${flat.turns} ÷ turn 10): time ${flat.msAtTurn10} → ${flat.msAtLast} ms (**${flat.timeRatio}**), bytes stored per turn ${flat.bytesPerTurnAt10} → ${flat.bytesPerTurnAtLast} (**${flat.bytesRatio}**; checkpoint and transcript). Seed (its turns between the two windows appended as one state update): time ${seed.flatness.msAtTurn10} → ${seed.flatness.msAtLast} ms (${seed.flatness.timeRatio}), bytes per turn ${seed.flatness.bytesPerTurnAt10} → ${seed.flatness.bytesPerTurnAtLast} (${seed.flatness.bytesRatio}).`,
    '',
    `**Cold start** (\`jobpilot serve\` to \`/readyz\` 200, embedded Postgres): first run ever ${(all.coldStart as Record<string, number>).firstRunMs} ms, existing data dir ${(all.coldStart as Record<string, number>).existingDataDirMs} ms. No seed figure: the seed was a graph invoked inside a process, with no server or start of its own.`,
    '',
    `**Replicas**: two server processes on one Postgres, ${throughputThreads} threads split between them: ${(all.replicas as Record<string, number>).turnsPerSecond} turns/s (one process: ${through.turnsPerSecond}), p50 ${(all.replicas as Record<string, number>).p50} ms, p95 ${(all.replicas as Record<string, number>).p95} ms. No seed figure: the seed had no server to run twice.`,
  ];
  return lines.join('\n');
}

async function writeDocs(text: string) {
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const doc = await readFile(file, 'utf8');
  const start = '<!-- scale:start (written by npm run bench -- --only scale) -->';
  const end = '<!-- scale:end -->';
  const at = doc.indexOf(start);
  const until = doc.indexOf(end);
  if (at < 0 || until < at) throw new Error(`docs/benchmarks.md has no ${start} … ${end} markers`);
  await writeFile(file, `${doc.slice(0, at + start.length)}\n${text}\n${doc.slice(until)}`);
  console.log('docs/benchmarks.md updated');
}
