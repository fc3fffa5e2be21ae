import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { rawRequest } from '../helpers/raw-http.ts';
import { runCli } from '../helpers/run-cli.ts';
import { testConfig } from '../helpers/test-database.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../jobs/stub-board.ts';

// A hostile board (or file) puts terminal control sequences in its text: retitle the
// window (OSC 0), clear the screen (CSI 2J), paint red, write the clipboard (OSC 52),
// ring the bell, and a bare CR to overwrite what the line shows.
const hostile = '\u001b]0;pwned\u0007\u001b[2J\u001b[31m\u001b]52;c;ZXZpbA==\u001b\\\r\u009b1m';
/** Any control character but tab and newline, or an escape. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let board: StubBoard;
let server: RunningServer;

const remotive = boardFixture('remotive') as { jobs: Record<string, unknown>[] };
const poisoned = {
  ...remotive,
  jobs: [{
    ...remotive.jobs[0],
    title: `Senior Escape Engineer${hostile}`,
    company_name: `Evil${hostile} Corp`,
    candidate_required_location: `USA${hostile}`,
    tags: [`go${hostile}`],
    description: `<p>Line one${hostile}</p><p>Line two</p>`,
  }],
};

beforeAll(async () => {
  board = await startStubBoard({ json: poisoned });
  server = await startServer(
    await testConfig({ PORT: '0', JOBPILOT_JOB_SOURCES: 'remotive', JOBPILOT_REMOTIVE_URL: board.origin, JOBPILOT_JOB_TIMEOUT_MS: '3000' }),
    { logger: false },
  );
});
afterAll(async () => {
  await server?.close();
  await board?.close();
});

describe('terminal escapes in text from outside', () => {
  it('are stripped from a board\'s postings before they are stored', async () => {
    const search = await rawRequest(`${server.url}/v1/jobs/search?q=escape`);
    expect(search.status).toBe(200);
    const [found] = search.json().jobs;
    expect(found.title).toBe('Senior Escape Engineer');
    const job = (await rawRequest(`${server.url}/v1/jobs/${found.id}`)).json();
    expect(job).toMatchObject({ title: 'Senior Escape Engineer', company: 'Evil Corp', location: 'USA', tags: ['go'] });
    expect(job.description).toContain('Line one');
    expect(job.description).toContain('Line two');
    expect(JSON.stringify(job)).not.toMatch(/\\u00(1b|07|9b)|\\r/i);
    expect(control.test(job.description)).toBe(false);
  });

  it('are stripped from imported postings (JSON and CSV) and imported resumes', async () => {
    const json = await rawRequest(`${server.url}/v1/jobs/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ title: `Imported${hostile} Engineer`, company: `Acme${hostile}`, url: 'https://jobs.example/imported', description: `Text${hostile}` }]),
    });
    expect(json.status).toBe(200);
    const csv = await rawRequest(`${server.url}/v1/jobs/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `title,company,url\n"Csv${hostile} Engineer",Initech,https://jobs.example/csv\n`,
    });
    expect(csv.status).toBe(200);
    for (const id of [...json.json().job_ids, ...csv.json().job_ids]) {
      const job = (await rawRequest(`${server.url}/v1/jobs/${id}`)).json();
      expect([job.title, job.company]).toEqual([expect.stringMatching(/^(Imported|Csv) Engineer$/), expect.stringMatching(/^(Acme|Initech)$/)]);
      expect(control.test(JSON.stringify(job)) || /\\u00(1b|07|9b)/i.test(JSON.stringify(job))).toBe(false);
    }

    // A JSON Resume carries them as \u escapes, which a byte sniffer cannot see.
    const jsonResume = {
      basics: { name: `Jane Doe${hostile}`, email: 'jane.doe@example.com', label: `Engineer${hostile}` },
      work: [{ name: `Acme Corp${hostile}`, position: 'Senior Engineer', startDate: '2019-01', highlights: [`Built${hostile} things`] }],
    };
    const upload = await rawRequest(`${server.url}/v1/resumes?filename=${encodeURIComponent(`cv${hostile}.json`)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(jsonResume),
    });
    expect(upload.status).toBe(201);
    const resume = (await rawRequest(`${server.url}/v1/resumes/${upload.json().id}`)).json();
    // The CR became a line break; what is left is text.
    expect(resume.resume.basics.name.trim()).toBe('Jane Doe');
    expect(/\\u00(1b|07|9b)|\\r/i.test(JSON.stringify(resume))).toBe(false);
    expect(resume.resume.work[0].name.trim()).toBe('Acme Corp');
    expect(resume.raw_text).toContain('jane.doe@example.com');
  });

  it('never reach the terminal through the CLI (ask, threads show), even from text stored before', async () => {
    // A posting stored as it came, as rows written before this fix still are.
    const id = 'ab12cd34ef56';
    await server.jobpilot.career.jobs.upsert([{
      id, title: `Legacy Engineer${hostile}`, company: `Old${hostile} Co`, location: null, remote: true, salary: null,
      employment_type: null, posted_at: null, url: 'https://jobs.example/legacy', sources: [{ name: 'import', url: 'https://jobs.example/legacy' }],
      tags: [], description: `Old text${hostile}`,
    }]);
    const configDir = await mkdtemp(join(tmpdir(), 'jobpilot-escapes-cli-'));
    const env = { ...process.env, JOBPILOT_URL: server.url, JOBPILOT_CONFIG_DIR: configDir, JOBPILOT_TOKEN: '', NO_COLOR: '1' };
    const ask = await runCli(['ask', `show job ${id}`, '--thread', 'escapes'], { env });
    expect([ask.code, ask.stdout, ask.stderr]).toEqual([0, expect.stringContaining('Legacy Engineer'), expect.any(String)]);
    // The person's own message, stored in the transcript with its escapes, shown again.
    const chat = await rawRequest(`${server.url}/v1/threads/escapes/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: `hello${hostile}` }),
    });
    expect(chat.status).toBe(200);
    const show = await runCli(['threads', 'show', 'escapes'], { env });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Legacy Engineer');
    for (const output of [ask.stdout, ask.stderr, show.stdout, show.stderr]) {
      expect(control.test(output)).toBe(false);
    }
  });
});
