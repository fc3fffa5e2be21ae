import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/cli/api-error.ts';
import { CliError } from '../../src/cli/cli-error.ts';
import { type JobsOptions, jobsCommand } from '../../src/cli/commands/jobs.ts';
import { describeError } from '../../src/cli/describe-error.ts';
import type { JobDetail, JobSearchResponse, SavedJobResponse } from '../../src/protocol/api.ts';
import { errorResponse, jsonResponse, scriptedFetch, textSink } from './fake-fetch.ts';
import { testContext } from './test-context.ts';

const searchAnswer: JobSearchResponse = {
  jobs: [
    {
      id: '3e460672eb90',
      title: 'Senior Backend Engineer (m/w/d)',
      company: 'Stripe, Inc.',
      location: 'USA',
      remote: true,
      work_arrangement: { mode: 'remote', office_days: null, place: null, within: 'USA', said: null },
      salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      work_pattern: null,
      closes_on: null,
      posted_at: '2024-05-02T10:39:19.000Z',
      url: 'https://remotive.com/remote-jobs/software-dev/senior-backend-engineer-1912345',
      sources: [
        { name: 'remotive', url: 'https://remotive.com/remote-jobs/1912345' },
        { name: 'himalayas', url: 'https://himalayas.app/companies/stripe/jobs/1' },
      ],
      tags: ['ruby', 'go'],
      fit: null,
    },
    {
      id: '0eabb8130bca',
      title: 'Staff Software Engineer, Developer Platform and Internal Tooling',
      company: 'Some Very Long Company Name GmbH & Co. KG',
      location: 'Berlin, Germany',
      remote: null,
      work_arrangement: null,
      salary: null,
      employment_type: null,
      work_pattern: null,
      closes_on: null,
      posted_at: null,
      url: 'https://example.com/jobs/2',
      sources: [{ name: 'import', url: 'https://example.com/jobs/2' }],
      tags: [],
      fit: null,
    },
  ],
  errors: [{ source: 'himalayas', label: 'Himalayas', code: 'TIMEOUT', message: 'Himalayas did not answer within 8 s.' }],
  note: '2 results from 2 sources; Himalayas did not answer.',
  offline: null,
};

const saved: SavedJobResponse = {
  job_id: '3e460672eb90',
  title: 'Senior Backend Engineer (m/w/d)',
  company: 'Stripe, Inc.',
  location: 'USA',
  url: 'https://remotive.com/remote-jobs/1912345',
  status: 'applied',
  notes: 'referral from Ana',
  saved_at: '2024-05-03T09:00:00.000Z',
  updated_at: '2024-05-04T09:00:00.000Z',
  history: [
    { status: 'saved', note: 'referral from Ana', at: '2024-05-03T09:00:00.000Z' },
    { status: 'applied', note: 'sent the CV', at: '2024-05-04T09:00:00.000Z' },
  ],
};

/** A stdout buffer that says how wide the terminal is (undefined: not a terminal). */
const terminal = (columns?: number) => Object.assign(textSink(), columns === undefined ? {} : { columns });

async function run(options: JobsOptions, answers: Array<() => Response>, columns?: number) {
  const { fetch, requests } = scriptedFetch(...answers);
  const stdout = terminal(columns);
  const { context, stderr } = await testContext({ fetch, stdout });
  const code = await jobsCommand(context, options);
  return { code, stdout: stdout.text, stderr: stderr.text, requests };
}

const search: JobsOptions = { action: 'search', query: 'backend engineer', remote: false, json: false };
const lines = (text: string) => text.trimEnd().split('\n');
const width = (line: string) => [...line].length;

describe('jobs search', () => {
  it('sends the query and its filters', async () => {
    const { requests } = await run(
      { ...search, location: 'Berlin', remote: true, limit: 5, company: 'Stripe' },
      [() => jsonResponse(searchAnswer)],
    );
    const url = new URL(requests[0]?.url ?? '');
    expect(url.pathname).toBe('/v1/jobs/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'backend engineer',
      location: 'Berlin',
      remote: 'true',
      limit: '5',
      company: 'Stripe',
    });
  });

  it('sends the pay floor and the level as min_salary and seniority', async () => {
    const { requests } = await run({ ...search, minSalary: 100_000, seniority: 'senior' }, [() => jsonResponse(searchAnswer)]);
    const url = new URL(requests[0]?.url ?? '');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'backend engineer', min_salary: '100000', seniority: 'senior' });
  });

  it('prints a numbered table with ids, the note under it, and board errors on stderr', async () => {
    const { code, stdout, stderr } = await run(search, [() => jsonResponse(searchAnswer)], 200);
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      '#  ID            TITLE                                                             COMPANY                                    LOCATION         SALARY         POSTED      SOURCE',
      '1  3e460672eb90  Senior Backend Engineer (m/w/d)                                   Stripe, Inc.                               USA · remote     $180k–240k/yr  2024-05-02  remotive, himalayas',
      '2  0eabb8130bca  Staff Software Engineer, Developer Platform and Internal Tooling  Some Very Long Company Name GmbH & Co. KG  Berlin, Germany                             import',
      '2 results from 2 sources; Himalayas did not answer.',
    ]);
    expect(stderr).toBe('jobpilot: himalayas: Himalayas did not answer within 8 s.\n');
  });

  it.for([40, 60, 80, 100, 120])('fits a %i-column terminal, cutting the widest columns with …', async (columns) => {
    const { stdout } = await run(search, [() => jsonResponse(searchAnswer)], columns);
    const [header, first, second] = lines(stdout);
    for (const line of [header, first, second]) expect(width(line ?? '')).toBeLessThanOrEqual(columns);
    // The ids are never cut: they are what `jobs show` and `jobs save` take.
    expect(first).toContain('3e460672eb90');
    expect(second).toContain('0eabb8130bca');
    expect(second).toContain('…');
  });

  it('cuts long titles before short columns, keeping the start of each cell', async () => {
    const { stdout } = await run(search, [() => jsonResponse(searchAnswer)], 100);
    expect(lines(stdout).slice(0, 3)).toEqual([
      '#  ID            TITLE                     COMPANY       LOCATION   SALARY        POSTED     SOURCE',
      '1  3e460672eb90  Senior Backend Engineer…  Stripe, Inc.  USA · re…  $180k–240k/…  2024-05-…  remoti…',
      '2  0eabb8130bca  Staff Software Engineer…  Some Very L…  Berlin,…                            import',
    ]);
  });

  it('fits 100 columns when stdout is not a terminal', async () => {
    const { stdout } = await run(search, [() => jsonResponse(searchAnswer)]);
    expect(Math.max(...lines(stdout).map(width))).toBe(100);
  });

  it('keeps escape sequences from postings off the terminal', async () => {
    const hostile = {
      ...searchAnswer,
      jobs: [{ ...searchAnswer.jobs[0]!, title: 'Engineer\u001b]0;pwned\u0007\u001b[2J\nnext line' }],
    };
    const { stdout } = await run(search, [() => jsonResponse(hostile)], 200);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/); // eslint-disable-line no-control-regex
    expect(stdout).toContain('Engineer]0;pwned[2J next line');
  });

  it('says so when nothing was found, and asks for fewer words only when the boards answered', async () => {
    const { stdout } = await run(search, [
      () => jsonResponse({ jobs: [], errors: [], note: '0 results from 3 sources; 0 shown, ranked with the saved index', offline: null }),
    ]);
    expect(stdout).toBe('No jobs found. Try fewer or broader words.\n0 results from 3 sources; 0 shown, ranked with the saved index\n');
  });

  it('says first that the boards could not be reached, without blaming the words', async () => {
    const offline = (newest: string | null) =>
      run(search, [
        () =>
          jsonResponse({
            jobs: [],
            errors: [{ source: 'remotive', label: 'Remotive', code: 'NETWORK', message: 'Remotive could not be reached (ENOTFOUND).' }],
            note: 'The job boards could not be reached (network down?); nothing matched in your saved index, last updated 3 hours ago',
            offline: { newest },
          }),
      ]);
    const { stdout } = await offline('2024-05-04T09:00:00.000Z');
    expect(stdout).toBe(
      'No jobs found. The job boards could not be reached (network down?); nothing matched in your saved index, last updated 3 hours ago. Check the network and search again.\n',
    );
    expect((await offline(null)).stdout).toMatch(/Check the network, or add postings with `jobpilot jobs import FILE`\.\n$/);
  });

  it('--json prints the HTTP document as it is, one line, and nothing on stderr', async () => {
    const { stdout, stderr } = await run({ ...search, json: true }, [() => jsonResponse(searchAnswer)], 40);
    expect(lines(stdout)).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual(searchAnswer);
    expect(stderr).toBe('');
  });

  it('turns an API error into one line', async () => {
    const error = await run(search, [() => errorResponse(400, 'BAD_REQUEST', 'Invalid query: limit: expected a whole number from 1 to 100')]).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(describeError(error)).toBe(
      'jobpilot: Invalid query: limit: expected a whole number from 1 to 100 (BAD_REQUEST)',
    );
  });
});

describe('jobs show', () => {
  const { fit: _fit, ...first } = searchAnswer.jobs[0]!;
  const detail: JobDetail = {
    ...first,
    description: "Stripe is a financial infrastructure platform.\n\nWhat you'll do\n\n• Design APIs",
  };

  it('prints the facts, the links and the description', async () => {
    const { stdout, requests } = await run({ action: 'show', jobId: '3e460672eb90', json: false }, [
      () => jsonResponse(detail),
    ]);
    expect(requests[0]?.url).toBe('http://jobpilot.test/v1/jobs/3e460672eb90');
    expect(stdout).toBe(
      [
        'Senior Backend Engineer (m/w/d)',
        'Stripe, Inc. · USA · remote · $180k–240k/yr · full-time · posted 2024-05-02',
        'https://remotive.com/remote-jobs/software-dev/senior-backend-engineer-1912345',
        'id 3e460672eb90 · seen on remotive https://remotive.com/remote-jobs/1912345, himalayas https://himalayas.app/companies/stripe/jobs/1',
        'tags: ruby, go',
        '',
        "Stripe is a financial infrastructure platform.\n\nWhat you'll do\n\n• Design APIs",
        '',
      ].join('\n'),
    );
  });

  it('--json prints the job with its description', async () => {
    const { stdout } = await run({ action: 'show', jobId: '3e460672eb90', json: true }, [() => jsonResponse(detail)]);
    expect(JSON.parse(stdout)).toEqual(detail);
  });

  it('passes JOB_NOT_FOUND on as an error', async () => {
    const error = await run({ action: 'show', jobId: '0123456789ab', json: false }, [
      () => errorResponse(404, 'JOB_NOT_FOUND', 'No job "0123456789ab" in the index.'),
    ]).catch((thrown: unknown) => thrown);
    expect(describeError(error)).toBe('jobpilot: No job "0123456789ab" in the index. (JOB_NOT_FOUND)');
  });
});

describe('jobs saved, save and status', () => {
  it('cuts the saved-jobs table to the terminal too, dropping optional columns last-first', async () => {
    const at = async (columns: number) =>
      lines((await run({ action: 'saved', json: false }, [() => jsonResponse({ saved_jobs: [saved] })], columns)).stdout);
    expect(await at(100)).toEqual([
      'ID            STATUS   TITLE                    COMPANY      LOCATION  UPDATED     NOTES',
      '3e460672eb90  applied  Senior Backend Enginee…  Stripe, In…  USA       2024-05-04  referral from An…',
    ]);
    expect(await at(50)).toEqual([
      'ID            STATUS   TITLE              COMPANY',
      '3e460672eb90  applied  Senior Backend E…  Stripe,…',
    ]);
  });

  it('lists saved jobs as a table, filtered by status', async () => {
    const { stdout, requests } = await run(
      { action: 'saved', status: 'applied', json: false },
      [() => jsonResponse({ saved_jobs: [saved] })],
      140,
    );
    expect(requests[0]?.url).toBe('http://jobpilot.test/v1/saved-jobs?status=applied');
    const [header, row] = lines(stdout);
    expect(header).toMatch(/^ID\s+STATUS\s+TITLE\s+COMPANY\s+LOCATION\s+UPDATED\s+NOTES$/);
    expect(row).toMatch(/^3e460672eb90 {2}applied {2}Senior Backend Engineer \(m\/w\/d\) {2}Stripe, Inc\. {2}USA\s+2024-05-0\d {2}referral from Ana; sent the CV$/); // the save's note, then the stage's
  });

  it('says when nothing is saved, and --json prints {saved_jobs}', async () => {
    expect((await run({ action: 'saved', json: false }, [() => jsonResponse({ saved_jobs: [] })])).stdout).toBe(
      'No saved jobs yet. Save one with `jobpilot jobs save ID`.\n',
    );
    expect(
      (await run({ action: 'saved', status: 'offer', json: false }, [() => jsonResponse({ saved_jobs: [] })])).stdout,
    ).toBe('No saved jobs with status "offer".\n');
    const { stdout } = await run({ action: 'saved', json: true }, [() => jsonResponse({ saved_jobs: [saved] })]);
    expect(JSON.parse(stdout)).toEqual({ saved_jobs: [saved] });
  });

  it('saves a job with a note, and tells a new save from a repeated one', async () => {
    const first = await run({ action: 'save', jobId: '3e460672eb90', note: 'referral from Ana', json: false }, [
      () => jsonResponse({ ...saved, status: 'saved', history: saved.history.slice(0, 1) }, 201),
    ]);
    expect(first.requests[0]).toMatchObject({
      method: 'POST',
      url: 'http://jobpilot.test/v1/saved-jobs',
      body: { job_id: '3e460672eb90', notes: 'referral from Ana' },
    });
    expect(lines(first.stdout)[0]).toBe('Saved: Senior Backend Engineer (m/w/d) — Stripe, Inc. [3e460672eb90] · saved');
    expect(lines(first.stdout)[1]).toMatch(/^ {2}\d{4}-\d{2}-\d{2} \d{2}:\d{2} {2}saved — referral from Ana$/);
    const again = await run({ action: 'save', jobId: '3e460672eb90', json: false }, [() => jsonResponse(saved, 200)]);
    expect(again.requests[0]?.body).toEqual({ job_id: '3e460672eb90' });
    expect(lines(again.stdout)[0]).toMatch(/^Already saved: /);
  });

  it('moves a job to a status and shows its dated history; --json prints the saved job', async () => {
    const { stdout, requests } = await run(
      { action: 'status', jobId: '3e460672eb90', status: 'applied', note: 'sent the CV', json: false },
      [() => jsonResponse(saved)],
    );
    expect(requests[0]).toMatchObject({
      method: 'PATCH',
      url: 'http://jobpilot.test/v1/saved-jobs/3e460672eb90',
      body: { status: 'applied', note: 'sent the CV' },
    });
    expect(lines(stdout)).toHaveLength(3);
    expect(lines(stdout)[0]).toBe('Marked applied: Senior Backend Engineer (m/w/d) — Stripe, Inc. [3e460672eb90] · applied');
    expect(lines(stdout)[2]).toMatch(/ {2}applied — sent the CV$/);
    const json = await run({ action: 'status', jobId: '3e460672eb90', status: 'applied', json: true }, [
      () => jsonResponse(saved),
    ]);
    expect(JSON.parse(json.stdout)).toEqual(saved);
  });
});

describe('jobs import', () => {
  /** A fetch that records raw bodies (CSV is not JSON). */
  function recordingFetch(answer: Response) {
    const requests: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
    const fetchImpl = async (input: string | URL | Request, init: RequestInit = {}) => {
      requests.push({
        url: String(input),
        headers: Object.fromEntries(new Headers(init.headers).entries()),
        body: String(init.body),
      });
      return answer;
    };
    return { fetch: fetchImpl as typeof fetch, requests };
  }

  async function file(name: string, text: string) {
    const directory = await mkdtemp(join(tmpdir(), 'jobpilot-import-'));
    const path = join(directory, name);
    await writeFile(path, text);
    return path;
  }

  it('sends a .csv file as text/csv, as it is', async () => {
    const csv = 'title,company,url\n"Engineer, Platform",Acme,https://acme.example/1\n';
    const path = await file('jobs.csv', csv);
    const { fetch, requests } = recordingFetch(jsonResponse({ imported: 1, job_ids: ['0eabb8130bca'] }));
    const { context, stdout } = await testContext({ fetch });
    expect(await jobsCommand(context, { action: 'import', file: path, json: false })).toBe(0);
    expect(requests[0]).toMatchObject({
      url: 'http://jobpilot.test/v1/jobs/import',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
    });
    expect(stdout.text).toBe(`Imported 1 job from ${path}. Find them with \`jobpilot jobs search\`.\n`);
  });

  it('sends a .json file as application/json; --json prints the answer', async () => {
    const json = JSON.stringify([{ title: 'Engineer', company: 'Acme', url: 'https://acme.example/1' }]);
    const path = await file('jobs.JSON', json);
    const answer = { imported: 1, job_ids: ['0eabb8130bca'] };
    const { fetch, requests } = recordingFetch(jsonResponse(answer));
    const { context, stdout } = await testContext({ fetch });
    await jobsCommand(context, { action: 'import', file: path, json: true });
    expect(requests[0]).toMatchObject({ headers: { 'content-type': 'application/json' }, body: json });
    expect(JSON.parse(stdout.text)).toEqual(answer);
  });

  it('explains a missing file, an unknown extension and invalid JSON before asking the server', async () => {
    const { context } = await testContext();
    const attempt = (path: string) =>
      jobsCommand(context, { action: 'import', file: path, json: false }).catch((error: unknown) => error);
    const missing = await attempt('/nonexistent/jobs.csv');
    expect(missing).toBeInstanceOf(CliError);
    expect(describeError(missing)).toBe("jobpilot: can't read /nonexistent/jobs.csv: no such file");
    expect(describeError(await attempt(await file('jobs.xlsx', 'x')))).toMatch(
      /^jobpilot: jobs import reads \.json or \.csv files \(got ".*jobs\.xlsx"\)$/,
    );
    expect(describeError(await attempt(await file('jobs.json', '[{"title": ')))).toMatch(
      /^jobpilot: .*jobs\.json is not valid JSON: /,
    );
  });

  it('passes the server\'s IMPORT_INVALID on as one line', async () => {
    const path = await file('bad.csv', 'title,company,url\nx,,\n');
    const { fetch } = recordingFetch(
      errorResponse(422, 'IMPORT_INVALID', '1 of 1 row is invalid; nothing was imported. row 1 (line 2): company: required, url: required.'),
    );
    const { context } = await testContext({ fetch });
    const error = await jobsCommand(context, { action: 'import', file: path, json: false }).catch((thrown: unknown) => thrown);
    expect(describeError(error)).toBe(
      'jobpilot: 1 of 1 row is invalid; nothing was imported. row 1 (line 2): company: required, url: required. (IMPORT_INVALID)',
    );
  });
});

describe('jobs search sorted by fit', () => {
  it('asks the server for sort=fit and shows a FIT column when results carry scores', async () => {
    const scored: JobSearchResponse = {
      ...searchAnswer,
      jobs: searchAnswer.jobs.map((job, index) => ({ ...job, fit: { score: 90 - index * 40, missing: index ? ['Go'] : [] } })),
    };
    const { code, stdout, requests } = await run(
      { action: 'search', query: 'backend', remote: false, sort: 'fit', json: false },
      [() => jsonResponse(scored)],
      120,
    );
    expect(code).toBe(0);
    expect(requests[0]?.url).toContain('sort=fit');
    const [header, first, second] = stdout.split('\n');
    expect(header).toMatch(/TITLE\s+FIT/);
    expect(first).toMatch(/\s90\s/);
    expect(second).toMatch(/\s50\s/);
  });
});
