-- An alert with a place may take remote openings as well ("barista jobs in Galway, remote is fine
-- too"): its run searches the place, and remote work anywhere, and reports both. `remote` stays
-- what it was: true for remote openings only.
ALTER TABLE alerts ADD COLUMN remote_too boolean NOT NULL DEFAULT false;
