import type { MatchResponse, ResumeResponse } from '../protocol/api.ts';
import { formatMatch } from '../present/format-match.ts';
import { describeResume } from '../present/describe-resume.ts';
import { formatTable, type TableColumn, terminalText } from './format-table.ts';
import { formatTime } from './format-thread.ts';
import type { Painter } from './render.ts';

const resumeColumns: TableColumn[] = [
  { header: 'ID', fixed: true },
  { header: 'ACTIVE', fixed: true },
  { header: 'LABEL', weight: 1.5 },
  { header: 'FORMAT', fixed: true },
  { header: 'CREATED', fixed: true },
  { header: 'NAME' },
  { header: 'FILE' },
];

/**
 * Resume versions as a table that fits `width`: id, active mark, label, format, created (in the
 * server's zone when the list names it),
 * the person's name, the file it came from.
 *
 * @example
 * stdout.write(formatResumeTable(paint, resumes, 100));
 */
export function formatResumeTable(paint: Painter, resumes: ReadonlyArray<ResumeResponse & { time_zone?: string }>, width: number): string {
  if (resumes.length === 0) return 'No resumes yet. Import one with `jobpilot resume import FILE`.\n';
  const rows = resumes.map((resume) => [
    resume.id,
    resume.active ? '*' : '',
    resume.label,
    resume.format,
    formatTime(resume.created_at, resume.time_zone),
    resume.resume.basics?.name ?? '',
    resume.filename ?? '',
  ]);
  return formatTable(paint, resumeColumns, rows, width);
}

/**
 * One resume as people read it: a heading line (id, label, format, file, when, whether
 * active), then the summary the chat shows (contact, experience, education, skills).
 *
 * @example
 * stdout.write(formatResume(paint, resume));
 */
export function formatResume(paint: Painter, resume: ResumeResponse): string {
  const source = [resume.format, resume.filename, formatTime(resume.created_at)].filter(Boolean).join(', ');
  const heading = `${paint.bold(resume.id)} "${terminalText(resume.label)}" (${terminalText(source)})${resume.active ? ` ${paint.green('active')}` : ''}`;
  return `${heading}\n${terminalText(describeResume(resume))}\n`;
}

/**
 * A match as the chat shows it: the score, the breakdown as bars, matched and missing
 * skills, and the advice.
 *
 * @example
 * stdout.write(formatMatchResponse(match, '"Senior Engineer" at Acme [3f9a1c0b7d2e]'));
 */
export const formatMatchResponse = (response: MatchResponse, against: string): string =>
  `${terminalText(formatMatch(response, against))}\n`;
