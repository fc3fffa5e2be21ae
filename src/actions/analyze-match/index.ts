import { analyzeMatch } from '../../resume/match.ts';
import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { JOB_REFERENCES, resolveJob } from '../../career/jobs/resolve-job.ts';
import { formatMatch } from '../../present/format-match.ts';
import { resolveResume } from '../../career/resumes/resolve-resume.ts';
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
    async run(args, context) {
      const resume = await resolveResume(args.resume, dependencies.resumes);
      if (!resume.ok) return { ok: false, summary: resume.error };
      const job = await resolveJob(args.job, { references: context.references ?? {}, ...dependencies });
      if (!job.ok) return { ok: false, summary: job.error };
      const result = analyzeMatch({
        resume: resume.resume.resume,
        rawText: resume.resume.raw_text,
        posting: { title: job.job.title, company: job.job.company, description: job.job.description, tags: job.job.tags },
      });
      return {
        ok: true,
        summary: formatMatch(result, `"${job.job.title}" at ${job.job.company} [${job.job.id}]`),
        data: { job_id: job.job.id, resume_id: resume.resume.id, score: result.score, missing: result.missing.slice(0, 10) },
        references: { [JOB_REFERENCES.lastJob]: job.job.id },
      };
    },
  });
