/** The resume-corpus report as Markdown tables (stdout and docs/resume-accuracy.md). */
import type { PartSummary, ResumeCorpusReport } from './resume-corpus.ts';
import type { Tally } from './tally.ts';

const percent = (tally: Tally) => `${(tally.accuracy * 100).toFixed(1)}%`;
const cell = (tally: Tally | undefined) => (tally ? `${percent(tally)} (${tally.correct}/${tally.total})` : '–');

function table(title: string, tuning: Record<string, Tally>, heldOut: Record<string, Tally>): string[] {
  const keys = [...new Set([...Object.keys(tuning), ...Object.keys(heldOut)])].sort();
  return [`| ${title} | tuning | held-out |`, '|---|---|---|', ...keys.map((key) => `| ${key} | ${cell(tuning[key])} | ${cell(heldOut[key])} |`), ''];
}

/** Markdown: overall, then per field, format, style and theme, tuning beside held-out. */
export function formatResumeCorpus(report: ResumeCorpusReport): string {
  const { tuning, heldOut } = report;
  const both = (pick: (part: PartSummary) => Record<string, Tally>, title: string) => table(title, pick(tuning), pick(heldOut));
  const failed = report.files.filter((file) => file.error);
  return [
    `| part | files | fields right | skills read that are not in the truth (not scored) |`,
    '|---|---|---|---|',
    `| tuning | ${tuning.files} | ${cell(tuning.overall)} | ${tuning.extraSkills} |`,
    `| held-out | ${heldOut.files} | ${cell(heldOut.overall)} | ${heldOut.extraSkills} |`,
    '',
    ...both((part) => part.byField, 'field'),
    ...both((part) => part.byFormat, 'format'),
    ...both((part) => part.byStyle, 'style'),
    ...both((part) => part.byTheme, 'npm theme (PDF + DOCX)'),
    ...(failed.length ? ['Files the importer refused:', '', ...failed.map((file) => `- ${file.path}: ${file.error}`), ''] : []),
  ].join('\n');
}

/** Every wrong check, grouped by field, for reading the errors (`--misses`). */
export function formatMisses(report: ResumeCorpusReport, heldOut: boolean): string {
  const lines: string[] = [];
  for (const file of report.files.filter((result) => result.heldOut === heldOut)) {
    for (const check of file.checks.filter((item) => !item.correct)) {
      lines.push(`${check.field}\t${file.path}\twant ${JSON.stringify(check.want)}\tgot ${JSON.stringify(check.got)}`);
    }
  }
  return lines.sort().join('\n');
}
