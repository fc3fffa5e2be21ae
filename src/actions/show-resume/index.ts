import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { RESUME_REFERENCE, resolveResume } from '../../career/resumes/resolve-resume.ts';
import { showResumeArgs } from './args.ts';
import { showResumePhrasing } from './phrasing.ts';
import { describeResume } from '../../present/describe-resume.ts';

/**
 * `show_resume`: a readable summary of a stored resume (the active one by default).
 *
 * @example
 * registry line: makeShowResumeAction(dependencies)
 */
export const makeShowResumeAction = (dependencies: Pick<CareerDependencies, 'resumes'>) =>
  defineAction({
    name: 'show_resume',
    description: 'Show a summary of the user’s resume as jobpilot read it.',
    args: showResumeArgs,
    phrasing: showResumePhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args) {
      const resolved = await resolveResume(args.resume, dependencies.resumes);
      if (!resolved.ok) return { ok: false, summary: resolved.error };
      const { resume } = resolved;
      return {
        ok: true,
        summary: `Resume "${resume.label}" [${resume.id}]${resume.active ? ' (active)' : ''}:\n${describeResume(resume)}`,
        data: { resume_id: resume.id },
        references: { [RESUME_REFERENCE]: resume.id },
      };
    },
  });
