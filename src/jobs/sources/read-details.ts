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
 * How long a search spends on details: a board is given eight seconds in all (`searchSources`), its
 * list comes first, and details are read at the board's pace. What is not read by then is kept as
 * listed, so a long list never costs the board's whole answer.
 */
export const detailBudgetMs = 5_000;

/** What `withDetails` needs of the search: its signal, and where to say how many details the budget cut. */
export interface DetailContext {
  signal?: AbortSignal | undefined;
  /** Told once, with how many postings were kept as listed because the budget ran out before their detail was read. */
  onDetailsCut?: ((unread: number) => void) | undefined;
}

/**
 * The postings a search kept, the first `maxDetails` of them read in full by `read` (four at a
 * time, in their order, within `budgetMs`); the rest as listed. A detail that fails, that `read`
 * answers with undefined, or that the budget cuts off keeps the list's posting; a cancelled search
 * stops. `read` is given the signal that ends with the budget: pass it to its requests. How many
 * the budget cut is told to `onDetailsCut`, so the search can say so rather than keep it quiet.
 *
 * @example
 * const full = await withDetails(kept, context, (posting, signal) => readDetail(posting, signal));
 */
export async function withDetails(
  kept: readonly NormalisedPosting[],
  { signal, onDetailsCut }: DetailContext,
  read: (posting: NormalisedPosting, signal: AbortSignal) => Promise<NormalisedPosting | undefined>,
  budgetMs = detailBudgetMs,
): Promise<NormalisedPosting[]> {
  const budget = AbortSignal.timeout(budgetMs);
  const detailSignal = signal ? AbortSignal.any([signal, budget]) : budget;
  let cut = 0;
  const detailed = await mapWithin(kept.slice(0, maxDetails), detailConcurrency, async (posting) => {
    if (detailSignal.aborted) {
      signal?.throwIfAborted();
      cut += 1;
      return posting;
    }
    try {
      return (await read(posting, detailSignal)) ?? posting;
    } catch (error) {
      if (signal?.aborted) throw error;
      // (A detail the board refused is the board's answer; one the budget ended is unread.)
      if (budget.aborted) cut += 1;
      return posting;
    }
  });
  if (cut > 0) onDetailsCut?.(cut);
  return [...detailed, ...kept.slice(maxDetails)];
}
