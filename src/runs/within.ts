/**
 * Resolves when every promise has settled, or after `ms`, whichever comes first (never
 * rejects): how long shutdown waits for things it asked to end.
 *
 * @example
 * await within(5_000, [...runs].map((run) => run.done));
 */
export async function within(ms: number, promises: readonly Promise<unknown>[]): Promise<void> {
  if (promises.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(promises),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
