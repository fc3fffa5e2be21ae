/** Counts of right checks out of all checks, grouped by a key. */
export interface Tally {
  correct: number;
  total: number;
  /** correct / total, 0–1 (1 when there is nothing to check). */
  accuracy: number;
}

export class Tallies {
  private readonly counts = new Map<string, { correct: number; total: number }>();

  add(key: string, correct: boolean): void {
    const count = this.counts.get(key) ?? { correct: 0, total: 0 };
    count.total++;
    if (correct) count.correct++;
    this.counts.set(key, count);
  }

  toRecord(): Record<string, Tally> {
    const record: Record<string, Tally> = {};
    for (const [key, { correct, total }] of [...this.counts].sort(([a], [b]) => a.localeCompare(b))) {
      record[key] = { correct, total, accuracy: total === 0 ? 1 : correct / total };
    }
    return record;
  }
}
