import { writeInterviewPrep } from '../../documents/interview-prep-writer.ts';
import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import { DOCUMENT_REFERENCE } from '../../career/writing/resolve-document.ts';
import { writeDocument } from '../../career/writing/write-document.ts';
import { writingContext } from '../../career/writing/writing-context.ts';
import { describeChanges } from '../../present/describe-changes.ts';
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
      if (!prepared.ok) return { ok: false, summary: prepared.error, ...(prepared.references ? { references: prepared.references } : {}) };
      const { writing } = prepared;
      const { job } = writing;
      const { document, text, changes } = await writeDocument(
        dependencies,
        context,
        writing,
        { kind: 'interview_prep', title: `Interview prep — ${writing.posting.title} at ${job.company}` },
        () => writeInterviewPrep({ resume: writing.resume.resume, posting: writing.posting }),
      );
      return {
        ok: true,
        summary: `Prepared an interview pack for "${job.title}" at ${job.company} [${document.id}].${describeChanges(changes)}\n\n${text}`,
        data: { document_id: document.id, changes: changes.length },
        references: { [DOCUMENT_REFERENCE]: document.id, [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' },
      };
    },
  });
