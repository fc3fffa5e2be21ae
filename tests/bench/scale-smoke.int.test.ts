import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 18: the benchmark must never rot. This runs `bench/scale.bench.ts --smoke` (every part
// once, tiny counts, the real server and stub model) and checks it measured every figure. No
// figure is compared with a target: speed is for the bench's own run, never a test.
const work = await mkdtemp(join(tmpdir(), 'jobpilot-scale-smoke-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the scale benchmark, smoke run', () => {
  it('runs every part and writes every figure', async () => {
    const out = join(work, 'scale.json');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/scale.bench.ts', '--smoke', '--out', out], {
      env: { ...process.env, LANGSMITH_TRACING: 'false' },
      maxBuffer: 16 * 2 ** 20,
    });
    const figures = JSON.parse(await readFile(out, 'utf8'));
    const rows = [...figures.rules, ...figures.model];
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row).toMatchObject({ errors: 0 });
      expect(row.turns).toBeGreaterThan(0);
      for (const key of ['p50', 'p95', 'p99', 'queuedP50', 'queuedP95', 'overheadP50', 'overheadP95', 'overheadWithQueueP50', 'overheadWithQueueP95', 'turnsPerSecond']) expect(Number.isFinite(row[key])).toBe(true);
    }
    // One model call per respond turn, two for a one-action turn (decide, then answer).
    expect(figures.model.filter((row: { kind: string }) => row.kind === 'respond').map((row: { modelCallsPerTurn: number }) => row.modelCallsPerTurn)).toEqual([1, 1]);
    expect(figures.model.filter((row: { kind: string }) => row.kind === 'action').map((row: { modelCallsPerTurn: number }) => row.modelCallsPerTurn)).toEqual([2, 2]);
    expect(Number.isFinite(figures.model[0].ttftOverheadP50)).toBe(true);
    expect(figures.throughput).toMatchObject({ errors: 0 });
    expect(figures.throughput.cpuMsPerTurn.server).toBeGreaterThan(0);
    expect(figures.throughput.cpuMsPerTurn.postgres).toBeGreaterThan(0);
    expect(figures.throughput.rssMiB).toBeGreaterThan(0);
    for (const flat of [figures.flatness, figures.seed.flatness]) {
      for (const key of ['timeRatio', 'bytesRatio', 'bytesPerTurnAt10', 'bytesPerTurnAtLast']) expect(Number.isFinite(flat[key])).toBe(true);
    }
    expect(figures.coldStart.firstRunMs).toBeGreaterThan(0);
    expect(figures.coldStart.existingDataDirMs).toBeGreaterThan(0);
    expect(figures.replicas).toMatchObject({ processes: 2, errors: 0 });
    expect(figures.seed.rows).toHaveLength(4);
    // The seed around the same stub model: one call a respond turn, two for a one-action turn, as ours.
    expect(figures.seedModel).toHaveLength(4);
    for (const row of figures.seedModel) {
      expect(row.turns).toBeGreaterThan(0);
      for (const key of ['overheadP50', 'overheadP95', 'overheadP99', 'turnsPerSecond']) expect(Number.isFinite(row[key])).toBe(true);
    }
    expect(figures.seedModel.map((row: { kind: string; modelCallsPerTurn: number }) => [row.kind, row.modelCallsPerTurn])).toEqual([['respond', 1], ['respond', 1], ['action', 2], ['action', 2]]);
    expect(Number.isFinite(figures.seedModel[0].answerShownP50)).toBe(true);
  }, 600_000);
});
