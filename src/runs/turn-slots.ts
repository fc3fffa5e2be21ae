import { AsyncLocalStorage } from 'node:async_hooks';

/** One turn's place among the turns doing work at once. */
export interface TurnSlot {
  /** How long the turn has waited for a slot so far (ms): before it started and after each model call. */
  queuedMs(): number;
  /** Gives the slot up while the turn waits on something else (the model); `resume` waits for one again. */
  pause(): void;
  /** Waits for a slot again after `pause`, ahead of every turn that arrived after this one. */
  resume(): Promise<void>;
  /** Gives the slot up for good (the turn ended). */
  leave(): void;
}

export interface TurnSlots {
  /** Waits for a slot, in arrival order, and returns it held. */
  enter(): Promise<TurnSlot>;
  /** Runs `work` with `slot` as the turn of its async context (what `current` returns inside it). */
  within<T>(slot: TurnSlot, work: () => T): T;
  /** The slot of the turn whose work is running now, if any. */
  current(): TurnSlot | undefined;
  /** Turns holding a slot, and turns waiting for one. */
  counts(): { busy: number; waiting: number };
  readonly limit: number;
}

interface Waiter {
  /** Arrival order: a turn keeps its number when it waits again, so it goes before later arrivals. */
  order: number;
  grant: () => void;
}

/**
 * A process's bound on turns doing work at once (`JOBPILOT_TURN_SLOTS`): beyond it a turn waits
 * in a queue served in arrival order, so under load turns wait their turn instead of all slowing
 * down together. A turn gives its slot up while it waits on the model (`pause`/`resume`, done by
 * `releaseSlotWhileModelStreams`), so the bound counts the work of this process and its database,
 * not the model's time; coming back from the model it goes ahead of the turns that arrived after it.
 *
 * @example
 * const slots = createTurnSlots(4);
 * const slot = await slots.enter();
 * try { await slots.within(slot, () => runTurn()); } finally { slot.leave(); }
 */
export function createTurnSlots(limit: number): TurnSlots {
  const context = new AsyncLocalStorage<TurnSlot>();
  /** Sorted by `order`. */
  const waiting: Waiter[] = [];
  let busy = 0;
  let arrivals = 0;

  const next = () => {
    while (busy < limit && waiting.length > 0) {
      busy++;
      (waiting.shift() as Waiter).grant();
    }
  };
  /** Resolves with the ms waited (0 when a slot was free and nobody was ahead). */
  const take = (order: number): Promise<number> => {
    if (busy < limit && waiting.length === 0) {
      busy++;
      return Promise.resolve(0);
    }
    const since = performance.now();
    return new Promise((resolve) => {
      const waiter = { order, grant: () => resolve(performance.now() - since) };
      const at = waiting.findIndex((other) => other.order > order);
      if (at === -1) waiting.push(waiter);
      else waiting.splice(at, 0, waiter);
    });
  };
  const give = () => {
    busy--;
    next();
  };

  return {
    limit,
    async enter() {
      const order = ++arrivals;
      let queued = await take(order);
      let state: 'held' | 'paused' | 'left' = 'held';
      /** Pauses of calls running at once (a turn may stream two model calls together). */
      let pauses = 0;
      let taking: Promise<void> | null = null;
      return {
        queuedMs: () => queued,
        pause() {
          pauses++;
          if (state !== 'held') return;
          state = 'paused';
          give();
        },
        async resume() {
          pauses = Math.max(0, pauses - 1);
          if (pauses > 0 || state !== 'paused') return taking ?? undefined;
          taking ??= take(order).then((waited) => {
            queued += waited;
            taking = null;
            // Left meanwhile (shutdown): the slot just taken goes to the next turn.
            if (state === 'left') give();
            else state = 'held';
          });
          return taking;
        },
        leave() {
          if (state === 'held') give();
          state = 'left';
        },
      };
    },
    within: (slot, work) => context.run(slot, work),
    current: () => context.getStore(),
    counts: () => ({ busy, waiting: waiting.length }),
  };
}
