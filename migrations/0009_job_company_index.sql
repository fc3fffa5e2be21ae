-- "Jobs at Stripe" filters the index by company with ILIKE '%stripe%' (a part of the name, any
-- case). No b-tree serves a pattern with a leading wildcard, so at 100,000 postings every such
-- search read the whole table (a sequential scan of ~25,000 pages, 0.5–1 s on the bench machine).
-- A trigram index answers the same ILIKE, unchanged, from the index (bench/career-scale.bench.ts).
-- pg_trgm ships with Postgres (contrib) and is a trusted extension: a database owner may add it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX jobs_company_trgm_idx ON jobs USING gin (company gin_trgm_ops);
