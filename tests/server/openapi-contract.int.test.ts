import { validate as validateDocument, dereference } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/errors.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { routeErrors } from '../../src/server/api-document.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';

/**
 * The API document (`GET /openapi.json`) is valid OpenAPI 3.1, describes every route the
 * server has, and every answer the real server gives (real port, Postgres, the rules
 * planner) matches the schema the document gives for that route, status and media type:
 * successes, refusals (error bodies with their codes) and the run stream's events.
 */

let server: RunningServer;
let document: OpenAPIV3_1.Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
/** "METHOD /path/{param}" of every answer checked against the document. */
const exercised = new Set<string>();

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
  const answer = await fetch(`${server.url}/openapi.json`);
  expect(answer.status).toBe(200);
  document = (await answer.json()) as OpenAPIV3_1.Document;
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** The document with every $ref resolved, made once. */
let resolved: Promise<OpenAPIV3_1.Document> | undefined;
const dereferenced = () => (resolved ??= dereference(structuredClone(document)) as Promise<OpenAPIV3_1.Document>);

const mediaTypeOf = (header: string | null) => (header ?? '').split(';')[0]?.trim() ?? '';

/** The schema the document gives this route's answer of this status and media type. */
async function documentedSchema(route: string, status: number, mediaType: string) {
  const [method = '', path = ''] = route.split(' ');
  const operation = (await dereferenced()).paths?.[path]?.[method.toLowerCase() as 'get'];
  expect(operation, `${route} is in the document`).toBeDefined();
  const response = operation?.responses?.[String(status)] as OpenAPIV3_1.ResponseObject | undefined;
  expect(response, `${route} documents status ${status}`).toBeDefined();
  const media = response?.content?.[mediaType];
  expect(media, `${route} ${status} documents ${mediaType}`).toBeDefined();
  return media?.schema as object;
}

async function expectMatches(route: string, status: number, mediaType: string, body: unknown) {
  const check = ajv.compile(await documentedSchema(route, status, mediaType));
  const ok = check(body);
  expect(ok, `${route} ${status}: ${ajv.errorsText(check.errors)} in ${JSON.stringify(body).slice(0, 400)}`).toBe(true);
  exercised.add(route);
}

/** Sends a request and checks its answer against the document; returns the status and parsed body. */
async function call(route: string, path: string, init: { body?: unknown; raw?: string; type?: string; token?: string } = {}) {
  const [method = 'GET'] = route.split(' ');
  const headers: Record<string, string> = {};
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = init.type ?? 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(init.raw !== undefined ? { body: init.raw } : init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const mediaType = mediaTypeOf(response.headers.get('content-type'));
  let body: unknown;
  if (response.status === 204) {
    const [, path = ''] = route.split(' ');
    const operation = document.paths?.[path]?.[method.toLowerCase() as 'delete'];
    expect(operation?.responses?.['204'], `${route} documents 204`).toBeDefined();
    expect((operation?.responses?.['204'] as OpenAPIV3_1.ResponseObject).content).toBeUndefined();
    exercised.add(route);
    return { status: 204, body: undefined, response };
  }
  if (mediaType === 'application/json') {
    body = await response.json();
    await expectMatches(route, response.status, mediaType, body);
    if (response.status >= 400) expect((body as { error: { request_id: string } }).error.request_id).toBe(response.headers.get('x-request-id'));
  } else {
    body = Buffer.from(await response.arrayBuffer());
    await documentedSchema(route, response.status, mediaType);
    exercised.add(route);
  }
  return { status: response.status, body: body as any, response };
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(validateDocument(structuredClone(document) as never)).resolves.toMatchObject({ valid: true });
  });

  it('describes every route the server answers, each with its error codes', () => {
    const documented = new Set(
      Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
        Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const routes = server.routes
      // Swagger UI's pages and the web app's files are pages, not API routes.
      .filter((route) => !route.includes(' /docs') && route !== 'GET /' && !route.startsWith('GET /assets/'))
      .map((route) => route.replace(/:(\w+)/g, '{$1}'));
    for (const route of routes) {
      expect(documented.has(route), `${route} is documented`).toBe(true);
      expect(routeErrors[route], `${route} lists its errors`).toBeDefined();
    }
    expect(documented.size).toBe(new Set(routes).size);
  });

  it('is a schema the check holds answers to: an extra field, a wrong type or an undocumented code fails', async () => {
    const list = ajv.compile(await documentedSchema('GET /v1/threads', 200, 'application/json'));
    expect(list({ threads: [] })).toBe(true);
    expect(list({ threads: [], extra: 1 })).toBe(false);
    expect(list({ threads: [{ thread_id: 1 }] })).toBe(false);
    const notFound = ajv.compile(await documentedSchema('GET /v1/jobs/{id}', 404, 'application/json'));
    expect(notFound({ error: { code: 'JOB_NOT_FOUND', message: 'No job.', request_id: 'r1' } })).toBe(true);
    expect(notFound({ error: { code: 'THREAD_NOT_FOUND', message: 'No thread.', request_id: 'r1' } })).toBe(false);
  });

  it('names every error code and describes the run stream as the event union', () => {
    const schemas = document.components?.schemas ?? {};
    expect((schemas.ErrorCode as { enum: string[] }).enum.sort()).toEqual(Object.keys(errorCodes).sort());
    const stream = document.paths?.['/v1/threads/{thread_id}/runs']?.post?.responses?.['200'] as OpenAPIV3_1.ResponseObject;
    const events = JSON.stringify(stream.content?.['text/event-stream']?.schema);
    for (const type of ['run-start', 'plan', 'tool-call-start', 'tool-progress', 'tool-call-end', 'approval-request', 'message-delta', 'message-end', 'error', 'run-end'])
      expect(events).toContain(`"${type}"`);
  });
});

describe('/docs', () => {
  it('is Swagger UI from this server alone: relative assets, served here, and no online validator', async () => {
    const page = await fetch(`${server.url}/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('swagger-ui');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] as string);
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      expect(asset, 'an asset of this server').not.toMatch(/^(https?:)?\/\//);
      expect((await fetch(new URL(asset, page.url))).status, asset).toBe(200);
    }
    const initializer = await (await fetch(`${server.url}/docs/static/swagger-initializer.js`)).text();
    expect(initializer).toMatch(/"validatorUrl":\s*null/);
    expect((await fetch(`${server.url}/docs/json`)).status).toBe(200);
  });
});

describe("the real server's answers match the document", () => {
  const posting = (title: string, company: string) => ({
    title,
    company,
    url: `https://jobs.example.com/${company.toLowerCase()}/${title.toLowerCase().replace(/\W+/g, '-')}`,
    location: 'Berlin, Germany',
    salary: '€70,000 - €90,000 per year',
    tags: ['typescript', 'postgres'],
    description: '<p>We need TypeScript, Node.js and PostgreSQL; 3+ years.</p>',
  });
  let jobId = '';
  let resumeId = '';

  it('health, the document and the metrics', async () => {
    expect((await call('GET /healthz', '/healthz')).status).toBe(200);
    expect((await call('GET /readyz', '/readyz')).status).toBe(200);
    expect((await call('GET /openapi.json', '/openapi.json')).status).toBe(200);
    const metrics = await call('GET /metrics', '/metrics');
    expect(metrics.status).toBe(200);
    expect(String(metrics.body)).toContain('jobpilot_runs_total');
  });

  it('jobs: import, search, one job, refusals', async () => {
    const imported = await call('POST /v1/jobs/import', '/v1/jobs/import', { body: [posting('Backend Engineer', 'Acme'), posting('Data Engineer', 'Globex')] });
    expect(imported.status).toBe(200);
    jobId = imported.body.job_ids[0];
    const invalid = await call('POST /v1/jobs/import', '/v1/jobs/import', { body: [{ title: 'No company' }] });
    expect(invalid.status).toBe(422);
    const csv = await call('POST /v1/jobs/import', '/v1/jobs/import', { raw: 'title,company,url\nQA,Initech,https://initech.example/qa\n', type: 'text/csv' });
    expect(csv.status).toBe(200);
    expect((await call('GET /v1/jobs/search', '/v1/jobs/search?q=engineer&limit=5')).status).toBe(200);
    expect((await call('GET /v1/jobs/search', '/v1/jobs/search?limit=0')).status).toBe(400);
    expect((await call('GET /v1/jobs/{id}', `/v1/jobs/${jobId}`)).status).toBe(200);
    expect((await call('GET /v1/jobs/{id}', '/v1/jobs/0123456789ab')).status).toBe(404);
    expect((await call('GET /v1/jobs/{id}', '/v1/jobs/nope')).status).toBe(400);
  });

  it('the tracker: save, save again, move, list, remove', async () => {
    expect((await call('POST /v1/saved-jobs', '/v1/saved-jobs', { body: { job_id: jobId, notes: 'referral' } })).status).toBe(201);
    expect((await call('POST /v1/saved-jobs', '/v1/saved-jobs', { body: { job_id: jobId } })).status).toBe(200);
    expect((await call('POST /v1/saved-jobs', '/v1/saved-jobs', { body: { job_id: jobId, extra: 1 } })).status).toBe(400);
    expect((await call('POST /v1/saved-jobs', '/v1/saved-jobs', { raw: 'a=b', type: 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await call('PATCH /v1/saved-jobs/{job_id}', `/v1/saved-jobs/${jobId}`, { body: { status: 'applied', note: 'sent' } })).status).toBe(200);
    expect((await call('GET /v1/saved-jobs', '/v1/saved-jobs?status=applied')).status).toBe(200);
    expect((await call('DELETE /v1/saved-jobs/{job_id}', `/v1/saved-jobs/${jobId}`)).status).toBe(200);
    expect((await call('DELETE /v1/saved-jobs/{job_id}', `/v1/saved-jobs/${jobId}`)).status).toBe(404);
  });

  it('resumes and the match', async () => {
    expect((await call('POST /v1/match', '/v1/match', { body: { job_id: jobId } })).status).toBe(409);
    const markdown = '# Ana Ortiz\nana@example.com\n\n## Experience\n\n### Senior Engineer, Loomwave\n2019 - present\n- Built TypeScript and Node.js services on PostgreSQL\n\n## Skills\n\nTypeScript, Node.js, PostgreSQL\n';
    const uploaded = await call('POST /v1/resumes', '/v1/resumes?filename=ana.md', { raw: markdown, type: 'text/markdown' });
    expect(uploaded.status).toBe(201);
    resumeId = uploaded.body.id;
    expect((await call('POST /v1/resumes', '/v1/resumes', { raw: '\u0089PNG\r\n\u001a\n', type: 'application/octet-stream' })).status).toBeGreaterThanOrEqual(400);
    expect((await call('GET /v1/resumes', '/v1/resumes')).status).toBe(200);
    expect((await call('GET /v1/resumes/{id}', `/v1/resumes/${resumeId}`)).status).toBe(200);
    expect((await call('GET /v1/resumes/{id}', '/v1/resumes/res_0000000000')).status).toBe(404);
    expect((await call('PATCH /v1/resumes/{id}', `/v1/resumes/${resumeId}`, { body: { basics: { name: 'Ana M. Ortiz' } } })).status).toBe(200);
    expect((await call('PATCH /v1/resumes/{id}', `/v1/resumes/${resumeId}`, { body: { hobbies: [] } })).status).toBe(400);
    expect((await call('POST /v1/resumes/{id}/activate', `/v1/resumes/${resumeId}/activate`)).status).toBe(200);
    expect((await call('POST /v1/resumes/{id}/activate', '/v1/resumes/res_0000000000/activate')).status).toBe(404);
    const spare = await call('POST /v1/resumes', '/v1/resumes?filename=spare.md', { raw: markdown, type: 'text/markdown' });
    const spareId = (spare.body as { id: string }).id;
    expect((await call('DELETE /v1/resumes/{id}', `/v1/resumes/${spareId}`)).status).toBe(200);
    expect((await call('DELETE /v1/resumes/{id}', `/v1/resumes/${spareId}`)).status).toBe(404);
    expect((await call('POST /v1/match', '/v1/match', { body: { job_id: jobId } })).status).toBe(200);
    expect((await call('POST /v1/match', '/v1/match', { body: {} })).status).toBe(400);
  });

  it('documents: list, read, export, refusals', async () => {
    const letter = await server.jobpilot.career.documents.add({
      kind: 'cover_letter',
      title: 'Cover letter — Backend Engineer at Acme',
      content: '# Cover letter\n\nDear Acme,\n\nI build TypeScript services.\n',
      jobId,
      resumeId,
      changes: [{ kind: 'employer', claim: 'Initrode', action: 'removed', reason: 'not in the resume or the posting' }],
    });
    expect((await call('GET /v1/documents', '/v1/documents?kind=cover_letter')).status).toBe(200);
    expect((await call('GET /v1/documents/{id}', `/v1/documents/${letter.id}`)).status).toBe(200);
    expect((await call('GET /v1/documents/{id}', '/v1/documents/doc_0000000000')).status).toBe(404);
    for (const format of ['md', 'pdf', 'docx']) expect((await call('GET /v1/documents/{id}/export', `/v1/documents/${letter.id}/export?format=${format}`)).status).toBe(200);
    expect((await call('GET /v1/documents/{id}/export', `/v1/documents/${letter.id}/export?format=odt`)).status).toBe(400);
  });

  it('reminders and the calendar feed', async () => {
    const made = await call('POST /v1/reminders', '/v1/reminders', { body: { when: '2030-01-01T09:00:00Z', kind: 'interview', job_id: jobId } });
    expect(made.status).toBe(201);
    const id = String(made.body.id);
    expect((await call('POST /v1/reminders', '/v1/reminders', { body: { when: 'banana' } })).status).toBe(422);
    expect((await call('POST /v1/reminders', '/v1/reminders', { body: { when: 'friday', kind: 'party' } })).status).toBe(400);
    expect((await call('GET /v1/reminders', '/v1/reminders?all=true')).status).toBe(200);
    expect((await call('GET /v1/reminders/{id}', `/v1/reminders/${id}`)).status).toBe(200);
    expect((await call('GET /v1/reminders/{id}', '/v1/reminders/rem_0000000000')).status).toBe(404);
    expect((await call('GET /v1/reminders/{id}/event.ics', `/v1/reminders/${id}/event.ics`)).status).toBe(200);
    expect((await call('GET /v1/reminders/{id}/event.ics', '/v1/reminders/rem_0000000000/event.ics')).status).toBe(404);
    const moved = await call('PATCH /v1/reminders/{id}', `/v1/reminders/${id}`, { body: { when: '2030-01-02T10:00:00Z', note: 'moved a day' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id, due_at: '2030-01-02T10:00:00.000Z', note: 'moved a day' });
    expect((await call('PATCH /v1/reminders/{id}', `/v1/reminders/${id}`, { body: { when: 'banana' } })).status).toBe(422);
    expect((await call('PATCH /v1/reminders/{id}', `/v1/reminders/${id}`, { body: {} })).status).toBe(400);
    expect((await call('PATCH /v1/reminders/{id}', '/v1/reminders/rem_0000000000', { body: { title: 'x' } })).status).toBe(404);
    const feed = await call('GET /v1/calendar', '/v1/calendar');
    expect(feed.status).toBe(200);
    expect((await call('GET /v1/calendar.ics', String(feed.body.path))).status).toBe(200);
    expect((await call('DELETE /v1/reminders/{id}', `/v1/reminders/${id}`)).status).toBe(200);
  });

  it('threads and a run stream whose every event matches the event union', async () => {
    const run = await postRun(server.url, 'contract', { message: 'show my saved jobs' });
    expect(run.response.status).toBe(200);
    const schema = ajv.compile(await documentedSchema('POST /v1/threads/{thread_id}/runs', 200, 'text/event-stream'));
    expect(run.raw.length).toBeGreaterThan(2);
    for (const message of run.raw) {
      const event = { type: message.event, ...JSON.parse(message.data) };
      expect(schema(event), `${message.event}: ${ajv.errorsText(schema.errors)}`).toBe(true);
    }
    expect(run.raw.at(-1)?.event).toBe('run-end');
    exercised.add('POST /v1/threads/{thread_id}/runs');
    const refused = await call('POST /v1/threads/{thread_id}/runs', '/v1/threads/contract/runs', { body: { message: 'hi', resume: { approved: true } } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/exactly one of "message"/);
    expect((await call('POST /v1/threads/{thread_id}/runs', '/v1/threads/contract/runs', { body: { resume: { approved: true } } })).status).toBe(409);
    // Joining it again: the same events, each matching the union; a detached run; a cancel.
    const runId = (run.events[0] as { run_id: string }).run_id;
    expect(run.response.headers.get('content-location')).toBe(`/v1/threads/contract/runs/${runId}`);
    const joined = await fetch(`${server.url}/v1/threads/contract/runs/${runId}`, { headers: { 'last-event-id': '1' } });
    expect(joined.status).toBe(200);
    const joinSchema = ajv.compile(await documentedSchema('GET /v1/threads/{thread_id}/runs/{run_id}', 200, 'text/event-stream'));
    const lines = (await joined.text()).split('\n');
    const names = lines.filter((line) => line.startsWith('event: ')).map((line) => line.slice(7));
    const datas = lines.filter((line) => line.startsWith('data: ')).map((line) => JSON.parse(line.slice(6)) as object);
    expect(names).toEqual(run.raw.slice(1).map((message) => message.event));
    for (const [index, data] of datas.entries()) expect(joinSchema({ type: names[index], ...data }), ajv.errorsText(joinSchema.errors)).toBe(true);
    exercised.add('GET /v1/threads/{thread_id}/runs/{run_id}');
    expect((await call('GET /v1/threads/{thread_id}/runs/{run_id}', '/v1/threads/contract/runs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('GET /v1/threads/{thread_id}/runs/{run_id}', '/v1/threads/contract/runs/nope')).status).toBe(400);
    const detached = await call('POST /v1/threads/{thread_id}/runs', '/v1/threads/contract/runs', { body: { message: 'hi', stream: false } });
    expect(detached.status).toBe(202);
    await (await fetch(`${server.url}${detached.body.stream_url}`)).text();
    expect((await call('POST /v1/threads/{thread_id}/runs/{run_id}/cancel', `${detached.body.stream_url}/cancel`)).body).toEqual({ run_id: detached.body.run_id, status: 'ended' });
    expect((await call('POST /v1/threads/{thread_id}/runs/{run_id}/cancel', '/v1/threads/contract/runs/00000000-0000-4000-8000-000000000000/cancel')).status).toBe(404);
    expect((await call('GET /v1/threads', '/v1/threads?limit=5')).status).toBe(200);
    expect((await call('GET /v1/threads/{thread_id}', '/v1/threads/contract')).status).toBe(200);
    expect((await call('GET /v1/threads/{thread_id}', '/v1/threads/never-used')).status).toBe(404);
    const renamed = await call('PATCH /v1/threads/{thread_id}', '/v1/threads/contract', { body: { title: '  Saved jobs check  ' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ thread_id: 'contract', title: 'Saved jobs check' });
    expect((await call('GET /v1/threads/{thread_id}', '/v1/threads/contract')).body.title).toBe('Saved jobs check');
    const untitled = await call('PATCH /v1/threads/{thread_id}', '/v1/threads/contract', { body: { title: '   ' } });
    expect(untitled.status).toBe(400);
    expect(untitled.body.error.message).toBe('Invalid body: title: The title is empty.');
    expect((await call('PATCH /v1/threads/{thread_id}', '/v1/threads/contract', { body: { title: 'x', status: 'idle' } })).status).toBe(400);
    expect((await call('PATCH /v1/threads/{thread_id}', '/v1/threads/never-used', { body: { title: 'x' } })).status).toBe(404);
    expect((await call('DELETE /v1/threads/{thread_id}', '/v1/threads/contract')).status).toBe(204);
    expect((await call('DELETE /v1/threads/{thread_id}', '/v1/threads/contract')).status).toBe(404);
  });

  it('the LangGraph API under /lg', async () => {
    expect((await call('GET /lg/info', '/lg/info')).status).toBe(200);
    expect((await call('GET /lg/ok', '/lg/ok')).status).toBe(200);
    const [assistant] = (await call('POST /lg/assistants/search', '/lg/assistants/search', { body: { graph_id: 'jobpilot' } })).body;
    expect((await call('GET /lg/assistants/{assistant_id}', `/lg/assistants/${assistant.assistant_id}`)).status).toBe(200);
    expect((await call('GET /lg/assistants/{assistant_id}', '/lg/assistants/nobody')).status).toBe(404);
    expect((await call('POST /lg/threads', '/lg/threads', { body: { thread_id: 'lg-contract' } })).status).toBe(200);
    expect((await call('POST /lg/threads', '/lg/threads', { body: { thread_id: 'lg-contract' } })).status).toBe(409);
    expect((await call('POST /lg/threads/search', '/lg/threads/search', { body: { limit: 5 } })).status).toBe(200);
    expect((await call('PATCH /lg/threads/{thread_id}', '/lg/threads/lg-contract', { body: { metadata: { title: 'Contract' } } })).status).toBe(200);
    const message = { assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi there' }] } };
    const streamed = await call('POST /lg/threads/{thread_id}/runs/stream', '/lg/threads/lg-contract/runs/stream', { body: { ...message, stream_mode: ['values', 'messages-tuple'] } });
    expect(streamed.status).toBe(200);
    const runId = streamed.response.headers.get('content-location')?.split('/').at(-1) ?? '';
    expect((await call('POST /lg/threads/{thread_id}/runs/stream', '/lg/threads/lg-contract/runs/stream', { body: { ...message, stream_mode: 'debug' } })).status).toBe(400);
    expect((await call('POST /lg/threads/{thread_id}/runs/wait', '/lg/threads/lg-contract/runs/wait', { body: message })).status).toBe(200);
    expect((await call('POST /lg/threads/{thread_id}/runs/wait', '/lg/threads/lg-never/runs/wait', { body: message })).status).toBe(404);
    expect((await call('GET /lg/threads/{thread_id}/runs', '/lg/threads/lg-contract/runs')).status).toBe(200);
    expect((await call('GET /lg/threads/{thread_id}/runs/{run_id}', `/lg/threads/lg-contract/runs/${runId}`)).status).toBe(200);
    expect((await call('GET /lg/threads/{thread_id}/runs/{run_id}', '/lg/threads/lg-contract/runs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('GET /lg/threads/{thread_id}/runs/{run_id}/join', `/lg/threads/lg-contract/runs/${runId}/join`)).status).toBe(200);
    expect((await call('GET /lg/threads/{thread_id}/runs/{run_id}/stream', `/lg/threads/lg-contract/runs/${runId}/stream`)).status).toBe(200);
    expect((await call('POST /lg/threads/{thread_id}/runs/{run_id}/cancel', `/lg/threads/lg-contract/runs/${runId}/cancel?wait=true`)).status).toBe(204);
    expect((await call('GET /lg/threads/{thread_id}/state', '/lg/threads/lg-contract/state')).status).toBe(200);
    expect((await call('POST /lg/threads/{thread_id}/history', '/lg/threads/lg-contract/history', { body: { limit: 5 } })).status).toBe(200);
    expect((await call('GET /lg/threads/{thread_id}', '/lg/threads/lg-contract')).status).toBe(200);
    expect((await call('DELETE /lg/threads/{thread_id}', '/lg/threads/lg-contract')).status).toBe(204);
    expect((await call('GET /lg/threads/{thread_id}', '/lg/threads/lg-contract')).status).toBe(404);
  });

  it('alerts and notifications: made, listed, read, paused, resumed, run, deleted; the stream of new ones', async () => {
    const created = await call('POST /v1/alerts', '/v1/alerts', { body: { query: 'typescript', remote: true, schedule: 'every morning at 8', time_zone: 'Europe/Berlin' } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await call('POST /v1/alerts', '/v1/alerts', { body: { query: 'typescript', schedule: 'whenever' } })).status).toBe(400);
    expect((await call('GET /v1/alerts', '/v1/alerts')).status).toBe(200);
    expect((await call('GET /v1/alerts/{id}', `/v1/alerts/${id}`)).status).toBe(200);
    expect((await call('GET /v1/alerts/{id}', '/v1/alerts/alert_0000000000')).status).toBe(404);
    expect((await call('POST /v1/alerts', '/v1/alerts', { body: { query: 'TypeScript ', remote: true, schedule: 'hourly' } })).status).toBe(409);
    const changed = await call('PATCH /v1/alerts/{id}', `/v1/alerts/${id}`, { body: { schedule: 'weekdays at 7', location: 'Berlin' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id, schedule: '0 7 * * 1-5', location: 'Berlin', name: 'remote typescript jobs in Berlin' });
    expect((await call('PATCH /v1/alerts/{id}', `/v1/alerts/${id}`, { body: { schedule: 'every 2 weeks' } })).status).toBe(400);
    expect((await call('PATCH /v1/alerts/{id}', `/v1/alerts/${id}`, { body: {} })).status).toBe(400);
    expect((await call('PATCH /v1/alerts/{id}', '/v1/alerts/alert_0000000000', { body: { remote: false } })).status).toBe(404);
    expect((await call('POST /v1/alerts/{id}/pause', `/v1/alerts/${id}/pause`)).status).toBe(200);
    expect((await call('POST /v1/alerts/{id}/resume', `/v1/alerts/${id}/resume`)).status).toBe(200);
    expect((await call('POST /v1/alerts/{id}/run', `/v1/alerts/${id}/run`)).status).toBe(200);
    expect((await call('POST /v1/alerts/{id}/run', '/v1/alerts/alert_0000000000/run')).status).toBe(404);
    expect((await call('DELETE /v1/alerts/{id}', `/v1/alerts/${id}`)).status).toBe(200);
    expect((await call('POST /v1/alerts/{id}/pause', `/v1/alerts/${id}/pause`)).status).toBe(404);
    expect((await call('POST /v1/alerts/{id}/resume', `/v1/alerts/${id}/resume`)).status).toBe(404);
    expect((await call('DELETE /v1/alerts/{id}', `/v1/alerts/${id}`)).status).toBe(404);

    const controller = new AbortController();
    const stream = await fetch(`${server.url}/v1/notifications/stream`, { signal: controller.signal });
    expect(mediaTypeOf(stream.headers.get('content-type'))).toBe('text/event-stream');
    const schema = ajv.compile(await documentedSchema('GET /v1/notifications/stream', 200, 'text/event-stream'));
    exercised.add('GET /v1/notifications/stream');
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    // The subscription comment comes first: then the notification is sure to be streamed.
    while (!text.includes(': subscribed')) text += decoder.decode((await reader.read()).value, { stream: true });
    const made = await server.jobpilot.notifications.createNotification({ kind: 'reminder', title: 'Follow up with Northwind', body: 'You said Friday.' });
    while (!text.includes('event: notification-created')) text += decoder.decode((await reader.read()).value, { stream: true });
    while (!/event: notification-created\ndata: .*\n\n/.test(text)) text += decoder.decode((await reader.read()).value, { stream: true });
    controller.abort();
    const [, data = '{}'] = /event: notification-created\ndata: (.*)\n/.exec(text) ?? [];
    const event = { type: 'notification-created', ...JSON.parse(data) };
    expect(schema(event), ajv.errorsText(schema.errors)).toBe(true);
    expect(event.notification.id).toBe(made.id);

    expect((await call('GET /v1/notifications', '/v1/notifications?unread=true')).body.unread).toBeGreaterThanOrEqual(1);
    expect((await call('GET /v1/notifications', '/v1/notifications?since=yesterday')).status).toBe(400);
    expect((await call('POST /v1/notifications/{id}/read', `/v1/notifications/${made.id}/read`)).body.read_at).not.toBeNull();
    expect((await call('POST /v1/notifications/{id}/read', '/v1/notifications/ntf_000000000000/read')).status).toBe(404);
    expect((await call('POST /v1/notifications/read', '/v1/notifications/read', { body: {} })).status).toBe(200);
  });

  it('named tokens, and the 401 every guarded route then answers', async () => {
    const admin = server.jobpilot.adminKey;
    expect((await call('GET /v1/tokens', '/v1/tokens')).status).toBe(401);
    const created = await call('POST /v1/tokens', '/v1/tokens', { body: { name: 'alice' }, token: admin });
    expect(created.status).toBe(201);
    expect((await call('POST /v1/tokens', '/v1/tokens', { body: { name: 'alice' }, token: admin })).status).toBe(409);
    expect((await call('GET /v1/tokens', '/v1/tokens', { token: admin })).status).toBe(200);
    expect((await call('GET /openapi.json', '/openapi.json')).status).toBe(401);
    expect((await call('GET /metrics', '/metrics')).status).toBe(401);
    expect((await call('GET /v1/threads', '/v1/threads')).status).toBe(401);
    expect((await call('GET /openapi.json', '/openapi.json', { token: created.body.token })).status).toBe(200);
    expect((await call('DELETE /v1/tokens/{name}', '/v1/tokens/alice', { token: admin })).status).toBe(200);
    expect((await call('DELETE /v1/tokens/{name}', '/v1/tokens/alice', { token: admin })).status).toBe(404);
  });

  it('exercised every documented operation', () => {
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.filter((operation) => !exercised.has(operation))).toEqual([]);
  });
});
