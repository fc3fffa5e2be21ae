import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { importBodyLimit, type JobSeniority, type JobStatus } from '../../protocol/api.ts';
import { ApiClient } from '../api-client.ts';
import { CliError } from '../cli-error.ts';
import type { Context } from '../context.ts';
import { cellText } from '../format-table.ts';
import { defaultTableWidth, formatJobDetail, formatJobSearch, formatSavedJob, formatSavedJobs } from '../format-jobs.ts';
import { createPainter } from '../render.ts';

export type JobsOptions =
  | {
      action: 'search';
      query: string;
      location?: string | undefined;
      remote: boolean;
      limit?: number | undefined;
      company?: string | undefined;
      /** A yearly pay floor. */
      minSalary?: number | undefined;
      seniority?: JobSeniority | undefined;
      sort?: 'relevance' | 'recent' | 'fit' | undefined;
      json: boolean;
    }
  | { action: 'show'; jobId: string; json: boolean }
  | { action: 'saved'; status?: JobStatus | undefined; json: boolean }
  | { action: 'save'; jobId: string; note?: string | undefined; json: boolean }
  | { action: 'status'; jobId: string; status: JobStatus; note?: string | undefined; json: boolean }
  | { action: 'import'; file: string; json: boolean };

const formats: Record<string, 'json' | 'csv'> = { '.json': 'json', '.csv': 'csv', '.tsv': 'csv' };

/** The file's text and how to send it, checked here so the mistake names the file. */
async function readImportFile(file: string): Promise<{ text: string; format: 'json' | 'csv' }> {
  const format = formats[extname(file).toLowerCase()];
  if (!format) throw new CliError(`jobs import reads .json or .csv files (got "${file}")`);
  const size = await stat(file).then(
    (info) => (info.isFile() ? info.size : -1),
    (error: NodeJS.ErrnoException) => {
      throw new CliError(`can't read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    },
  );
  if (size < 0) throw new CliError(`can't read ${file}: not a file`);
  if (size > importBodyLimit) {
    throw new CliError(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; an import takes at most ${importBodyLimit / 1024 / 1024} MB, so split it`,
    );
  }
  const text = await readFile(file, 'utf8');
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch (error) {
      throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  return { text, format };
}

/**
 * `jobpilot jobs search | show | saved | save | status | import`: tables that fit the
 * terminal, or with `--json` the server's JSON document as it is.
 *
 * @example
 * await jobsCommand(context, { action: 'search', query: 'typescript', remote: true, json: false });
 */
export async function jobsCommand(
  context: Pick<Context, 'stdout' | 'stderr' | 'color' | 'fetch' | 'config'>,
  options: JobsOptions,
): Promise<number> {
  const { stdout, stderr, config } = context;
  const paint = createPainter(context.color && !options.json);
  const api = new ApiClient({ url: config.url, token: config.token, fetch: context.fetch });
  const width = stdout.columns && stdout.columns > 0 ? stdout.columns : defaultTableWidth;
  const print = (value: unknown) => stdout.write(`${JSON.stringify(value)}\n`);
  switch (options.action) {
    case 'search': {
      const answer = await api.searchJobs({
        text: options.query,
        location: options.location,
        remote: options.remote,
        limit: options.limit,
        company: options.company,
        minSalary: options.minSalary,
        seniority: options.seniority,
        sort: options.sort,
      });
      if (options.json) {
        print(answer);
        return 0;
      }
      stdout.write(formatJobSearch(paint, answer, { width }));
      for (const error of answer.errors) stderr.write(`jobpilot: ${cellText(`${error.source}: ${error.message}`)}\n`);
      return 0;
    }
    case 'show': {
      const job = await api.getJob(options.jobId);
      if (options.json) print(job);
      else stdout.write(formatJobDetail(paint, job));
      return 0;
    }
    case 'saved': {
      const saved = await api.listSavedJobs(options.status);
      if (options.json) print({ saved_jobs: saved });
      else stdout.write(formatSavedJobs(paint, saved, { width, status: options.status }));
      return 0;
    }
    case 'save': {
      const { saved, created } = await api.saveJob(options.jobId, options.note);
      if (options.json) print(saved);
      else stdout.write(formatSavedJob(paint, saved, created ? 'Saved' : 'Already saved'));
      return 0;
    }
    case 'status': {
      const saved = await api.setJobStatus(options.jobId, options.status, options.note);
      if (options.json) print(saved);
      else stdout.write(formatSavedJob(paint, saved, `Marked ${options.status}`));
      return 0;
    }
    case 'import': {
      const { text, format } = await readImportFile(options.file);
      const result = await api.importJobs(text, format);
      if (options.json) print(result);
      else {
        stdout.write(
          `Imported ${result.imported} job${result.imported === 1 ? '' : 's'} from ${options.file}. ` +
            'Find them with `jobpilot jobs search`.\n',
        );
      }
      return 0;
    }
  }
}
