-- An alert keeps a yearly pay floor, as a search does ("… paying at least 60k", "nothing under €45k"):
-- each run leaves out postings whose stated pay is below it, and keeps those that state no pay,
-- saying so in the opening's reason. Null: no floor. Amounts as written; currencies are not converted.
ALTER TABLE alerts ADD COLUMN min_salary integer CHECK (min_salary IS NULL OR min_salary > 0);
