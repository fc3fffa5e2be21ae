import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documentDetail, documentSummary } from '../../career/writing/document-response.ts';
import { renderStoredDocument } from '../../career/writing/render-stored-document.ts';
import { requireDocument } from '../../career/writing/require-document.ts';
import type { DocumentRecord, DocumentsRepository } from '../../db/repositories/documents.ts';
import type { JobsRepository } from '../../db/repositories/jobs.ts';
import type { ResumesRepository } from '../../db/repositories/resumes.ts';
import {
  type DocumentDetail,
  documentFormatSchema,
  documentIdSchema,
  documentKindSchema,
} from '../../protocol/api.ts';
import { validate } from '../validate.ts';

const listQuerySchema = z
  .object({
    kind: documentKindSchema.optional(),
    q: z.string().trim().max(500, 'q is at most 500 characters').optional(),
    limit: z.coerce
      .number({ error: 'expected a whole number from 1 to 500' })
      .int('expected a whole number from 1 to 500')
      .min(1, 'expected a whole number from 1 to 500')
      .max(500, 'expected a whole number from 1 to 500')
      .default(100),
  })
  .strict();
const documentParamsSchema = z.object({ id: documentIdSchema });
const exportQuerySchema = z.object({ format: documentFormatSchema }).strict();

/** What the document routes need, for one owner: the documents, and the resume and job each was written from. */
export interface OwnerDocumentDependencies {
  documents: DocumentsRepository;
  resumes: Pick<ResumesRepository, 'get'>;
  jobs: Pick<JobsRepository, 'get'>;
}

export interface DocumentRouteDependencies {
  /** The request's owner's documents and resumes. */
  careerFor: (owner: string) => OwnerDocumentDependencies;
}

/**
 * Generated documents (cover letters, interview prep, tailored resumes): listed and
 * searched, read as Markdown with the grounding check's changes, and downloaded as
 * Markdown, PDF or DOCX.
 *
 * @example
 * app.register(documentRoutes, { careerFor });
 */
export async function documentRoutes(app: FastifyInstance, { careerFor }: DocumentRouteDependencies): Promise<void> {
  const load = async (owner: string, params: unknown): Promise<DocumentRecord> => {
    const { id } = validate(documentParamsSchema, params, 'document id');
    return requireDocument(careerFor(owner).documents, id);
  };

  app.get('/documents', async (request) => {
    const { kind, q, limit } = validate(listQuerySchema, request.query, 'query');
    return { documents: (await careerFor(request.owner).documents.list({ kind, query: q, limit })).map(documentSummary) };
  });

  app.get('/documents/:id', async (request): Promise<DocumentDetail> => documentDetail(await load(request.owner, request.params)));

  app.get('/documents/:id/export', async (request, reply) => {
    const document = await load(request.owner, request.params);
    const { format } = validate(exportQuerySchema, request.query, 'query');
    const rendered = await renderStoredDocument(careerFor(request.owner), document, format);
    // exportFileName keeps names to [a-z0-9-.], so the quoted filename needs no escaping.
    return reply
      .header('content-type', rendered.contentType)
      .header('content-disposition', `attachment; filename="${rendered.fileName}"`)
      .send(rendered.bytes);
  });
}
