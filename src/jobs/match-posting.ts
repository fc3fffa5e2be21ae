import type { JobRecord } from '../db/repositories/jobs.ts';
import type { JobPosting } from '../resume/match.ts';

/**
 * What matching, edits and grounding read of a stored job: its title, company, description and
 * tags (the board's level and categories). The one reader every fit goes through (`resume
 * match`, the chat, a search's fit, an alert run and its inbox entry), so one job has one fit.
 *
 * @example
 * analyzeMatch({ resume, posting: postingOf(job) });
 */
export const postingOf = (job: Pick<JobRecord, 'title' | 'company' | 'description' | 'tags'>): JobPosting => ({
  title: job.title,
  company: job.company,
  description: job.description,
  tags: job.tags,
});
