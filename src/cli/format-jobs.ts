import type { Job, JobDetail, JobSearchResponse, SavedJobResponse } from '../protocol/api.ts';
import { placeText, postedText, salaryText } from '../present/format-job.ts';
import { fitCell } from '../present/fit-label.ts';
import { formatTime } from './format-thread.ts';
import { cellText, formatTable, type TableColumn, terminalText } from './format-table.ts';
import type { Painter } from './render.ts';

/** The width tables fit when the output is not a terminal (pipes, files). */
export const defaultTableWidth = 100;

const searchColumns: TableColumn[] = [
  { header: '#', fixed: true, align: 'right' },
  { header: 'ID', fixed: true },
  { header: 'TITLE', weight: 2.5, minimum: 12 },
  { header: 'COMPANY', weight: 1.25, minimum: 8, optional: true },
  { header: 'LOCATION', optional: true },
  { header: 'SALARY', weight: 1.25, minimum: 8, optional: true },
  { header: 'POSTED', optional: true },
  { header: 'SOURCE', weight: 0.75, optional: true },
];

const sourceNames = (job: Pick<Job, 'sources'>) => [...new Set(job.sources.map((source) => source.name))].join(', ');

/**
 * Search results as a numbered table that fits `width` (#, id, title, company, location,
 * salary, posted, source; the last ones are left out on very narrow terminals), then the
 * search's note.
 *
 * @example
 * stdout.write(formatJobSearch(paint, await api.searchJobs({ text: 'typescript' }), { width: 100 }));
 */
export function formatJobSearch(
  paint: Painter,
  answer: Pick<JobSearchResponse, 'jobs' | 'note'> & Partial<Pick<JobSearchResponse, 'offline'>>,
  { width = defaultTableWidth, now = Date.now() }: { width?: number; now?: number } = {},
): string {
  const note = answer.note ? `${paint.dim(cellText(answer.note))}\n` : '';
  if (answer.jobs.length === 0) {
    // With the boards unreachable, fewer words would not help: the note (network first) is the answer.
    if (answer.offline) {
      const next = answer.offline.newest ? 'Check the network and search again.' : 'Check the network, or add postings with `jobpilot jobs import FILE`.';
      return `No jobs found. ${cellText(answer.note)}. ${next}\n`;
    }
    return `No jobs found. Try fewer or broader words.\n${note}`;
  }
  // With a resume, every result carries its fit: a FIT column after the title.
  const withFit = answer.jobs.some((job) => 'fit' in job && job.fit);
  const columns = withFit
    ? [...searchColumns.slice(0, 3), { header: 'FIT', fixed: true, align: 'right' } as TableColumn, ...searchColumns.slice(3)]
    : searchColumns;
  const rows = answer.jobs.map((job, index) => {
    const fit = 'fit' in job && job.fit ? fitCell(job.fit) : '';
    const cells = [
      String(index + 1),
      job.id,
      job.title,
      job.company,
      placeText(job),
      salaryText(job.salary),
      postedText(job.posted_at, now),
      sourceNames(job),
    ];
    return withFit ? [...cells.slice(0, 3), fit, ...cells.slice(3)] : cells;
  });
  return `${formatTable(paint, columns, rows, width)}${note}`;
}

const savedColumns: TableColumn[] = [
  { header: 'ID', fixed: true },
  { header: 'STATUS', fixed: true },
  { header: 'TITLE', weight: 2, minimum: 12 },
  { header: 'COMPANY', minimum: 8, optional: true },
  { header: 'LOCATION', optional: true },
  { header: 'UPDATED', fixed: true, optional: true },
  { header: 'NOTES', weight: 1.5, optional: true },
];

/**
 * What the person noted about a job: the notes kept when it was saved, then the note of the
 * change that put it at its stage ("on thursday at 2pm" told with the interview news).
 */
function notesOf(job: SavedJobResponse): string {
  const stageNote = job.history.findLast((event) => event.status === job.status)?.note.trim() ?? '';
  const notes = job.notes.split('\n').map((note) => note.trim()).filter(Boolean);
  if (stageNote && !notes.includes(stageNote)) notes.push(stageNote);
  return notes.join('; ');
}

/**
 * The tracker as a table that fits `width`: id, status, title, company, location, last
 * change, notes; most recently changed first.
 *
 * @example
 * stdout.write(formatSavedJobs(paint, await api.listSavedJobs(), { width: 100 }));
 */
export function formatSavedJobs(
  paint: Painter,
  saved: readonly SavedJobResponse[],
  { width = defaultTableWidth, status }: { width?: number; status?: string | undefined } = {},
): string {
  if (saved.length === 0) {
    return status
      ? `No saved jobs with status "${status}".\n`
      : 'No saved jobs yet. Save one with `jobpilot jobs save ID`.\n';
  }
  const rows = saved.map((job) => [
    job.job_id,
    // A posting taken down or edited since it was saved is worth seeing before acting on it.
    job.posting_check?.status === 'closed' || job.posting_check?.status === 'changed'
      ? `${job.status} (posting ${job.posting_check.status})`
      : job.status,
    job.title,
    job.company,
    job.location ?? '',
    formatTime(job.updated_at, job.time_zone).slice(0, 10),
    notesOf(job),
  ]);
  return formatTable(paint, savedColumns, rows, width);
}

/**
 * One job in full: headline, facts, links, then the description.
 *
 * @example
 * stdout.write(formatJobDetail(paint, await api.getJob('3f9a1c0b7d2e')));
 */
export function formatJobDetail(paint: Painter, job: JobDetail, { now = Date.now() }: { now?: number } = {}): string {
  const facts = [
    placeText(job),
    salaryText(job.salary),
    job.employment_type?.replace(/_/g, '-') ?? '',
    job.posted_at ? `posted ${postedText(job.posted_at, now)}` : '',
  ].filter(Boolean);
  const lines = [
    paint.bold(cellText(job.title)),
    `${cellText(job.company)}${facts.length ? ` · ${facts.map(cellText).join(' · ')}` : ''}`,
    cellText(job.url),
    ...(job.work_arrangement?.said ? [`${paint.dim('the posting says:')} ${cellText(`“${job.work_arrangement.said}”`)}`] : []),
    paint.dim(cellText(`id ${job.id} · seen on ${job.sources.map((source) => `${source.name} ${source.url}`).join(', ')}`)),
  ];
  if (job.tags.length > 0) lines.push(paint.dim(`tags: ${cellText(job.tags.join(', '))}`));
  const description = terminalText(job.description).trim();
  return `${lines.join('\n')}\n${description ? `\n${description}\n` : ''}`;
}

/**
 * A saved job and its dated history, for `jobs save` and `jobs status`.
 *
 * @example
 * stdout.write(formatSavedJob(paint, saved, 'Saved'));
 */
export function formatSavedJob(paint: Painter, saved: SavedJobResponse, heading: string): string {
  const history = saved.history.map(
    (event) => `  ${paint.dim(formatTime(event.at, saved.time_zone))}  ${event.status}${event.note ? ` — ${cellText(event.note)}` : ''}`,
  );
  return [
    `${heading}: ${paint.bold(cellText(saved.title))} — ${cellText(saved.company)} [${saved.job_id}] · ${saved.status}`,
    ...history,
    '',
  ].join('\n');
}
