import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { recordResumeChange } from '../../career/changes/record-change.ts';
import { RESUME_REFERENCE, resolveResume } from '../../career/resumes/resolve-resume.ts';
import { useResumeArgs } from './args.ts';
import { useResumePhrasing } from './phrasing.ts';

/**
 * `use_resume`: makes another stored resume the active one ("use my backend resume",
 * "switch back to my pdf resume"); "undo" switches back.
 *
 * @example
 * registry line: makeUseResumeAction(dependencies)
 */
export const makeUseResumeAction = (dependencies: Pick<CareerDependencies, 'resumes' | 'changes'>) =>
  defineAction({
    name: 'use_resume',
    description: 'Make one of the stored resumes the active one for matching and writing, named by id, label or file format.',
    args: useResumeArgs,
    phrasing: useResumePhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const resolved = await resolveResume(args.resume, dependencies.resumes);
      if (!resolved.ok) return { ok: false, summary: resolved.error };
      const { resume } = resolved;
      const before = await dependencies.resumes.active();
      if (before?.id === resume.id) {
        return {
          ok: true,
          summary: `"${resume.label}" [${resume.id}] is already the active resume.`,
          data: { resume_id: resume.id },
          references: { [RESUME_REFERENCE]: resume.id },
        };
      }
      await dependencies.resumes.choose(resume.id);
      await recordResumeChange(dependencies, context, { before: before?.id ?? null, after: resume, description: `switched the active resume to "${resume.label}"` });
      return {
        ok: true,
        summary: `Now using "${resume.label}" [${resume.id}] (${resume.format}) for matching and writing.`,
        data: { resume_id: resume.id },
        references: { [RESUME_REFERENCE]: resume.id },
      };
    },
  });
