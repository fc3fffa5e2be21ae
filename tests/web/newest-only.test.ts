import { describe, expect, it } from 'vitest';
import { newestOnly } from '../../web/src/newest-only.js';

describe('newestOnly', () => {
  it('keeps only the newest of loads that overlap, whatever order their answers arrive in', async () => {
    const begin = newestOnly();
    const shown: string[] = [];
    const load = async (label: string, wait: number) => {
      const current = begin();
      await new Promise((resolve) => setTimeout(resolve, wait));
      if (current()) shown.push(label);
    };
    // The older load answers last: it is dropped, not drawn over the newer one.
    await Promise.all([load('relevance', 30), load('fit', 1)]);
    expect(shown).toEqual(['fit']);
    // A load that overlaps nothing is shown.
    await load('recency', 0);
    expect(shown).toEqual(['fit', 'recency']);
  });
});
