import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { dayIn } from '../../time/time-zone.ts';
import { RESUME_REFERENCE, resolveResume } from '../../career/resumes/resolve-resume.ts';
import { showResumeArgs } from './args.ts';
import { showResumePhrasing } from './phrasing.ts';
import { describeResume } from '../../present/describe-resume.ts';
import { describeYears } from '../../present/describe-years.ts';

/**
 * `show_resume`: a readable summary of a stored resume (the active one by default).
 *
 * @example
 * registry line: makeShowResumeAction(dependencies)
 */
export const makeShowResumeAction = (dependencies: Pick<CareerDependencies, 'resumes' | 'timeZone'>) =>
  defineAction({
    name: 'show_resume',
    description: 'Show a summary of the user’s resume as jobpilot read it, or (all) list every stored resume.',
    args: showResumeArgs,
    phrasing: showResumePhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args) {
      if (args.all) return listResumes(dependencies);
      const resolved = await resolveResume(args.resume, dependencies.resumes);
      if (!resolved.ok) return { ok: false, summary: resolved.error };
      const { resume } = resolved;
      if (args.years) {
        return {
          ok: true,
          summary: `${describeYears(resume.resume, new Date())} (From the resume "${resume.label}" [${resume.id}].)`,
          data: { resume_id: resume.id },
          references: { [RESUME_REFERENCE]: resume.id },
        };
      }
      return {
        ok: true,
        summary: `Resume "${resume.label}" [${resume.id}]${resume.active ? ' (active)' : ''}:\n${describeResume(resume)}`,
        data: { resume_id: resume.id },
        references: { [RESUME_REFERENCE]: resume.id },
      };
    },
  });

/** Every stored resume, one line each, newest first: what "show me all my resumes" asks for. */
async function listResumes(dependencies: Pick<CareerDependencies, 'resumes' | 'timeZone'>) {
  const all = await dependencies.resumes.list();
  if (all.length === 0) return { ok: false, summary: 'No resume yet: import one first, e.g. "import my resume from ~/cv.pdf".' };
  const lines = all.map((resume, index) => {
    const notes = [resume.format, ...(resume.active ? ['active'] : []), ...(resume.parent_id ? [`tailored from ${resume.parent_id}`] : [])];
    return `${index + 1}. "${resume.label}" (${notes.join(', ')}) · ${dayIn(new Date(resume.created_at), dependencies.timeZone)} [${resume.id}]`;
  });
  const example = all.find((resume) => !resume.active)?.label ?? all[0]?.label;
  return {
    ok: true,
    summary: `${all.length} resume${all.length === 1 ? '' : 's'}:\n${lines.join('\n')}\nSay "show the ${example} resume" to see one, or "use my ${example} resume" to switch.`,
    data: { resume_ids: all.map((resume) => resume.id) },
  };
}
