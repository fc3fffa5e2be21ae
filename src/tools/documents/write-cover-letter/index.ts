import { writeCoverLetter } from '../../../documents/cover-letter-writer.ts';
import { writeWithModel } from '../../../documents/write-with-model.ts';
import { defineAction } from '../../action.ts';
import type { CareerDependencies } from '../../career-dependencies.ts';
import { JOB_REFERENCES } from '../../jobs/resolve-job.ts';
import { DOCUMENT_REFERENCE } from '../resolve-document.ts';
import { describeChanges, ground, usageRecorder, writingContext } from '../writing-context.ts';
import { writeCoverLetterArgs } from './args.ts';
import { writeCoverLetterPhrasing } from './phrasing.ts';

/**
 * `write_cover_letter`: a letter for one job from the person's real resume. With a model,
 * the letter streams to the client as it is written (`tool-progress`); without one, a
 * deterministic writer composes it in the chosen tone. Either way the grounding check
 * removes what neither the resume nor the posting backs, and the letter is stored.
 *
 * @example
 * registry line: makeWriteCoverLetterAction(dependencies)
 */
export const makeWriteCoverLetterAction = (dependencies: CareerDependencies) =>
  defineAction({
    name: 'write_cover_letter',
    description: 'Write a cover letter for a job from the user’s resume, in a chosen tone, and store it.',
    args: writeCoverLetterArgs,
    phrasing: writeCoverLetterPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const prepared = await writingContext(args, context, dependencies);
      if (!prepared.ok) return { ok: false, summary: prepared.error };
      const { writing } = prepared;
      const tone = args.tone ?? 'professional';
      const today = new Date();
      const date = today.toISOString().slice(0, 10);
      const draft = dependencies.writer
        ? await writeWithModel(
            dependencies.writer,
            {
              kind: 'cover_letter',
              resume: writing.resume.resume,
              job: writing.job,
              matched: writing.match.matched,
              missing: writing.match.missing,
              tone,
              hiringManager: args.hiring_manager,
              date,
            },
            { signal: context.signal, onText: context.progress, onUsage: usageRecorder(dependencies, context) },
          )
        : writeCoverLetter({
            resume: writing.resume.resume,
            posting: writing.posting,
            tone,
            ...(args.hiring_manager ? { hiringManager: args.hiring_manager } : {}),
            date: today,
          });
      const grounded = ground(draft, writing);
      const document = await dependencies.documents.add({
        kind: 'cover_letter',
        title: `Cover letter — ${writing.job.title} at ${writing.job.company}`,
        content: grounded.text,
        jobId: writing.job.id,
        resumeId: writing.resume.id,
        changes: grounded.changes,
      });
      return {
        ok: true,
        summary: `Wrote a ${tone} cover letter for "${writing.job.title}" at ${writing.job.company} [${document.id}]; say "export it as PDF" for a file.${describeChanges(grounded.changes)}\n\n${grounded.text}`,
        data: { document_id: document.id, changes: grounded.changes.length },
        references: { [DOCUMENT_REFERENCE]: document.id, [JOB_REFERENCES.lastJob]: writing.job.id },
      };
    },
  });
