import type { OpenAPIV3_1 } from 'openapi-types';
import { z } from 'zod';
import { type ErrorCode, errorCodes } from '../errors.ts';
import { errorBodySchema } from '../protocol/api.ts';
import { runEventSchema } from '../protocol/events.ts';
import { mergePatchType } from './plugins/content-types.ts';

type Operation = OpenAPIV3_1.OperationObject;
type Document = OpenAPIV3_1.Document;

/** Refusals any route may answer, whatever it does. */
const everyRoute: readonly ErrorCode[] = ['HOST_NOT_ALLOWED', 'REQUEST_TIMEOUT', 'HEADERS_TOO_LARGE', 'INTERNAL'];
/** Refusals of the routes behind a token (`/v1`, `/lg`, `/openapi.json`, `/metrics`). */
const tokenRoutes: readonly ErrorCode[] = ['UNAUTHORIZED', 'BAD_REQUEST', 'DATABASE_UNAVAILABLE'];
/** Refusals of a state-changing request, and of one with a body. */
const changing: readonly ErrorCode[] = ['ORIGIN_NOT_ALLOWED'];
const withBody: readonly ErrorCode[] = ['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'];

/**
 * What each route answers beyond the common refusals, by "METHOD /path" as the router
 * names it. A test checks that every route has its line.
 */
export const routeErrors: Readonly<Record<string, readonly ErrorCode[]>> = {
  'GET /healthz': [],
  'GET /readyz': ['DATABASE_UNAVAILABLE'],
  'GET /openapi.json': [],
  'GET /metrics': [],
  'GET /v1/threads': [],
  'GET /v1/threads/{thread_id}': ['THREAD_NOT_FOUND'],
  'PATCH /v1/threads/{thread_id}': ['THREAD_NOT_FOUND'],
  'DELETE /v1/threads/{thread_id}': ['THREAD_NOT_FOUND', 'THREAD_BUSY'],
  'POST /v1/threads/{thread_id}/runs': ['THREAD_NOT_FOUND', 'THREAD_BUSY', 'NO_PENDING_APPROVAL', 'APPROVAL_PENDING'],
  'GET /v1/threads/{thread_id}/runs/{run_id}': ['RUN_NOT_FOUND'],
  'POST /v1/threads/{thread_id}/runs/{run_id}/cancel': ['RUN_NOT_FOUND'],
  'GET /lg/info': [],
  'GET /lg/ok': [],
  'POST /lg/assistants/search': [],
  'GET /lg/assistants/{assistant_id}': ['NOT_FOUND'],
  'POST /lg/threads': ['THREAD_EXISTS'],
  'POST /lg/threads/search': [],
  'GET /lg/threads/{thread_id}': ['THREAD_NOT_FOUND'],
  'PATCH /lg/threads/{thread_id}': ['THREAD_NOT_FOUND'],
  'DELETE /lg/threads/{thread_id}': ['THREAD_NOT_FOUND', 'THREAD_BUSY'],
  'GET /lg/threads/{thread_id}/state': ['THREAD_NOT_FOUND'],
  'POST /lg/threads/{thread_id}/history': ['THREAD_NOT_FOUND'],
  'POST /lg/threads/{thread_id}/runs/stream': ['NOT_FOUND', 'THREAD_NOT_FOUND', 'RUN_REJECTED', 'NO_PENDING_APPROVAL', 'APPROVAL_PENDING'],
  'POST /lg/threads/{thread_id}/runs/wait': ['NOT_FOUND', 'THREAD_NOT_FOUND', 'RUN_REJECTED', 'NO_PENDING_APPROVAL', 'APPROVAL_PENDING'],
  'GET /lg/threads/{thread_id}/runs': ['THREAD_NOT_FOUND'],
  'GET /lg/threads/{thread_id}/runs/{run_id}': ['NOT_FOUND'],
  'GET /lg/threads/{thread_id}/runs/{run_id}/join': ['NOT_FOUND'],
  'GET /lg/threads/{thread_id}/runs/{run_id}/stream': ['NOT_FOUND'],
  'POST /lg/threads/{thread_id}/runs/{run_id}/cancel': ['NOT_FOUND'],
  'GET /v1/jobs/search': [],
  'GET /v1/jobs/{id}': ['JOB_NOT_FOUND'],
  'POST /v1/jobs/import': ['IMPORT_INVALID', 'IMPORT_TOO_LARGE'],
  'GET /v1/saved-jobs': [],
  'POST /v1/saved-jobs': ['JOB_NOT_FOUND'],
  'PATCH /v1/saved-jobs/{job_id}': ['JOB_NOT_FOUND'],
  'DELETE /v1/saved-jobs/{job_id}': ['JOB_NOT_FOUND', 'JOB_NOT_SAVED'],
  'POST /v1/resumes': [
    'RESUME_TOO_LARGE',
    'RESUME_UNSUPPORTED_FORMAT',
    'RESUME_UNREADABLE',
    'RESUME_NO_TEXT_LAYER',
    'RESUME_ENCRYPTED',
    'RESUME_TOO_COMPLEX',
  ],
  'GET /v1/resumes': [],
  'GET /v1/resumes/{id}': ['RESUME_NOT_FOUND'],
  'PATCH /v1/resumes/{id}': ['RESUME_NOT_FOUND'],
  'DELETE /v1/resumes/{id}': ['RESUME_NOT_FOUND'],
  'POST /v1/resumes/{id}/activate': ['RESUME_NOT_FOUND'],
  'POST /v1/match': ['JOB_NOT_FOUND', 'RESUME_NOT_FOUND', 'NO_RESUME'],
  'GET /v1/documents': [],
  'GET /v1/documents/{id}': ['DOCUMENT_NOT_FOUND'],
  'GET /v1/documents/{id}/export': ['DOCUMENT_NOT_FOUND'],
  'GET /v1/reminders': [],
  'POST /v1/reminders': ['JOB_NOT_FOUND', 'REMINDER_TIME_UNREADABLE', 'REMINDER_TIME_PAST', 'REMINDER_DAY_MISMATCH', 'REMINDER_ZONE_UNCLEAR'],
  'GET /v1/reminders/{id}': ['REMINDER_NOT_FOUND'],
  'DELETE /v1/reminders/{id}': ['REMINDER_NOT_FOUND'],
  'PATCH /v1/reminders/{id}': ['REMINDER_NOT_FOUND', 'REMINDER_TIME_UNREADABLE', 'REMINDER_TIME_PAST', 'REMINDER_DAY_MISMATCH', 'REMINDER_ZONE_UNCLEAR', 'REMINDER_CANCELLED'],
  'GET /v1/reminders/{id}/event.ics': ['REMINDER_NOT_FOUND'],
  'GET /v1/calendar': [],
  'GET /v1/calendar.ics': [],
  'POST /v1/tokens': ['TOKEN_EXISTS'],
  'GET /v1/tokens': [],
  'DELETE /v1/tokens/{name}': ['TOKEN_NOT_FOUND'],
  'GET /v1/alerts': [],
  'POST /v1/alerts': ['ALERT_SCHEDULE_INVALID', 'ALERT_EXISTS'],
  'GET /v1/alerts/{id}': ['ALERT_NOT_FOUND'],
  'PATCH /v1/alerts/{id}': ['ALERT_NOT_FOUND', 'ALERT_SCHEDULE_INVALID', 'ALERT_EXISTS'],
  'POST /v1/alerts/{id}/pause': ['ALERT_NOT_FOUND'],
  'POST /v1/alerts/{id}/resume': ['ALERT_NOT_FOUND'],
  'DELETE /v1/alerts/{id}': ['ALERT_NOT_FOUND'],
  'POST /v1/alerts/{id}/run': ['ALERT_NOT_FOUND'],
  'GET /v1/notifications': [],
  'POST /v1/notifications/read': [],
  'POST /v1/notifications/{id}/read': ['NOTIFICATION_NOT_FOUND'],
  'GET /v1/notifications/stream': [],
};

/** Routes open to anyone who names the server (no token, no rate limit). */
const openRoutes = new Set(['GET /healthz', 'GET /readyz']);

/** Codes that only ever appear in a run stream's `error` event, or in no answer at all. */
const notAnswers: ReadonlySet<ErrorCode> = new Set([
  'PLANNER_INVALID_OUTPUT',
  'MODEL_UNAVAILABLE',
  'MODEL_REQUEST_REJECTED',
  'MODEL_RATE_LIMITED',
  'MODEL_TIMEOUT',
  'CANCELLED',
  'CONFIG_INVALID',
  // A joined run whose server stopped under it: the stream's error event.
  'RUN_LOST',
  // A resume read from a path (the import_resume action): a failed step's observation, not an answer.
  'RESUME_FILE_NOT_FOUND',
  'RESUME_NOT_A_FILE',
  'RESUME_FILE_NOT_READABLE',
]);

/** Every code this route may answer with, by HTTP status. */
export function errorsOf(route: string): Map<number, ErrorCode[]> {
  const [method = 'GET'] = route.split(' ');
  const codes = new Set<ErrorCode>(everyRoute);
  if (!openRoutes.has(route)) {
    for (const code of tokenRoutes) codes.add(code);
    if (route.includes(' /v1/') || route.includes(' /lg/')) codes.add('RATE_LIMITED');
  }
  if (method !== 'GET' && method !== 'HEAD') for (const code of changing) codes.add(code);
  if (method === 'POST' || method === 'PATCH') for (const code of withBody) codes.add(code);
  for (const code of routeErrors[route] ?? []) codes.add(code);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(errorCodes[code], [...(byStatus.get(errorCodes[code]) ?? []), code]);
  return byStatus;
}

const errorBodyJson = z.toJSONSchema(errorBodySchema, { target: 'draft-2020-12', io: 'output' }) as OpenAPIV3_1.SchemaObject;
delete errorBodyJson.$schema;

/** The error body with `code` held to the codes of one status of one route. */
function errorResponse(codes: readonly ErrorCode[]): OpenAPIV3_1.ResponseObject {
  return {
    description: `${codes.join(', ')} (docs/protocol.md "Errors")`,
    content: {
      'application/json': {
        schema: {
          allOf: [
            { $ref: '#/components/schemas/ErrorBody' },
            { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: [...codes] } } } } },
          ],
        },
      },
    },
  };
}

/** How a request shows its token (the admin key, on the token routes). */
export const tokenScheme: OpenAPIV3_1.SecuritySchemeObject = {
  type: 'http',
  scheme: 'bearer',
  description: 'JOBPILOT_TOKEN or a named token, required while either is set (docs/protocol.md "Token and owner"); on /v1/tokens, the admin key.',
};

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** `POST /v1/jobs/import` and `POST /v1/resumes` read their bodies themselves (streamed, or files). */
const readBodies: Record<string, OpenAPIV3_1.RequestBodyObject> = {
  'POST /v1/jobs/import': {
    required: true,
    description: 'Postings to add to the index: a JSON array (or a search answer {"jobs": […]}) or CSV with a header row; up to 5 MiB and 10 000 postings. Rows are checked one by one: any invalid row is 422 IMPORT_INVALID naming it, and nothing is imported.',
    content: {
      'application/json': { schema: { type: 'array', items: { type: 'object', required: ['title', 'company', 'url'], properties: { title: { type: 'string' }, company: { type: 'string' }, url: { type: 'string' } } } } },
      'text/csv': { schema: { type: 'string' } },
      'application/csv': { schema: { type: 'string' } },
    },
  },
  'POST /v1/resumes': {
    required: true,
    description: 'The resume file as the body (with ?filename= and ?label=), or multipart/form-data with the file in "file" and an optional "label"; at most 10 MB.',
    content: Object.fromEntries([
      ...['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/markdown', 'text/x-markdown', 'text/plain', 'application/json', 'application/octet-stream'].map(
        (type) => [type, { schema: { type: 'string', contentMediaType: type } }],
      ),
      ['multipart/form-data', { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' }, label: { type: 'string', maxLength: 100 } } } }],
    ]),
  },
};

const statusReason = (status: number): ErrorCode[] =>
  (Object.keys(errorCodes) as ErrorCode[]).filter((code) => errorCodes[code] === status);

/** A PATCH takes its JSON body as `application/merge-patch+json` too (RFC 7396), with the same schema. */
function addMergePatchType(operation: Operation): void {
  const body = operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
  const json = body?.content?.['application/json'];
  if (body && json) body.content = { ...body.content, [mergePatchType]: json };
}

/**
 * Completes the document @fastify/swagger built from the route schemas: each operation's
 * error answers (by status, with its codes), the bearer token, the bodies two routes read
 * themselves, and the components every operation refers to (`ErrorBody`, `ErrorCode`,
 * `RunEvent`). Runs once: the document is built on first request and kept.
 *
 * @example
 * app.register(swagger, { openapi, transformObject: ({ openapiObject }) => completeApiDocument(openapiObject) });
 */
export function completeApiDocument(document: Document): Document {
  const paths = document.paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    for (const method of methods) {
      const operation: Operation | undefined = item?.[method];
      if (!operation) continue;
      const route = `${method.toUpperCase()} ${path}`;
      const body = readBodies[route];
      if (body) operation.requestBody = body;
      else if (method === 'patch') addMergePatchType(operation);
      operation.responses ??= {};
      for (const [status, codes] of errorsOf(route)) {
        operation.responses[String(status)] ??= errorResponse(codes);
      }
      if (openRoutes.has(route)) operation.security = [];
    }
  }
  const codes = Object.keys(errorCodes) as ErrorCode[];
  const runEvent = z.toJSONSchema(runEventSchema, { target: 'draft-2020-12', io: 'output' }) as OpenAPIV3_1.SchemaObject;
  delete runEvent.$schema;
  return {
    ...document,
    components: {
      ...document.components,
      schemas: {
        ...document.components?.schemas,
        ErrorBody: errorBodyJson,
        ErrorCode: {
          type: 'string',
          enum: codes,
          description: [
            'Every error code, with the status it is answered with. Codes that are not HTTP answers appear in a run stream\'s `error` event (the model and planner codes), as run-end {status: "cancelled"} (CANCELLED), as a failed step\'s summary (the RESUME_FILE_* codes of import_resume) or stop the server from starting (CONFIG_INVALID).',
            ...[...new Set(Object.values(errorCodes))].sort().map((status) => `- ${status}: ${statusReason(status).map((code) => (notAnswers.has(code) ? `${code} (not an HTTP answer)` : code)).join(', ')}`),
          ].join('\n'),
        },
        RunEvent: runEvent,
      },
    },
  };
}
