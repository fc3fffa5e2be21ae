import { describe, expect, it } from 'vitest';
import { formatMatchPairs, scoreMatchPairSets } from '../../evals/career/match-pairs-section.ts';

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
});
