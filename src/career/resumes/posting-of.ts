import type { JobRecord } from '../../db/repositories/jobs.ts';
import type { JobPosting } from '../../resume/match.ts';

/**
 * What matching, edits and grounding read of a job: its title, company, description and tags.
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

/**
 * A pasted posting: its first line is the title (which carries the level: "Senior …").
 *
 * @example
 * postingFromText('# Senior Go Engineer\nRequirements: …'); // { title: 'Senior Go Engineer', description: … }
 */
export function postingFromText(text: string): JobPosting {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const title = firstLine.replace(/^[#*\s-]+|[*\s]+$/g, '').slice(0, 200);
  return { title, description: text };
}
