import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentDetail, documentSummary } from '../../career/writing/document-response.ts';
import { renderStoredDocument } from '../../career/writing/render-stored-document.ts';
import { requireDocument } from '../../career/writing/require-document.ts';
import type { DocumentRecord, DocumentsRepository } from '../../db/repositories/documents.ts';
import type { JobsRepository } from '../../db/repositories/jobs.ts';
import type { ResumesRepository } from '../../db/repositories/resumes.ts';
import {
  documentDetailSchema,
  documentFormatSchema,
  documentIdSchema,
  documentKindSchema,
  documentListSchema,
} from '../../protocol/api.ts';

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

/** A file's bytes: sent as they are, never serialised (documented as a string of that media type). */
const file = (type: string, description: string) =>
  z.custom<Uint8Array>((value) => value instanceof Uint8Array).meta({ type: 'string', contentMediaType: type, description });

/** The file, in the format asked for. */
const exportAnswer = {
  description: 'The document as a file; content-disposition names it (attachment; filename="…").',
  content: {
    'application/pdf': { schema: file('application/pdf', 'A PDF file.') },
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
      schema: file('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'A Word (DOCX) file.'),
    },
    'text/markdown': { schema: file('text/markdown', 'The stored Markdown.') },
  },
};

/** What the document routes need, for one owner: the documents, and the resume and job each was written from. */
export interface OwnerDocumentDependencies {
  documents: DocumentsRepository;
  resumes: Pick<ResumesRepository, 'get'>;
  jobs: Pick<JobsRepository, 'get'>;
  /** `JOBPILOT_TIME_ZONE`: named in the list so clients show its times in it. */
  timeZone?: string | undefined;
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
  const load = async (owner: string, { id }: { id: string }): Promise<DocumentRecord> => requireDocument(careerFor(owner).documents, id);

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/documents', { schema: { querystring: listQuerySchema, response: { 200: documentListSchema } } }, async (request) => {
    const { kind, q, limit } = request.query;
    const { documents, timeZone } = careerFor(request.owner);
    const list = (await documents.list({ kind, query: q, limit })).map(documentSummary);
    return timeZone ? { documents: list, time_zone: timeZone } : { documents: list };
  });

  const detailSchema = { params: documentParamsSchema, response: { 200: documentDetailSchema } };
  api.get('/documents/:id', { schema: detailSchema }, async (request) => documentDetail(await load(request.owner, request.params)));

  const exportSchema = { params: documentParamsSchema, querystring: exportQuerySchema, response: { 200: exportAnswer } };
  api.get('/documents/:id/export', { schema: exportSchema }, async (request, reply) => {
    const document = await load(request.owner, request.params);
    const { format } = request.query;
    const rendered = await renderStoredDocument(careerFor(request.owner), document, format);
    // exportFileName keeps names to [a-z0-9-.], so the quoted filename needs no escaping.
    return reply
      .header('content-type', rendered.contentType)
      .header('content-disposition', `attachment; filename="${rendered.fileName}"`)
      .send(rendered.bytes);
  });
}
