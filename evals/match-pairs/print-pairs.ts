/**
 * Prints the match pairs' figures: every pair's score and which relations hold, for the
 * tuning and the held-out part. Run: `npx tsx evals/match-pairs/print-pairs.ts`.
 */
import { scoreMatchPairs } from './score-pairs.ts';

for (const part of ['tuning', 'holdout'] as const) {
  const report = scoreMatchPairs(new URL(`./${part}.json`, import.meta.url));
  console.log(`\n${part}: ${report.held}/${report.total} relations hold`);
  for (const [pair, match] of report.scores) console.log(`  ${String(match.score).padStart(3)}  ${pair}`);
  for (const result of report.relations) console.log(`  ${result.holds ? 'holds ' : 'FAILS '} ${result.detail}  (${result.relation.why})`);
}
