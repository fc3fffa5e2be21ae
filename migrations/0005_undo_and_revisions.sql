-- What "undo" undoes: the changes a conversation made to the tracker (save, unsave, status)
-- and to the active resume (use_resume, an import that made a new version active). One row
-- per change, newest last; `before` holds what to put back, `after` what the change left,
-- so an undo can tell when something else changed the same thing since. Undoing marks the
-- row (`undone_at`); the next undo takes the change before it. The rows are the thread's
-- memory, not the person's data: deleting the thread deletes them.
CREATE TABLE undoable_changes (
  id bigserial PRIMARY KEY,
  owner text NOT NULL DEFAULT 'local',
  thread_id text NOT NULL REFERENCES threads (thread_id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('saved_job', 'active_resume')),
  -- The job's id for 'saved_job'; the resume that became active for 'active_resume'.
  subject text NOT NULL,
  -- The change in words, as the undo reports it: 'saved "SRE" at Monzo'.
  description text NOT NULL,
  before jsonb,
  after jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  undone_at timestamptz
);

CREATE INDEX undoable_changes_thread_idx ON undoable_changes (owner, thread_id, id DESC) WHERE undone_at IS NULL;

-- A cover letter's tone, and the letter a revision was made from ("make it shorter"), so a
-- revision knows where it starts and the documents list can tell versions apart.
ALTER TABLE documents
  ADD COLUMN tone text,
  ADD COLUMN revision_of text REFERENCES documents (id) ON DELETE SET NULL;
