import type { CareerDependencies } from './career-dependencies.ts';
import type { DocumentRecord, DocumentsRepository } from '../db/repositories/documents.ts';
import type { JobRecord, JobsRepository } from '../db/repositories/jobs.ts';
import type { ReminderRecord, RemindersRepository } from '../db/repositories/reminders.ts';
import type { ResumeRecord, ResumesRepository } from '../db/repositories/resumes.ts';
import type { SavedJob, SavedJobsRepository } from '../db/repositories/saved-jobs.ts';
import type { UndoableChange, UndoableChangesRepository } from '../db/repositories/undoable-changes.ts';
import type { JobSearch } from '../jobs/job-search.ts';

/** What a test may replace: any repository method, or a whole service. */
export interface CareerOverrides {
  jobs?: Partial<JobsRepository>;
  saved?: Partial<SavedJobsRepository>;
  resumes?: Partial<ResumesRepository>;
  documents?: Partial<DocumentsRepository>;
  changes?: Partial<UndoableChangesRepository>;
  reminders?: Partial<RemindersRepository>;
  /** The clock reminders are read against; the real one by default. */
  now?: () => Date;
  /** The person's time zone; UTC by default. */
  timeZone?: string;
  searchJobs?: JobSearch;
  writer?: CareerDependencies['writer'];
  recordUsage?: CareerDependencies['recordUsage'];
}

/** Career dependencies that also tell which repository methods were called, in order. */
export type InMemoryCareer = CareerDependencies & { calls: string[] };

/** What the store holds from the start: the job index, the tracker, resumes and documents. */
export interface CareerSeed {
  jobs?: readonly JobRecord[];
  /** Tracked jobs; each must be in `jobs`. */
  saved?: readonly SavedJob[];
  /** Resumes, oldest first. */
  resumes?: readonly ResumeRecord[];
  /** The active resume's id; the newest top-level resume when absent. */
  activeResumeId?: string | undefined;
  /** Documents, oldest first. */
  documents?: readonly DocumentRecord[];
}

/**
 * Career dependencies held in memory, with no database: the job index holds `jobs`,
 * resumes and documents are kept as added, the tracker follows the index, the search
 * answers from the index alone, and there is no writer. Tests build the real actions on it
 * with `createActions`; the eval seeds it from a case's world to run the chosen action.
 * Overrides make one part behave specially (fail, hang, record).
 *
 * @example
 * const career = inMemoryCareer({ resumes: { add: () => new Promise(() => {}) } }); // an import that never ends
 * const registry = createActions(career);
 */
export function inMemoryCareer(
  overrides: CareerOverrides = {},
  { jobs: indexed = [], saved: tracked = [], resumes: storedResumes = [], activeResumeId, documents: storedDocuments = [] }: CareerSeed = {},
): InMemoryCareer {
  const calls: string[] = [];
  /** Records each call of a repository's methods as `name.method`. */
  const recorded = <T extends object>(name: string, methods: T): T =>
    Object.fromEntries(
      Object.entries(methods).map(([method, run]) => [
        method,
        (...args: unknown[]) => {
          calls.push(`${name}.${method}`);
          return (run as (...args: unknown[]) => unknown)(...args);
        },
      ]),
    ) as T;

  const now = () => new Date().toISOString();
  const index = new Map(indexed.map((job) => [job.id, job]));
  const tracker = new Map<string, SavedJob>(tracked.map((entry) => [entry.job_id, entry]));
  const resumes: ResumeRecord[] = [...storedResumes];
  let chosen: string | null = activeResumeId ?? null;
  const documents: DocumentRecord[] = [...storedDocuments];

  const jobs: JobsRepository = {
    upsert: async () => {},
    search: async ({ limit }) => [...index.values()].slice(0, limit),
    // No stored forms: every result is prepared when scored.
    searchWithForms: async ({ limit }) => ({ jobs: [...index.values()].slice(0, limit), forms: new Map() }),
    storePrepared: async () => {},
    get: async (id) => index.get(id) ?? null,
    getMany: async (ids) => ids.flatMap((id) => index.get(id) ?? []),
    freshness: async () => ({ count: index.size, newest: index.size ? new Date() : null }),
    ...overrides.jobs,
  };
  const track = (jobId: string, change: (saved: SavedJob) => SavedJob): SavedJob => {
    const job = index.get(jobId);
    if (!job) throw new Error(`The fake job index has no job ${jobId}.`);
    const saved = change(
      tracker.get(jobId) ?? {
        job_id: jobId,
        title: job.title,
        company: job.company,
        location: job.location,
        url: job.url,
        status: 'saved',
        notes: '',
        saved_at: now(),
        updated_at: now(),
        history: [],
      },
    );
    tracker.set(jobId, saved);
    return saved;
  };
  const saved: SavedJobsRepository = {
    get: async (jobId) => tracker.get(jobId) ?? null,
    save: async (jobId, notes = '') => {
      const created = !tracker.has(jobId);
      const entry = track(jobId, (job) => ({
        ...job,
        notes: [job.notes, notes].filter(Boolean).join('\n'),
        history: created ? [{ status: 'saved', note: notes, at: now() }] : job.history,
      }));
      return { saved: entry, created };
    },
    setStatus: async (jobId, status, note = '', at) => {
      const previous = tracker.get(jobId)?.status ?? null;
      const entry = track(jobId, (job) => ({
        ...job,
        status,
        updated_at: now(),
        history: [...job.history, { status, note, at: at?.toISOString() ?? now() }],
      }));
      return { saved: entry, previous };
    },
    remove: async (jobId) => {
      const removed = tracker.get(jobId) ?? null;
      tracker.delete(jobId);
      return removed;
    },
    restore: async (jobId, snapshot) => {
      tracker.delete(jobId);
      if (snapshot) tracker.set(jobId, snapshot);
      return snapshot;
    },
    list: async (status) => [...tracker.values()].filter((job) => !status || job.status === status).reverse(),
    ...overrides.saved,
  };
  const activeId = () => chosen ?? resumes.findLast((resume) => !resume.parent_id)?.id ?? resumes.at(-1)?.id;
  const withActive = (resume: ResumeRecord): ResumeRecord => ({ ...resume, active: resume.id === activeId() });
  const resumeStore: ResumesRepository = {
    add: async (input) => {
      const resume: ResumeRecord = {
        id: `res_${String(resumes.length + 1).padStart(10, '0')}`,
        label: input.label,
        format: input.format,
        filename: input.filename,
        raw_text: input.rawText,
        resume: input.resume,
        parent_id: input.parentId ?? null,
        job_id: input.jobId ?? null,
        created_at: now(),
        active: false,
        corrected_at: input.corrections?.length ? now() : null,
        corrections: (input.corrections ?? []).map((change) => ({ ...change, at: now() })),
      };
      resumes.push(resume);
      if (!input.parentId) chosen = null;
      return withActive(resume);
    },
    get: async (id) => {
      const resume = resumes.find((candidate) => candidate.id === id);
      return resume ? withActive(resume) : null;
    },
    active: async () => {
      const resume = resumes.find((candidate) => candidate.id === activeId());
      return resume ? withActive(resume) : null;
    },
    labels: async () => resumes.map((resume) => resume.label),
    correctedVersions: async () => resumes.filter((resume) => !resume.parent_id && resume.corrections.length > 0).reverse(),
    list: async () => resumes.map(withActive).reverse(),
    choose: async (id) => {
      chosen = id;
    },
    remove: async (id) => {
      const index = resumes.findIndex((candidate) => candidate.id === id);
      const stored = resumes[index];
      if (!stored) return null;
      const removed = withActive(stored);
      resumes.splice(index, 1);
      if (chosen === id) chosen = null;
      return removed;
    },
    correct: async (id, resume, changes) => {
      const index = resumes.findIndex((candidate) => candidate.id === id);
      const stored = resumes[index];
      if (!stored) return null;
      const at = now();
      resumes[index] = { ...stored, resume, corrected_at: at, corrections: [...stored.corrections, ...changes.map((change) => ({ ...change, at }))] };
      return withActive(resumes[index]);
    },
    ...overrides.resumes,
  };
  const documentStore: DocumentsRepository = {
    add: async (input) => {
      const document: DocumentRecord = {
        id: `doc_${String(documents.length + 1).padStart(10, '0')}`,
        kind: input.kind,
        title: input.title,
        job_id: input.jobId,
        resume_id: input.resumeId,
        content: input.content,
        changes: input.changes,
        tone: input.tone ?? null,
        revision_of: input.revisionOf ?? null,
        created_at: now(),
      };
      documents.push(document);
      return document;
    },
    get: async (id) => documents.find((document) => document.id === id) ?? null,
    // As the store searches: any word of the query in the title or text, the documents matching more of several words first.
    list: async ({ kind, query, limit = 100 } = {}) => {
      const words = (query ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const matched = (document: DocumentRecord) => {
        const text = new Set(`${document.title} ${document.content}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
        return words.filter((word) => text.has(word)).length;
      };
      return documents
        .filter((document) => (!kind || document.kind === kind) && (words.length === 0 || matched(document) > 0))
        .reverse()
        .sort((left, right) => (words.length > 1 ? matched(right) - matched(left) : 0))
        .slice(0, limit);
    },
    ...overrides.documents,
  };
  // Every thread exists here; each change is kept with its thread and whether it was undone.
  const changeLog: Array<UndoableChange & { threadId: string; undone: boolean }> = [];
  const changeStore: UndoableChangesRepository = {
    record: async (threadId, change) => {
      changeLog.push({ ...change, id: String(changeLog.length + 1), created_at: now(), threadId, undone: false });
      return true;
    },
    latest: async (threadId) => {
      const found = changeLog.findLast((change) => change.threadId === threadId && !change.undone);
      if (!found) return null;
      const { threadId: _thread, undone: _undone, ...change } = found;
      return change;
    },
    markUndone: async (id) => {
      const found = changeLog.find((change) => change.id === id && !change.undone);
      if (found) found.undone = true;
      return Boolean(found);
    },
    ...overrides.changes,
  };

  const reminderList: ReminderRecord[] = [];
  const withJob = (reminder: ReminderRecord): ReminderRecord => {
    const job = reminder.job_id ? index.get(reminder.job_id) : undefined;
    return { ...reminder, company: job?.company ?? null, job_title: job?.title ?? null, job_url: job?.url ?? null };
  };
  const waiting = (reminder: ReminderRecord, at: Date) =>
    !reminder.notified_at && !reminder.cancelled_at && new Date(reminder.remind_at).getTime() <= at.getTime();
  const reminderStore: RemindersRepository = {
    add: async (input) => {
      const reminder: ReminderRecord = {
        id: `rem_${String(reminderList.length + 1).padStart(10, '0')}`,
        owner: 'default',
        kind: input.kind,
        title: input.title,
        job_id: input.jobId,
        company: null,
        job_title: null,
        job_url: null,
        due_at: input.dueAt.toISOString(),
        all_day: input.allDay,
        time_zone: input.timeZone,
        remind_at: input.remindAt.toISOString(),
        said: input.said,
        note: input.note ?? '',
        created_at: now(),
        notified_at: null,
        cancelled_at: null,
        sequence: 0,
      };
      reminderList.push(reminder);
      return withJob(reminder);
    },
    get: async (id) => {
      const found = reminderList.find((reminder) => reminder.id === id);
      return found ? withJob(found) : null;
    },
    list: async ({ from = new Date(0), all = false, jobId } = {}) =>
      reminderList
        .filter((reminder) => all || (!reminder.cancelled_at && new Date(reminder.due_at).getTime() >= from.getTime()))
        .filter((reminder) => !jobId || reminder.job_id === jobId)
        .sort((left, right) => left.due_at.localeCompare(right.due_at))
        .map(withJob),
    cancel: async (id, at) => {
      const found = reminderList.find((reminder) => reminder.id === id);
      if (!found) return null;
      const changed = !found.cancelled_at;
      if (changed) Object.assign(found, { cancelled_at: at.toISOString(), sequence: found.sequence + 1 });
      return { reminder: withJob(found), changed };
    },
    restore: async (id) => {
      const found = reminderList.find((reminder) => reminder.id === id);
      if (!found) return null;
      if (found.cancelled_at) Object.assign(found, { cancelled_at: null, sequence: found.sequence + 1 });
      return withJob(found);
    },
    update: async (id, change, at) => {
      const found = reminderList.find((reminder) => reminder.id === id);
      if (!found) return null;
      if (found.cancelled_at) return 'cancelled';
      const when = change.when;
      Object.assign(found, {
        ...(change.title === undefined ? {} : { title: change.title }),
        ...(change.note === undefined ? {} : { note: change.note }),
        ...(when ? { due_at: when.dueAt.toISOString(), all_day: when.allDay, remind_at: when.remindAt.toISOString(), said: when.said } : {}),
        ...(when && when.remindAt.getTime() > at.getTime() ? { notified_at: null } : {}),
        sequence: found.sequence + 1,
      });
      return withJob(found);
    },
    due: async (at) => reminderList.filter((reminder) => waiting(reminder, at)).map(withJob),
    ...overrides.reminders,
  };

  return {
    calls,
    jobs: recorded('jobs', jobs),
    saved: recorded('saved', saved),
    resumes: recorded('resumes', resumeStore),
    documents: recorded('documents', documentStore),
    changes: recorded('changes', changeStore),
    reminders: recorded('reminders', reminderStore),
    now: overrides.now ?? (() => new Date()),
    timeZone: overrides.timeZone ?? 'UTC',
    searchJobs:
      overrides.searchJobs ??
      (async (query) => {
        calls.push('searchJobs');
        const found = await jobs.search({ text: query.text, limit: query.limit });
        return { jobs: found, errors: [], reused: [], answered: [], offline: null, note: `${found.length} results (fake index).` };
      }),
    writer: overrides.writer,
    recordUsage: overrides.recordUsage,
  };
}
