import { saveRendered } from '../../documents/export-document-file.ts';
import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { renderStoredDocument } from '../../career/writing/render-stored-document.ts';
import { DOCUMENT_REFERENCE, resolveDocument } from '../../career/writing/resolve-document.ts';
import { exportDocumentArgs } from './args.ts';
import { exportDocumentPhrasing } from './phrasing.ts';

/**
 * `export_document`: writes a stored document as Markdown, PDF or DOCX under the data
 * dir's artifacts folder ("export it as PDF" means the conversation's last document).
 *
 * @example
 * registry line: makeExportDocumentAction(dependencies)
 */
export const makeExportDocumentAction = (dependencies: Pick<CareerDependencies, 'documents' | 'resumes' | 'jobs' | 'timeZone'>) =>
  defineAction({
    name: 'export_document',
    description: 'Export a stored document (cover letter, prep pack, tailored resume) as a Markdown, PDF or DOCX file.',
    args: exportDocumentArgs,
    phrasing: exportDocumentPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const resolved = await resolveDocument(args.document, context.references ?? {}, dependencies.documents);
      if (!resolved.ok) return { ok: false, summary: resolved.error };
      const { document } = resolved;
      const rendered = await renderStoredDocument(dependencies, document, args.format);
      const path = await saveRendered(context.artifactsDir, rendered);
      return {
        ok: true,
        summary: `Exported "${document.title}" as ${args.format.toUpperCase()}: ${path}`,
        data: { document_id: document.id, path, format: args.format, bytes: rendered.bytes.byteLength },
        references: { [DOCUMENT_REFERENCE]: document.id, last_export_path: path },
      };
    },
  });
