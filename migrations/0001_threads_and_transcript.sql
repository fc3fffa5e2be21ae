-- Threads: one row per conversation. The graph state lives in LangGraph's checkpoint
-- tables (schema "langgraph"); this row holds what listing and locking need.
CREATE TABLE threads (
  thread_id text PRIMARY KEY,
  title text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Set while a run holds the thread; the lease expires so a crashed process can't
  -- lock a thread forever. Shared by every server process on this database.
  active_run_id text,
  active_run_expires_at timestamptz,
  -- The approval the graph is waiting for (a copy of the checkpoint's interrupt value),
  -- so listing threads needs no checkpoint reads.
  pending_approval jsonb
);

CREATE INDEX threads_updated_at_idx ON threads (updated_at DESC);

-- The transcript: append-only, one row per message. The graph keeps only a window.
CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  thread_id text NOT NULL REFERENCES threads (thread_id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('user', 'assistant')),
  content text NOT NULL,
  run_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX messages_thread_id_idx ON messages (thread_id, id);
