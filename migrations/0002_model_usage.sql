-- What each model call cost: one row per call, kept with its run. Threads report totals.
CREATE TABLE model_usage (
  id bigserial PRIMARY KEY,
  thread_id text NOT NULL REFERENCES threads (thread_id) ON DELETE CASCADE,
  run_id text,
  provider text NOT NULL,
  model text NOT NULL,
  -- 'decision' (the planner) or 'writer' (letters, prep packs, tailored resumes).
  purpose text NOT NULL,
  input_tokens integer NOT NULL CHECK (input_tokens >= 0),
  output_tokens integer NOT NULL CHECK (output_tokens >= 0),
  -- True when the provider reported no usage and jobpilot counted the tokens itself.
  estimated boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX model_usage_thread_id_idx ON model_usage (thread_id);
CREATE INDEX model_usage_run_id_idx ON model_usage (run_id);
