import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 18: the career benchmark must never rot. This runs `bench/career-scale.bench.ts --smoke`
// (a few hundred postings, every part a few times, the real embedded Postgres and stub boards)
// and checks it measured every figure. No figure is compared with a target: speed is for the
// bench's own run, never a test.
const work = await mkdtemp(join(tmpdir(), 'jobpilot-career-scale-smoke-'));
// Traversable by others: as root the embedded cluster of the cached index stays in its data dir (the bench copies it whole).
await chmod(work, 0o711);
afterAll(() => rm(work, { recursive: true, force: true }));

const measured = (spread: { samples: number; p50: number; p95: number; cpuP50: number }) => {
  expect(spread.samples).toBeGreaterThan(0);
  for (const figure of [spread.p50, spread.p95, spread.cpuP50]) expect(Number.isFinite(figure)).toBe(true);
};

describe('the career-scale benchmark, smoke run', () => {
  const run = async (name: string) => {
    const out = join(work, `${name}.json`);
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/career-scale.bench.ts', '--smoke', '--out', out], {
      // The loaded index is kept here, not in the machine's bench cache.
      env: { ...process.env, LANGSMITH_TRACING: 'false', JOBPILOT_BENCH_CACHE: join(work, 'cache') },
      maxBuffer: 16 * 2 ** 20,
    });
    return JSON.parse(await readFile(out, 'utf8'));
  };

  it('runs every part and writes every figure, building its index once and then reusing it', async () => {
    const figures = await run('built');
    expect(figures.index.postings).toBe(figures.postings);
    expect(figures.index.built).toBe(true);
    expect(figures.index.loadMs).toBeGreaterThan(0);
    // A second run finds the index kept, and searches the same postings.
    const again = await run('reused');
    expect(again.index).toMatchObject({ built: false, postings: figures.postings, builtAt: figures.index.builtAt, loadMs: figures.index.loadMs });
    expect(again.search.rows.map((row: { results: number }) => row.results)).toEqual(figures.search.rows.map((row: { results: number }) => row.results));
    expect(figures.search.rows).toHaveLength(5);
    for (const row of figures.search.rows) {
      expect(row.results).toBeGreaterThan(0);
      measured(row.withoutResume);
      measured(row.byFit);
    }
    expect(figures.fitScores.results).toBe(50);
    measured(figures.fitScores);
    measured(figures.fitScores.afresh);
    expect(figures.fitScores.storedForms.count).toBeGreaterThanOrEqual(50);
    measured(figures.resumeImport.pdf);
    measured(figures.resumeImport.docx);
    measured(figures.letterExport.pdf);
    measured(figures.letterExport.docx);
    expect(figures.letterExport.pdf.kib).toBeGreaterThan(0);
    // Every board answered, none failed.
    expect(figures.fanOut).toMatchObject({ boards: 7, answered: 7, errors: 0 });
    measured(figures.fanOut);
  }, 600_000);
});
