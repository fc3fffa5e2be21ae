-- Every run's events, kept so a client that lost its stream (or never held one: a detached run)
-- can join the run by id and read what it missed, then the rest, from any server process
-- (issue 20). `seq` is the event's SSE `id:` within its run (1, 2, …). Written in batches by
-- src/runs/record-run-events.ts; each batch also NOTIFYs `jobpilot_run_events` so joins on any
-- process read on. Bounded: at most JOBPILOT_RUN_EVENTS_PER_RUN stored per run (the run's end
-- always), JOBPILOT_RUN_EVENTS_MAX in all, none older than JOBPILOT_RUN_EVENTS_HOURS.
CREATE TABLE run_events (
  run_id text NOT NULL,
  seq integer NOT NULL,
  -- The thread's key (owner and id, src/db/repositories/threads.ts `threadKey`): a join names
  -- the thread, so only its owner reaches the run. No foreign key (it would cost every batch a
  -- lookup); deleting the thread deletes its runs' events with it.
  thread_id text NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- A join reads one run's events after an id; deleting a thread reads its prefix.
  PRIMARY KEY (thread_id, run_id, seq)
);
-- Expiry and the total bound delete the oldest first.
CREATE INDEX run_events_created_at_idx ON run_events (created_at);
