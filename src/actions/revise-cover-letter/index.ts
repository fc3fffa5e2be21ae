import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { JOB_REFERENCES } from '../../career/jobs/resolve-job.ts';
import { DOCUMENT_REFERENCE } from '../../career/writing/resolve-document.ts';
import { reviseCoverLetter } from '../../career/writing/revise-cover-letter.ts';
import { describeChanges } from '../../present/describe-changes.ts';
import { reviseCoverLetterArgs } from './args.ts';
import { reviseCoverLetterPhrasing } from './phrasing.ts';
import { toneNote } from '../write-cover-letter/index.ts';

/**
 * `revise_cover_letter`: a new version of the last (or a named) cover letter, shorter,
 * longer, more or less formal, written and grounded like the first and stored beside it.
 *
 * @example
 * registry line: makeReviseCoverLetterAction(dependencies)
 */
export const makeReviseCoverLetterAction = (dependencies: CareerDependencies) =>
  defineAction({
    name: 'revise_cover_letter',
    description: 'Write a new version of the last (or a named) cover letter: shorter, longer, more formal or less formal; the earlier one is kept.',
    args: reviseCoverLetterArgs,
    phrasing: reviseCoverLetterPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const revision = await reviseCoverLetter(args, dependencies, context);
      if (!revision.ok) return { ok: false, summary: revision.error };
      const { letter, from, tone, text, changes, words, note } = revision;
      return {
        ok: true,
        // Without a model, a tone the writer lacks ("humble") is written in the closest, and the answer says so, as a new letter's does.
        summary: `${dependencies.writer ? '' : toneNote(args.tone_asked, tone)}Wrote a ${words} version of "${from.title}" [${from.id}] in the ${tone} tone [${letter.id}]; the earlier one is kept. Say "export it as PDF" for a file.${note}${describeChanges(changes)}\n\n${text}`,
        data: { document_id: letter.id, revision_of: from.id, tone, changes: changes.length },
        references: { [DOCUMENT_REFERENCE]: letter.id, ...(letter.job_id ? { [JOB_REFERENCES.lastJob]: letter.job_id, [JOB_REFERENCES.missed]: '' } : {}) },
      };
    },
  });
