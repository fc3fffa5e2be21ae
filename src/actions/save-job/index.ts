import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { jobInWords, recordTrackerChange } from '../../career/changes/record-change.ts';
import { JOB_REFERENCES, resolveJob } from '../../career/jobs/resolve-job.ts';
import { saveJobArgs } from './args.ts';
import { saveJobPhrasing } from './phrasing.ts';

/**
 * `save_job`: keeps a job in the tracker (status `saved`), with an optional note.
 *
 * @example
 * registry line: makeSaveJobAction(dependencies)
 */
export const makeSaveJobAction = (dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'changes'>) =>
  defineAction({
    name: 'save_job',
    description: 'Save a job to the application tracker, with an optional note.',
    args: saveJobArgs,
    phrasing: saveJobPhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const resolved = await resolveJob(args.job, { references: context.references ?? {}, ...dependencies });
      if (!resolved.ok) return { ok: false, summary: resolved.error, ...(resolved.references ? { references: resolved.references } : {}) };
      const { job } = resolved;
      const before = await dependencies.saved.get(job.id);
      const { saved, created } = await dependencies.saved.save(job.id, args.notes?.trim() ?? '');
      if (created || before?.notes !== saved.notes) {
        const description = created ? `saved ${jobInWords(job)}` : `added a note to ${jobInWords(job)}`;
        await recordTrackerChange(dependencies, context, { job, before, after: saved, description });
      }
      const note = args.notes?.trim() ? ` with the note "${args.notes.trim()}"` : '';
      return {
        ok: true,
        summary: created
          ? `Saved "${job.title}" at ${job.company}${note} [${job.id}].`
          : `"${job.title}" at ${job.company} was already saved (status: ${saved.status})${note ? `; added the note${note.replace(' with the note', '')}` : ''}.`,
        data: { job_id: job.id, status: saved.status },
        references: { [JOB_REFERENCES.lastJob]: job.id, [JOB_REFERENCES.missed]: '' },
      };
    },
  });
