-- "undo" reaches reminders: setting, moving and cancelling one in a conversation is recorded, so an
-- undo right after a move puts the reminder back where it was, instead of reaching back to an
-- older tracker change (session 37's trial: "undo that" after a move reverted a status change).
ALTER TABLE undoable_changes DROP CONSTRAINT undoable_changes_kind_check;
ALTER TABLE undoable_changes
  ADD CONSTRAINT undoable_changes_kind_check CHECK (kind IN ('saved_job', 'active_resume', 'document', 'resume_content', 'reminder'));
