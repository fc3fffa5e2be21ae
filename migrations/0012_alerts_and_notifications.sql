-- Issue 21: alerts (saved searches run on a schedule), their runs, what each has reported, and
-- the person's notifications. The scheduler is graphile-worker (its own schema, installed by
-- the worker at start-up); these tables hold what jobpilot decides: when each alert is due,
-- in the person's time zone, and what each run found.

-- A saved search with a schedule. `next_run_at` is the next due time (NULL while paused); a
-- sweep moves it forward with a compare-and-set, so of several processes sweeping at once only
-- one queues the run.
CREATE TABLE alerts (
  id text PRIMARY KEY,
  owner text NOT NULL,
  name text NOT NULL,
  query text NOT NULL,
  location text,
  remote boolean,
  company text,
  min_fit integer CHECK (min_fit BETWEEN 0 AND 100),
  -- A five-field cron expression read in `time_zone` ("0 8 * * *": every day at 08:00).
  schedule text NOT NULL,
  time_zone text NOT NULL,
  paused boolean NOT NULL DEFAULT false,
  next_run_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alerts_owner_idx ON alerts (owner, created_at);
CREATE INDEX alerts_due_idx ON alerts (next_run_at) WHERE NOT paused;

-- One row per run: a due time runs once (the unique key), whoever queued it.
CREATE TABLE alert_runs (
  id bigserial PRIMARY KEY,
  alert_id text NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  due_at timestamptz NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('schedule', 'catch-up', 'manual')),
  status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'partial', 'failed')),
  started_at timestamptz,
  finished_at timestamptz,
  duration_ms integer,
  new_matches integer NOT NULL DEFAULT 0,
  -- Boards that failed this time: [{source, label, code, message}]; they are asked again next run.
  failed_boards jsonb NOT NULL DEFAULT '[]',
  error text,
  UNIQUE (alert_id, due_at)
);

-- Openings an alert has reported, by the dedupe key every board agrees on (src/jobs/dedupe-key.ts):
-- the same opening on two boards, or again next week, is not reported twice.
CREATE TABLE alert_seen (
  alert_id text NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
  dedupe_key text NOT NULL,
  job_id text NOT NULL,
  run_id bigint REFERENCES alert_runs (id) ON DELETE SET NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (alert_id, dedupe_key)
);

-- What jobpilot told the person, read or not. Any part may add one (alerts, reminders).
CREATE TABLE notifications (
  id text PRIMARY KEY,
  owner text NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_owner_idx ON notifications (owner, created_at DESC);
CREATE INDEX notifications_unread_idx ON notifications (owner) WHERE read_at IS NULL;

-- Every new notification is announced to every process (its live SSE clients), whoever wrote it.
CREATE FUNCTION notifications_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jobpilot_notifications', json_build_object('id', NEW.id, 'owner', NEW.owner)::text);
  RETURN NEW;
END
$$;
CREATE TRIGGER notifications_announce AFTER INSERT ON notifications
  FOR EACH ROW EXECUTE FUNCTION notifications_announce();
