import type { RunnableConfig } from '@langchain/core/runnables';
import type {
  ChannelVersions,
  Checkpoint,
  CheckpointMetadata,
  SerializerProtocol,
} from '@langchain/langgraph-checkpoint';
import { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import type pg from 'pg';
import { threadLockHeldBySql } from './thread-locks.ts';

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
  readonly #putAndPrune: string;

  constructor(pool: pg.Pool, options: { schema: string }, serde?: SerializerProtocol) {
    super(pool, serde, options);
    this.#pool = pool;
    const schema = `"${options.schema.replaceAll('"', '""')}"`;
    // One statement for what PostgresSaver.put() sends as one statement a blob plus one for the
    // checkpoint (its SQL_STATEMENTS are private), and the pruning: a round trip to Postgres
    // costs more than the work of any of them. Every part of a statement sees the rows as they
    // were before it, so the blob pruning cannot see the new checkpoint: it keeps what the
    // previous checkpoint refers to (a superset of the unchanged channels the new one shares),
    // never sees the blobs inserted beside it, and deletes what only older checkpoints
    // referred to. So a thread holds the blobs of at most its last two states.
    this.#putAndPrune = `WITH
      blobs AS (
        INSERT INTO ${schema}.checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob)
        SELECT $1, $2, blob.channel, blob.version, blob.type, blob.blob
          FROM unnest($7::text[], $8::text[], $9::text[], $10::bytea[]) AS blob(channel, version, type, blob)
        ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING),
      saved AS (
        INSERT INTO ${schema}.checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id)
        DO UPDATE SET checkpoint = EXCLUDED.checkpoint, metadata = EXCLUDED.metadata),
      older AS (
        DELETE FROM ${schema}.checkpoints
        WHERE thread_id = $1 AND checkpoint_ns = $2 AND checkpoint_id < $3),
      older_writes AS (
        DELETE FROM ${schema}.checkpoint_writes
        WHERE thread_id = $1 AND checkpoint_ns = $2 AND checkpoint_id < $3)
      DELETE FROM ${schema}.checkpoint_blobs AS blob
      WHERE blob.thread_id = $1 AND blob.checkpoint_ns = $2
        AND NOT EXISTS (
          SELECT 1 FROM ${schema}.checkpoints AS kept
          WHERE kept.thread_id = blob.thread_id AND kept.checkpoint_ns = blob.checkpoint_ns
            AND kept.checkpoint -> 'channel_versions' ->> blob.channel = blob.version)`;
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
    const client = await this.#pool.connect();
    try {
      // One put per thread at a time: another writer's pruning must not delete a blob this one
      // skipped inserting because it still existed (ON CONFLICT DO NOTHING) before it commits.
      // BEGIN and the lock go as one round trip (a simple query may hold several statements but
      // no parameters: the thread key is quoted by node-postgres's escapeLiteral); the put is
      // a statement of its own, so its snapshot is taken once the lock is held. A fenced put asks
      // in the same round trip whether the run's lock session still holds the thread.
      const thread = client.escapeLiteral(threadId);
      const begun = await client.query(
        `BEGIN; SELECT pg_advisory_xact_lock(hashtextextended(${thread}, 0))` +
          (holderPid === undefined ? '' : `; SELECT ${threadLockHeldBySql(thread, String(Math.trunc(holderPid)))} AS held`),
      );
      if (holderPid !== undefined && !(begun as unknown as pg.QueryResult<{ held: boolean }>[]).at(-1)?.rows[0]?.held) {
        await client.query('ROLLBACK');
        return null;
      }
      await client.query(this.#putAndPrune, [
        threadId,
        namespace,
        checkpoint.id,
        parentId,
        this._dumpCheckpoint(checkpoint),
        storedMetadata,
        column(2),
        column(3),
        column(4),
        column(5),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      // (A failed ROLLBACK, on a connection already gone, does not hide the first error.)
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    return { configurable: { thread_id: threadId, checkpoint_ns: namespace, checkpoint_id: checkpoint.id } };
  }
}
