import type { RunnableConfig } from '@langchain/core/runnables';
import { prepared } from './prepared.ts';
import type {
  ChannelVersions,
  Checkpoint,
  CheckpointMetadata,
  SerializerProtocol,
} from '@langchain/langgraph-checkpoint';
import { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import type pg from 'pg';

/**
 * LangGraph's `PostgresSaver` that keeps one checkpoint per thread: the statement that
 * writes a thread's new checkpoint also deletes the thread's older checkpoints, their
 * pending writes, and the blobs only those referred to. So a thread's checkpoint storage
 * stays the size of one or two states, however long the conversation; the transcript and
 * the domain tables keep the history.
 *
 * What stays is what resuming and approvals read: the latest checkpoint (LangGraph reads
 * the one with the highest id), its pending writes (an approval's `__interrupt__`, the
 * writes of steps that finished before a crash) and the blobs of its channel versions.
 * Blobs are keyed by channel and version and shared between checkpoints (a channel that did
 * not change keeps its version), so a blob is deleted only when no remaining checkpoint of
 * the thread refers to it. Rows newer than the new checkpoint are never touched, and a late
 * write for an older checkpoint goes with the next checkpoint. Not for graphs that use
 * time travel or LangGraph's delta channels, which read older checkpoints.
 *
 * @example
 * const saver = new PruningPostgresSaver(pool, { schema: 'langgraph' });
 * await saver.setup();
 */
export class PruningPostgresSaver extends PostgresSaver {
  readonly #pool: pg.Pool;

  /**
   * The put-and-prune statement is migration 0020's function `jobpilot_put_checkpoint`, written
   * for LangGraph's tables in the schema `langgraph`: one statement for what PostgresSaver.put()
   * sends as one statement a blob plus one for the checkpoint (its SQL_STATEMENTS are private),
   * and the pruning, since a round trip to Postgres costs more than the work of any of them.
   */
  constructor(pool: pg.Pool, options: { schema: 'langgraph' }, serde?: SerializerProtocol) {
    super(pool, serde, options);
    this.#pool = pool;
  }

  /** Writes the checkpoint like PostgresSaver.put(), and prunes the thread's older ones in the same transaction. */
  override async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    return (await this.#write(config, checkpoint, metadata, newVersions)) as RunnableConfig;
  }

  /**
   * `put`, only while the Postgres session `fence.pid` holds the thread's lock (checked in the
   * write's own transaction, after its per-thread lock, so no round trip asks that session);
   * null, with nothing written, when it does not.
   */
  async putIfHeld(
    fence: { pid: number },
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
  ): Promise<RunnableConfig | null> {
    return this.#write(config, checkpoint, metadata, newVersions, fence.pid);
  }

  async #write(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    newVersions: ChannelVersions,
    holderPid?: number,
  ): Promise<RunnableConfig | null> {
    if (config.configurable === undefined) throw new Error('Missing "configurable" field in "config" param');
    const { thread_id: threadId, checkpoint_ns: namespace = '', checkpoint_id: parentId } = config.configurable as {
      thread_id: string;
      checkpoint_ns?: string;
      checkpoint_id?: string;
    };
    const [blobs, storedMetadata] = await Promise.all([
      this._dumpBlobs(threadId, namespace, checkpoint.channel_values, newVersions),
      this._dumpMetadata(metadata),
    ]);
    // _dumpBlobs gives [thread, namespace, channel, version, type, bytes | undefined] rows.
    const column = (index: number) => blobs.map((blob) => blob[index] ?? null);
    // One round trip, in its own transaction (migration 0020's function): the thread's
    // transaction lock, the fence when asked, then the put-and-prune statement with a snapshot
    // taken once the lock is held.
    const { rows } = await this.#pool.query<{ written: boolean }>(
      prepared(
      `SELECT jobpilot_put_checkpoint($1::text, $2::text, $3::text, $4::text, $5::jsonb, $6::jsonb,
                                      $7::text[], $8::text[], $9::text[], $10::bytea[], $11::integer) AS written`,
      [
        threadId,
        namespace,
        checkpoint.id,
        parentId ?? null,
        this._dumpCheckpoint(checkpoint),
        storedMetadata,
        column(2),
        column(3),
        column(4),
        column(5),
        holderPid === undefined ? null : Math.trunc(holderPid),
      ]),
    );
    if (!rows[0]?.written) return null;
    return { configurable: { thread_id: threadId, checkpoint_ns: namespace, checkpoint_id: checkpoint.id } };
  }
}
