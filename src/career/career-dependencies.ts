import type { DocumentsRepository } from '../db/repositories/documents.ts';
import type { JobsRepository } from '../db/repositories/jobs.ts';
import type { ResumesRepository } from '../db/repositories/resumes.ts';
import type { RemindersRepository } from '../db/repositories/reminders.ts';
import type { SavedJobsRepository } from '../db/repositories/saved-jobs.ts';
import type { UndoableChangesRepository } from '../db/repositories/undoable-changes.ts';
import type { UsageRecord } from '../model/usage.ts';
import type { JobSearch } from '../jobs/job-search.ts';
import type { ModelClient } from '../model/model-client.ts';
import type { AlertService } from '../alerts/alert-service.ts';
import type { NotificationsRepository } from '../db/repositories/notifications.ts';

/** What this server sends besides the inbox, for one person. */
export interface DeliveryChannels {
  /** `JOBPILOT_SMTP_URL` and `JOBPILOT_EMAIL_TO` are set, and the person is the installation's own. */
  email: boolean;
  /** `JOBPILOT_DESKTOP_NOTIFICATIONS=on`, and the person is the installation's own. */
  desktop: boolean;
}

/**
 * What the career actions (jobs, resumes, documents) are built from: the person's data
 * and the outside services. Handlers get it through their factory, never from globals.
 */
export interface CareerDependencies {
  jobs: JobsRepository;
  saved: SavedJobsRepository;
  resumes: ResumesRepository;
  documents: DocumentsRepository;
  /** What each conversation changed in the tracker and the active resume, for "undo". */
  changes: UndoableChangesRepository;
  /** Interviews and follow-ups, with the days they fall on. */
  reminders: RemindersRepository;
  /** The clock reminders are read against ("on Friday" is the Friday after now); tests pass a fixed one. */
  now: () => Date;
  /** The person's IANA time zone (`JOBPILOT_TIME_ZONE`, by default the machine's): "3pm" is 3pm there. */
  timeZone: string;
  searchJobs: JobSearch;
  /** The configured model, for writers (letters, prep packs, tailored resumes); none with the rules planner. */
  writer?: ModelClient | undefined;
  /** Stores what each writer call cost. */
  recordUsage?: ((usage: UsageRecord) => Promise<void>) | undefined;
  /** The person's alerts (saved searches on a schedule); absent where there is no scheduler (the eval's in-memory store). */
  alerts?: AlertService | undefined;
  /** The person's notifications ("what's new since yesterday?"); absent where there are none. */
  notifications?: NotificationsRepository | undefined;
  /** Where this person's notifications go besides the inbox (e-mail, desktop), as configured; absent: nowhere else. */
  delivery?: DeliveryChannels | undefined;
  /** This person's calendar feed: `/v1/calendar.ics?key=…` and, when the server's address is known, the whole URL; absent where there is no server. */
  calendarFeed?: { path: string; url?: string | undefined } | undefined;
}

/**
 * What a career service needs to know about the step that calls it: how to stop, what the
 * thread refers to, where progress goes, and whose usage a model call is.
 */
export interface CareerCallContext {
  /** Aborted when the run is cancelled (client disconnect, shutdown). */
  signal: AbortSignal;
  /** The thread's references before this step ("the second one" resolves against them). */
  references?: Readonly<Record<string, string>>;
  /** Shows the client what a long step is doing, e.g. a letter as it is written. */
  progress?: (text: string) => void;
  /** The thread and run the call belongs to (usage of writer calls is recorded with them). */
  threadId?: string;
  runId?: string | null;
}
