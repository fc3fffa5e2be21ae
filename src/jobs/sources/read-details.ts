import type { NormalisedPosting } from '../../protocol/posting.ts';

/** Details read per search for a board whose list carries no text. */
export const maxDetails = 20;
/** Details read at once: a board's rate budget is shared with the other searches. */
const detailConcurrency = 4;

/** Runs `task` over `items`, at most `width` at a time, answers in the items' order. */
async function mapWithin<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next;
      next += 1;
      results[at] = await task(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/**
 * The postings a search kept, the first `maxDetails` of them read in full by `read` (four at a
 * time, in their order); the rest as listed. A detail that fails, or that `read` answers with
 * undefined, keeps the list's posting; a cancelled search stops.
 *
 * @example
 * const full = await withDetails(kept, context.signal, (posting) => readDetail(posting));
 */
export async function withDetails(
  kept: readonly NormalisedPosting[],
  signal: AbortSignal | undefined,
  read: (posting: NormalisedPosting) => Promise<NormalisedPosting | undefined>,
): Promise<NormalisedPosting[]> {
  const detailed = await mapWithin(kept.slice(0, maxDetails), detailConcurrency, async (posting) => {
    try {
      return (await read(posting)) ?? posting;
    } catch (error) {
      if (signal?.aborted) throw error;
      return posting;
    }
  });
  return [...detailed, ...kept.slice(maxDetails)];
}
