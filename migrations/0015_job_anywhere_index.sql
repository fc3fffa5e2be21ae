-- "In Berlin" (any place): postings whose location says anywhere or worldwide match every place.
-- The trigram index answered that alternation by reading ~8,000 index entries' trigrams on each
-- search (35-100 ms of a place search on the bench's 100,000 postings, the largest part of it);
-- this partial index holds exactly those postings, so the same condition is a scan of it.
-- The predicate is the search's own condition, word for word (src/db/repositories/jobs.ts).
CREATE INDEX jobs_location_anywhere_idx ON jobs (owner) WHERE location ~* '\m(anywhere|worldwide|global|globally)\M';
