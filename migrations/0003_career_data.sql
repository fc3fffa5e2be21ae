-- The person's data: the index of postings seen, saved jobs with their status history,
-- resumes (every version) and generated documents. These belong to the person using the
-- installation, not to a thread: every row carries its owner ('local' until named tokens
-- separate people), and deleting a thread deletes none of them.

-- Search text with skills kept whole: Postgres's parser would read "C++" as "c" and ".NET"
-- as "net". The same mapping is applied to queries (src/db/repositories/job-search-text.ts).
CREATE FUNCTION job_search_text(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
         regexp_replace(regexp_replace(
           lower(coalesce(input, '')),
           'c\+\+', ' cplusplus ', 'g'),
           '(^|[^a-z0-9])c#', '\1 csharp ', 'g'),
           '(^|[^a-z0-9])f#', '\1 fsharp ', 'g'),
           '(^|[^a-z0-9])\.net($|[^a-z0-9])', '\1 dotnet \2', 'g'),
           '([a-z0-9]+)\.js($|[^a-z0-9])', '\1js\2', 'g'),
           'ci/cd', ' cicd ', 'g'),
           '(^|[^a-z0-9])r&d($|[^a-z0-9])', '\1 randd \2', 'g')
$$;

-- array_to_string is only STABLE (it could call a type's output function); for text[] it is
-- immutable in fact, which a generated column needs.
CREATE FUNCTION job_tags_text(tags text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(tags, ' ') $$;

CREATE TABLE jobs (
  -- Stable across boards: derived from the normalised company, title and location.
  id text PRIMARY KEY,
  owner text NOT NULL DEFAULT 'local',
  title text NOT NULL,
  company text NOT NULL,
  location text,
  remote boolean,
  salary_min numeric,
  salary_max numeric,
  salary_currency text,
  salary_period text,
  employment_type text,
  posted_at timestamptz,
  url text NOT NULL,
  -- Every board the opening was seen on: [{"name": "remotive", "url": "https://…"}].
  sources jsonb NOT NULL DEFAULT '[]',
  tags text[] NOT NULL DEFAULT '{}',
  description text NOT NULL DEFAULT '',
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', job_search_text(title)), 'A') ||
    setweight(to_tsvector('english', job_search_text(company || ' ' || job_tags_text(tags))), 'B') ||
    setweight(to_tsvector('english', job_search_text(left(description, 20000))), 'C')
  ) STORED
);

CREATE INDEX jobs_search_idx ON jobs USING gin (search);
CREATE INDEX jobs_owner_seen_idx ON jobs (owner, last_seen_at DESC);

CREATE TABLE saved_jobs (
  owner text NOT NULL DEFAULT 'local',
  job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn')),
  notes text NOT NULL DEFAULT '',
  saved_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner, job_id)
);

CREATE INDEX saved_jobs_status_idx ON saved_jobs (owner, status, updated_at DESC);

-- Every status change, dated: the tracker shows when you applied, not only that you did.
CREATE TABLE job_status_events (
  id bigserial PRIMARY KEY,
  owner text NOT NULL DEFAULT 'local',
  job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  status text NOT NULL,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX job_status_events_job_idx ON job_status_events (owner, job_id, id);

CREATE TABLE resumes (
  id text PRIMARY KEY,
  owner text NOT NULL DEFAULT 'local',
  label text NOT NULL,
  -- pdf, docx, markdown, text, json (JSON Resume), or tailored (made by optimize_resume).
  format text NOT NULL,
  filename text,
  raw_text text NOT NULL,
  -- The parsed JSON Resume (jsonresume.org schema).
  resume jsonb NOT NULL,
  -- A tailored version points at the resume it was made from and the job it targets.
  parent_id text REFERENCES resumes (id) ON DELETE SET NULL,
  job_id text REFERENCES jobs (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX resumes_owner_idx ON resumes (owner, created_at DESC);

-- Which resume is active (the newest unless the person picked another).
CREATE TABLE resume_choices (
  owner text PRIMARY KEY,
  resume_id text NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
  chosen_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE documents (
  id text PRIMARY KEY,
  owner text NOT NULL DEFAULT 'local',
  kind text NOT NULL CHECK (kind IN ('cover_letter', 'interview_prep', 'resume')),
  title text NOT NULL,
  job_id text REFERENCES jobs (id) ON DELETE SET NULL,
  resume_id text REFERENCES resumes (id) ON DELETE SET NULL,
  -- Markdown, as shown and exported.
  content text NOT NULL,
  -- What the grounding check removed or repaired: [{kind, claim, action, reason}].
  changes jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', job_search_text(title)), 'A') ||
    setweight(to_tsvector('english', job_search_text(left(content, 50000))), 'B')
  ) STORED
);

CREATE INDEX documents_owner_idx ON documents (owner, kind, created_at DESC);
CREATE INDEX documents_search_idx ON documents USING gin (search);
