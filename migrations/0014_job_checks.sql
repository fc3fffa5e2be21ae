-- Still open? (issue 21): what a saved posting's own ATS endpoint answered the last time it was
-- asked (src/jobs/check-still-open.ts). One row per posting, not per owner: whether a posting
-- is still listed is the same for everyone who saved it.
CREATE TABLE job_checks (
  job_id text PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('open', 'changed', 'closed', 'unknown')),
  reason text NOT NULL DEFAULT '',
  -- The ATS posting asked about ("lever:netflix:5f1c…"); null when no link is one.
  reference text,
  -- The posting's text as first answered, and as last answered: a difference is "changed".
  baseline_fingerprint text,
  fingerprint text,
  checked_at timestamptz NOT NULL DEFAULT now(),
  -- When the status last became what it is (a closed posting stays closed from this date).
  status_since timestamptz NOT NULL DEFAULT now()
);

-- The checks due first: the oldest.
CREATE INDEX job_checks_checked_idx ON job_checks (checked_at);
