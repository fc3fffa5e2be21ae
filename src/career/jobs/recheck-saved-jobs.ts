import type { JobChecksRepository } from '../../db/repositories/job-checks.ts';
import type { JobsRepository } from '../../db/repositories/jobs.ts';
import type { SavedJobsRepository } from '../../db/repositories/saved-jobs.ts';
import { checkStillOpen, type StillOpenDependencies, type StillOpenStatus } from '../../jobs/check-still-open.ts';
import type { JobStatus } from '../../protocol/vocabulary.ts';

/** What one re-check found about one saved job. */
export interface RecheckOutcome {
  job_id: string;
  title: string;
  company: string;
  status: StillOpenStatus;
  /** The status before this check; null the first time. */
  previous: StillOpenStatus | null;
  reason: string;
  /** true when it just became closed or changed: worth a notification. */
  news: boolean;
}

export interface RecheckDependencies extends StillOpenDependencies {
  saved: SavedJobsRepository;
  jobs: JobsRepository;
  checks: JobChecksRepository;
  /** The clock the checks are dated by. */
  now?: () => number;
  /** Which tracker entries are re-checked. Default: saved, applied, interviewing. */
  statuses?: readonly JobStatus[];
}

const stillPursued: readonly JobStatus[] = ['saved', 'applied', 'interviewing'];

/**
 * Re-checks every saved job still being pursued against its posting's own ATS endpoint
 * (`checkStillOpen`), one after another (the boards' rate limits apply), and stores each
 * answer; a posting past its closing date (`closes_on`) is closed without asking. A check that cannot tell (`unknown`: a network error) leaves a known status as it
 * was. Returns what each check found; `news` marks the postings that just closed or changed,
 * for whoever notifies (the scheduler's job, wired when alerts land).
 *
 * @example
 * const outcomes = await recheckSavedJobs({ saved, jobs, checks, http, signal });
 * const closed = outcomes.filter((outcome) => outcome.news && outcome.status === 'closed');
 */
export async function recheckSavedJobs(deps: RecheckDependencies): Promise<RecheckOutcome[]> {
  const now = deps.now ?? Date.now;
  const statuses = deps.statuses ?? stillPursued;
  const entries = (await deps.saved.list()).filter((entry) => statuses.includes(entry.status));
  const outcomes: RecheckOutcome[] = [];
  for (const entry of entries) {
    if (deps.signal.aborted) break;
    const job = await deps.jobs.get(entry.job_id);
    if (!job) continue;
    const before = await deps.checks.get(job.id);
    // Past its closing date the posting is closed, whatever its page still shows: no need to ask.
    const today = new Date(now()).toISOString().slice(0, 10);
    const result =
      job.closes_on && job.closes_on < today
        ? { status: 'closed' as const, reference: null, fingerprint: null, reason: `Its closing date, ${job.closes_on}, has passed.` }
        : await checkStillOpen(
            { title: job.title, url: job.url, sources: job.sources, baselineFingerprint: before?.baseline_fingerprint ?? null },
            deps,
          );
    const previous = before?.status ?? null;
    if (result.status === 'unknown' && previous !== null && previous !== 'unknown') {
      outcomes.push({ job_id: job.id, title: job.title, company: job.company, status: previous, previous, reason: before?.reason ?? '', news: false });
      continue;
    }
    const stored = await deps.checks.record(job.id, result, new Date(now()));
    outcomes.push({
      job_id: job.id,
      title: job.title,
      company: job.company,
      status: stored.status,
      previous,
      reason: stored.reason,
      news: stored.status !== previous && (stored.status === 'closed' || stored.status === 'changed'),
    });
  }
  return outcomes;
}
