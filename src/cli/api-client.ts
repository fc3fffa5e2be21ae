import type { z } from 'zod';
import {
  type DocumentDetail,
  type DocumentSummary,
  documentDetailSchema,
  documentListSchema,
  errorAnswerSchema,
  type JobDetail,
  type JobImportResponse,
  type JobSearchResponse,
  type JobStatus,
  jobDetailSchema,
  jobImportResponseSchema,
  jobSearchResponseSchema,
  type MatchRequest,
  type MatchResponse,
  matchResponseSchema,
  type ResumeCorrectionResponse,
  type ResumeDetail,
  type ResumeResponse,
  type ResumeUploadResponse,
  resumeCorrectionResponseSchema,
  resumeDetailSchema,
  resumeListSchema,
  resumeSchema,
  resumeUploadResponseSchema,
  type RunRequest,
  type SavedJobResponse,
  savedJobListSchema,
  savedJobSchema,
  type CalendarFeed,
  calendarFeedSchema,
  type ReminderResponse,
  reminderListSchema,
  type CreatedToken,
  createdTokenSchema,
  type ThreadDetail,
  type ThreadSummary,
  threadDetailSchema,
  threadListSchema,
  type TokenSummary,
  tokenListSchema,
  tokenSummarySchema,
} from '../protocol/api.ts';
import type { RunEvent } from '../protocol/events.ts';
import {
  type Alert,
  type AlertCreate,
  type AlertUpdate,
  alertDetailSchema,
  alertListSchema,
  alertRunResultSchema,
  alertSchema,
  type Notification,
  notificationListSchema,
} from '../protocol/alerts.ts';
import type { ResumeCorrection } from '../protocol/resume-correction.ts';
import { ApiError, ConnectionLostError, ServerUnreachableError } from './api-error.ts';
import { readRunEvents } from './read-run-events.ts';

/** How many times in a row a dropped run stream is joined again before giving up. */
export const RECONNECTS = 5;

export interface ApiClientOptions {
  url: string;
  token?: string | undefined;
  fetch?: typeof fetch;
}

/** A cancelled or timed-out fetch: the caller's doing, not an unreachable server. */
export const isAbort = (error: unknown) =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/**
 * The typed HTTP client for the jobpilot server. Network failures become
 * `ServerUnreachableError`, error bodies become `ApiError` with the server's code.
 *
 * @example
 * const api = new ApiClient({ url: 'http://127.0.0.1:8000' });
 * for await (const event of api.streamRun('my-thread', { message: 'hi' })) console.log(event);
 */
export class ApiClient {
  readonly url: string;
  readonly #token: string | undefined;
  readonly #fetch: typeof fetch;

  constructor({ url, token, fetch: fetchImpl = fetch }: ApiClientOptions) {
    this.url = url.replace(/\/+$/, '');
    this.#token = token;
    this.#fetch = fetchImpl;
  }

  /** Threads, each with the zone the server's times are read in (`time_zone`, when it names one). */
  async listThreads(): Promise<Array<ThreadSummary & { time_zone?: string }>> {
    const response = await this.#request('GET', '/v1/threads');
    const list = threadListSchema.parse(await response.json());
    return list.time_zone ? list.threads.map((thread) => ({ time_zone: list.time_zone, ...thread })) : list.threads;
  }

  async getThread(
    threadId: string,
    page: { limit?: number; before?: string } = {},
  ): Promise<ThreadDetail> {
    const query = new URLSearchParams();
    if (page.limit !== undefined) query.set('limit', String(page.limit));
    if (page.before !== undefined) query.set('before', page.before);
    const suffix = query.size > 0 ? `?${query}` : '';
    const response = await this.#request(
      'GET',
      `/v1/threads/${encodeURIComponent(threadId)}${suffix}`,
    );
    return threadDetailSchema.parse(await response.json());
  }

  /** `GET /v1/jobs/search`: live boards plus the index, ranked. */
  async searchJobs(query: {
    text: string;
    location?: string | undefined;
    remote?: boolean | undefined;
    limit?: number | undefined;
    company?: string | undefined;
    minSalary?: number | undefined;
    seniority?: string | undefined;
    sort?: 'relevance' | 'recent' | 'fit' | undefined;
  }): Promise<JobSearchResponse> {
    const params = new URLSearchParams({ q: query.text });
    if (query.location !== undefined) params.set('location', query.location);
    if (query.remote) params.set('remote', 'true');
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    if (query.company !== undefined) params.set('company', query.company);
    if (query.sort !== undefined) params.set('sort', query.sort);
    if (query.minSalary !== undefined) params.set('min_salary', String(query.minSalary));
    if (query.seniority !== undefined) params.set('seniority', query.seniority);
    const response = await this.#request('GET', `/v1/jobs/search?${params}`);
    return jobSearchResponseSchema.parse(await response.json());
  }

  async getJob(jobId: string): Promise<JobDetail> {
    const response = await this.#request('GET', `/v1/jobs/${encodeURIComponent(jobId)}`);
    return jobDetailSchema.parse(await response.json());
  }

  /** `POST /v1/jobs/import` with the file's text as it is: `format` picks the content type. */
  async importJobs(text: string, format: 'json' | 'csv'): Promise<JobImportResponse> {
    const response = await this.#request('POST', '/v1/jobs/import', {
      raw: { text, contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json' },
    });
    return jobImportResponseSchema.parse(await response.json());
  }

  async listSavedJobs(status?: JobStatus): Promise<SavedJobResponse[]> {
    const suffix = status === undefined ? '' : `?${new URLSearchParams({ status })}`;
    const response = await this.#request('GET', `/v1/saved-jobs${suffix}`);
    const list = savedJobListSchema.parse(await response.json());
    // Each job carries the zone its dates are read in, as a single saved job does.
    return list.time_zone ? list.saved_jobs.map((job) => ({ time_zone: list.time_zone, ...job })) : list.saved_jobs;
  }

  /** Saves a job; `created` is false when it was saved already (the notes are added). */
  async saveJob(jobId: string, notes?: string): Promise<{ saved: SavedJobResponse; created: boolean }> {
    const response = await this.#request('POST', '/v1/saved-jobs', {
      body: { job_id: jobId, ...(notes === undefined ? {} : { notes }) },
    });
    return { saved: savedJobSchema.parse(await response.json()), created: response.status === 201 };
  }

  async setJobStatus(jobId: string, status: JobStatus, note?: string): Promise<SavedJobResponse> {
    const response = await this.#request('PATCH', `/v1/saved-jobs/${encodeURIComponent(jobId)}`, {
      body: { status, ...(note === undefined ? {} : { note }) },
    });
    return savedJobSchema.parse(await response.json());
  }

  async listAlerts(): Promise<Alert[]> {
    const response = await this.#request('GET', '/v1/alerts');
    return alertListSchema.parse(await response.json()).alerts;
  }

  async createAlert(alert: AlertCreate): Promise<Alert> {
    const response = await this.#request('POST', '/v1/alerts', { body: alert });
    return alertSchema.parse(await response.json());
  }

  async getAlert(alertId: string) {
    const response = await this.#request('GET', `/v1/alerts/${encodeURIComponent(alertId)}`);
    return alertDetailSchema.parse(await response.json());
  }

  /** Changes an alert's search or schedule; the alert as it now is. */
  async updateAlert(alertId: string, change: AlertUpdate): Promise<Alert> {
    const response = await this.#request('PATCH', `/v1/alerts/${encodeURIComponent(alertId)}`, { body: change });
    return alertSchema.parse(await response.json());
  }

  /** Pauses, resumes or deletes an alert; the alert as it now is (as it was, deleted). */
  async changeAlert(alertId: string, change: 'pause' | 'resume' | 'delete'): Promise<Alert> {
    const path = `/v1/alerts/${encodeURIComponent(alertId)}`;
    const response = change === 'delete' ? await this.#request('DELETE', path) : await this.#request('POST', `${path}/${change}`);
    return alertSchema.parse(await response.json());
  }

  /** Runs an alert now: the run's record and the new openings, best fit first. */
  async runAlert(alertId: string) {
    const response = await this.#request('POST', `/v1/alerts/${encodeURIComponent(alertId)}/run`);
    return alertRunResultSchema.parse(await response.json());
  }

  async listNotifications(filter: { unread?: boolean; since?: string | undefined; limit?: number | undefined } = {}): Promise<{ notifications: Notification[]; unread: number; total?: number | undefined; time_zone?: string | undefined }> {
    const params = new URLSearchParams();
    if (filter.unread) params.set('unread', 'true');
    if (filter.since !== undefined) params.set('since', filter.since);
    if (filter.limit !== undefined) params.set('limit', String(filter.limit));
    const response = await this.#request('GET', `/v1/notifications${params.size > 0 ? `?${params}` : ''}`);
    return notificationListSchema.parse(await response.json());
  }

  /** Marks these notifications read (all unread ones without ids); how many changed. */
  async markNotificationsRead(ids?: readonly string[]): Promise<number> {
    const response = await this.#request('POST', '/v1/notifications/read', { body: ids ? { ids: [...ids] } : {} });
    return ((await response.json()) as { marked: number }).marked;
  }

  /** The reminders to come, soonest first; `all`: past and cancelled ones too. */
  async listReminders(options: { all?: boolean } = {}): Promise<ReminderResponse[]> {
    const response = await this.#request('GET', `/v1/reminders${options.all ? '?all=true' : ''}`);
    return reminderListSchema.parse(await response.json()).reminders;
  }

  /** Where a calendar app subscribes to this owner's reminders (`GET /v1/calendar`). */
  async calendarFeed(): Promise<CalendarFeed> {
    const response = await this.#request('GET', '/v1/calendar');
    return calendarFeedSchema.parse(await response.json());
  }

  async deleteThread(threadId: string): Promise<void> {
    const response = await this.#request('DELETE', `/v1/threads/${encodeURIComponent(threadId)}`);
    await response.body?.cancel();
  }

  /**
   * Starts a turn (`{message}`) or answers the pending approval (`{resume}`) and yields the
   * run's events until `run-end`. The run goes on on the server when the connection drops:
   * the stream is joined again (`GET` its `content-location` with `Last-Event-ID`), up to
   * `RECONNECTS` times in a row, and `onReconnect` is told; no event is lost or repeated.
   * Aborting `signal` (Ctrl-C) cancels the run on the server.
   */
  async *streamRun(
    threadId: string,
    body: RunRequest,
    signal?: AbortSignal,
    options: { onReconnect?: (afterId: number) => void } = {},
  ): AsyncGenerator<RunEvent> {
    let response = await this.#request('POST', `/v1/threads/${encodeURIComponent(threadId)}/runs`, {
      body: { ...body, on_disconnect: 'continue' },
      signal,
      accept: 'text/event-stream',
    });
    const location = response.headers.get('content-location');
    let lastId = 0;
    let runId: string | undefined;
    let ended = false;
    let failures = 0;
    try {
      for (;;) {
        const type = response.headers.get('content-type') ?? '';
        if (!type.startsWith('text/event-stream') || !response.body) {
          await response.body?.cancel();
          throw new ApiError('BAD_RESPONSE', `Expected an event stream from the server, got "${type || 'nothing'}".`, response.status);
        }
        try {
          for await (const event of readRunEvents(response.body, (id) => {
            lastId = Number(id) || lastId;
          })) {
            failures = 0;
            if (event.type === 'run-start') runId = event.run_id;
            if (event.type === 'run-end') ended = true;
            yield event;
          }
          return;
        } catch (error) {
          if (!(error instanceof ApiError && error.code === 'STREAM_ENDED')) throw error;
          // Said with the server's address and the thread to look at: the run may have gone on.
          const lost = new ConnectionLostError(this.url, threadId, { cause: error });
          if (!location || signal?.aborted) throw lost;
          response = await this.#rejoin(location, lastId, signal, () => ++failures <= RECONNECTS, lost);
          options.onReconnect?.(lastId);
        }
      }
    } finally {
      // Ctrl-C: the run was told to continue without us, so it is stopped by name (bounded).
      if (signal?.aborted && !ended && runId && location) {
        await this.#request('POST', `${location}/cancel`, { signal: AbortSignal.timeout(3_000) })
          .then((answer) => answer.body?.cancel())
          .catch(() => {});
      }
    }
  }

  /** Joins a run again after `lastId`, waiting a little longer before each try, while `again()` allows. */
  async #rejoin(location: string, lastId: number, signal: AbortSignal | undefined, again: () => boolean, lost: Error): Promise<Response> {
    for (let attempt = 1; again(); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** (attempt - 1), 4_000)));
      if (signal?.aborted) break;
      try {
        return await this.#request('GET', location, { signal, accept: 'text/event-stream', headers: { 'last-event-id': String(lastId) } });
      } catch (error) {
        if (isAbort(error)) throw error;
        // Unreachable for now (the server restarting), or it does not know the run: try again, then give up.
      }
    }
    throw lost;
  }

  /** `POST /v1/resumes`: the file's bytes as the body; the server parses and stores it. */
  async uploadResume(
    bytes: Uint8Array,
    file: { filename: string; contentType: string; label?: string | undefined },
  ): Promise<Omit<ResumeUploadResponse, 'replaced_active' | 'warnings' | 'kept_corrections'> & Partial<Pick<ResumeUploadResponse, 'replaced_active' | 'warnings' | 'kept_corrections'>>> {
    const query = new URLSearchParams({ filename: file.filename });
    if (file.label !== undefined) query.set('label', file.label);
    const response = await this.#request('POST', `/v1/resumes?${query}`, {
      raw: { text: bytes, contentType: file.contentType },
    });
    // (A server older than `replaced_active`, `warnings` or `kept_corrections` does not send them.)
    return resumeUploadResponseSchema.partial({ replaced_active: true, warnings: true, kept_corrections: true }).parse(await response.json());
  }

  /** `POST /v1/resumes/{id}/activate`: the resume matches and letters use from now on. */
  async activateResume(id: string): Promise<ResumeResponse> {
    const response = await this.#request('POST', `/v1/resumes/${encodeURIComponent(id)}/activate`);
    return resumeSchema.parse(await response.json());
  }

  /** Deletes one resume version; gives it back as it was (`active` if it was the active one). */
  async deleteResume(id: string): Promise<ResumeResponse> {
    const response = await this.#request('DELETE', `/v1/resumes/${encodeURIComponent(id)}`);
    return resumeSchema.parse(await response.json());
  }

  /** `GET /v1/resumes` as the server answers it: every version, newest first, and the zone its times are read in. */
  async listResumesAnswer(): Promise<z.infer<typeof resumeListSchema>> {
    const response = await this.#request('GET', '/v1/resumes');
    return resumeListSchema.parse(await response.json());
  }

  /** Every resume version, newest first. */
  async listResumes(): Promise<Array<ResumeResponse & { time_zone?: string }>> {
    const list = await this.listResumesAnswer();
    // Each version carries the zone its creation time is read in, as saved jobs do.
    return list.time_zone ? list.resumes.map((resume) => ({ time_zone: list.time_zone, ...resume })) : list.resumes;
  }

  async getResume(resumeId: string): Promise<Omit<ResumeDetail, 'warnings'> & Partial<Pick<ResumeDetail, 'warnings'>>> {
    const response = await this.#request('GET', `/v1/resumes/${encodeURIComponent(resumeId)}`);
    return resumeDetailSchema.partial({ warnings: true }).parse(await response.json());
  }

  /** `PATCH /v1/resumes/{id}`: corrects fields the importer misread; answers with what changed. */
  async correctResume(resumeId: string, correction: ResumeCorrection): Promise<Omit<ResumeCorrectionResponse, 'warnings'> & Partial<Pick<ResumeCorrectionResponse, 'warnings'>>> {
    const response = await this.#request('PATCH', `/v1/resumes/${encodeURIComponent(resumeId)}`, { body: correction });
    return resumeCorrectionResponseSchema.partial({ warnings: true }).parse(await response.json());
  }

  /** `POST /v1/match`: how well a resume (the active one by default) fits a job. */
  async match(request: MatchRequest): Promise<MatchResponse> {
    const response = await this.#request('POST', '/v1/match', { body: request });
    return matchResponseSchema.parse(await response.json());
  }

  /** `GET /v1/documents` as the server answers it: the documents and the zone their times are read in. */
  async listDocumentsAnswer(filter: { kind?: DocumentSummary['kind'] | undefined; query?: string | undefined } = {}): Promise<z.infer<typeof documentListSchema>> {
    const query = new URLSearchParams();
    if (filter.kind !== undefined) query.set('kind', filter.kind);
    if (filter.query !== undefined) query.set('q', filter.query);
    const response = await this.#request('GET', `/v1/documents${query.size > 0 ? `?${query}` : ''}`);
    return documentListSchema.parse(await response.json());
  }

  async listDocuments(filter: { kind?: DocumentSummary['kind'] | undefined; query?: string | undefined } = {}): Promise<Array<DocumentSummary & { time_zone?: string }>> {
    const list = await this.listDocumentsAnswer(filter);
    return list.time_zone ? list.documents.map((document) => ({ time_zone: list.time_zone, ...document })) : list.documents;
  }

  async getDocument(documentId: string): Promise<DocumentDetail> {
    const response = await this.#request('GET', `/v1/documents/${encodeURIComponent(documentId)}`);
    return documentDetailSchema.parse(await response.json());
  }

  /** `GET /v1/documents/{id}/export`: the file's bytes and its `content-disposition`. */
  async exportDocument(
    documentId: string,
    format: 'pdf' | 'docx' | 'md',
  ): Promise<{ bytes: Uint8Array; contentType: string; disposition: string | null }> {
    const response = await this.#request(
      'GET',
      `/v1/documents/${encodeURIComponent(documentId)}/export?${new URLSearchParams({ format })}`,
      { accept: '*/*' },
    );
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition'),
    };
  }

  /** Makes a named token (the client's token must be the server's admin key). Shown once. */
  async createToken(name: string): Promise<CreatedToken> {
    const response = await this.#request('POST', '/v1/tokens', { body: { name } });
    return createdTokenSchema.parse(await response.json());
  }

  async listTokens(): Promise<TokenSummary[]> {
    const response = await this.#request('GET', '/v1/tokens');
    return tokenListSchema.parse(await response.json()).tokens;
  }

  async revokeToken(name: string): Promise<TokenSummary> {
    const response = await this.#request('DELETE', `/v1/tokens/${encodeURIComponent(name)}`);
    return tokenSummarySchema.parse(await response.json());
  }

  async #request(
    method: string,
    path: string,
    options: {
      body?: unknown;
      /** A body sent as it is, e.g. a CSV file or a resume's bytes. */
      raw?: { text: string | Uint8Array; contentType: string };
      signal?: AbortSignal | undefined;
      accept?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: options.accept ?? 'application/json', ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.raw) headers['content-type'] = options.raw.contentType;
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    const body = options.raw ? options.raw.text : options.body === undefined ? undefined : JSON.stringify(options.body);
    let response: Response;
    try {
      response = await this.#fetch(`${this.url}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ServerUnreachableError(this.url, { cause: error });
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = errorAnswerSchema.safeParse(json);
  if (parsed.success)
    return new ApiError(parsed.data.error.code, parsed.data.error.message, response.status);
  const detail = text.trim().slice(0, 200) || response.statusText;
  return new ApiError(
    `HTTP_${response.status}`,
    `The server answered ${response.status}: ${detail}`,
    response.status,
  );
}
