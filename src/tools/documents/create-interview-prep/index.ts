import { writeInterviewPrep } from '../../../documents/interview-prep-writer.ts';
import { writeWithModel } from '../../../documents/write-with-model.ts';
import { defineAction } from '../../action.ts';
import type { CareerDependencies } from '../../career-dependencies.ts';
import { JOB_REFERENCES } from '../../jobs/resolve-job.ts';
import { DOCUMENT_REFERENCE } from '../resolve-document.ts';
import { describeChanges, ground, usageRecorder, writingContext } from '../writing-context.ts';
import { createInterviewPrepArgs } from './args.ts';
import { createInterviewPrepPhrasing } from './phrasing.ts';

/**
 * `create_interview_prep`: likely questions, STAR stories from the real resume, skill
 * gaps with a plan each, and questions to ask; grounded and stored like a letter.
 *
 * @example
 * registry line: makeCreateInterviewPrepAction(dependencies)
 */
export const makeCreateInterviewPrepAction = (dependencies: CareerDependencies) =>
  defineAction({
    name: 'create_interview_prep',
    description: 'Prepare an interview pack for a job: likely questions, STAR stories from the resume, gaps to prepare, questions to ask.',
    args: createInterviewPrepArgs,
    phrasing: createInterviewPrepPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const prepared = await writingContext(args, context, dependencies);
      if (!prepared.ok) return { ok: false, summary: prepared.error };
      const { writing } = prepared;
      const draft = dependencies.writer
        ? await writeWithModel(
            dependencies.writer,
            {
              kind: 'interview_prep',
              resume: writing.resume.resume,
              job: writing.job,
              matched: writing.match.matched,
              missing: writing.match.missing,
              date: new Date().toISOString().slice(0, 10),
            },
            { signal: context.signal, onText: context.progress, onUsage: usageRecorder(dependencies, context) },
          )
        : writeInterviewPrep({ resume: writing.resume.resume, posting: writing.posting });
      const grounded = ground(draft, writing);
      const document = await dependencies.documents.add({
        kind: 'interview_prep',
        title: `Interview prep — ${writing.job.title} at ${writing.job.company}`,
        content: grounded.text,
        jobId: writing.job.id,
        resumeId: writing.resume.id,
        changes: grounded.changes,
      });
      return {
        ok: true,
        summary: `Prepared an interview pack for "${writing.job.title}" at ${writing.job.company} [${document.id}].${describeChanges(grounded.changes)}\n\n${grounded.text}`,
        data: { document_id: document.id, changes: grounded.changes.length },
        references: { [DOCUMENT_REFERENCE]: document.id, [JOB_REFERENCES.lastJob]: writing.job.id },
      };
    },
  });
