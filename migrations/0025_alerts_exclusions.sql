-- An alert keeps out what its search was told to keep out, as a search does ("… in Leeds, no agencies",
-- "no Werkstudent", "not contract", "nothing senior"): levels, employment types and recruitment
-- agencies' postings. Each run's search leaves them out. Empty arrays and false: nothing kept out.
ALTER TABLE alerts
  ADD COLUMN exclude_seniority text[] NOT NULL DEFAULT '{}',
  ADD COLUMN exclude_employment_type text[] NOT NULL DEFAULT '{}',
  ADD COLUMN exclude_agencies boolean NOT NULL DEFAULT false;
