import { suggestEdits } from '../../resume/optimize.ts';
import { parseSections } from '../../resume/parse-sections.ts';
import { type ActionResult, defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { DOCUMENT_REFERENCE } from '../../career/writing/resolve-document.ts';
import { writeDocument } from '../../career/writing/write-document.ts';
import { writingContext } from '../../career/writing/writing-context.ts';
import { describeChanges } from '../../present/describe-changes.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import { postingOf } from '../../career/resumes/posting-of.ts';
import { matchFigure } from '../../present/fit-label.ts';
import { optimizeResumeArgs } from './args.ts';
import { optimizeResumePhrasing } from './phrasing.ts';

/**
 * `optimize_resume`: concrete edits that make the active resume fit a job. Without a
 * model, a prioritised list (skills the resume already evidences, honest keywords, bullets
 * to move up); with one, also a tailored version, grounded against the original and
 * stored as a new resume version (the original is never replaced).
 *
 * @example
 * registry line: makeOptimizeResumeAction(dependencies)
 */
export const makeOptimizeResumeAction = (dependencies: CareerDependencies) =>
  defineAction({
    name: 'optimize_resume',
    description: 'Suggest concrete resume edits for a job; with a model configured, also write a tailored version.',
    args: optimizeResumeArgs,
    phrasing: optimizeResumePhrasing,
    approval: () => 'auto',
    async run(args, context): Promise<ActionResult> {
      const prepared = await writingContext(args, context, dependencies);
      if (!prepared.ok) return { ok: false, summary: prepared.error };
      const { writing } = prepared;
      const edits = suggestEdits({
        resume: writing.resume.resume,
        rawText: writing.resume.raw_text,
        posting: postingOf(writing.job),
        ...(writing.job.location ? { location: writing.job.location } : {}),
        ...(args.focus ? { focus: args.focus } : {}),
      });
      // What no wording meets (a licence not held, years not worked) is always said, after the eight most useful edits.
      const shown = [...edits.filter((edit) => edit.kind !== 'not-wording').slice(0, 8), ...edits.filter((edit) => edit.kind === 'not-wording')];
      const list = shown.map((edit, index) => `${index + 1}. [${edit.target}] ${edit.suggestion} — ${edit.reason}`);
      const heading = `Edits for "${writing.job.title}" at ${writing.job.company} (match ${matchFigure(writing.match)}):`;
      if (!dependencies.writer) {
        return {
          ok: true,
          summary: `${heading}\n${list.join('\n') || noEdit(writing.match)}`,
          data: { job_id: writing.job.id, edits: edits.length },
          references: { [JOB_REFERENCES.lastJob]: writing.job.id, [JOB_REFERENCES.missed]: '' },
        };
      }
      const { document, ...grounded } = await writeDocument(
        dependencies,
        context,
        writing,
        { kind: 'resume', focus: args.focus, title: `Tailored resume — ${writing.job.title} at ${writing.job.company}` },
        () => '',
      );
      const tailored = await dependencies.resumes.add({
        label: `${writing.resume.label} for ${writing.job.company}`,
        format: 'tailored',
        filename: null,
        rawText: grounded.text,
        resume: parseSections(grounded.text),
        parentId: writing.resume.id,
        jobId: writing.job.id,
      });
      return {
        ok: true,
        summary: `${heading}\n${list.join('\n')}\nWrote a tailored version as resume "${tailored.label}" [${tailored.id}] and document [${document.id}]; your original is unchanged.${describeChanges(grounded.changes)}`,
        data: { job_id: writing.job.id, resume_id: tailored.id, document_id: document.id, changes: grounded.changes.length },
        references: { [JOB_REFERENCES.lastJob]: writing.job.id, [JOB_REFERENCES.missed]: '', [DOCUMENT_REFERENCE]: document.id },
      };
    },
  });

/** A score below this is no resume that "already covers" the posting, whatever edits were found. */
const coveredFrom = 70;

/**
 * When no edit was found: "nothing to change" only when the match shows nothing missing and a
 * good score; otherwise what is missing, plainly, since no wording puts it there.
 */
function noEdit(match: { score: number; missing?: readonly string[] | undefined; knock_outs?: readonly string[] | undefined }): string {
  const missing = [...(match.knock_outs ?? []), ...(match.missing ?? [])].filter((name, index, all) => all.indexOf(name) === index);
  if (missing.length === 0 && match.score >= coveredFrom) return 'Nothing to change: the resume already covers what the posting asks for.';
  const gaps = missing.length > 0 ? `it asks for ${missing.slice(0, 4).join(', ')}${missing.length > 4 ? ` and ${missing.length - 4} more` : ''}, which your resume does not show` : 'the match is low on what the posting asks';
  return `No rewording I can suggest closes the gap: ${gaps}. Add only what you have really done, with a bullet saying what you did; what you have not done stays a gap to raise honestly (or a reason to choose another posting).`;
}
