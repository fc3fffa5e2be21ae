-- "undo" reaches alerts: deleting, pausing, resuming or changing one in a conversation is recorded, so
-- an alert deleted by a misread sentence can be put back (session 40's trial: "remove it" deleted an
-- alert the person never named, and "undo that" could not reach it).
ALTER TABLE undoable_changes DROP CONSTRAINT undoable_changes_kind_check;
ALTER TABLE undoable_changes
  ADD CONSTRAINT undoable_changes_kind_check CHECK (kind IN ('saved_job', 'active_resume', 'document', 'resume_content', 'reminder', 'alert'));
