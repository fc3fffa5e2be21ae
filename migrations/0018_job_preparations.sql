-- Each posting's side of a fit score (the matcher's prepared posting, as JSON), kept so a search
-- that scores 50 results reads 50 rows with its own statement instead of preparing 50 postings
-- (~0.5 ms each). A row is current when its version is the matcher's (the preparation code's
-- version and the vocabulary's digest) and its digest is that of the posting's text as stored now
-- (md5 of json_build_array(title, company, tags, description)): a posting whose text changed, or a
-- form written by an older matcher, is prepared again when read and written back. Postings stored
-- before this migration have none and are prepared the same way (src/db/repositories/jobs.ts).
CREATE TABLE job_preparations (
  job_id   text PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
  version  text NOT NULL,
  digest   text NOT NULL,
  prepared text NOT NULL
);
