import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 18: the career benchmark must never rot. This runs `bench/career-scale.bench.ts --smoke`
// (a few hundred postings, every part a few times, the real embedded Postgres and stub boards)
// and checks it measured every figure. No figure is compared with a target: speed is for the
// bench's own run, never a test.
const work = await mkdtemp(join(tmpdir(), 'jobpilot-career-scale-smoke-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const measured = (spread: { samples: number; p50: number; p95: number; cpuP50: number }) => {
  expect(spread.samples).toBeGreaterThan(0);
  for (const figure of [spread.p50, spread.p95, spread.cpuP50]) expect(Number.isFinite(figure)).toBe(true);
};

describe('the career-scale benchmark, smoke run', () => {
  it('runs every part and writes every figure', async () => {
    const out = join(work, 'career-scale.json');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/career-scale.bench.ts', '--smoke', '--out', out], {
      env: { ...process.env, LANGSMITH_TRACING: 'false' },
      maxBuffer: 16 * 2 ** 20,
    });
    const figures = JSON.parse(await readFile(out, 'utf8'));
    expect(figures.index.postings).toBe(figures.postings);
    expect(figures.index.loadMs).toBeGreaterThan(0);
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
