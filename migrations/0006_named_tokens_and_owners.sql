-- Named tokens: who may talk to the server once more than one person does. A token is shown
-- once when it is made; only its SHA-256 digest is kept, and requests are matched by looking
-- that digest up. Revoking keeps the row (so `token list` shows when) and stops the token at once.
CREATE TABLE api_tokens (
  id bigserial PRIMARY KEY,
  -- The owner name the token's data is kept under; "default" is the single JOBPILOT_TOKEN's.
  name text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,31}$' AND name <> 'default'),
  token_hash bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- One live token per name; a revoked name can be given a new token (same owner, same data).
CREATE UNIQUE INDEX api_tokens_live_name_idx ON api_tokens (name) WHERE revoked_at IS NULL;

-- The person's data belonged to 'local' until now; it is the "default" owner's (the single
-- JOBPILOT_TOKEN, or no token). The index of postings (jobs) is shared by every owner, not
-- migrated: its owner column keeps 'local' and is not read per person.
UPDATE saved_jobs SET owner = 'default' WHERE owner = 'local';
UPDATE job_status_events SET owner = 'default' WHERE owner = 'local';
UPDATE resumes SET owner = 'default' WHERE owner = 'local';
UPDATE resume_choices SET owner = 'default' WHERE owner = 'local';
UPDATE documents SET owner = 'default' WHERE owner = 'local';
UPDATE undoable_changes SET owner = 'default' WHERE owner = 'local';
ALTER TABLE saved_jobs ALTER COLUMN owner SET DEFAULT 'default';
ALTER TABLE job_status_events ALTER COLUMN owner SET DEFAULT 'default';
ALTER TABLE resumes ALTER COLUMN owner SET DEFAULT 'default';
ALTER TABLE documents ALTER COLUMN owner SET DEFAULT 'default';
ALTER TABLE undoable_changes ALTER COLUMN owner SET DEFAULT 'default';

-- Threads belong to an owner too. A named owner's thread is stored under the key
-- "<owner>/<thread id>" ("/" cannot occur in a thread id), so each owner has thread ids of
-- their own; the default owner's keys are the ids themselves, as before.
ALTER TABLE threads ADD COLUMN owner text NOT NULL DEFAULT 'default';
CREATE INDEX threads_owner_updated_at_idx ON threads (owner, updated_at DESC);
