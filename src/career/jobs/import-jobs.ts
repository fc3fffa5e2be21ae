import type { JobsRepository } from '../../db/repositories/jobs.ts';
import { JobpilotError } from '../../errors.ts';
import { describeImportProblems, importJobsFromCsv, importJobsFromJson } from '../../jobs/import-jobs.ts';
import type { JobImportResponse } from '../../protocol/api.ts';

/**
 * Adds postings to the index from a JSON body or CSV text: all of them, or, when any row
 * is invalid, none.
 *
 * @throws JobpilotError `IMPORT_INVALID` naming the rows and fields at fault (in `details` too).
 * @example
 * await importJobs(jobs, { csv: 'title,company,url\nEngineer,Acme,https://acme.example/jobs/1' });
 */
export async function importJobs(
  jobs: Pick<JobsRepository, 'upsert'>,
  body: { csv: string } | { json: unknown },
): Promise<JobImportResponse> {
  const result = 'csv' in body ? importJobsFromCsv(body.csv) : importJobsFromJson(body.json);
  if (result.problems.length > 0) {
    const invalidRows = new Set(result.problems.flatMap((problem) => (problem.row === null ? [] : [problem.row])));
    const summary =
      invalidRows.size > 0
        ? `${invalidRows.size} of ${result.rows} row${result.rows === 1 ? '' : 's'} ${invalidRows.size === 1 ? 'is' : 'are'} invalid`
        : 'The import is invalid';
    throw new JobpilotError('IMPORT_INVALID', `${summary}; nothing was imported. ${describeImportProblems(result.problems)}.`, {
      details: result.problems,
    });
  }
  await jobs.upsert(result.postings);
  return { imported: result.postings.length, job_ids: result.postings.map((posting) => posting.id) };
}
