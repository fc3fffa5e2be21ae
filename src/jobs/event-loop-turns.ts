/**
 * Long synchronous work cut into turns of the event loop by time, not by count: a count that
 * is right for ordinary rows (250 of them, a few milliseconds) is wrong by a hundredfold for
 * rows built to be slow, or on a loaded machine.
 */

/** How long work may hold the event loop before it lets other callbacks (a `/healthz`) run. */
export const msPerTurn = 8;

/**
 * A function to call between two pieces of work: it resolves at once while the current turn is
 * younger than `budgetMs`, and after a turn of the event loop (`setImmediate`) once it is older.
 *
 * @example
 * const pause = turnTaker();
 * for (const row of rows) {
 *   validateRow(row);
 *   await pause();
 * }
 */
export function turnTaker(budgetMs = msPerTurn): () => Promise<void> {
  let turnStarted = performance.now();
  return async () => {
    if (performance.now() - turnStarted < budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    turnStarted = performance.now();
  };
}
