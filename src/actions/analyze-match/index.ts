import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import { matchReferences } from '../../career/resumes/match-references.ts';
import { formatMatch } from '../../present/format-match.ts';
import { analyzeMatchArgs } from './args.ts';
import { analyzeMatchPhrasing } from './phrasing.ts';

/**
 * `analyze_match`: how well a resume fits a job, deterministic and explainable: a score
 * with its breakdown, matched and missing skills, and advice tied to what is missing.
 *
 * @example
 * registry line: makeAnalyzeMatchAction(dependencies)
 */
export const makeAnalyzeMatchAction = (dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'resumes'>) =>
  defineAction({
    name: 'analyze_match',
    description: 'Score how well the user’s resume matches a job, with the missing skills and concrete advice.',
    args: analyzeMatchArgs,
    phrasing: analyzeMatchPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args, context) {
      const found = await matchReferences(args, context, dependencies);
      if (!found.ok) return { ok: false, summary: found.error };
      const { job, match } = found;
      return {
        ok: true,
        summary: formatMatch(match, `"${job.title}" at ${job.company} [${job.id}]`),
        data: { job_id: job.id, resume_id: match.resume_id, score: match.score, missing: match.missing.slice(0, 10) },
        references: { [JOB_REFERENCES.lastJob]: job.id },
      };
    },
  });
