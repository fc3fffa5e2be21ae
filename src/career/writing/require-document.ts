import type { DocumentRecord, DocumentsRepository } from '../../db/repositories/documents.ts';
import { JobpilotError } from '../../errors.ts';

/**
 * The stored document with this id, for requests that name one by id.
 *
 * @throws JobpilotError `DOCUMENT_NOT_FOUND`.
 * @example
 * const document = await requireDocument(documents, 'doc_3f9a1c0b7d');
 */
export async function requireDocument(documents: Pick<DocumentsRepository, 'get'>, id: string): Promise<DocumentRecord> {
  const document = await documents.get(id);
  if (!document) throw new JobpilotError('DOCUMENT_NOT_FOUND', `No document "${id}". List yours with GET /v1/documents.`);
  return document;
}
