-- Search over a large index (issue 18: 100,000 postings, p95 <= 50 ms). A common word
-- ("typescript", "engineer") matches thousands of postings, and the search ranked every one of
-- them with ts_rank_cd over its whole tsvector (~2 KB each, most of it the description's, kept
-- out of line): 1-3 s on the bench machine, almost all of it detoasting and ranking.
--
-- Now (src/db/repositories/jobs.ts): every match is first ordered by where the words are in its
-- title, company and tags -- `search_head`, a small vector kept in the row -- and by freshness;
-- only the best few hundred of those are ranked with the whole vector, description included.
-- A match then costs a look at its row, not at its description.
--
-- toast_tuple_target: a row over the 2 KB threshold has its largest values (the full vector,
-- then the description) moved out of line until it is under ~1 KB, not 2 KB: the rows a search
-- reads take ~7,000 pages for 100,000 postings instead of ~25,000, and `search_head` stays in
-- the row. (Lower targets move `search_head` out too.) It applies to rows written from now on,
-- and to the rows rewritten by ADD COLUMN below.
ALTER TABLE jobs SET (toast_tuple_target = 1024);
ALTER TABLE jobs ADD COLUMN search_head tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', job_search_text(title)), 'A') ||
  setweight(to_tsvector('english', job_search_text(company || ' ' || job_tags_text(tags))), 'B')
) STORED;
-- The search asks `search_head @@ q OR search @@ q` (the same postings: the head's words are in
-- the full vector too) so that a row filtered by place is checked against its head first and its
-- description only when the head does not match; this index keeps the OR answerable from indexes.
CREATE INDEX jobs_search_head_idx ON jobs USING gin (search_head);
-- "In Berlin": the location is matched by regular expressions (whole words, a region's places,
-- "anywhere"), which a trigram index answers; remote postings that name no place match any
-- location, and this small partial index finds them. Without these a place filter read every
-- row and detoasted its vector (a parallel sequential scan of the table, ~400,000 buffers).
CREATE INDEX jobs_location_trgm_idx ON jobs USING gin (location gin_trgm_ops);
CREATE INDEX jobs_remote_unplaced_idx ON jobs (owner) WHERE remote IS TRUE AND location IS NULL;
-- Newest first ("sort: recent", or a search with no words) without sorting the whole index.
CREATE INDEX jobs_recency_idx ON jobs (owner, (coalesce(posted_at, first_seen_at)) DESC, id);
