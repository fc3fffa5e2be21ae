import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One run as the stub assembled it from its create (`post`) and its update (`patch`). */
export interface TracedRun {
  id: string;
  trace_id: string;
  parent_run_id?: string | null;
  name: string;
  run_type: string;
  dotted_order?: string;
  start_time?: string | number;
  end_time?: string | number;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  error?: string;
  [field: string]: unknown;
}

export interface LangSmithStub {
  /** Given to the service as `LANGSMITH_ENDPOINT`. */
  url: string;
  runs: Map<string, TracedRun>;
  /** Headers of every ingest request (for the API key). */
  ingestHeaders: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/**
 * A local stand-in for LangSmith's ingest API, speaking what the `langsmith` client sends:
 * `GET /info` (server capabilities), `POST /runs/multipart` (`multipart/form-data`, one part
 * per run operation: `post.{id}` / `patch.{id}` with the run's JSON, and `post.{id}.inputs`,
 * `.outputs`, `.extra`, `.events`, `.error`, `.serialized` as parts of their own) and the older
 * `POST /runs/batch` (`{ post: [...], patch: [...] }`). Runs are merged by id as they arrive.
 *
 * @example
 * const langsmith = await startLangSmithStub();
 * startServerProcess({ LANGSMITH_TRACING: 'true', LANGSMITH_ENDPOINT: langsmith.url, LANGSMITH_API_KEY: 'ls-test' });
 */
export async function startLangSmithStub(): Promise<LangSmithStub> {
  const runs = new Map<string, TracedRun>();
  const ingestHeaders: IncomingHttpHeaders[] = [];
  const merge = (id: string, fields: Record<string, unknown>) => {
    runs.set(id, { ...(runs.get(id) ?? ({ id } as TracedRun)), ...fields });
  };
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const json = (status: number, payload: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    const path = (request.url ?? '').split('?')[0];
    if (request.method === 'GET' && path === '/info') {
      return json(200, {
        version: '0.0.0-stub',
        instance_flags: {},
        batch_ingest_config: {
          use_multipart_endpoint: true,
          scale_up_qsize_trigger: 1000,
          scale_up_nthreads_limit: 16,
          scale_down_nempty_trigger: 4,
          size_limit: 100,
          size_limit_bytes: 20_971_520,
        },
      });
    }
    if (request.method === 'POST' && path === '/runs/multipart') {
      ingestHeaders.push(request.headers);
      const form = await new Response(body, {
        headers: { 'content-type': request.headers['content-type'] ?? '' },
      }).formData();
      for (const [name, value] of form.entries()) {
        const text = typeof value === 'string' ? value : await value.text();
        const [, id, field] = /^(?:post|patch)\.([^.]+)(?:\.(\w+))?$/.exec(name) ?? [];
        if (!id) continue;
        merge(id, field ? { [field]: JSON.parse(text) } : JSON.parse(text));
      }
      return json(202, {});
    }
    if (request.method === 'POST' && path === '/runs/batch') {
      ingestHeaders.push(request.headers);
      const batch = JSON.parse(body.toString('utf8')) as { post?: TracedRun[]; patch?: TracedRun[] };
      for (const run of [...(batch.post ?? []), ...(batch.patch ?? [])]) merge(run.id, run);
      return json(202, {});
    }
    json(404, { detail: `No route ${request.method} ${path}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    runs,
    ingestHeaders,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
