-- Corrections a person made to what the importer read (PATCH /v1/resumes/{id}, `jobpilot
-- resume set`, "my title at Loomwave was Staff Engineer"). The resume keeps its raw text;
-- `corrections` keeps every change with the value that was read, so nothing is lost.
ALTER TABLE resumes
  ADD COLUMN corrected_at timestamptz,
  ADD COLUMN corrections jsonb NOT NULL DEFAULT '[]'::jsonb;
