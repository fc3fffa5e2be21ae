import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { RESUME_REFERENCE, resolveResume } from '../../career/resumes/resolve-resume.ts';
import { useResumeArgs } from './args.ts';
import { useResumePhrasing } from './phrasing.ts';

/**
 * `use_resume`: makes another stored resume the active one ("use my backend resume").
 *
 * @example
 * registry line: makeUseResumeAction(dependencies)
 */
export const makeUseResumeAction = (dependencies: Pick<CareerDependencies, 'resumes'>) =>
  defineAction({
    name: 'use_resume',
    description: 'Make one of the stored resumes the active one for matching and writing.',
    args: useResumeArgs,
    phrasing: useResumePhrasing,
    approval: () => 'auto',
    async run(args) {
      const resolved = await resolveResume(args.resume, dependencies.resumes);
      if (!resolved.ok) return { ok: false, summary: resolved.error };
      await dependencies.resumes.choose(resolved.resume.id);
      return {
        ok: true,
        summary: `Now using "${resolved.resume.label}" [${resolved.resume.id}] for matching and writing.`,
        data: { resume_id: resolved.resume.id },
        references: { [RESUME_REFERENCE]: resolved.resume.id },
      };
    },
  });
