// The match pairs (evals/match-pairs): every relation of the tuning part must hold; the
// held-out part is reported, and the relations that hold on it are kept from regressing.
import { describe, expect, it } from 'vitest';
import { scoreMatchPairs } from '../../evals/match-pairs/score-pairs.ts';

const tuning = scoreMatchPairs(new URL('../../evals/match-pairs/tuning.json', import.meta.url));
const holdout = scoreMatchPairs(new URL('../../evals/match-pairs/holdout.json', import.meta.url));
const holdout2 = scoreMatchPairs(new URL('../../evals/match-pairs/holdout2.json', import.meta.url));

describe('match pairs, tuning part', () => {
  it('has pairs across professions and relations of every kind', () => {
    expect(tuning.scores.size).toBeGreaterThanOrEqual(12);
    expect(new Set(tuning.relations.map((result) => result.relation.kind))).toEqual(new Set(['atLeast', 'atMost', 'between', 'gap']));
  });

  it.each(tuning.relations.map((result) => [result.relation.why, result] as const))('%s', (_why, result) => {
    expect(result.holds, result.detail).toBe(true);
  });
});

describe('match pairs, held-out part', () => {
  it('reports its figures', () => {
    console.info(`held-out match relations: ${holdout.held}/${holdout.total}`);
    expect(holdout.total).toBeGreaterThanOrEqual(6);
    expect(holdout.scores.size).toBeGreaterThanOrEqual(6);
  });

  // Every held-out relation held when the part was first scored (9/9), so all are kept from
  // regressing. A new held-out relation that fails is reported in docs/match-quality.md, not tuned on.
  it.each(holdout.relations.map((result) => [result.relation.why, result] as const))('%s', (_why, result) => {
    expect(result.holds, result.detail).toBe(true);
  });
});

describe('match pairs, second held-out batch', () => {
  // Written by an outsider (2026-12-06) who read neither the matcher nor its scores; 37 of its
  // 43 relations held on arrival, 40 after the session-38 matcher classes (whose author had
  // once seen the failing relations in --json output; it now prints aggregates only). It is
  // never tuned on: the floor keeps the matcher from losing what it has.
  it('holds at least as many relations as it does now', () => {
    console.info(`second held-out batch: ${holdout2.held}/${holdout2.total}`);
    expect(holdout2.total).toBe(43);
    expect(holdout2.scores.size).toBe(30);
    expect(holdout2.held).toBeGreaterThanOrEqual(40);
  });
});
