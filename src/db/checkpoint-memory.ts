import type { RunnableConfig } from '@langchain/core/runnables';
import type { BaseCheckpointSaver, Checkpoint, CheckpointMetadata, CheckpointTuple } from '@langchain/langgraph';
import type { ThreadLock, ThreadLocks } from './thread-locks.ts';

/** How many threads' checkpoints a process remembers (besides the threads it holds now). */
const REMEMBERED_THREADS = 256;

/** What admission read of a thread's latest checkpoint: its id (null: none) and its pending writes. */
export interface LatestCheckpoint {
  id: string | null;
  writes: number;
}

/** A checkpoint as a put was given it, in plain data (copied out for each read). */
interface Remembered {
  checkpoint: Checkpoint;
  metadata: CheckpointMetadata;
  parentId: string | undefined;
}

interface Slot {
  /** The thread's latest checkpoint as this process wrote it. */
  tuple?: Remembered;
  /** While this lock is held, `tuple` is what Postgres holds (admission said so, or this run wrote it). */
  trustedWhile?: ThreadLock;
  /** Checkpoints given pending writes since admission: a put of one of them is not remembered. */
  written: Set<string>;
  /** The last write asked for (put, putWrites): only its own end may remember what it wrote. */
  lastWrite: number;
  /** Writes in flight: a slot is not evicted under them. */
  inFlight: number;
}

const UNSUPPORTED = Symbol('unsupported');

/**
 * `value` copied as the saver's JSON round trip would give it back (fresh arrays and objects,
 * `undefined` kept as JsonPlusSerializer keeps it, -0 as 0), or UNSUPPORTED for anything that
 * trip would change (a Date, a Map, a class instance, a LangChain-serialised record, a number JSON
 * cannot hold): such a state is not remembered, and is read from Postgres as before.
 */
function plainCopy(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : UNSUPPORTED;
  if (typeof value !== 'object') return UNSUPPORTED;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) {
      const item = plainCopy(value[index]);
      if (item === UNSUPPORTED) return UNSUPPORTED;
      copy[index] = item;
    }
    return copy;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return UNSUPPORTED;
  const record = value as Record<string, unknown>;
  // The serializer's reviver turns these shapes into other things (undefined, classes).
  if (Object.hasOwn(record, 'lc') || Object.hasOwn(record, '__proto__') || typeof record.toJSON === 'function') return UNSUPPORTED;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const item = plainCopy(record[key]);
    if (item === UNSUPPORTED) return UNSUPPORTED;
    copy[key] = item;
  }
  return copy;
}

const threadOf = (config: RunnableConfig) => String(config.configurable?.thread_id);
const namespaceOf = (config: RunnableConfig) => (config.configurable?.checkpoint_ns as string | undefined) ?? '';

/**
 * Each thread's latest checkpoint as this process wrote it, read back from memory instead of
 * Postgres (no round trip, no deserialisation) while that is known to be what Postgres holds:
 *
 * - admission, holding the thread's lock, read the id of the thread's latest checkpoint and its
 *   pending writes in its one statement (`markBusy`): the remembered checkpoint is trusted only
 *   when it is that one with none (another process's turn, a deletion, anything written around
 *   this process shows as another id), and only while that lock is held (`heldHere`), not lost;
 * - a put this process made under the lock (the checkpoint fence let it through) is remembered and
 *   trusted for the rest of that run; a refused or failed put, any pending writes (an approval's
 *   interrupt), a deletion forget it.
 *
 * Every write to LangGraph's tables goes through the checkpoint fence while a run holds the thread,
 * so nothing else can change them under a trusted checkpoint. One window stays as it was: a put of a
 * run whose session was lost that had passed its fence before the loss and commits after the next
 * owner's admission (fence-checkpoints.ts) is missed by that owner, now for its whole turn.
 *
 * Bounded: 256 threads besides those held now; the least recently used go first. Reads of other
 * checkpoints, of other namespaces and `list` go to the saver.
 *
 * @example
 * const memory = createCheckpointMemory(threadLocks);
 * const saver = memory.over(fenceCheckpoints(database.saver, threadLocks, writes));
 * // admission: ask for the latest checkpoint only when something is remembered
 * const busy = await threads.markBusy(key, runId, create, { latestCheckpoint: memory.holds(key) });
 * memory.admit(key, lock, busy.latestCheckpoint);
 */
export function createCheckpointMemory(locks: Pick<ThreadLocks, 'heldHere'>, { maxThreads = REMEMBERED_THREADS } = {}) {
  const slots = new Map<string, Slot>();
  let clock = 0;

  /** The thread's slot, made the most recently used (and created when asked). */
  function touch(threadKey: string): Slot {
    const slot = slots.get(threadKey) ?? { written: new Set<string>(), lastWrite: 0, inFlight: 0 };
    slots.delete(threadKey);
    slots.set(threadKey, slot);
    if (slots.size > maxThreads) evict();
    return slot;
  }

  function evict() {
    for (const [threadKey, slot] of slots) {
      if (slots.size <= maxThreads) return;
      // A held thread's slot carries what its run wrote (and trusts): kept until its run ends.
      if (slot.inFlight > 0 || locks.heldHere(threadKey) !== undefined) continue;
      slots.delete(threadKey);
    }
  }

  const trusted = (threadKey: string, slot: Slot | undefined): slot is Slot & { tuple: Remembered } => {
    const lock = slot?.trustedWhile;
    return slot?.tuple !== undefined && lock !== undefined && !lock.lost.aborted && locks.heldHere(threadKey) === lock;
  };

  function forget(threadKey: string) {
    slots.delete(threadKey);
  }

  function remember(threadKey: string, slot: Slot, config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata) {
    // What getTuple gives back: the values of the channels that have a version (a channel's
    // default that was never written has none, and no blob).
    const values: Record<string, unknown> = {};
    for (const channel of Object.keys(checkpoint.channel_versions)) {
      if (Object.hasOwn(checkpoint.channel_values, channel)) values[channel] = checkpoint.channel_values[channel];
    }
    const copy = plainCopy({ checkpoint: { ...checkpoint, channel_values: values }, metadata });
    const lock = locks.heldHere(threadKey);
    const runId = config.configurable?.run_id as unknown;
    if (copy === UNSUPPORTED || !lock || lock.lost.aborted || (typeof runId === 'string' && lock.holder !== runId)) {
      forget(threadKey);
      return;
    }
    const parentId = config.configurable?.checkpoint_id as string | undefined;
    slot.tuple = { ...(copy as Pick<Remembered, 'checkpoint' | 'metadata'>), parentId };
    slot.trustedWhile = lock;
  }

  /** The remembered checkpoint as PostgresSaver.getTuple() returns it, in fresh objects. */
  function tupleOf(threadKey: string, { checkpoint, metadata, parentId }: Remembered): CheckpointTuple {
    const copy = plainCopy({ checkpoint, metadata }) as Pick<Remembered, 'checkpoint' | 'metadata'>;
    return {
      config: { configurable: { thread_id: threadKey, checkpoint_ns: '', checkpoint_id: checkpoint.id } },
      checkpoint: copy.checkpoint,
      metadata: copy.metadata,
      parentConfig: parentId ? { configurable: { thread_id: threadKey, checkpoint_ns: '', checkpoint_id: parentId } } : undefined,
      pendingWrites: [],
    };
  }

  /** Runs `write` as the slot's latest write; `after` sees whether no other write was asked meanwhile. */
  async function asWrite<T>(threadKey: string, write: () => Promise<T>, after: (slot: Slot, last: boolean, result: T) => void): Promise<T> {
    const slot = touch(threadKey);
    const token = ++clock;
    slot.lastWrite = token;
    slot.inFlight++;
    try {
      const result = await write();
      slot.inFlight--;
      after(slot, slots.get(threadKey) === slot && slot.lastWrite === token, result);
      return result;
    } catch (error) {
      slot.inFlight--;
      forget(threadKey);
      throw error;
    }
  }

  return {
    /** Whether a checkpoint of the thread is remembered: only then need admission read the latest's id. */
    holds: (threadKey: string): boolean => slots.get(threadKey)?.tuple !== undefined,

    /**
     * Admission, holding `lock`: the remembered checkpoint is trusted while `lock` is held when it
     * is `latest` (Postgres's latest, without pending writes); otherwise it is forgotten.
     * `latest` undefined: not read (nothing was remembered).
     */
    admit(threadKey: string, lock: ThreadLock, latest: LatestCheckpoint | undefined): void {
      const slot = slots.get(threadKey);
      if (!slot) return;
      slot.written.clear();
      if (slot.tuple && latest && latest.id === slot.tuple.checkpoint.id && latest.writes === 0) slot.trustedWhile = lock;
      else forget(threadKey);
    },

    /** Forgets the thread's checkpoint (deleted, or written around this process). */
    forget,

    /** Threads remembered now (for tests and metrics). */
    size: (): number => slots.size,

    /**
     * The saver, reading a trusted thread's latest checkpoint from memory and keeping memory in
     * step with every write through it; the saver stays what it was (`instanceof` included).
     */
    over<Saver extends BaseCheckpointSaver>(saver: Saver): Saver {
      const getTuple: BaseCheckpointSaver['getTuple'] = async (config) => {
        const threadKey = threadOf(config);
        const slot = slots.get(threadKey);
        const asked = config.configurable?.checkpoint_id as string | undefined;
        if (namespaceOf(config) === '' && trusted(threadKey, slot) && (!asked || asked === slot.tuple.checkpoint.id)) {
          return tupleOf(threadKey, slot.tuple);
        }
        return saver.getTuple(config);
      };
      const put: BaseCheckpointSaver['put'] = (config, checkpoint, metadata, newVersions) => {
        const threadKey = threadOf(config);
        return asWrite(
          threadKey,
          () => saver.put(config, checkpoint, metadata, newVersions),
          (slot, last) => {
            if (!last || slot.written.has(checkpoint.id) || namespaceOf(config) !== '') forget(threadKey);
            else remember(threadKey, slot, config, checkpoint, metadata);
          },
        );
      };
      const putWrites: BaseCheckpointSaver['putWrites'] = (config, ...rest) => {
        const threadKey = threadOf(config);
        // Said before the write starts: LangGraph asks for a checkpoint's writes before its put.
        const slot = touch(threadKey);
        const id = config.configurable?.checkpoint_id as string | undefined;
        if (id !== undefined) slot.written.add(id);
        if (slot.tuple?.checkpoint.id === id || id === undefined) slot.tuple = undefined;
        return asWrite(threadKey, () => saver.putWrites(config, ...rest), () => {});
      };
      const deleteThread: BaseCheckpointSaver['deleteThread'] = async (threadId) => {
        forget(String(threadId));
        try {
          await saver.deleteThread(threadId);
        } finally {
          forget(String(threadId));
        }
      };
      return new Proxy(saver, {
        get(target, property) {
          if (property === 'getTuple') return getTuple;
          if (property === 'put') return put;
          if (property === 'putWrites') return putWrites;
          if (property === 'deleteThread') return deleteThread;
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
}

export type CheckpointMemory = ReturnType<typeof createCheckpointMemory>;
