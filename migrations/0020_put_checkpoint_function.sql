-- A thread's checkpoint written in one round trip (src/db/pruning-postgres-saver.ts): the thread's
-- transaction lock, the fence (is the run's lock session, backend `holder_pid`, still holding the
-- thread's advisory lock? NULL: not asked) and the put-and-prune statement, which were four round
-- trips (BEGIN with the lock and the fence, the statement, COMMIT). In a function the statement
-- after the lock takes its own snapshot (a VOLATILE plpgsql function's statements each do, under
-- READ COMMITTED), so it sees what a writer that held the lock before it committed, as before.
-- False, with nothing written, when the fence refuses. The tables are LangGraph's, in the schema
-- `langgraph` (CHECKPOINT_SCHEMA), created by its setup(): plpgsql resolves them at the first call.
CREATE FUNCTION jobpilot_put_checkpoint(
  the_thread text, the_namespace text, the_checkpoint_id text, the_parent_id text, the_checkpoint jsonb,
  the_metadata jsonb, the_channels text[], the_versions text[], the_types text[], the_blobs bytea[],
  the_holder_pid integer
) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- One put per thread at a time: another writer's pruning must not delete a blob this one
  -- skipped inserting because it still existed (ON CONFLICT DO NOTHING) before it commits.
  PERFORM pg_advisory_xact_lock(hashtextextended(the_thread, 0));
  -- The thread lock's key: THREAD_LOCK_SPACE ('JPTH', 0x4a505448) and hashtext(thread) (src/db/thread-locks.ts).
  IF the_holder_pid IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM pg_locks
     WHERE locktype = 'advisory' AND classid = 1246778440 AND objid = hashtext(the_thread)::oid AND objsubid = 2
       AND granted AND pid = the_holder_pid AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
  ) THEN
    RETURN false;
  END IF;
  -- Every part of this statement sees the rows as they were before it, so the blob pruning cannot
  -- see the new checkpoint: it keeps what the previous checkpoint refers to (a superset of the
  -- unchanged channels the new one shares), never sees the blobs inserted beside it, and deletes
  -- what only older checkpoints referred to. So a thread holds the blobs of at most its last two states.
  WITH
    new_blobs AS (
      INSERT INTO langgraph.checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob)
      SELECT the_thread, the_namespace, blob.channel, blob.version, blob.type, blob.blob
        FROM unnest(the_channels, the_versions, the_types, the_blobs) AS blob(channel, version, type, blob)
      ON CONFLICT (thread_id, checkpoint_ns, channel, version) DO NOTHING),
    saved AS (
      INSERT INTO langgraph.checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, checkpoint, metadata)
      VALUES (the_thread, the_namespace, the_checkpoint_id, the_parent_id, the_checkpoint, the_metadata)
      ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id)
      DO UPDATE SET checkpoint = EXCLUDED.checkpoint, metadata = EXCLUDED.metadata),
    older AS (
      DELETE FROM langgraph.checkpoints
      WHERE thread_id = the_thread AND checkpoint_ns = the_namespace AND checkpoint_id < the_checkpoint_id),
    older_writes AS (
      DELETE FROM langgraph.checkpoint_writes
      WHERE thread_id = the_thread AND checkpoint_ns = the_namespace AND checkpoint_id < the_checkpoint_id)
  DELETE FROM langgraph.checkpoint_blobs AS blob
  WHERE blob.thread_id = the_thread AND blob.checkpoint_ns = the_namespace
    AND NOT EXISTS (
      SELECT 1 FROM langgraph.checkpoints AS kept
      WHERE kept.thread_id = blob.thread_id AND kept.checkpoint_ns = blob.checkpoint_ns
        AND kept.checkpoint -> 'channel_versions' ->> blob.channel = blob.version);
  RETURN true;
END;
$$;
