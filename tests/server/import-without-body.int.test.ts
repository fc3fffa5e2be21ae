import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { rawRequest } from '../helpers/raw-http.ts';
import { testConfig } from '../helpers/test-database.ts';

// Found by the property test (seed -1888412878): a POST with no body and no content-type
// reaches no parser, and the import route answered 500 INTERNAL.
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
});
afterAll(async () => {
  await server?.close();
});

describe('POST /v1/jobs/import with no body', () => {
  it.each([
    ['no content-type, an empty body', ''],
    ['no content-type, no body at all', undefined],
  ])('answers 400 in the documented shape (%s)', async (_name, body) => {
    const answer = await rawRequest(`${server.url}/v1/jobs/import`, { method: 'POST', ...(body === undefined ? { headers: { 'content-length': '0' } } : { body }) });
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/^The import has no body: send the postings as a JSON array/), request_id: expect.any(String) },
    });
  });
});
