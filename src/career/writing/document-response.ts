import type { DocumentRecord } from '../../db/repositories/documents.ts';
import type { DocumentDetail, DocumentSummary } from '../../protocol/api.ts';

/**
 * A stored document as lists show it.
 *
 * @example
 * documents.map(documentSummary);
 */
export const documentSummary = (record: DocumentRecord): DocumentSummary => ({
  id: record.id,
  kind: record.kind,
  title: record.title,
  job_id: record.job_id,
  resume_id: record.resume_id,
  created_at: record.created_at,
  ...(record.tone ? { tone: record.tone } : {}),
});

/** `GET /v1/documents/{id}`: the Markdown and what the grounding check changed. */
export const documentDetail = (record: DocumentRecord): DocumentDetail => ({
  ...documentSummary(record),
  content: record.content,
  changes: record.changes,
});
