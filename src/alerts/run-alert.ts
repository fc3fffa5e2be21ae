import type { AlertRecord, AlertRunsRepository, AlertRunStatus, FailedBoard, ReusedAnswer } from '../db/repositories/alerts.ts';
import type { NotificationInput } from '../db/repositories/notifications.ts';
import type { ResumesRepository } from '../db/repositories/resumes.ts';
import { dedupeKey } from '../jobs/dedupe-key.ts';
import { postingOf } from '../jobs/match-posting.ts';
import type { JobSearch, RankedJob } from '../jobs/job-search.ts';
import { meetsSalaryFloor } from '../jobs/posting-constraints.ts';
import { statedSalary } from '../jobs/salary-in-text.ts';
import { prepareResume, scorePosting } from '../resume/match.ts';
import { reusedAnswerInWords } from '../present/reused-answer.ts';
import { fitReason } from './fit-reason.ts';

/** How many postings a run asks the index for (newest first) before keeping the new ones. */
const searchLimit = 50;
/** How many new openings one notification lists; the rest are counted. */
const listedInNotification = 10;

/** A new opening as a run reports it. */
export interface AlertMatch {
  job_id: string;
  title: string;
  company: string;
  location: string | null;
  url: string;
  /** 0–100 against the active resume; null without one. */
  fit: number | null;
  /**
   * "matches 8 of the 10 skills it asks for"; with a pay floor, a posting that states no pay
   * says so ("states no pay, so it may be under 60,000"). Null without a resume and nothing to say.
   */
  reason: string | null;
}

export interface RunAlertDependencies {
  runs: AlertRunsRepository;
  /** The alert owner's live search and resumes. */
  careerFor: (owner: string) => { searchJobs: JobSearch; resumes: ResumesRepository };
  notify: (input: NotificationInput & { owner: string }) => Promise<unknown>;
  now: () => Date;
}

export interface AlertRunOutcome {
  status: AlertRunStatus;
  matches: AlertMatch[];
  failedBoards: FailedBoard[];
  /** Boards not asked again: an answer kept from an earlier call stood (their terms ask for few calls). */
  reusedAnswers?: ReusedAnswer[];
  /** The openings that match the alert now, told before or not (none: "no openings match … right now", not "nothing new"). */
  matching?: number;
  error: string | null;
}

/**
 * One run of one alert: asks the boards and the index, keeps the openings this alert has not
 * reported before (by the dedupe key, so the same opening on two boards counts once), ranks
 * them by fit to the owner's active resume with the reason, records the run (status,
 * duration, boards that failed) and, when there is something new, notifies the owner. A run
 * that is not queued (already run by another process, or its alert deleted) does nothing.
 *
 * @example
 * const outcome = await runAlert(dependencies, runId, signal); // null when the run was not queued
 */
export async function runAlert(dependencies: RunAlertDependencies, runId: string, signal?: AbortSignal): Promise<AlertRunOutcome | null> {
  const { runs, careerFor, notify, now } = dependencies;
  const startedAt = now();
  const run = await runs.start(runId, startedAt);
  if (!run) return null;
  const alert = await runs.alert(run.alert_id);
  if (!alert) return null;
  let outcome: AlertRunOutcome;
  try {
    // A run asked for by hand asks the boards afresh, as far as each board's terms allow.
    outcome = await searchNew(alert, runId, careerFor(alert.owner), dependencies, signal, run.trigger === 'manual');
  } catch (error) {
    outcome = { status: 'failed', matches: [], failedBoards: [], reusedAnswers: [], error: (error as Error).message };
  }
  const finishedAt = now();
  await runs.finish(runId, {
    status: outcome.status,
    at: finishedAt,
    durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
    newMatches: outcome.matches.length,
    failedBoards: outcome.failedBoards,
    reusedAnswers: outcome.reusedAnswers ?? [],
    error: outcome.error,
  });
  if (outcome.matches.length > 0) {
    await notify({ owner: alert.owner, ...alertNotification(alert, runId, outcome, finishedAt) });
  }
  return outcome;
}

async function searchNew(
  alert: AlertRecord,
  runId: string,
  { searchJobs, resumes }: { searchJobs: JobSearch; resumes: ResumesRepository },
  { runs, now }: Pick<RunAlertDependencies, 'runs' | 'now'>,
  signal: AbortSignal | undefined,
  askAfresh: boolean,
): Promise<AlertRunOutcome> {
  const asked = {
    text: alert.query,
    limit: searchLimit,
    sort: 'recent' as const,
    ...(askAfresh ? { fresh: true } : {}),
    ...(alert.company ? { company: alert.company } : {}),
    // "…, no agencies", "not contract", "nothing senior": kept out as a search keeps them out.
    ...(alert.exclude_seniority.length > 0 ? { excludeSeniority: alert.exclude_seniority } : {}),
    ...(alert.exclude_employment_type.length > 0 ? { excludeEmploymentTypes: alert.exclude_employment_type } : {}),
    ...(alert.exclude_agencies ? { excludeAgencies: true } : {}),
  };
  // "… in Galway, remote is fine too": the place's openings, and remote ones from anywhere (the boards take no "or").
  const searches = alert.remote_too && alert.location
    ? [{ ...asked, location: alert.location }, { ...asked, remote: true }]
    : [{ ...asked, ...(alert.location ? { location: alert.location } : {}), ...(alert.remote ? { remote: true } : {}) }];
  const answers = [];
  for (const search of searches) answers.push(await searchJobs(search, signal));
  const answer = {
    jobs: answers.flatMap((each) => each.jobs),
    errors: answers.flatMap((each) => each.errors).filter((error, index, all) => all.findIndex((other) => other.source === error.source) === index),
    reused: answers.flatMap((each) => each.reused ?? []).filter((reused, index, all) => all.findIndex((other) => other.source === reused.source) === index),
  };
  const failedBoards = answer.errors.map(({ source, label, code, message }) => ({ source, label, code, message }));
  // "…paying at least 60k": a posting stating less is left out; one stating no pay is kept and said to state none
  // (the boards' postings often give no pay, and an alert that dropped them would stay silent).
  const floor = alert.min_salary;
  const payVerdict = (job: RankedJob) => (floor === null ? 'yes' : meetsSalaryFloor(statedSalary(job), floor));
  const fitting = answer.jobs.filter((job) => (alert.min_fit === null || (job.fit?.score ?? 0) >= alert.min_fit) && payVerdict(job) !== 'no');
  const keyed = new Map<string, RankedJob>();
  for (const job of fitting) if (!keyed.has(dedupeKey(job))) keyed.set(dedupeKey(job), job);
  const fresh = await runs.markSeen(alert.id, runId, [...keyed].map(([key, job]) => ({ dedupeKey: key, jobId: job.id })), now());
  const found = [...keyed].filter(([key]) => fresh.has(key)).map(([, job]) => job);
  const payUnstated = new Set(found.filter((job) => payVerdict(job) === 'unknown').map((job) => job.id));
  const matches = await ranked(found, resumes, floor === null ? null : { floor, unstated: payUnstated });
  const status: AlertRunStatus = failedBoards.length > 0 ? 'partial' : 'succeeded';
  const reusedAnswers = (answer.reused ?? []).map(({ source, label, fetched_at, kept_until, reason }) => ({ source, label, fetched_at, kept_until, reason }));
  return { status, matches, failedBoards, reusedAnswers, matching: keyed.size, error: null };
}

/** "states no pay, so it may be under 60,000": why an opening is reported under a pay floor it was not checked against. */
const payUnstatedReason = (floor: number) => `states no pay, so it may be under ${floor.toLocaleString('en-US')}`;

/**
 * The new openings, best fit first, each with why it fits (when there is a resume) and, under a
 * pay floor, whether it states no pay.
 */
async function ranked(jobs: readonly RankedJob[], resumes: ResumesRepository, pay: { floor: number; unstated: ReadonlySet<string> } | null): Promise<AlertMatch[]> {
  const active = jobs.length > 0 ? await resumes.active() : null;
  const resume = active ? prepareResume(active.resume, { rawText: active.raw_text }) : null;
  const matches = jobs.map((job): AlertMatch => {
    // Read as `resume match` reads it (company and the board's level tags too): one job, one fit.
    const scored = resume ? scorePosting(resume, postingOf(job)) : null;
    return {
      job_id: job.id,
      title: job.title,
      company: job.company,
      location: job.remote ? (job.location ? (workplaceSaid.test(job.location) ? job.location : `${job.location} (remote)`) : 'Remote') : job.location,
      url: job.url,
      // A posting that states nothing to compare has no figure (never "fit 0"): its reason says so.
      fit: scored?.scored ? scored.score : null,
      reason: [scored ? fitReason({ ...scored, knock_outs: scored.knockOuts }) : null, pay?.unstated.has(job.id) ? payUnstatedReason(pay.floor) : null].filter(Boolean).join('; ') || null,
    };
  });
  return matches.sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1));
}

/** A location that already says how the work is done ("Toronto, ON (hybrid)"): not called remote on top. */
const workplaceSaid = /\b(?:remote|hybrid|on-?site|in[- ]office|in[- ]person)\b/i;

/** "3 new openings for remote TypeScript jobs", one line each, best fit first. */
export function alertNotification(alert: AlertRecord, runId: string, outcome: AlertRunOutcome, now?: Date): NotificationInput {
  const { matches } = outcome;
  const count = matches.length;
  const lines = matches.slice(0, listedInNotification).map((match, index) => {
    // "…, Toronto, ON (hybrid)": a location in parentheses of its own would read "(Toronto, ON (hybrid))".
    const where = match.location ? `, ${match.location}` : '';
    const fit = match.fit === null ? (match.reason ? ` · ${match.reason}` : '') : ` · fit ${match.fit}: ${match.reason}`;
    return `${index + 1}. ${match.title} at ${match.company}${where}${fit}\n   ${match.url}`;
  });
  if (count > listedInNotification) lines.push(`…and ${count - listedInNotification} more.`);
  if (outcome.failedBoards.length > 0) {
    lines.push(`Not reached this time (asked again next run): ${outcome.failedBoards.map((board) => board.label).join(', ')}.`);
  }
  // Regression (trial s42 #62): every notification ended "Hacker News (Who is hiring?)'s answer from 02:21 reused: the
  // month's thread is read once an hour", cache talk a person cannot act on. It stays in the notification's data (the
  // API, `--json`) and in the alert's run history, said in words there.
  const reused = (outcome.reusedAnswers ?? []).map((answer) => ({ ...answer, said: reusedAnswerInWords(answer, alert.time_zone, now) }));
  return {
    kind: 'alert',
    title: `${count} new opening${count === 1 ? '' : 's'} for ${alert.name}`,
    body: lines.join('\n'),
    data: { alert_id: alert.id, run_id: runId, jobs: matches, ...(reused.length > 0 ? { reused_answers: reused } : {}) },
  };
}
