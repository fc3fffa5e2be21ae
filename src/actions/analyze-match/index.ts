import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import { matchReferences } from '../../career/resumes/match-references.ts';
import { matchResume } from '../../career/resumes/match-resume.ts';
import { postingFromText } from '../../career/resumes/posting-of.ts';
import { resolveResume } from '../../career/resumes/resolve-resume.ts';
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
    description:
      'Score how well the user’s resume matches a job (one jobpilot knows, or a posting pasted as text), with the missing skills and concrete advice.',
    args: analyzeMatchArgs,
    phrasing: analyzeMatchPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args, context) {
      if (args.job_text !== undefined) return matchPasted(args.job_text, args.resume, dependencies);
      const found = await matchReferences({ ...args, job: args.job ?? 'it' }, context, dependencies);
      if (!found.ok) return { ok: false, summary: found.error, ...(found.references ? { references: found.references } : {}) };
      const { job, match } = found;
      return {
        ok: true,
        summary: formatMatch(match, `"${job.title}" at ${job.company} [${job.id}]`),
        data: { job_id: job.id, resume_id: match.resume_id, score: match.score, missing: match.missing.slice(0, 10) },
        references: { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' },
      };
    },
  });

/** A posting pasted into the conversation, scored as it is: nothing is added to the index. */
async function matchPasted(text: string, resumeReference: string | undefined, dependencies: Pick<CareerDependencies, 'resumes'>) {
  const resume = await resolveResume(resumeReference, dependencies.resumes);
  if (!resume.ok) return { ok: false, summary: resume.error };
  const posting = postingFromText(text);
  const match = matchResume(resume.resume, posting);
  const title = posting.title.length > 80 ? `${posting.title.slice(0, 77)}…` : posting.title;
  return {
    ok: true,
    summary: `${formatMatch(match, `the posting you pasted ("${title}")`)}\nIt is not in your job index: to save or track it, import it with \`jobpilot jobs import FILE\`.`,
    data: { job_id: null, resume_id: match.resume_id, score: match.score, missing: match.missing.slice(0, 10) },
  };
}
