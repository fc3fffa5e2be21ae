/**
 * A fit as every list shows it (search results, compare, alerts, the CLI table, the web app),
 * so one posting reads the same everywhere: "fit 82", "fit 35, knock-out: German (c1)", or
 * "not scored" for a posting that states nothing to compare (never "fit 0", which says "you
 * don't fit").
 */

/** The fit of one posting as the lists carry it. */
export interface ListedFit {
  score: number;
  /** False when the posting states no requirement to compare; absent means scored. */
  scored?: boolean | undefined;
  /** Mandatory requirements not met ("German (c1)"): named first. */
  knock_outs?: readonly string[] | undefined;
}

/** What an unscored posting shows in place of a figure. */
export const notScored = 'not scored (the posting states no requirements)';

/**
 * @example
 * fitLabel({ score: 35, knock_outs: ['German (c1)'] }); // 'fit 35, knock-out: German (c1)'
 * fitLabel({ score: 0, scored: false }); // 'not scored (the posting states no requirements)'
 */
export function fitLabel(fit: ListedFit): string {
  if (fit.scored === false) return notScored;
  const knockOuts = fit.knock_outs ?? [];
  return knockOuts.length > 0 ? `fit ${fit.score}, knock-out: ${knockOuts.join(', ')}` : `fit ${fit.score}`;
}

/** The figure alone, for a table's FIT column: "82", "35 knock-out", "not scored". */
export function fitCell(fit: ListedFit): string {
  if (fit.scored === false) return 'not scored';
  return (fit.knock_outs ?? []).length > 0 ? `${fit.score} knock-out` : String(fit.score);
}

/**
 * A match's figure in a sentence: "82/100", "35/100, knock-out: German (c1)", or "not scored:
 * the posting states no requirements".
 *
 * @example
 * matchFigure({ score: 0, scored: false }); // 'not scored: the posting states no requirements'
 */
export function matchFigure(fit: ListedFit): string {
  if (fit.scored === false) return 'not scored: the posting states no requirements';
  const knockOuts = fit.knock_outs ?? [];
  return knockOuts.length > 0 ? `${fit.score}/100, knock-out: ${knockOuts.join(', ')}` : `${fit.score}/100`;
}
