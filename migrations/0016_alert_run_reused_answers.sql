-- Boards a run did not ask again because an answer kept from an earlier call stood (Remotive's
-- terms allow a few calls a day, so its answer is kept 6 h): [{source, label, fetched_at,
-- kept_until, reason}]. A run, manual ones above all, says so instead of a silent "0 new".
ALTER TABLE alert_runs ADD COLUMN reused_answers jsonb NOT NULL DEFAULT '[]';
