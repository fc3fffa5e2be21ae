import { describe, expect, it } from 'vitest';
import { formatMatchPairs, matchPairsJson, scoreMatchPairSets } from '../../evals/career/match-pairs-section.ts';

describe('the match pairs report', () => {
  it('gives the held-out part as an aggregate only: none of its pairs or failures is printed', async () => {
    const report = await scoreMatchPairSets();
    const text = formatMatchPairs(report);
    expect(text).toContain(`| held-out | ${report.holdout.held}/${report.holdout.total} |`);
    expect(report.holdout.scores.size).toBeGreaterThan(0);
    for (const pair of report.holdout.scores.keys()) expect(text).not.toContain(pair);
    expect(text).toContain(`| held-out, second batch | ${report.holdout2.held}/${report.holdout2.total} |`);
    for (const pair of report.holdout2.scores.keys()) expect(text).not.toContain(pair);
    // The tuning part's scores are there to read.
    const [first] = report.tuning.scores.keys();
    expect(text).toContain(`${first} ${report.tuning.scores.get(first ?? '')?.score}`);
  });

  it('prints the held-out parts as aggregates only in --json', async () => {
    const report = await scoreMatchPairSets();
    const json = JSON.stringify(matchPairsJson(report));
    expect(matchPairsJson(report).holdout2).toEqual({ held: report.holdout2.held, total: report.holdout2.total });
    for (const part of [report.holdout, report.holdout2]) {
      for (const pair of part.scores.keys()) expect(json).not.toContain(pair);
    }
    expect(json).toContain([...report.tuning.scores.keys()][0]);
  });
});
