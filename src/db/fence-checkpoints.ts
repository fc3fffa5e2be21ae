import type { BaseCheckpointSaver } from '@langchain/langgraph';
import type { ThreadLocks } from './thread-locks.ts';

type Configurable = { thread_id?: unknown; run_id?: unknown } | undefined;

/**
 * The saver, except that a checkpoint write (`put`, `putWrites`) is refused with
 * THREAD_BUSY unless this process holds the thread (and, when the write names its run,
 * holds it for that run) on a session that is still there. A run that lost its thread (its
 * session ended, another process took it) cannot write over the new owner's memory.
 * Reads and everything else go to the saver unchanged; the saver stays what it was
 * (`instanceof` included), so other wrappers compose with this one.
 *
 * The check asks the lock's session just before the write: a session lost in the
 * milliseconds between the two is not caught by this fence (the run is cancelled when the
 * loss is seen).
 *
 * @example
 * const saver = fenceCheckpoints(database.saver, threadLocks);
 */
export function fenceCheckpoints<Saver extends BaseCheckpointSaver>(saver: Saver, locks: ThreadLocks): Saver {
  const check = async (config: { configurable?: Configurable }) => {
    const { thread_id: threadKey, run_id: runId } = config.configurable ?? {};
    await locks.assertHeld(String(threadKey), typeof runId === 'string' ? runId : undefined);
  };
  const put: BaseCheckpointSaver['put'] = async (config, ...rest) => {
    await check(config);
    return saver.put(config, ...rest);
  };
  const putWrites: BaseCheckpointSaver['putWrites'] = async (config, ...rest) => {
    await check(config);
    return saver.putWrites(config, ...rest);
  };
  return new Proxy(saver, {
    get(target, property) {
      if (property === 'put') return put;
      if (property === 'putWrites') return putWrites;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
