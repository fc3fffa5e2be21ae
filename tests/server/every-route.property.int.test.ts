import { Agent, request as httpRequest } from 'node:http';
import { createParser } from 'eventsource-parser';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { PlannerInput } from '../../src/planner/planner.ts';
import { parseRunEvent, type RunEvent } from '../../src/protocol/events.ts';
import { act, respond, scriptedPlanner } from '../fakes/scripted-planner.ts';
import { documentedErrorCodes } from '../helpers/documented-errors.ts';
import { rawExchange } from '../helpers/raw-http.ts';
import { testConfig } from '../helpers/test-database.ts';

// At least 10,000 generated requests across every route the server has (bodies, ids,
// headers, query strings, uploads raw and multipart, wrong methods, broken paths and header
// bytes no HTTP client sends), 25 at a time on one real server and Postgres. After each:
// no 5xx, every error `{error: {code, message}}` with a code and status from docs/protocol.md.
// At the end: every message answered with a stream is in its thread's transcript (unless
// the thread was deleted), and no thread is left busy.

const batchSize = 25;
const numRuns = 400; // 400 × 25 = 10,000 requests
const token = 'property-test-default-token';
const documented = documentedErrorCodes();

// The planner: safe actions only (no desktop), chosen from the message, so runs take each
// path of the loop (respond, act then respond, ask for approval) without touching the machine.
const planner = scriptedPlanner(
  [
    (input: PlannerInput) => {
      if (input.observations.length > 0 || input.retry) return respond(`Done: ${input.observations.map((step) => step.summary).join(' ').slice(0, 200)}`);
      const goal = input.goal;
      if (goal.startsWith('find ')) return act('search_jobs', { query: goal.slice(5, 100) });
      if (goal.startsWith('saved')) return act('list_saved_jobs', {});
      if (goal.startsWith('import ')) return act('import_resume', { path: '/nonexistent/property-test/cv.md' });
      return respond(`You said ${goal.slice(0, 200)}`);
    },
  ],
  { loop: true },
);

let server: RunningServer;
let adminKey = '';
let otherToken = '';
const known = { jobs: [] as string[], resumes: [] as string[], documents: [] as string[], alerts: [] as string[], reminders: [] as string[] };

/** What the whole run saw. */
const seen = {
  requests: 0,
  byStatus: new Map<number, number>(),
  byCode: new Map<string, number>(),
  /** Messages answered with a stream, by thread id (the default owner's). */
  accepted: new Map<string, string[]>(),
  /** Threads a DELETE removed: their transcripts are gone on purpose. */
  deleted: new Set<string>(),
  problems: [] as string[],
  /** Milliseconds spent per route, to keep the test fast. */
  time: new Map<string, number>(),
};

interface GeneratedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Sent as bytes on a socket: a path or header no HTTP client would send. */
  raw?: boolean;
  /** A message to a thread: checked in the transcript when the answer is a stream. */
  message?: { thread: string; text: string };
}

// ---- generators ------------------------------------------------------------------------

const threadPool = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 'busy-one', 'approvals', 'x.y_z:1-2', 'Z'];
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'é', '👍', '%zz', '../etc/passwd', '<script>', 'a'.repeat(300)),
);
const threadId = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...threadPool) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,20}$/) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(128), 'a'.repeat(129), 'a'.repeat(513)) },
);
const idLike = (prefix: string, pool: () => string[], hex: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(null).map(() => pool()[0] ?? `${prefix}${'0'.repeat(hex)}`) },
    { weight: 2, arbitrary: fc.stringMatching(new RegExp(`^${prefix}[0-9a-f]{${hex}}$`)) },
    { weight: 1, arbitrary: anyText },
  );
const jobId = idLike('', () => known.jobs, 12);
const resumeId = idLike('res_', () => known.resumes, 10);
const documentId = idLike('doc_', () => known.documents, 10);
const alertId = idLike('alert_', () => known.alerts, 10);
const notificationId = idLike('ntf_', () => [], 12);
const reminderId = idLike('rem_', () => known.reminders, 10);
const reminderWhen = fc.oneof(fc.constantFrom('friday', 'tomorrow at 3pm', 'on the 12th at 10am', 'in 3 days', 'yesterday', 'banana', '', '2030-01-01T09:00:00Z'), anyText);

const messageText = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom('hello', 'find typescript jobs', 'find remote go', 'saved jobs please', 'import my resume', 'what can you do?') },
  { weight: 30, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }) },
  { weight: 10, arbitrary: anyText },
  // The longest message taken and one past it: rare, since every later turn's checkpoint carries it.
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(20_000), 'x'.repeat(20_001)) },
);
const json = (value: unknown) => JSON.stringify(value);
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map(json),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', '{', '[1,', 'null', '{"__proto__": {"a": 1}}', '{"constructor": {"prototype": {"a": 1}}}'),
);
/** Percent-encodes text as UTF-8 (a lone surrogate, which encodeURIComponent refuses, becomes U+FFFD). */
const percent = (value: string) =>
  [...Buffer.from(value, 'utf8')].map((byte) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
const query = (entries: Record<string, fc.Arbitrary<string>>) =>
  fc
    .tuple(
      fc.record(entries, { requiredKeys: [] }),
      fc.option(fc.tuple(fc.stringMatching(/^[a-z_]{1,10}$/), anyText), { freq: 5 }),
    )
    .map(([values, extra]) => {
      const parts = Object.entries(values).map(([name, value]) => `${name}=${percent(value as string)}`);
      if (extra) parts.push(`${extra[0]}=${percent(extra[1])}`);
      return parts.length ? `?${parts.join('&')}` : '';
    });
const limitValue = fc.oneof(fc.integer({ min: -5, max: 600 }).map(String), anyText);
const seg = (arbitrary: fc.Arbitrary<string>) => arbitrary.map(percent);

const jsonRequest = (method: string, path: string, body: fc.Arbitrary<string>) =>
  body.map((text): GeneratedRequest => ({ method, path, headers: { 'content-type': 'application/json' }, body: text }));

const posting = fc.record(
  {
    title: fc.oneof(fc.constantFrom('Backend Engineer', 'Senior Go Developer', 'Data Analyst'), anyText),
    company: fc.oneof(fc.constantFrom('Acme', 'Zephyr', 'Initech'), anyText),
    url: fc.oneof(fc.nat().map((n) => `https://jobs.example/${n}`), anyText),
    location: anyText,
    salary: fc.oneof(fc.constantFrom('$120k – $150k', 'up to £55k', 'Competitive'), fc.integer()),
    posted_at: fc.constantFrom('2024-05-02', 'soon', '2999-01-01'),
    description: anyText,
  },
  { requiredKeys: ['title', 'company', 'url'] },
);
const markdownResume = fc
  .tuple(fc.constantFrom('Jane Doe', 'Ana Ortiz', 'Zoë 東京'), fc.constantFrom('TypeScript, Postgres', 'Go, Kubernetes'))
  .map(([name, skills]) => `# ${name}\n${name.split(' ')[0]?.toLowerCase()}@example.com\n\n## Skills\n${skills}\n`);
const multipart = (file: string | Buffer, label: string, fileField = 'file') => {
  const boundary = 'fcB0undary';
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${fileField}"; filename="cv.md"\r\ncontent-type: text/markdown\r\n\r\n`),
      Buffer.from(file),
      Buffer.from(`\r\n--${boundary}\r\ncontent-disposition: form-data; name="label"\r\n\r\n${label}\r\n--${boundary}--\r\n`),
    ]),
  };
};
const uploadTypes = ['application/pdf', 'text/markdown', 'text/plain', 'application/json', 'application/octet-stream', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/** The LangGraph API's routes (`/lg`): runs on the same threads, and everything around them. */
function lgRoutes(): Record<string, fc.Arbitrary<GeneratedRequest>> {
  const streamMode = fc.constantFrom(undefined, 'values', ['values', 'messages-tuple', 'updates', 'custom'], ['messages-tuple'], ['debug'], [], 7);
  const runBody = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(messageText, streamMode, fc.constantFrom(undefined, 'create', 'reject', 'sometimes')).map(([text, mode, ifNotExists]) =>
        json({ assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: text }] }, stream_mode: mode, if_not_exists: ifNotExists }),
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom('approve', 'reject', 'edit', 'accept', 7).map((type) => json({ assistant_id: 'jobpilot', command: { resume: { decisions: [{ type }] } } })) },
    { weight: 1, arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('jobpilot', 'other', '')).map(([value, assistant]) => json({ assistant_id: assistant, input: value, command: value })) },
    { weight: 1, arbitrary: anyJson },
  );
  const thread = (suffix: string) => seg(threadId).map((id) => `/lg/threads/${id}${suffix}`);
  const runId = fc.oneof(fc.uuid().map(String), anyText.map(percent));
  const run = (suffix: string) => fc.tuple(seg(threadId), runId).map(([id, run]) => `/lg/threads/${id}/runs/${run}${suffix}`);
  const get = (path: fc.Arbitrary<string>) => path.map((at): GeneratedRequest => ({ method: 'GET', path: at, headers: {} }));
  const post = (path: fc.Arbitrary<string>, body: fc.Arbitrary<string>, method = 'POST') =>
    fc.tuple(path, body).map(([at, text]): GeneratedRequest => ({ method, path: at, headers: { 'content-type': 'application/json' }, body: text }));
  return {
    'GET /lg/info': fc.constant({ method: 'GET', path: '/lg/info', headers: {} }),
    'GET /lg/ok': fc.constant({ method: 'GET', path: '/lg/ok', headers: {} }),
    'POST /lg/assistants/search': post(fc.constant('/lg/assistants/search'), fc.oneof(fc.record({ graph_id: anyText, limit: fc.integer(), offset: fc.integer() }, { requiredKeys: [] }).map(json), anyJson)),
    'GET /lg/assistants/:assistant_id': get(seg(fc.oneof(fc.constantFrom('jobpilot'), anyText)).map((id) => `/lg/assistants/${id}`)),
    'POST /lg/threads': post(
      fc.constant('/lg/threads'),
      fc.oneof(fc.record({ thread_id: threadId, metadata: fc.record({ title: anyText }), if_exists: fc.constantFrom('raise', 'do_nothing', 'x') }, { requiredKeys: [] }).map(json), anyJson),
    ),
    'POST /lg/threads/search': post(
      fc.constant('/lg/threads/search'),
      fc.oneof(fc.record({ metadata: fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 })), status: fc.constantFrom('idle', 'busy', 'interrupted', 'nope'), limit: fc.integer(), offset: fc.integer() }, { requiredKeys: [] }).map(json), anyJson),
    ),
    'GET /lg/threads/:thread_id': get(thread('')),
    'PATCH /lg/threads/:thread_id': post(thread(''), fc.oneof(fc.record({ metadata: fc.record({ title: anyText }) }).map(json), anyJson), 'PATCH'),
    'DELETE /lg/threads/:thread_id': thread('').map((path) => ({ method: 'DELETE', path, headers: {} })),
    'GET /lg/threads/:thread_id/state': get(thread('/state')),
    'POST /lg/threads/:thread_id/history': post(thread('/history'), fc.oneof(fc.record({ limit: fc.integer(), before: fc.record({ configurable: fc.record({ checkpoint_id: anyText }) }) }, { requiredKeys: [] }).map(json), anyJson)),
    'GET /lg/threads/:thread_id/runs': get(fc.tuple(thread('/runs'), query({ limit: limitValue, offset: limitValue, status: fc.constantFrom('success', 'running', 'nope') })).map(([at, q]) => `${at}${q}`)),
    'POST /lg/threads/:thread_id/runs/stream': post(thread('/runs/stream'), runBody),
    'POST /lg/threads/:thread_id/runs/wait': post(thread('/runs/wait'), runBody),
    'GET /lg/threads/:thread_id/runs/:run_id': get(run('')),
    'GET /lg/threads/:thread_id/runs/:run_id/join': get(run('/join')),
    'GET /lg/threads/:thread_id/runs/:run_id/stream': get(run('/stream')),
    'POST /lg/threads/:thread_id/runs/:run_id/cancel': fc
      .tuple(run('/cancel'), query({ wait: fc.constantFrom('true', 'false', 'maybe'), action: fc.constantFrom('interrupt', 'rollback', 'x') }))
      .map(([at, q]): GeneratedRequest => ({ method: 'POST', path: `${at}${q}`, headers: {} })),
  };
}

/** One generator per route; a route without one fails the walk below. */
const routes: Record<string, fc.Arbitrary<GeneratedRequest>> = {
  'GET /healthz': fc.constant({ method: 'GET', path: '/healthz', headers: {} }),
  'GET /readyz': fc.constant({ method: 'GET', path: '/readyz', headers: {} }),
  'GET /v1/threads': query({ limit: limitValue }).map((q) => ({ method: 'GET', path: `/v1/threads${q}`, headers: {} })),
  'GET /v1/threads/:thread_id': fc
    .tuple(seg(threadId), query({ limit: limitValue, before: anyText }))
    .map(([id, q]) => ({ method: 'GET', path: `/v1/threads/${id}${q}`, headers: {} })),
  'PATCH /v1/threads/:thread_id': fc
    .tuple(seg(threadId), fc.oneof(fc.record({ title: anyText }).map(json), anyJson))
    .map(([id, body]) => ({ method: 'PATCH', path: `/v1/threads/${id}`, headers: { 'content-type': 'application/json' }, body })),
  'DELETE /v1/threads/:thread_id': threadId.map((id) => ({ method: 'DELETE', path: `/v1/threads/${percent(id)}`, headers: {} })),
  'POST /v1/threads/:thread_id/runs': fc.oneof(
    { weight: 5, arbitrary: fc.tuple(threadId, messageText).map(([id, text]): GeneratedRequest => ({ method: 'POST', path: `/v1/threads/${percent(id)}/runs`, headers: { 'content-type': 'application/json' }, body: json({ message: text }), message: { thread: id, text } })) },
    { weight: 2, arbitrary: fc.tuple(threadId, fc.boolean()).map(([id, approved]) => ({ method: 'POST', path: `/v1/threads/${percent(id)}/runs`, headers: { 'content-type': 'application/json' }, body: json({ resume: { approved } }) })) },
    { weight: 1, arbitrary: fc.tuple(threadId, anyJson).map(([id, body]) => ({ method: 'POST', path: `/v1/threads/${percent(id)}/runs`, headers: { 'content-type': 'application/json' }, body })) },
  ),
  // Run ids: UUIDs nobody started (404), near misses and anything (400); Last-Event-ID any text.
  'GET /v1/threads/:thread_id/runs/:run_id': fc
    .tuple(threadId, fc.oneof(fc.uuid(), anyText), fc.option(fc.oneof(fc.nat().map(String), fc.stringMatching(/^[\x21-\x7e]{1,20}$/)), { nil: undefined }))
    .map(([id, run, last]): GeneratedRequest => ({ method: 'GET', path: `/v1/threads/${percent(id)}/runs/${percent(run)}`, headers: last === undefined ? {} : { 'last-event-id': last } })),
  'POST /v1/threads/:thread_id/runs/:run_id/cancel': fc
    .tuple(threadId, fc.oneof(fc.uuid(), anyText))
    .map(([id, run]) => ({ method: 'POST', path: `/v1/threads/${percent(id)}/runs/${percent(run)}/cancel`, headers: {} })),
  'GET /v1/jobs/search': query({
    q: fc.oneof(fc.constantFrom('typescript', 'go remote', 'C++', ''), anyText),
    location: fc.oneof(fc.constantFrom('Europe', 'Berlin', 'remote'), anyText),
    remote: fc.constantFrom('true', '1', 'no', 'maybe'),
    limit: limitValue,
    company: anyText,
    min_salary: fc.oneof(fc.integer({ min: -1, max: 2_100_000_000 }).map(String), anyText),
    seniority: fc.constantFrom('senior', 'junior', 'lead', 'boss'),
    sort: fc.constantFrom('relevance', 'recent', 'fit', 'random'),
  }).map((q) => ({ method: 'GET', path: `/v1/jobs/search${q}`, headers: {} })),
  'GET /v1/jobs/:id': seg(jobId).map((id) => ({ method: 'GET', path: `/v1/jobs/${id}`, headers: {} })),
  'GET /v1/saved-jobs': query({ status: fc.constantFrom('saved', 'applied', 'offer', 'nope') }).map((q) => ({ method: 'GET', path: `/v1/saved-jobs${q}`, headers: {} })),
  'POST /v1/saved-jobs': fc.oneof(
    jsonRequest('POST', '/v1/saved-jobs', fc.record({ job_id: jobId, notes: anyText }, { requiredKeys: ['job_id'] }).map(json)),
    jsonRequest('POST', '/v1/saved-jobs', anyJson),
  ),
  'DELETE /v1/saved-jobs/:job_id': seg(jobId).map((id) => ({ method: 'DELETE', path: `/v1/saved-jobs/${id}`, headers: {} })),
  'PATCH /v1/saved-jobs/:job_id': fc
    .tuple(seg(jobId), fc.oneof(fc.record({ status: fc.constantFrom('applied', 'interviewing', 'offer', 'hired'), note: anyText }, { requiredKeys: ['status'] }).map(json), anyJson))
    .map(([id, body]) => ({ method: 'PATCH', path: `/v1/saved-jobs/${id}`, headers: { 'content-type': 'application/json' }, body })),
  'POST /v1/jobs/import': fc.oneof(
    jsonRequest('POST', '/v1/jobs/import', fc.array(posting, { maxLength: 5 }).map(json)),
    fc.array(posting, { maxLength: 4 }).map((rows): GeneratedRequest => ({
      method: 'POST',
      path: '/v1/jobs/import',
      headers: { 'content-type': 'text/csv' },
      body: ['title,company,url,location', ...rows.map((row) => [row.title, row.company, row.url, row.location ?? ''].map((cell) => `"${String(cell).replaceAll('"', '""')}"`).join(','))].join('\n'),
    })),
    jsonRequest('POST', '/v1/jobs/import', anyJson),
  ),
  'GET /v1/resumes': fc.constant({ method: 'GET', path: '/v1/resumes', headers: {} }),
  'GET /v1/resumes/:id': seg(resumeId).map((id) => ({ method: 'GET', path: `/v1/resumes/${id}`, headers: {} })),
  'POST /v1/resumes/:id/activate': seg(resumeId).map((id) => ({ method: 'POST', path: `/v1/resumes/${id}/activate`, headers: {} })),
  'DELETE /v1/resumes/:id': seg(resumeId).map((id) => ({ method: 'DELETE', path: `/v1/resumes/${id}`, headers: {} })),
  'PATCH /v1/resumes/:id': fc
    .tuple(
      seg(resumeId),
      fc.oneof(
        fc.record({ basics: fc.record({ name: anyText, email: anyText }, { requiredKeys: [] }) }).map(json),
        fc.record({ work: fc.dictionary(fc.constantFrom('0', '1', '7'), fc.record({ position: anyText, startDate: fc.constantFrom('2020', '2020-13', 'now') }, { requiredKeys: [] })) }).map(json),
        fc.record({ skills: fc.array(anyText, { maxLength: 4 }) }).map(json),
        anyJson,
      ),
    )
    .map(([id, body]) => ({ method: 'PATCH', path: `/v1/resumes/${id}`, headers: { 'content-type': 'application/json' }, body })),
  'POST /v1/match': jsonRequest(
    'POST',
    '/v1/match',
    fc.oneof(
      fc.record({ job_id: jobId, resume_id: resumeId }, { requiredKeys: ['job_id'] }).map(json),
      fc.record({ job_text: fc.oneof(fc.constantFrom('Senior TypeScript Engineer\nPostgres, Kubernetes, 5+ years'), anyText), resume_id: resumeId }, { requiredKeys: ['job_text'] }).map(json),
      anyJson,
    ),
  ),
  'POST /v1/resumes': fc.oneof(
    fc.tuple(markdownResume, fc.constantFrom('text/markdown', 'text/plain', 'application/octet-stream'), query({ filename: fc.constantFrom('cv.md', 'cv.txt', 'x'), label: anyText })).map(
      ([text, type, q]): GeneratedRequest => ({ method: 'POST', path: `/v1/resumes${q}`, headers: { 'content-type': type }, body: text }),
    ),
    fc.tuple(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...uploadTypes), fc.constantFrom('', '%PDF-1.4\n', 'PK\u0003\u0004', '{"basics":')).map(
      ([bytes, type, magic]): GeneratedRequest => ({ method: 'POST', path: '/v1/resumes?filename=upload.bin', headers: { 'content-type': type }, body: Buffer.concat([Buffer.from(magic), bytes]) }),
    ),
    fc.tuple(markdownResume, anyText, fc.constantFrom('file', 'document')).map(([text, label, field]): GeneratedRequest => {
      const form = multipart(text, label, field);
      return { method: 'POST', path: '/v1/resumes', headers: { 'content-type': form.type }, body: form.body };
    }),
    fc.uint8Array({ maxLength: 500 }).map((bytes): GeneratedRequest => ({ method: 'POST', path: '/v1/resumes', headers: { 'content-type': 'multipart/form-data; boundary=fcB0undary' }, body: Buffer.from(bytes) })),
  ),
  'GET /v1/documents': query({ kind: fc.constantFrom('cover_letter', 'interview_prep', 'resume', 'poem'), q: anyText, limit: limitValue }).map((q) => ({ method: 'GET', path: `/v1/documents${q}`, headers: {} })),
  'GET /v1/documents/:id': seg(documentId).map((id) => ({ method: 'GET', path: `/v1/documents/${id}`, headers: {} })),
  'GET /v1/documents/:id/export': fc
    .tuple(seg(documentId), query({ format: fc.constantFrom('md', 'docx', 'pdf', 'txt') }))
    .map(([id, q]) => ({ method: 'GET', path: `/v1/documents/${id}/export${q}`, headers: {} })),
  'GET /v1/alerts': fc.constant({ method: 'GET', path: '/v1/alerts', headers: {} }),
  'POST /v1/alerts': fc.oneof(
    jsonRequest(
      'POST',
      '/v1/alerts',
      fc
        .record(
          {
            query: fc.oneof(fc.constantFrom('typescript', 'nurse', ''), anyText),
            schedule: fc.oneof(fc.constantFrom('every morning at 8', 'weekdays at 7:30', '0 8 * * *', '61 25 * * *', 'whenever'), anyText),
            location: anyText,
            remote: fc.boolean(),
            min_fit: fc.integer({ min: -5, max: 120 }),
            time_zone: fc.constantFrom('Europe/Berlin', 'UTC', 'Mars/Olympus'),
          },
          { requiredKeys: ['query', 'schedule'] },
        )
        .map(json),
    ),
    jsonRequest('POST', '/v1/alerts', anyJson),
  ),
  'GET /v1/alerts/:id': seg(alertId).map((id) => ({ method: 'GET', path: `/v1/alerts/${id}`, headers: {} })),
  'PATCH /v1/alerts/:id': fc
    .tuple(
      seg(alertId),
      fc.oneof(
        fc
          .record(
            {
              query: fc.oneof(fc.constantFrom('typescript', 'nurse', ''), anyText),
              schedule: fc.oneof(fc.constantFrom('every morning at 8', 'fortnightly', '61 25 * * *'), anyText),
              location: fc.oneof(anyText, fc.constant(null)),
              remote: fc.oneof(fc.boolean(), fc.constant(null)),
              min_fit: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constant(null)),
              time_zone: fc.constantFrom('Europe/Berlin', 'UTC', 'Mars/Olympus'),
            },
            { requiredKeys: [] },
          )
          .map(json),
        anyJson,
      ),
    )
    .map(([id, body]) => ({ method: 'PATCH', path: `/v1/alerts/${id}`, headers: { 'content-type': 'application/json' }, body })),
  'DELETE /v1/alerts/:id': seg(alertId).map((id) => ({ method: 'DELETE', path: `/v1/alerts/${id}`, headers: {} })),
  ...Object.fromEntries(
    ['pause', 'resume', 'run'].map((change) => [`POST /v1/alerts/:id/${change}`, seg(alertId).map((id) => ({ method: 'POST', path: `/v1/alerts/${id}/${change}`, headers: {} }))]),
  ),
  'GET /v1/notifications': query({ unread: fc.constantFrom('true', 'no', 'maybe'), since: fc.oneof(fc.constantFrom('2026-12-01T00:00:00Z', 'yesterday'), anyText), limit: limitValue }).map((q) => ({
    method: 'GET',
    path: `/v1/notifications${q}`,
    headers: {},
  })),
  'POST /v1/notifications/read': jsonRequest('POST', '/v1/notifications/read', fc.oneof(fc.record({ ids: fc.array(notificationId, { maxLength: 3 }) }, { requiredKeys: [] }).map(json), anyJson)),
  'POST /v1/notifications/:id/read': seg(notificationId).map((id) => ({ method: 'POST', path: `/v1/notifications/${id}/read`, headers: {} })),
  // The live stream never ends, so a walk of answers cannot read one: only its refusal (an unknown query key) is walked.
  'GET /v1/notifications/stream': fc
    .tuple(fc.stringMatching(/^[a-z_]{1,10}$/), anyText)
    .map(([name, value]) => ({ method: 'GET', path: `/v1/notifications/stream?${name}=${percent(value)}`, headers: {} })),
  'GET /v1/reminders': query({ all: fc.constantFrom('true', 'false', '1', 'maybe') }).map((q) => ({ method: 'GET', path: `/v1/reminders${q}`, headers: {} })),
  'POST /v1/reminders': jsonRequest(
    'POST',
    '/v1/reminders',
    fc.oneof(
      fc.record({ when: reminderWhen, kind: fc.constantFrom('interview', 'follow_up', 'other', 'party'), job_id: jobId, title: anyText, note: anyText }, { requiredKeys: ['when'] }).map(json),
      anyJson,
    ),
  ),
  'GET /v1/reminders/:id': seg(reminderId).map((id) => ({ method: 'GET', path: `/v1/reminders/${id}`, headers: {} })),
  'DELETE /v1/reminders/:id': seg(reminderId).map((id) => ({ method: 'DELETE', path: `/v1/reminders/${id}`, headers: {} })),
  'PATCH /v1/reminders/:id': fc
    .tuple(
      seg(reminderId),
      fc.oneof(fc.record({ when: reminderWhen, title: anyText, note: anyText }, { requiredKeys: [] }).map(json), anyJson),
    )
    .map(([id, body]) => ({ method: 'PATCH', path: `/v1/reminders/${id}`, headers: { 'content-type': 'application/json' }, body })),
  'GET /v1/reminders/:id/event.ics': seg(reminderId).map((id) => ({ method: 'GET', path: `/v1/reminders/${id}/event.ics`, headers: {} })),
  'GET /v1/calendar': fc.constant({ method: 'GET', path: '/v1/calendar', headers: {} }),
  'GET /v1/calendar.ics': query({ key: fc.oneof(fc.constantFrom('default.AAAA', 'alice.', '.', 'default'), anyText) }).map((q) => ({ method: 'GET', path: `/v1/calendar.ics${q}`, headers: {} })),
  'POST /v1/tokens': jsonRequest('POST', '/v1/tokens', fc.oneof(fc.record({ name: fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,31}$/), anyText) }).map(json), anyJson)).map((request) => ({ ...request, admin: true })),
  'GET /v1/tokens': fc.constant({ method: 'GET', path: '/v1/tokens', headers: {}, admin: true }),
  // What the server says about itself: the document, its page (with its assets) and the metrics.
  ...Object.fromEntries(
    ['/openapi.json', '/metrics', '/docs', '/docs/static/index.html', '/docs/static/swagger-initializer.js', '/docs/json', '/docs/yaml'].map((path) => [`GET ${path}`, fc.constant({ method: 'GET', path, headers: {} })]),
  ),
  'GET /docs/static/*': fc.constantFrom('index.css', 'nothing-here.js', '..%2f..%2fpackage.json').map((file) => ({ method: 'GET', path: `/docs/static/${file}`, headers: {} })),
  // The web app: its page and assets (holding nothing of a person's).
  'GET /': fc.constant({ method: 'GET', path: '/', headers: {} }),
  'GET /assets/:file': fc.constantFrom('app.js', 'app.css', 'index.html', 'nothing-here.js', '..%2f..%2fpackage.json').map((file) => ({ method: 'GET', path: `/assets/${file}`, headers: {} })),
  ...lgRoutes(),
  'DELETE /v1/tokens/:name': seg(fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,31}$/), anyText)).map((name) => ({ method: 'DELETE', path: `/v1/tokens/${name}`, headers: {}, admin: true })),
};

/** Who the request says it is: mostly the right credential, sometimes none or a wrong one, sometimes another owner. */
const credential = fc.constantFrom('right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'none', 'wrong', 'other');

/** Changes that apply to any route: another method, a broken path, odd headers or content types. */
const mutation = fc.oneof(
  { weight: 20, arbitrary: fc.constant('none' as const) },
  { weight: 1, arbitrary: fc.constantFrom('PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'GET', 'POST').map((method) => ({ method })) },
  { weight: 1, arbitrary: fc.constantFrom('%zz', '%', `${'a'.repeat(600)}`, '..%2f..', '%00', '%ED%A0%80').map((part) => ({ pathSuffix: `/${part}` })) },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8', '', 'application/json;;;', 'multipart/form-data').map((type) => ({ contentType: type })) },
  { weight: 1, arbitrary: fc.tuple(fc.stringMatching(/^x-[a-z0-9-]{1,20}$/), fc.string({ unit: 'binary-ascii', maxLength: 40 })).map(([name, value]) => ({ header: [name, value] as const })) },
  { weight: 1, arbitrary: fc.constantFrom('origin', 'host', 'big').map((kind) => ({ special: kind })) },
);

const generatedRequest = fc
  .tuple(
    // Runs are the heart of the service: a quarter of the requests, however many routes there
    // are; every other route equally often.
    fc.oneof(
      ...Object.entries(routes).map(([route, arbitrary]) => ({
        weight: route === 'POST /v1/threads/:thread_id/runs' ? Math.ceil((Object.keys(routes).length - 1) / 3) : 1,
        arbitrary: arbitrary as fc.Arbitrary<GeneratedRequest & { admin?: boolean }>,
      })),
    ),
    credential,
    mutation,
  )
  .map(([request, who, change]): GeneratedRequest => {
    const headers: Record<string, string> = { ...request.headers };
    const key = request.admin ? adminKey : who === 'other' ? otherToken : token;
    if (who !== 'none') headers.authorization = `Bearer ${who === 'wrong' ? 'jp_wrong' : key}`;
    // Only the default owner's own messages are followed (the transcript is read with its token).
    const out: GeneratedRequest = who === 'right' ? { ...request, headers } : { ...request, headers, message: undefined };
    if (change === 'none') return out;
    if ('method' in change) return { ...out, method: change.method, message: undefined };
    if ('pathSuffix' in change) return { ...out, path: `${out.path.split('?')[0]}${change.pathSuffix}`, raw: true, message: undefined };
    if ('contentType' in change) {
      if (change.contentType === '') delete headers['content-type'];
      else headers['content-type'] = change.contentType;
      return out;
    }
    if ('header' in change) {
      headers[change.header[0]] = change.header[1];
      // A value with bytes Node's client refuses to send goes out raw.
      return /[^\t\x20-\x7e]/.test(change.header[1]) ? { ...out, raw: true, message: undefined } : out;
    }
    if (change.special === 'origin') headers.origin = 'https://evil.example';
    if (change.special === 'host') headers.host = 'evil.example';
    if (change.special === 'big') headers['x-big'] = 'b'.repeat(17_000);
    return out;
  });

// ---- sending and checking ---------------------------------------------------------------

const agent = new Agent({ keepAlive: true, maxSockets: batchSize });

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

function send(request: GeneratedRequest): Promise<Answer> {
  const url = new URL(server.url);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const headers: Record<string, string> = { ...(body ? { 'content-length': String(body.byteLength) } : {}), ...request.headers };
  if (request.raw) {
    const head = [`${request.method} ${request.path} HTTP/1.1`, `host: ${headers.host ?? url.host}`, 'connection: close', ...Object.entries(headers).filter(([name]) => name !== 'host').map(([name, value]) => `${name}: ${value}`)];
    return rawExchange(server.url, (socket) => {
      socket.write(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body ?? Buffer.alloc(0)]));
    }).then((answer) => ({
      status: answer.status,
      contentType: answer.headers['content-type'] ?? '',
      body: answer.headers['transfer-encoding'] === 'chunked' ? dechunk(answer.body) : answer.body,
    }));
  }
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: url.hostname, port: url.port, method: request.method, path: request.path, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A chunked body as its content (`size CRLF data CRLF` … `0 CRLF CRLF`). */
function dechunk(text: string): string {
  let out = '';
  let rest = Buffer.from(text, 'utf8');
  for (;;) {
    const end = rest.indexOf('\r\n');
    const size = end < 0 ? 0 : Number.parseInt(rest.subarray(0, end).toString('latin1'), 16);
    if (!size) return out;
    out += rest.subarray(end + 2, end + 2 + size).toString('utf8');
    rest = rest.subarray(end + 2 + size + 2);
  }
}

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** The checks every answer must pass; failures are collected with the request that caused them. */
function check(request: GeneratedRequest, answer: Answer): void {
  seen.requests++;
  count(seen.byStatus, answer.status);
  const problem = (what: string): void => void seen.problems.push(`${what}: ${request.method} ${request.path.slice(0, 120)} → ${answer.status} ${answer.body.slice(0, 300)}`);
  if (answer.status === 0) return problem('no answer at all');
  if (answer.status >= 500) return problem('a 5xx');
  // A HEAD answer has no body by definition: its status is all there is to check.
  if (answer.status >= 400 && request.method !== 'HEAD') {
    let body: any;
    try {
      body = JSON.parse(answer.body);
    } catch {
      return problem('an error body that is not JSON');
    }
    const shapeOk = body && typeof body === 'object' && Object.keys(body).join() === 'error' && Object.keys(body.error ?? {}).sort().join() === 'code,message,request_id' && typeof body.error.request_id === 'string' && typeof body.error.message === 'string' && body.error.message.length > 0;
    if (!shapeOk) return problem('an error body not in the documented shape');
    count(seen.byCode, body.error.code);
    if (documented.get(body.error.code) !== answer.status) return problem(`code ${body.error.code} is not documented with status ${answer.status}`);
    return;
  }
  if (answer.contentType.startsWith('text/event-stream') && request.path.startsWith('/lg/')) {
    // The LangGraph API's stream: metadata first, never an error event.
    const names: string[] = [];
    createParser({ onEvent: (message) => void names.push(message.event ?? 'message') }).feed(answer.body);
    if (names[0] !== 'metadata') return problem('a LangGraph stream that does not start with metadata');
    if (names.includes('error')) return problem('an error event in a stream');
    return;
  }
  if (answer.contentType.startsWith('text/event-stream')) {
    const events: RunEvent[] = [];
    const parser = createParser({ onEvent: (message) => events.push(parseRunEvent(message.event ?? 'message', message.data)) });
    parser.feed(answer.body);
    const end = events.at(-1);
    if (end?.type !== 'run-end') return problem('a stream that does not end with run-end');
    if (events.some((event) => event.type === 'error')) return problem('an error event in a stream');
    if (request.message && request.method === 'POST') {
      const list = seen.accepted.get(request.message.thread) ?? [];
      list.push(request.message.text.trim());
      seen.accepted.set(request.message.thread, list);
    }
  }
  // Any 204 to a DELETE of a thread (a generated one, or another route's request sent as DELETE) removed it.
  // (A GET of a thread sent as DELETE keeps its query string, which the delete ignores.)
  const deleted = /^\/(?:v1|lg)\/threads\/([^/?]+)(?:\?.*)?$/.exec(request.path);
  if (request.method === 'DELETE' && answer.status === 204 && deleted) seen.deleted.add(decodeURIComponent(deleted[1] as string));
}

// ---- the test ---------------------------------------------------------------------------

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TOKEN: token, JOBPILOT_RATE_LIMIT: '0', JOBPILOT_REQUEST_TIMEOUT_MS: '10000' }), { logger: false, planner });
  adminKey = server.jobpilot.adminKey;
  const auth = { authorization: `Bearer ${token}` };
  const made = await fetch(`${server.url}/v1/tokens`, { method: 'POST', headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' }, body: json({ name: 'other' }) });
  otherToken = ((await made.json()) as { token: string }).token;
  const imported = await fetch(`${server.url}/v1/jobs/import`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: json([
      { title: 'Senior TypeScript Engineer', company: 'Zephyr', url: 'https://jobs.example/z1', description: 'TypeScript, Postgres, Kubernetes.' },
      { title: 'Go Developer', company: 'Acme', url: 'https://jobs.example/a1', remote: true },
    ]),
  });
  known.jobs = ((await imported.json()) as { job_ids: string[] }).job_ids;
  const upload = await fetch(`${server.url}/v1/resumes?filename=jane.md`, { method: 'POST', headers: { ...auth, 'content-type': 'text/markdown' }, body: '# Jane Doe\njane@example.com\n\n## Skills\nTypeScript, Postgres\n' });
  known.resumes = [((await upload.json()) as { id: string }).id];
  const letter = await server.jobpilot.careerFor('default').documents.add({ kind: 'cover_letter', title: 'Letter for Zephyr', content: '# Dear Zephyr\n\nHello.', jobId: known.jobs[0] ?? null, resumeId: known.resumes[0] ?? null, changes: [] });
  known.documents = [letter.id];
  const alert = await server.jobpilot.careerFor('default').alerts?.create({ query: 'typescript', schedule: 'every morning at 8' });
  known.alerts = alert ? [alert.id] : [];
  const reminder = await fetch(`${server.url}/v1/reminders`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: json({ when: '2030-01-01T09:00:00Z', title: 'call Zephyr' }) });
  known.reminders = [((await reminder.json()) as { id: string }).id];
}, 120_000);
afterAll(async () => {
  agent.destroy();
  await server?.close();
});

describe('every route under generated requests', () => {
  it('has a generator for each route the server answers', () => {
    expect([...new Set(server.routes)].sort()).toEqual(Object.keys(routes).sort());
  });

  it(`answers ${batchSize * numRuns} generated requests with no 5xx, documented errors only, no lost message, no leaked thread`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generatedRequest, { minLength: batchSize, maxLength: batchSize }), async (batch) => {
        const before = seen.problems.length;
        await Promise.all(
          batch.map(async (request) => {
            const started = performance.now();
            const answer = await send(request);
            const route = `${request.method} ${request.path.split('?')[0]?.split('/').slice(0, 3).join('/')}`;
            seen.time.set(route, (seen.time.get(route) ?? 0) + performance.now() - started);
            check(request, answer);
          }),
        );
        return seen.problems.length === before;
      }),
      { numRuns, endOnFailure: true },
    ).catch((error: Error) => {
      throw new Error(`${seen.problems.slice(0, 10).join('\n')}\n\n${error.message.slice(0, 3000)}`);
    });
    expect(seen.problems).toEqual([]);
    expect(seen.requests).toBeGreaterThanOrEqual(10_000);
    // Every run ends before its answer does, so no thread may be busy now.
    const auth = { authorization: `Bearer ${token}` };
    const threads = (await (await fetch(`${server.url}/v1/threads?limit=500`, { headers: auth })).json()) as { threads: Array<{ thread_id: string; status: string }> };
    const busy = threads.threads.filter((thread) => thread.status === 'busy');
    expect(busy).toEqual([]);
    // No lost message: each one answered with a stream is in its thread's transcript.
    let checked = 0;
    for (const [thread, messages] of seen.accepted) {
      if (seen.deleted.has(thread)) continue;
      const said: string[] = [];
      for (let before = ''; ; ) {
        const page = (await (await fetch(`${server.url}/v1/threads/${encodeURIComponent(thread)}?limit=500${before ? `&before=${before}` : ''}`, { headers: auth })).json()) as {
          messages: Array<{ role: string; content: string }>;
          next_before: string | null;
        };
        if (!page.messages) throw new Error(`thread ${thread}: ${JSON.stringify(page)}`);
        said.push(...page.messages.filter((message) => message.role === 'user').map((message) => message.content));
        if (!page.next_before) break;
        before = page.next_before;
      }
      for (const message of messages) expect(said).toContain(message);
      checked += messages.length;
    }
    // One line for `npm run bench -- --only property`, which writes it into docs/reliability.md.
    const slowest = [...seen.time].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([route, ms]) => `${route} ${Math.round(ms / 1000)} s`);
    console.log(
      `property-figures: ${JSON.stringify({
        requests: seen.requests,
        byStatus: Object.fromEntries([...seen.byStatus].sort((a, b) => a[0] - b[0])),
        byCode: Object.fromEntries(seen.byCode),
        problems: seen.problems.length,
        messagesChecked: checked,
        busyThreads: busy.length,
      })}\nslowest routes (summed): ${slowest.join(', ')}`,
    );
    expect(checked).toBeGreaterThan(100);
  }, 900_000);
});
