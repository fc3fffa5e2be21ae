/**
 * The runs in flight in this process, so shutdown can cancel them and wait for their
 * release. Each run gets one controller: the caller's signal, a lost thread and shutdown
 * all cancel it.
 *
 * @example
 * const active = createActiveRuns();
 * const { controller, finish } = active.begin(runId, request.signal);
 * await active.cancelAll(5_000);
 */
export function createActiveRuns() {
  const active = new Map<string, { controller: AbortController; done: Promise<void> }>();

  function begin(runId: string, signal: AbortSignal): { controller: AbortController; finish: () => void } {
    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    let finished = () => {};
    const done = new Promise<void>((resolve) => {
      finished = resolve;
    });
    active.set(runId, { controller, done });
    return {
      controller,
      finish: () => {
        signal.removeEventListener('abort', forward);
        active.delete(runId);
        finished();
      },
    };
  }

  /** Cancels run `runId` if this process runs it; false when it does not. */
  const cancel = (runId: string): boolean => {
    const run = active.get(runId);
    if (!run) return false;
    run.controller.abort(new DOMException('The run was cancelled.', 'AbortError'));
    return true;
  };

  /** Whether run `runId` of this process has been cancelled and is winding down. */
  const isCancelling = (runId: string): boolean => active.get(runId)?.controller.signal.aborted ?? false;

  /** Cancels every run and waits (bounded) until each has finished, that is released its thread. */
  async function cancelAll(timeoutMs = 5_000): Promise<void> {
    const runs = [...active.values()];
    for (const run of runs) run.controller.abort(new DOMException('The server is shutting down.', 'AbortError'));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(runs.map((run) => run.done)),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }

  return { begin, cancel, cancelAll, isCancelling };
}
