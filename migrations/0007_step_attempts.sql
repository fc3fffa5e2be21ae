-- At most once: a step with a side effect (a desktop action, a change to the person's data)
-- is recorded here, committed, before its action runs, and marked finished after. A row
-- still unfinished when the next run takes the thread belongs to a run that died (the
-- process was killed, the machine lost power): that step may or may not have happened, so
-- it is reported as such and never run again without the person asking.
-- `step_key` is LangGraph's task id, the same each time the graph replays the same step
-- from the same checkpoint. The rows are the thread's: deleting the thread deletes them.
CREATE TABLE step_attempts (
  thread_id text NOT NULL REFERENCES threads (thread_id) ON DELETE CASCADE,
  step_key text NOT NULL,
  run_id text,
  action text NOT NULL,
  args jsonb NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  -- Set when the action returned; a row left unfinished by a dead run is reported, then deleted.
  outcome text CHECK (outcome IN ('ok', 'failed')),
  summary text,
  PRIMARY KEY (thread_id, step_key)
);

CREATE INDEX step_attempts_unfinished_idx ON step_attempts (thread_id) WHERE finished_at IS NULL;
