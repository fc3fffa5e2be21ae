import type { JobRecord } from '../../db/repositories/jobs.ts';
import type { SavedJob } from '../../db/repositories/saved-jobs.ts';
import type { CareerCallContext, CareerDependencies } from '../career-dependencies.ts';
import { jobInWords, recordTrackerChange } from '../changes/record-change.ts';
import { resolveJob } from './resolve-job.ts';

export type UnsaveOutcome =
  | { ok: true; job: JobRecord; removed: SavedJob }
  | { ok: false; error: string; job?: JobRecord };

/**
 * Takes a job off the saved list (its status history with it), and records the change so
 * "undo" can put it back. A job that is not saved, or that no list knows, gets an answer
 * naming what is saved.
 *
 * @example
 * const outcome = await unsaveJob('the Hotjar one', dependencies, context);
 */
export async function unsaveJob(
  reference: string,
  dependencies: Pick<CareerDependencies, 'jobs' | 'saved' | 'changes'>,
  context: Pick<CareerCallContext, 'references' | 'threadId'>,
): Promise<UnsaveOutcome> {
  const resolved = await resolveJob(reference, { references: context.references ?? {}, ...dependencies });
  if (!resolved.ok) return { ok: false, error: `${resolved.error}${await savedList(dependencies)}` };
  const { job } = resolved;
  const removed = await dependencies.saved.remove(job.id);
  if (!removed) return { ok: false, job, error: `${jobInWords(job)} is not on your saved list, so there is nothing to remove.${await savedList(dependencies)}` };
  await recordTrackerChange(dependencies, context, {
    job,
    before: removed,
    after: null,
    description: `removed ${jobInWords(job)} from your saved jobs`,
  });
  return { ok: true, job, removed };
}

/** " Saved: "SRE" at Monzo, …" (the first few), or that nothing is saved. */
async function savedList(dependencies: Pick<CareerDependencies, 'saved'>): Promise<string> {
  const saved = await dependencies.saved.list();
  if (saved.length === 0) return ' You have no saved jobs.';
  const shown = saved.slice(0, 5).map((entry) => `${jobInWords(entry)} (${entry.status})`);
  return ` Saved: ${shown.join(', ')}${saved.length > shown.length ? `, and ${saved.length - shown.length} more` : ''}.`;
}
