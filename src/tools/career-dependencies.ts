import type { DocumentsRepository } from '../db/repositories/documents.ts';
import type { JobsRepository } from '../db/repositories/jobs.ts';
import type { ResumesRepository } from '../db/repositories/resumes.ts';
import type { SavedJobsRepository } from '../db/repositories/saved-jobs.ts';
import type { UsageRecord } from '../graph/nodes/planner-node.ts';
import type { JobSearch } from '../jobs/job-search.ts';
import type { ModelClient } from '../model/model-client.ts';

/**
 * What the career actions (jobs, resumes, documents) are built from: the person's data
 * and the outside services. Handlers get it through their factory, never from globals.
 */
export interface CareerDependencies {
  jobs: JobsRepository;
  saved: SavedJobsRepository;
  resumes: ResumesRepository;
  documents: DocumentsRepository;
  searchJobs: JobSearch;
  /** The configured model, for writers (letters, prep packs, tailored resumes); none with the rules planner. */
  writer?: ModelClient | undefined;
  /** Stores what each writer call cost. */
  recordUsage?: ((usage: UsageRecord) => Promise<void>) | undefined;
}
