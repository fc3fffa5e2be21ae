import type { DocumentDetail, DocumentSummary } from '../protocol/api.ts';
import { cellText, formatTable, type TableColumn, terminalText } from './format-table.ts';
import { formatTime } from './format-thread.ts';
import type { Painter } from './render.ts';

const documentColumns: TableColumn[] = [
  { header: 'ID', fixed: true },
  { header: 'KIND', fixed: true },
  // A letter's tone: versions of one letter in other tones read apart.
  { header: 'TONE', fixed: true },
  { header: 'CREATED', fixed: true },
  // Versions of one letter differ at the end ("… (shorter)"): a cut keeps it.
  { header: 'TITLE', weight: 3, cut: 'middle' },
];

const kindNames: Record<DocumentSummary['kind'], string> = {
  cover_letter: 'cover letter',
  interview_prep: 'interview prep',
  resume: 'resume',
};

/**
 * Documents as a table that fits `width`: id, kind, a letter's tone, created (in the server's zone
 * when the list names it), title.
 *
 * @example
 * stdout.write(formatDocumentTable(paint, documents, 100));
 */
export function formatDocumentTable(paint: Painter, documents: ReadonlyArray<DocumentSummary & { time_zone?: string }>, width: number): string {
  if (documents.length === 0) {
    return 'No documents yet. Ask for one in a chat, e.g. "write a cover letter for the second job".\n';
  }
  const rows = documents.map((document) => [document.id, kindNames[document.kind], document.tone ?? '—', formatTime(document.created_at, document.time_zone), document.title]);
  return formatTable(paint, documentColumns, rows, width);
}

/**
 * One document: its title, what it was written for, the Markdown, and what the grounding
 * check changed. Stored text may come from a model, so control characters are dropped.
 *
 * @example
 * stdout.write(formatDocument(paint, await api.getDocument('doc_3f9a1c0b7d')));
 */
export function formatDocument(paint: Painter, document: DocumentDetail): string {
  const about = [
    kindNames[document.kind],
    document.tone ? `${document.tone} tone` : '',
    document.job_id ? `job ${document.job_id}` : '',
    document.resume_id ? `resume ${document.resume_id}` : '',
    formatTime(document.created_at),
  ].filter(Boolean);
  const lines = [paint.bold(cellText(document.title)), paint.dim(`${document.id} · ${about.join(' · ')}`), '', terminalText(document.content).trimEnd()];
  if (document.changes.length > 0) {
    lines.push('', paint.dim('The grounding check changed:'));
    for (const change of document.changes) {
      const outcome = change.action === 'replaced' && change.replacement ? `replaced with "${change.replacement}"` : change.action;
      lines.push(paint.dim(cellText(`- "${change.claim}" (${change.kind}) ${outcome}: ${change.reason}`)));
    }
  }
  return `${lines.join('\n')}\n`;
}
