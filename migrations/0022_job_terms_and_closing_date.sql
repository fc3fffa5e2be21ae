-- What a posting states about its terms and its deadline, kept so searches can filter on them:
-- the working pattern of a part-time role ("3 days a week", "20 hours a week") and the last day
-- to apply, from the board's own field or the posting's words ("Applications close 18 December").
-- The employment type already has its column (0003); from now on it holds the type the text
-- states when the board gives none, so a search for part-time work finds it.
ALTER TABLE jobs ADD COLUMN work_pattern text;
ALTER TABLE jobs ADD COLUMN closes_on date;
