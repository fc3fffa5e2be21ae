-- "undo" undoes the conversation's LAST change only. Changes undo cannot reverse (a letter or
-- prep pack written, a letter revised, a resume corrected) are recorded too, so an undo after
-- one of them says so and changes nothing, instead of reaching back to an earlier save.
ALTER TABLE undoable_changes DROP CONSTRAINT undoable_changes_kind_check;
ALTER TABLE undoable_changes
  ADD CONSTRAINT undoable_changes_kind_check CHECK (kind IN ('saved_job', 'active_resume', 'document', 'resume_content'));
