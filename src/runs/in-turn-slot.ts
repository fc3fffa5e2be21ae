import type { RunEvent } from '../protocol/events.ts';
import type { TurnSlots } from './turn-slots.ts';

/**
 * A run's events, its work done holding one of the process's turn slots: it waits for one
 * (in arrival order) before its first event, works in the slot's async context (so a model
 * call gives the slot up while it waits, `releaseSlotWhileModelStreams`), and leaves it after
 * its last. `run-start` and `run-end` say how long it waited (`queued_ms`): before it started,
 * and in all.
 *
 * @example
 * for await (const event of inTurnSlot(slots, executeRun(deps, run))) console.log(event.type);
 */
export async function* inTurnSlot(slots: TurnSlots, events: AsyncGenerator<RunEvent>): AsyncGenerator<RunEvent> {
  const slot = await slots.enter();
  let finished = false;
  try {
    for (;;) {
      const next = await slots.within(slot, () => events.next());
      if (next.done) {
        finished = true;
        return;
      }
      const event = next.value;
      if (event.type === 'run-start' || event.type === 'run-end') yield { ...event, queued_ms: Math.round(slot.queuedMs()) };
      else yield event;
    }
  } finally {
    // The reader stopped early: the run still ends (its own `finally` releases the thread) in the slot.
    if (!finished) await slots.within(slot, () => events.return(undefined)).catch(() => {});
    slot.leave();
  }
}
