-- Reminders (issue 21): an interview or a follow-up, tied to a saved job or free-standing.
-- `due_at` is when the thing happens (the interview, the day to follow up); `remind_at` is when
-- the person should hear about it (an hour before an interview, the follow-up's own time).
-- A reminder is the person's, like saved jobs: every row carries its owner.
CREATE TABLE reminders (
  -- `rem_` and 10 hex characters.
  id text PRIMARY KEY,
  owner text NOT NULL DEFAULT 'default',
  kind text NOT NULL CHECK (kind IN ('interview', 'follow_up', 'other')),
  -- What to do, in words: "Follow up with Northwind", "Interview: Backend Engineer at Stripe".
  title text NOT NULL,
  job_id text REFERENCES jobs (id) ON DELETE SET NULL,
  due_at timestamptz NOT NULL,
  -- A day with no time said ("on Friday"): a whole-day event in the calendar.
  all_day boolean NOT NULL DEFAULT false,
  -- The IANA zone the words were read in: an all-day event is that day there.
  time_zone text NOT NULL,
  remind_at timestamptz NOT NULL,
  -- The words the date was read from ("on the 12th at 3pm"), kept for the person to check.
  said text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Set once when the reminder was handed over as due (a notification): never twice.
  notified_at timestamptz,
  cancelled_at timestamptz,
  -- The calendar event's SEQUENCE: raised when the event changes (cancelled), so calendar
  -- apps that already hold it replace their copy.
  sequence integer NOT NULL DEFAULT 0
);

CREATE INDEX reminders_owner_due_idx ON reminders (owner, due_at);
-- What `claimDue(now)` reads: only reminders still waiting to be told.
CREATE INDEX reminders_waiting_idx ON reminders (remind_at) WHERE notified_at IS NULL AND cancelled_at IS NULL;
