import { scoreMatchPairs, type PairsReport } from '../match-pairs/score-pairs.ts';

/** The match pairs' report: the tuning part and the held-out part, scored alike. */
export interface MatchPairsReport {
  tuning: PairsReport;
  holdout: PairsReport;
  /** The second held-out batch (`holdout2.json`), written by an outsider on 2026-12-06. */
  holdout2: PairsReport;
}

/** Scores every part of the resume × posting pairs (evals/match-pairs). */
export async function scoreMatchPairSets(): Promise<MatchPairsReport> {
  return {
    tuning: scoreMatchPairs(new URL('../match-pairs/tuning.json', import.meta.url)),
    holdout: scoreMatchPairs(new URL('../match-pairs/holdout.json', import.meta.url)),
    holdout2: scoreMatchPairs(new URL('../match-pairs/holdout2.json', import.meta.url)),
  };
}

/**
 * The report as `--json` prints it: the tuning part whole, each held-out part as its aggregate
 * only (held and total), so no tool output shows which held-out relation fails.
 */
export function matchPairsJson(report: MatchPairsReport) {
  const aggregate = ({ held, total }: PairsReport) => ({ held, total });
  return {
    tuning: { held: report.tuning.held, total: report.tuning.total, relations: report.tuning.relations, scores: Object.fromEntries(report.tuning.scores) },
    holdout: aggregate(report.holdout),
    holdout2: aggregate(report.holdout2),
  };
}

/**
 * Relations held per part, then the tuning part's pair scores and failing relations. The
 * held-out part is an aggregate only: its scores and failures are never printed, so nobody
 * tunes on them by reading the report (`--json` still carries them, for tools).
 */
export function formatMatchPairs(report: MatchPairsReport): string {
  const lines = ['| part | relations that hold |', '|---|---|'];
  for (const [part, pairs] of [['tuning', report.tuning], ['held-out', report.holdout], ['held-out, second batch', report.holdout2]] as const) {
    lines.push(`| ${part} | ${pairs.held}/${pairs.total} |`);
  }
  const { tuning } = report;
  lines.push('', `tuning scores: ${[...tuning.scores].map(([pair, match]) => `${pair} ${match.score}`).join(', ')}`);
  for (const result of tuning.relations.filter((relation) => !relation.holds)) lines.push(`- fails: ${result.detail} (${result.relation.why})`);
  return lines.join('\n');
}
