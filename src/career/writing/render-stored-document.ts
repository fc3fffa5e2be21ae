import type { DocumentRecord } from '../../db/repositories/documents.ts';
import { type ExportFormat, renderDocument } from '../../documents/export-document-file.ts';
import type { CareerDependencies } from '../career-dependencies.ts';

/**
 * A stored document as a file: its Markdown rendered as Markdown, PDF or DOCX, with the
 * contact header from the resume it was written from and the company of its job; the date in
 * its file name is the person's (`timeZone`), not UTC's.
 *
 * @example
 * const rendered = await renderStoredDocument({ resumes, jobs }, document, 'pdf');
 */
export async function renderStoredDocument(
  dependencies: { resumes: Pick<CareerDependencies['resumes'], 'get'>; jobs: Pick<CareerDependencies['jobs'], 'get'>; timeZone?: string },
  document: DocumentRecord,
  format: ExportFormat,
): ReturnType<typeof renderDocument> {
  const [resume, job] = await Promise.all([
    document.resume_id ? dependencies.resumes.get(document.resume_id) : null,
    document.job_id ? dependencies.jobs.get(document.job_id) : null,
  ]);
  // The file's date is the person's day (a letter written at 20:00 in Toronto is not dated tomorrow).
  return renderDocument(document, resume, format, job?.company, dependencies.timeZone);
}
