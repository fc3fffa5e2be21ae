import type { BaseCheckpointSaver } from '@langchain/langgraph';
import { JobpilotError } from '../errors.ts';
import type { ThreadLocks } from './thread-locks.ts';

type Configurable = { thread_id?: unknown; run_id?: unknown } | undefined;

/** A saver's put that writes only while a given Postgres session holds the thread's lock (null when it does not). */
interface FencedPut {
  putIfHeld(fence: { pid: number }, ...put: Parameters<BaseCheckpointSaver['put']>): Promise<Awaited<ReturnType<BaseCheckpointSaver['put']>> | null>;
}

/**
 * The checkpoint writes in flight, per thread. LangGraph writes a checkpoint in the
 * background (a turn writes one, when it ends: `durability: 'exit'` in stream-turn.ts) and,
 * when a run is cancelled, finishes it after the caller's stream has already ended: whoever
 * reads or closes the turn next waits for it with `settled`, or it reads a checkpoint from
 * before the step that was running, and a late write could land over its own.
 */
export interface CheckpointWrites {
  track<T>(threadKey: string, write: Promise<T>): Promise<T>;
  /** Resolves once no write of the thread is in flight (including writes started meanwhile). */
  settled(threadKey: string): Promise<void>;
}

/**
 * @example
 * const writes = createCheckpointWrites();
 * const saver = fenceCheckpoints(database.saver, threadLocks, writes);
 * await writes.settled(threadKey);
 */
export function createCheckpointWrites(): CheckpointWrites {
  const inFlight = new Map<string, Set<Promise<unknown>>>();
  return {
    track(threadKey, write) {
      const writes = inFlight.get(threadKey) ?? new Set();
      inFlight.set(threadKey, writes);
      writes.add(write);
      const done = () => {
        writes.delete(write);
        if (writes.size === 0 && inFlight.get(threadKey) === writes) inFlight.delete(threadKey);
      };
      write.then(done, done);
      return write;
    },
    async settled(threadKey) {
      for (;;) {
        const writes = inFlight.get(threadKey);
        if (writes?.size) {
          await Promise.allSettled([...writes]);
          continue;
        }
        // LangGraph chains a checkpoint onto the writes before it: it starts a few
        // microtasks after they finish. Look again once those have run.
        await new Promise((resolve) => setImmediate(resolve));
        if (!inFlight.get(threadKey)?.size) return;
      }
    },
  };
}

/**
 * The saver, except that a checkpoint write (`put`, `putWrites`) is refused with
 * THREAD_BUSY unless this process holds the thread (and, when the write names its run,
 * holds it for that run) on a session that is still there. A run that lost its thread (its
 * session ended, another process took it) cannot write over the new owner's memory.
 * Reads and everything else go to the saver unchanged; the saver stays what it was
 * (`instanceof` included), so other wrappers compose with this one.
 *
 * The check asks the lock's session just before the write (or, with a saver that has
 * `putIfHeld`, asks Postgres in the write's transaction whether that session still holds the
 * lock): a session lost in the milliseconds between the check and the commit is not caught by
 * this fence (the run is cancelled when the loss is seen).
 *
 * Every write is tracked in `writes`, so a run can wait for its own (`CheckpointWrites`).
 *
 * @example
 * const saver = fenceCheckpoints(database.saver, threadLocks, writes);
 */
export function fenceCheckpoints<Saver extends BaseCheckpointSaver>(
  saver: Saver,
  locks: ThreadLocks,
  writes: CheckpointWrites = createCheckpointWrites(),
): Saver {
  const check = async (config: { configurable?: Configurable }) => {
    const { thread_id: threadKey, run_id: runId } = config.configurable ?? {};
    await locks.assertHeld(String(threadKey), typeof runId === 'string' ? runId : undefined);
  };
  const threadOf = (config: { configurable?: Configurable }) => String(config.configurable?.thread_id);
  // A saver that can check the hold in the write's own transaction (PruningPostgresSaver) is
  // given the lock session's pid instead of the session being asked first: one round trip less
  // on the session every thread of the process shares. Refused there, the session is asked,
  // which says why (the thread lost, or Postgres gone).
  const heldPut = (saver as Partial<FencedPut>).putIfHeld?.bind(saver);
  const put: BaseCheckpointSaver['put'] = (config, ...rest) =>
    writes.track(
      threadOf(config),
      (async () => {
        const { thread_id: threadKey, run_id: runId } = (config.configurable ?? {}) as Exclude<Configurable, undefined>;
        const holder = typeof runId === 'string' ? runId : undefined;
        const pid = heldPut ? locks.sessionPid(String(threadKey), holder) : undefined;
        if (!heldPut || pid === undefined) {
          await check(config);
          return saver.put(config, ...rest);
        }
        const written = await heldPut({ pid }, config, ...rest);
        if (written) return written;
        await locks.assertHeld(String(threadKey), holder);
        throw new JobpilotError('THREAD_BUSY', `Thread "${String(threadKey)}" is no longer held by this run's session; its write was refused.`);
      })(),
    );
  const putWrites: BaseCheckpointSaver['putWrites'] = (config, ...rest) =>
    writes.track(
      threadOf(config),
      check(config).then(() => saver.putWrites(config, ...rest)),
    );
  return new Proxy(saver, {
    get(target, property) {
      if (property === 'put') return put;
      if (property === 'putWrites') return putWrites;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
