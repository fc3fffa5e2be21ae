import { join } from 'node:path';
import { ensurePrivateDirectory, writeNewPrivateFile } from '../db/private-files.ts';
import type { DocumentRecord } from '../db/repositories/documents.ts';
import type { ResumeRecord } from '../db/repositories/resumes.ts';
import { contactHeaderFromResume } from './contact-header.ts';
import { exportFileName } from './export-file-name.ts';

export const exportFormats = ['md', 'pdf', 'docx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const contentTypes: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * A stored document rendered in a format: Markdown as stored, or PDF/DOCX with the
 * person's contact header from the resume it was written from.
 *
 * @example
 * const { bytes, fileName } = await renderDocument(document, resume, 'pdf');
 */
export async function renderDocument(
  document: DocumentRecord,
  resume: ResumeRecord | null,
  format: ExportFormat,
  company?: string,
  timeZone?: string,
): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  const contact = resume ? contactHeaderFromResume(resume.resume) : undefined;
  const options = {
    title: document.title,
    ...(resume?.resume.basics?.name ? { author: resume.resume.basics.name } : {}),
    ...(contact ? { contact } : {}),
    // A letter opens with its date and greeting; its title names the file, not the page.
    ...(document.kind === 'cover_letter' ? { titleOnPage: false } : {}),
  };
  const bytes =
    format === 'pdf'
      ? // pdfkit and fontkit (their font tables decoded as they load) are loaded with the first PDF, and
        // docx (~340 KB of JavaScript) with the first DOCX, not at start-up.
        await (await import('./export-pdf.ts')).exportPdf(document.content, options)
      : format === 'docx'
        ? await (await import('./export-docx.ts')).exportDocx(document.content, options)
        : Buffer.from(document.content, 'utf8');
  const fileName = exportFileName({
    kind: document.kind,
    ...(company ? { company } : {}),
    title: document.title.replace(/^[^—]*—\s*/, '').replace(/\s+at\s+.*$/, ''),
    date: new Date(document.created_at),
    format,
    id: document.id.replace(/^doc_/, '').slice(0, 6),
    ...(timeZone ? { timeZone } : {}),
  });
  return { bytes, fileName, contentType: contentTypes[format] };
}

/**
 * Writes a rendered document as a new file (0600) under the artifacts folder (0700); returns
 * its path. The name is predictable, so whatever already sits there (an earlier export, a
 * planted symlink) is never followed or overwritten: a fresh name is chosen instead.
 */
export async function saveRendered(artifactsDir: string, rendered: { bytes: Buffer; fileName: string }): Promise<string> {
  await ensurePrivateDirectory(artifactsDir);
  const directory = await ensurePrivateDirectory(join(artifactsDir, 'documents'));
  return writeNewPrivateFile(directory, rendered.fileName, rendered.bytes);
}
