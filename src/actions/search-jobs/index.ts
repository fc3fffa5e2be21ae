import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { jobLine } from '../../present/format-job.ts';
import { fitLabel } from '../../present/fit-label.ts';
import { JOB_REFERENCES, listedIds } from '../../career/jobs/resolve-job.ts';
import { searchJobs } from '../../career/jobs/search-jobs.ts';
import { seniorityIn } from '../../jobs/seniority-words.ts';
import { searchJobsArgs } from './args.ts';
import { searchJobsPhrasing } from './phrasing.ts';
import { lastSearchReference } from './read-follow-up.ts';

/** "part-time", "full-time", "contract": an employment type as people write it. */
const typeWords = (type: string): string => type.replace(/_/g, '-');

/** At most this many result ids are kept as the thread's "last results". */
const maxReferencedResults = 50;

/**
 * `search_jobs`: live search across the enabled boards plus the local index, answered as
 * a numbered list ("the second one" then works). The planner sees titles, companies and
 * ids, never descriptions.
 *
 * @example
 * registry line: makeSearchJobsAction(dependencies)
 */
export const makeSearchJobsAction = (dependencies: Pick<CareerDependencies, 'searchJobs'> & Partial<Pick<CareerDependencies, 'timeZone'>>) =>
  defineAction({
    name: 'search_jobs',
    description: 'Search live job boards and the saved job index for openings.',
    args: searchJobsArgs,
    phrasing: searchJobsPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args, context) {
      const limit = args.limit ?? 10;
      const answer = await searchJobs(
        dependencies.searchJobs,
        {
          // (No query: every kind of job in the place, at the company or within the filters asked for.)
          text: args.query ?? '',
          limit,
          location: args.location,
          remote: args.remote,
          company: args.company,
          minSalary: args.min_salary,
          minSalaryCurrency: args.min_salary_currency,
          seniority: args.seniority,
          excludeSeniority: args.exclude_seniority,
          employmentType: args.employment_type,
          excludeEmploymentTypes: args.exclude_employment_type,
          excludeAgencies: args.exclude_agencies,
          sort: args.sort ?? 'relevance',
        },
        context.signal,
      );
      const ids = answer.jobs.map((job) => job.id).slice(0, maxReferencedResults);
      const what = [
        args.remote ? 'remote' : '',
        // "senior typescript" already says it; "typescript" with seniority senior does not.
        args.seniority && seniorityIn(args.query ?? '') !== args.seniority ? args.seniority : '',
        args.employment_type ? typeWords(args.employment_type) : '',
        args.query ?? 'jobs',
        args.company ? `at ${args.company}` : '',
        args.location ? `in ${args.location}` : '',
        args.min_salary ? `paying ${args.min_salary_currency ? `${args.min_salary_currency} ` : ''}${args.min_salary.toLocaleString('en-US')}+ a year` : '',
        // Said back, so the person sees the exclusion was applied, not the opposite filter.
        args.exclude_seniority ? `, not ${args.exclude_seniority.join(' or ')}` : '',
        args.exclude_employment_type ? `, no ${args.exclude_employment_type.map(typeWords).join(' or ')} roles` : '',
        args.exclude_agencies ? ', no agencies' : '',
      ]
        .filter(Boolean)
        .join(' ')
        .replaceAll(' ,', ',');
      if (answer.jobs.length === 0) {
        return {
          ok: true,
          summary: answer.offline
            ? answer.offline.newest
              ? `No jobs found for "${what}". ${answer.note}. Check the network and search again; then try fewer or broader words.`
              : `No jobs found for "${what}": the job boards could not be reached (network down?) and the saved index is empty. Check the network, or add postings with \`jobpilot jobs import FILE\` (JSON or CSV).`
            : `No jobs found for "${what}" (${answer.note}). Try fewer or broader words.`,
          data: { count: 0, errors: answer.errors },
        };
      }
      const lines = answer.jobs.map((job, index) => jobLine(job, index + 1, job.fit ? fitLabel(job.fit) : undefined, dependencies.timeZone));
      return {
        ok: true,
        // Offline, the note leads: the person should know first that the boards were not reached.
        summary: answer.offline
          ? `${answer.note}. Found ${answer.jobs.length} job${answer.jobs.length === 1 ? '' : 's'} for "${what}":\n${lines.join('\n')}`
          : `Found ${answer.jobs.length} job${answer.jobs.length === 1 ? '' : 's'} for "${what}" (${answer.note}):\n${lines.join('\n')}`,
        data: {
          count: answer.jobs.length,
          job_ids: ids,
          ...(answer.offline ? { offline: true, index_updated_at: answer.offline.newest } : {}),
          errors: answer.errors,
        },
        references: {
          [lastSearchReference]: JSON.stringify(args),
          [JOB_REFERENCES.lastResults]: ids.join(','),
          ...shownWith(ids, context),
          [JOB_REFERENCES.missed]: '',
          ...(ids.length === 1 && ids[0] ? { [JOB_REFERENCES.lastJob]: ids[0] } : {}),
        },
      };
    },
  });

/**
 * The jobs the answer lists so far: an earlier search of the same run ("in Lisbon or remote" runs two) listed its
 * own, and the person sees both lists in one answer.
 */
function shownWith(ids: readonly string[], context: { references?: Readonly<Record<string, string>>; runId?: string | null }): Record<string, string> {
  const references = context.references ?? {};
  const sameRun = Boolean(context.runId) && references[JOB_REFERENCES.shownRun] === context.runId;
  const earlier = sameRun ? listedIds(references) : [];
  const shown = [...earlier.filter((id) => !ids.includes(id)), ...ids].slice(-100);
  return { [JOB_REFERENCES.shown]: shown.join(','), [JOB_REFERENCES.shownRun]: context.runId ?? '' };
}
