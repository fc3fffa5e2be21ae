import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobIdFor } from '../../src/jobs/dedupe-key.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { jobDetailSchema, jobSearchResponseSchema, savedJobSchema } from '../../src/protocol/api.ts';
import { testConfig } from '../helpers/test-database.ts';
import { waitFor } from '../helpers/wait-for.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../jobs/stub-board.ts';

let board: StubBoard;
let server: RunningServer;

beforeAll(async () => {
  board = await startStubBoard({ json: boardFixture('remotive') });
  server = await startServer(
    await testConfig({
      PORT: '0',
      JOBPILOT_JOB_SOURCES: 'remotive',
      JOBPILOT_REMOTIVE_URL: board.origin,
      JOBPILOT_JOB_TIMEOUT_MS: '3000',
    }),
    { logger: false },
  );
});
afterAll(async () => {
  await server?.close();
  await board?.close();
});

/** JSON bodies in tests are checked with matchers, so they are loosely typed here. */
async function call(
  method: string,
  path: string,
  options: { json?: unknown; body?: string; contentType?: string } = {},
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  if (options.body !== undefined) body = options.body;
  if (options.contentType) headers['content-type'] = options.contentType;
  const response = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const stripe = {
  title: 'Senior Backend Engineer (m/w/d)',
  company: 'Stripe, Inc.',
  location: 'USA',
  remote: true,
};
const stripeId = jobIdFor(stripe);

const expectBadRequest = (response: { status: number; body: any }, message: RegExp) => {
  expect(response.status).toBe(400);
  expect(response.body.error.code).toBe('BAD_REQUEST');
  expect(response.body.error.message).toMatch(message);
};

describe('GET /v1/jobs/search', () => {
  it('asks the live board, stores what it found and answers ranked jobs without descriptions', async () => {
    const { status, body } = await call('GET', '/v1/jobs/search?q=backend%20engineer');
    expect(status).toBe(200);
    expect(jobSearchResponseSchema.parse(body)).toEqual(body);
    expect(board.requests.at(-1)).toMatchObject({
      path: '/api/remote-jobs',
      query: { search: 'backend engineer' },
    });
    expect(body.errors).toEqual([]);
    expect(body.offline).toBeNull();
    // (Session 41: "1 result from 1 source; 3 shown, ranked with the saved index" read as a contradiction: what is shown is said first.)
    expect(body.note).toMatch(new RegExp(`^${body.jobs.length} jobs? shown(?:: .*from jobs found before)? \\(\\d+ results? from 1 source\\)`));
    expect(body.jobs[0]).toEqual({
      id: stripeId,
      title: 'Senior Backend Engineer (m/w/d)',
      company: 'Stripe, Inc.',
      location: 'USA',
      remote: true,
      // The stub's posting says nothing of how it is worked: the board's listing is the answer.
      work_arrangement: { mode: 'remote', office_days: null, place: null, within: 'USA', said: null },
      salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      work_pattern: null,
      closes_on: null,
      posted_at: '2024-05-02T10:39:19.000Z',
      url: 'https://remotive.com/remote-jobs/software-dev/senior-backend-engineer-1912345',
      sources: [
        {
          name: 'remotive',
          url: 'https://remotive.com/remote-jobs/software-dev/senior-backend-engineer-1912345',
        },
      ],
      tags: ['ruby', 'go', 'payments'],
      fit: null, // no resume imported yet
    });
    expect(body.jobs[0]).not.toHaveProperty('description');
  });

  it('passes location, remote, limit, company and sort on', async () => {
    const { status, body } = await call(
      'GET',
      '/v1/jobs/search?q=backend&location=USA&remote=true&limit=1&company=Stripe&sort=recent',
    );
    expect(status).toBe(200);
    expect(board.requests.at(-1)?.query).toMatchObject({ search: 'backend', company_name: 'Stripe' });
    expect(body.jobs.map((job: { id: string }) => job.id)).toEqual([stripeId]);
  });

  it.for([
    ['limit=0', /limit: expected a whole number from 1 to 100/],
    ['limit=101', /limit: expected a whole number from 1 to 100/],
    ['limit=two', /limit: expected a whole number from 1 to 100/],
    ['limit=1.5', /limit: expected a whole number from 1 to 100/],
    ['remote=maybe', /remote: expected true or false, got "maybe"/],
    ['sort=best', /sort: expected relevance, recent or fit/],
    ['location=', /location: empty/],
    ['company=%20', /company: empty/],
    ['q=(501 characters)', /q: at most 500 characters/],
    ['query=typescript', /Unrecognized key: "query"/],
    ['min_salary=lots', /min_salary: expected a yearly amount, a whole number from 1 to 2000000000/],
    ['min_salary=0', /min_salary: expected a yearly amount/],
    ['min_salary=100000.5', /min_salary: expected a yearly amount/],
    ['min_salary=180.00', /min_salary: expected a yearly amount, a whole number from 1 to 2000000000 \(write 35000, 35,000, 35.000 or 35k\)/],
    ['min_salary=3000000000', /min_salary: expected a yearly amount/],
    ['seniority=ninja', /seniority: expected one of intern, junior, mid, senior, lead, principal/],
  ] as const)('refuses %s with a 400 naming the parameter', async ([query, message]) => {
    const sent = query.replace('(501 characters)', 'x'.repeat(501));
    expectBadRequest(await call('GET', `/v1/jobs/search?${sent}`), message);
  });

  it('passes min_salary and seniority on: the senior Stripe role of the fixture pays $180k-$240k', async () => {
    const within = await call('GET', '/v1/jobs/search?q=backend&min_salary=200000&seniority=senior');
    expect(within.status).toBe(200);
    expect(within.body.jobs.map((job: { id: string }) => job.id)).toContain(stripeId);
    const above = await call('GET', '/v1/jobs/search?q=backend&min_salary=250000');
    expect(above.body.jobs.map((job: { id: string }) => job.id)).not.toContain(stripeId);
    // Regression (session 42): "250.000", the European way to write 250 000, was read as 250 and let the role through.
    const european = await call('GET', '/v1/jobs/search?q=backend&min_salary=250.000');
    expect(european.status).toBe(200);
    expect(european.body.jobs.map((job: { id: string }) => job.id)).not.toContain(stripeId);
    const europeanWithin = await call('GET', '/v1/jobs/search?q=backend&min_salary=200.000');
    expect(europeanWithin.body.jobs.map((job: { id: string }) => job.id)).toContain(stripeId);
    const junior = await call('GET', '/v1/jobs/search?q=backend&seniority=junior');
    expect(junior.body.jobs.map((job: { id: string }) => job.id)).not.toContain(stripeId);
  });

  it('stops asking the board when the client hangs up', async () => {
    board.reply({ json: boardFixture('remotive'), delayMs: 2500 });
    try {
      const before = board.requests.length;
      const client = new AbortController();
      const pending = fetch(`${server.url}/v1/jobs/search?q=hang%20up`, { signal: client.signal }).catch(
        (error: Error) => error,
      );
      await waitFor(
        async () => board.requests.length,
        (count) => count > before,
      );
      client.abort();
      expect(await pending).toBeInstanceOf(Error);
      const request = await waitFor(
        async () => board.requests.at(-1),
        (last) => last?.abandoned === true,
      );
      expect(request).toMatchObject({ query: { search: 'hang up' }, abandoned: true });
    } finally {
      board.reply({ json: boardFixture('remotive') });
    }
  });

  it('degrades when the board fails: the index answers, the error and the offline note say so', async () => {
    board.reply({ status: 503, json: { error: 'maintenance' } });
    try {
      // A query the board has not been asked before, so no cached answer stands in for it.
      const { status, body } = await call('GET', '/v1/jobs/search?q=stripe%20payments');
      expect(status).toBe(200);
      expect(body.errors).toEqual([{ source: 'remotive', label: 'Remotive', code: 'HTTP_STATUS', message: expect.stringMatching(/503/) }]);
      expect(body.offline).toEqual({ newest: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
      expect(body.note).toMatch(/saved index/);
      expect(body.jobs.map((job: { id: string }) => job.id)).toContain(stripeId);
    } finally {
      board.reply({ json: boardFixture('remotive') });
    }
  });
});

describe('GET /v1/jobs/{id}', () => {
  it('answers one job with its description as plain text', async () => {
    await call('GET', '/v1/jobs/search?q=backend%20engineer');
    const { status, body } = await call('GET', `/v1/jobs/${stripeId}`);
    expect(status).toBe(200);
    expect(jobDetailSchema.parse(body)).toEqual(body);
    expect(body).toMatchObject({ id: stripeId, title: 'Senior Backend Engineer (m/w/d)' });
    expect(body.description).toContain("What you'll do");
    expect(body.description).not.toContain('<');
  });

  it('is 404 JOB_NOT_FOUND for an unknown id and 400 for a malformed one', async () => {
    const missing = await call('GET', '/v1/jobs/0123456789ab');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: 'JOB_NOT_FOUND', message: expect.stringContaining('0123456789ab'), request_id: expect.any(String) });
    expectBadRequest(await call('GET', '/v1/jobs/not-a-job'), /job id: id: A job id is 12 hexadecimal characters/);
  });
});

describe('POST /v1/jobs/import', () => {
  const good = {
    title: 'Platform Engineer',
    company: 'Importco',
    url: 'https://importco.example/jobs/1',
    location: 'Lisbon, Portugal',
    salary: '€60,000 – €75,000 per year',
    employment_type: 'Full-time',
    posted_at: '2024-05-01',
    tags: ['kubernetes', 'terraform'],
    description: '<p>Run our <b>platform</b>.</p><ul><li>Kubernetes</li></ul>',
  };
  const goodId = jobIdFor({ ...good, remote: null });

  it('imports a JSON array into the index, searchable and readable', async () => {
    const { status, body } = await call('POST', '/v1/jobs/import', { json: [good] });
    expect(status).toBe(200);
    expect(body).toEqual({ imported: 1, job_ids: [goodId] });
    const job = await call('GET', `/v1/jobs/${goodId}`);
    expect(job.body).toMatchObject({
      title: 'Platform Engineer',
      salary: { min: 60000, max: 75000, currency: 'EUR', period: 'year' },
      employment_type: 'full_time',
      posted_at: '2024-05-01T00:00:00.000Z',
      sources: [{ name: 'import', url: 'https://importco.example/jobs/1' }],
      tags: ['kubernetes', 'terraform'],
      description: 'Run our platform.\n\n• Kubernetes',
    });
    const found = await call('GET', '/v1/jobs/search?q=terraform&company=Importco');
    expect(found.body.jobs.map((found: { id: string }) => found.id)).toEqual([goodId]);
  });

  it('imports CSV sent as text/csv', async () => {
    const csv = [
      'title,company,url,location,remote,salary_min,salary_max,salary_currency,tags,description',
      '"Data Engineer, Analytics",Csvco,https://csvco.example/7,"Porto, Portugal",yes,50000,65000,EUR,"python; dbt","Plain ""quoted"" text"',
    ].join('\n');
    const { status, body } = await call('POST', '/v1/jobs/import', { body: csv, contentType: 'text/csv; charset=utf-8' });
    expect(status).toBe(200);
    expect(body.imported).toBe(1);
    const job = await call('GET', `/v1/jobs/${body.job_ids[0]}`);
    expect(job.body).toMatchObject({
      title: 'Data Engineer, Analytics',
      location: 'Porto, Portugal',
      remote: true,
      salary: { min: 50000, max: 65000, currency: 'EUR', period: null },
      tags: ['python', 'dbt'],
      description: 'Plain "quoted" text',
    });
  });

  it('imports nothing when any row is invalid, naming each bad row and field (422 IMPORT_INVALID)', async () => {
    const valid = { title: 'Atomic Engineer', company: 'Allornothing', url: 'https://aon.example/1' };
    const { status, body } = await call('POST', '/v1/jobs/import', {
      json: [valid, { title: 'No company', url: 'https://aon.example/2' }, { ...valid, title: 'Bad url', url: 'javascript:alert(1)' }],
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe('IMPORT_INVALID');
    expect(body.error.message).toBe(
      '2 of 3 rows are invalid; nothing was imported. row 2: company: required; row 3: url: expected an http(s) URL.',
    );
    const validId = jobIdFor({ ...valid, location: null, remote: null });
    expect((await call('GET', `/v1/jobs/${validId}`)).status).toBe(404);
    const searched = await call('GET', '/v1/jobs/search?q=atomic&company=Allornothing');
    expect(searched.body.jobs).toEqual([]);
  });

  it('names the CSV line of a bad row', async () => {
    const csv = 'title,company,url\nGood,Csvco,https://csvco.example/1\nBad,Csvco,not a url\n';
    const { status, body } = await call('POST', '/v1/jobs/import', { body: csv, contentType: 'text/csv' });
    expect(status).toBe(422);
    expect(body.error.message).toMatch(/row 2 \(line 3\): url: expected an http\(s\) URL/);
  });

  it('refuses bodies that are not an array of postings, not JSON or CSV, or too large', async () => {
    const notArray = await call('POST', '/v1/jobs/import', { json: { postings: [good] } });
    expect(notArray.status).toBe(422);
    expect(notArray.body.error.message).toMatch(/expected a JSON array of postings/);

    const empty = await call('POST', '/v1/jobs/import', { json: [] });
    expect(empty.status).toBe(422);
    expect(empty.body.error.message).toMatch(/there are no postings to import/);

    expectBadRequest(
      await call('POST', '/v1/jobs/import', { body: '[{"title": ', contentType: 'application/json' }),
      /JSON/,
    );

    const plain = await call('POST', '/v1/jobs/import', { body: 'title,company,url', contentType: 'text/plain' });
    expect(plain.status).toBe(415);
    expect(plain.body.error).toEqual({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'POST /v1/jobs/import takes application/json, text/csv or application/csv, not "text/plain"; send "content-type: application/json".',
      request_id: expect.any(String),
    });
    const form = await call('POST', '/v1/jobs/import', { body: 'a=b', contentType: 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);

    const huge = await call('POST', '/v1/jobs/import', {
      body: `title,company,url,description\n${'x'.repeat(5 * 1024 * 1024)}`,
      contentType: 'text/csv',
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('takes bodies over the 256 KiB limit of other routes, up to 5 MiB', async () => {
    const rows = Array.from({ length: 400 }, (_, index) => ({
      title: `Bulk Engineer ${index}`,
      company: 'Bulkco',
      url: `https://bulk.example/${index}`,
      description: 'y'.repeat(1000),
    }));
    const { status, body } = await call('POST', '/v1/jobs/import', { json: rows });
    expect(status).toBe(200);
    expect(body.imported).toBe(400);
    expect(new Set(body.job_ids).size).toBe(400);
  });

  it('leaves other routes refusing CSV and large bodies', async () => {
    const csvRun = await call('POST', '/v1/threads/csv/runs', { body: 'message\nhi\n', contentType: 'text/csv' });
    expect(csvRun.status).toBe(415);
    const bigSave = await call('POST', '/v1/saved-jobs', { json: { job_id: stripeId, notes: 'z'.repeat(300 * 1024) } });
    expect(bigSave.status).toBe(413);
  });
});

describe('the application tracker: /v1/saved-jobs', () => {
  it('saves (201), saves again (200, notes added), moves status with dated history, and lists by status', async () => {
    await call('GET', '/v1/jobs/search?q=backend%20engineer');
    const first = await call('POST', '/v1/saved-jobs', { json: { job_id: stripeId, notes: 'referral from Ana' } });
    expect(first.status).toBe(201);
    expect(savedJobSchema.parse(first.body)).toEqual(first.body);
    expect(first.body).toMatchObject({
      job_id: stripeId,
      title: 'Senior Backend Engineer (m/w/d)',
      company: 'Stripe, Inc.',
      status: 'saved',
      notes: 'referral from Ana',
      history: [{ status: 'saved', note: 'referral from Ana', at: expect.any(String) }],
    });

    const again = await call('POST', '/v1/saved-jobs', { json: { job_id: stripeId, notes: 'ask about visa' } });
    expect(again.status).toBe(200);
    expect(again.body.notes).toBe('referral from Ana\nask about visa');
    expect(again.body.history).toHaveLength(1);

    const applied = await call('PATCH', `/v1/saved-jobs/${stripeId}`, {
      json: { status: 'applied', note: 'sent the CV' },
    });
    expect(applied.status).toBe(200);
    expect(applied.body.status).toBe('applied');
    expect(applied.body.history.map((event: { status: string; note: string }) => [event.status, event.note])).toEqual([
      ['saved', 'referral from Ana'],
      ['applied', 'sent the CV'],
    ]);
    for (const event of applied.body.history) expect(Date.parse(event.at)).not.toBeNaN();

    const all = await call('GET', '/v1/saved-jobs');
    expect(all.status).toBe(200);
    expect(all.body.saved_jobs.map((saved: { job_id: string }) => saved.job_id)).toContain(stripeId);
    const appliedOnly = await call('GET', '/v1/saved-jobs?status=applied');
    expect(appliedOnly.body.saved_jobs.map((saved: { job_id: string }) => saved.job_id)).toEqual([stripeId]);
    const offers = await call('GET', '/v1/saved-jobs?status=offer');
    expect(offers.body).toEqual({ saved_jobs: [], time_zone: expect.any(String) });
  });

  it('tracks a job that was never saved when its status is set', async () => {
    const imported = await call('POST', '/v1/jobs/import', {
      json: [{ title: 'Direct Applicant', company: 'Patchco', url: 'https://patch.example/1' }],
    });
    const [jobId] = imported.body.job_ids;
    const { status, body } = await call('PATCH', `/v1/saved-jobs/${jobId}`, { json: { status: 'interviewing' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ job_id: jobId, status: 'interviewing', history: [{ status: 'interviewing', note: '' }] });

    const removed = await call('DELETE', `/v1/saved-jobs/${jobId}`);
    expect(removed.status).toBe(200);
    expect(savedJobSchema.parse(removed.body)).toMatchObject({ job_id: jobId, status: 'interviewing' });
    const listed = await call('GET', '/v1/saved-jobs');
    expect(listed.body.saved_jobs.map((saved: { job_id: string }) => saved.job_id)).not.toContain(jobId);
    const again = await call('DELETE', `/v1/saved-jobs/${jobId}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('JOB_NOT_SAVED');
  });

  it('is 404 JOB_NOT_FOUND for jobs not in the index', async () => {
    const save = await call('POST', '/v1/saved-jobs', { json: { job_id: 'abcdefabcdef' } });
    expect(save.status).toBe(404);
    expect(save.body.error.code).toBe('JOB_NOT_FOUND');
    const patch = await call('PATCH', '/v1/saved-jobs/abcdefabcdef', { json: { status: 'applied' } });
    expect(patch.status).toBe(404);
    expect(patch.body.error.code).toBe('JOB_NOT_FOUND');
  });

  const longNotes = 'x'.repeat(2001);
  it.for([
    ['unknown status filter', 'GET', '/v1/saved-jobs?status=ghosted', undefined, /query: status: Unknown status "ghosted"; use one of saved, applied, interviewing, offer, rejected, withdrawn\./],
    ['unknown query parameter', 'GET', '/v1/saved-jobs?state=applied', undefined, /Unrecognized key: "state"/],
    ['save without job_id', 'POST', '/v1/saved-jobs', {}, /body: job_id is required: the id of a job from a search/],
    ['save with a malformed id', 'POST', '/v1/saved-jobs', { job_id: 'nope' }, /job_id: A job id is 12 hexadecimal characters/],
    ['save with "note" for "notes"', 'POST', '/v1/saved-jobs', { job_id: stripeId, note: 'x' }, /Unrecognized key: "note"/],
    ['save with notes over 2000 characters', 'POST', '/v1/saved-jobs', { job_id: stripeId, notes: longNotes }, /notes: /],
    ['status not in the pipeline', 'PATCH', `/v1/saved-jobs/${stripeId}`, { status: 'ghosted' }, /status: Unknown status "ghosted"/],
    ['status missing', 'PATCH', `/v1/saved-jobs/${stripeId}`, {}, /status: A status is required: one of saved, applied/],
    ['"notes" for "note"', 'PATCH', `/v1/saved-jobs/${stripeId}`, { status: 'applied', notes: 'x' }, /Unrecognized key: "notes"/],
    ['a malformed id in the path', 'PATCH', '/v1/saved-jobs/short', { status: 'applied' }, /job id: job_id: A job id is 12 hexadecimal characters/],
  ] as const)('refuses %s with a 400 that says why', async ([, method, path, json, message]) => {
    expectBadRequest(await call(method, path, json === undefined ? {} : { json }), message);
  });
});

describe('with a token configured', () => {
  it('guards every job route, the CSV import included', async () => {
    const guarded = await startServer(await testConfig({ PORT: '0', JOBPILOT_TOKEN: 'secret-token' }), {
      logger: false,
    });
    try {
      const attempts: Array<[string, string, RequestInit]> = [
        ['GET', '/v1/jobs/search?q=x', {}],
        ['GET', `/v1/jobs/${stripeId}`, {}],
        ['POST', '/v1/jobs/import', { headers: { 'content-type': 'text/csv' }, body: 'title,company,url\nA,B,https://b.example/1\n' }],
        ['GET', '/v1/saved-jobs', {}],
        ['POST', '/v1/saved-jobs', { headers: { 'content-type': 'application/json' }, body: '{"job_id":"0123456789ab"}' }],
        ['PATCH', `/v1/saved-jobs/${stripeId}`, { headers: { 'content-type': 'application/json' }, body: '{"status":"applied"}' }],
      ];
      for (const [method, path, init] of attempts) {
        const response = await fetch(`${guarded.url}${path}`, { method, ...init });
        expect([method, path, response.status]).toEqual([method, path, 401]);
      }
      const allowed = await fetch(`${guarded.url}/v1/jobs/import`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: 'Bearer secret-token' },
        body: 'title,company,url\nA,B,https://b.example/1\n',
      });
      expect(allowed.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
