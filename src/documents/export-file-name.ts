import { randomBytes } from 'node:crypto';
import { dayIn } from '../time/time-zone.ts';

/** The kinds of document jobpilot writes. */
export type DocumentKind = 'cover_letter' | 'interview_prep' | 'resume';

/** The formats a document exports to. */
export type ExportFormat = 'md' | 'pdf' | 'docx';

/** What an export's file name is made of; `company` and `title` may be raw user or posting text. */
export interface ExportFileNameInput {
  kind: DocumentKind;
  company?: string;
  title?: string;
  date: Date;
  format: ExportFormat;
  /** A short id to keep names unique; random when omitted. Sanitised like the rest. */
  id?: string;
  /** The person's time zone (IANA): the date in the name is their day, not UTC's. UTC when omitted. */
  timeZone?: string;
}

const foldedLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };
const formats: ReadonlySet<string> = new Set<ExportFormat>(['md', 'pdf', 'docx']);

/** Lowercase ASCII letters, digits and single hyphens, at most `limit` long, cut at a hyphen when it can be. */
function slug(text: string | undefined, limit: number): string {
  const ascii = (text ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđþı]/g, (letter) => foldedLetters[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= limit) return ascii;
  const cut = ascii.slice(0, limit);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > limit / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/**
 * A safe, bounded file name for an exported document: kind, company, role, date and a short
 * id, each reduced to lowercase ASCII letters, digits and hyphens (so no path separators, dots
 * or control characters survive), at most 128 characters with the extension.
 *
 * @example
 * exportFileName({ kind: 'cover_letter', company: 'Acme', title: 'Senior Engineer', date: new Date('2026-11-22'), format: 'pdf', id: 'k3x9q2' });
 * // 'cover-letter-acme-senior-engineer-2026-11-22-k3x9q2.pdf'
 */
export function exportFileName({ kind, company, title, date, format, id, timeZone }: ExportFileNameInput): string {
  const extension = formats.has(format) ? format : 'bin';
  const day = Number.isNaN(date.getTime()) ? '' : timeZone ? dayIn(date, timeZone) : date.toISOString().slice(0, 10);
  const shortId = slug(id, 12) || randomBytes(4).toString('hex');
  const parts = [slug(kind, 16) || 'document', slug(company, 32), slug(title, 48), day, shortId];
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}
