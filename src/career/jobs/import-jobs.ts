import type { JobsRepository } from '../../db/repositories/jobs.ts';
import { JobpilotError } from '../../errors.ts';
import { describeImportProblems, type ImportResult, validateImportRows, withShapeProblems } from '../../jobs/import-jobs.ts';
import { importRowInputs, type ImportRows } from '../../jobs/read-job-import.ts';
import type { JobImportResponse } from '../../protocol/api.ts';

/**
 * Adds the postings read from an import file (`readCsvImport`, `readJsonImport`) to the
 * index: all of them, or, when any row is invalid, none.
 *
 * @throws JobpilotError `IMPORT_INVALID` naming the rows and fields at fault (in `details` too).
 * @example
 * await importJobs(jobs, await readCsvImport(request.raw, { maxBytes: importBodyLimit }));
 */
export async function importJobs(jobs: Pick<JobsRepository, 'upsert'>, read: ImportRows): Promise<JobImportResponse> {
  const result = await validated(read);
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

// A problem of the file as a whole (no header, not an array) leaves nothing to validate.
async function validated(read: ImportRows): Promise<ImportResult> {
  if (read.problems.some((problem) => problem.row === null)) return { postings: [], problems: read.problems, rows: read.count };
  return withShapeProblems(await validateImportRows(importRowInputs(read)), read.problems);
}
