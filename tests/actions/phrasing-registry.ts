import type { z } from 'zod';
import type { ActionPhrasing } from '../../src/actions/phrasing/phrasing.ts';
import type { ActionDefinition } from '../../src/actions/action.ts';
import { createInterviewPrepArgs } from '../../src/actions/create-interview-prep/args.ts';
import { createInterviewPrepPhrasing } from '../../src/actions/create-interview-prep/phrasing.ts';
import { exportDocumentArgs } from '../../src/actions/export-document/args.ts';
import { exportDocumentPhrasing } from '../../src/actions/export-document/phrasing.ts';
import { listDocumentsArgs } from '../../src/actions/list-documents/args.ts';
import { listDocumentsPhrasing } from '../../src/actions/list-documents/phrasing.ts';
import { writeCoverLetterArgs } from '../../src/actions/write-cover-letter/args.ts';
import { writeCoverLetterPhrasing } from '../../src/actions/write-cover-letter/phrasing.ts';
import { listSavedJobsArgs } from '../../src/actions/list-saved-jobs/args.ts';
import { listSavedJobsPhrasing } from '../../src/actions/list-saved-jobs/phrasing.ts';
import { saveJobArgs } from '../../src/actions/save-job/args.ts';
import { saveJobPhrasing } from '../../src/actions/save-job/phrasing.ts';
import { searchJobsArgs } from '../../src/actions/search-jobs/args.ts';
import { searchJobsPhrasing } from '../../src/actions/search-jobs/phrasing.ts';
import { showJobArgs } from '../../src/actions/show-job/args.ts';
import { showJobPhrasing } from '../../src/actions/show-job/phrasing.ts';
import { updateJobStatusArgs } from '../../src/actions/update-job-status/args.ts';
import { updateJobStatusPhrasing } from '../../src/actions/update-job-status/phrasing.ts';
import { builtinActions } from '../../src/actions/action-registry.ts';
import { ActionRegistry } from '../../src/actions/action-registry.ts';
import { analyzeMatchArgs } from '../../src/actions/analyze-match/args.ts';
import { analyzeMatchPhrasing } from '../../src/actions/analyze-match/phrasing.ts';
import { importResumeArgs } from '../../src/actions/import-resume/args.ts';
import { importResumePhrasing } from '../../src/actions/import-resume/phrasing.ts';
import { optimizeResumeArgs } from '../../src/actions/optimize-resume/args.ts';
import { optimizeResumePhrasing } from '../../src/actions/optimize-resume/phrasing.ts';
import { showResumeArgs } from '../../src/actions/show-resume/args.ts';
import { showResumePhrasing } from '../../src/actions/show-resume/phrasing.ts';
import { useResumeArgs } from '../../src/actions/use-resume/args.ts';
import { useResumePhrasing } from '../../src/actions/use-resume/phrasing.ts';

/**
 * A career action with its real name, schema and phrasing, and a handler that only says it
 * ran: the planner tests need what the planner reads, never what the handler does.
 */
function careerAction<Args extends z.ZodObject>(
  name: string,
  description: string,
  args: Args,
  phrasing: ActionPhrasing<z.input<Args>>,
): ActionDefinition {
  const definition: ActionDefinition<Args> = {
    name,
    description,
    args,
    phrasing,
    approval: () => 'auto',
    run: async () => ({ ok: true, summary: `${name} ran (test stand-in).` }),
  };
  return definition as unknown as ActionDefinition;
}

/** Every career action, in the order the lead's registry lists them. */
export const careerStandIns: readonly ActionDefinition[] = [
  careerAction('search_jobs', 'Search live job boards and the saved job index for openings.', searchJobsArgs, searchJobsPhrasing),
  careerAction('show_job', "Show one job posting's details.", showJobArgs, showJobPhrasing),
  careerAction('save_job', 'Save a job to the application tracker, with an optional note.', saveJobArgs, saveJobPhrasing),
  careerAction('list_saved_jobs', 'List saved jobs, optionally by status.', listSavedJobsArgs, listSavedJobsPhrasing),
  careerAction('update_job_status', "Change a saved job's status.", updateJobStatusArgs, updateJobStatusPhrasing),
  careerAction('import_resume', 'Import a resume file.', importResumeArgs, importResumePhrasing),
  careerAction('show_resume', 'Show a resume.', showResumeArgs, showResumePhrasing),
  careerAction('use_resume', 'Make a resume the active one.', useResumeArgs, useResumePhrasing),
  careerAction('analyze_match', 'Score a resume against a job.', analyzeMatchArgs, analyzeMatchPhrasing),
  careerAction('optimize_resume', 'Tailor a resume to a job.', optimizeResumeArgs, optimizeResumePhrasing),
  careerAction('write_cover_letter', 'Write a cover letter for a job.', writeCoverLetterArgs, writeCoverLetterPhrasing),
  careerAction('create_interview_prep', 'Write an interview prep pack for a job.', createInterviewPrepArgs, createInterviewPrepPhrasing),
  careerAction('list_documents', 'List the documents written so far.', listDocumentsArgs, listDocumentsPhrasing),
  careerAction('export_document', 'Export a document as Markdown, PDF or DOCX.', exportDocumentArgs, exportDocumentPhrasing),
];

/**
 * The desktop actions plus every career action with a stand-in handler.
 *
 * @example
 * const planner = createRulesPlanner({ registry: fullRegistry() });
 */
export const fullRegistry = (): ActionRegistry => new ActionRegistry([...builtinActions, ...careerStandIns]);
