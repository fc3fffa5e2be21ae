import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobIdFor } from '../../src/jobs/dedupe-key.ts';
import { jobSearchResponseSchema, savedJobListSchema } from '../../src/protocol/api.ts';
import { type CliResult, runCli } from '../helpers/run-cli.ts';
import { freePort, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../jobs/stub-board.ts';

let board: StubBoard;
let server: ServerProcess;
let directory: string;
let clientEnv: NodeJS.ProcessEnv;

/** Runs `jobpilot …` as a real process, stdout a pipe (so tables fit the default 100 columns). */
const jobpilot = (args: string[], env: NodeJS.ProcessEnv = clientEnv): Promise<CliResult> => runCli(args, { env });

beforeAll(async () => {
  board = await startStubBoard({ json: boardFixture('remotive') });
  directory = await mkdtemp(join(tmpdir(), 'jobpilot-jobs-cli-'));
  server = await startServerProcess({
    DATABASE_URL: await createTestDatabase(),
    JOBPILOT_DATA_DIR: join(directory, 'data'),
    JOBPILOT_JOB_SOURCES: 'remotive',
    JOBPILOT_REMOTIVE_URL: board.origin,
    JOBPILOT_LOG_LEVEL: 'warn',
    JOBPILOT_TOKEN: undefined,
    // Fourteen hours ahead of UTC: the tracker's dates must be this zone's, not UTC's nor the machine's.
    JOBPILOT_TIME_ZONE: 'Pacific/Kiritimati',
  });
  const { JOBPILOT_TOKEN: _token, JOBPILOT_URL: _url, COLUMNS: _columns, ...inherited } = process.env;
  clientEnv = { ...inherited, NO_COLOR: '1', JOBPILOT_URL: server.url, JOBPILOT_CONFIG_DIR: join(directory, 'config') };
});
afterAll(async () => {
  await server?.stop();
  await board?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

const stripeId = jobIdFor({ title: 'Senior Backend Engineer (m/w/d)', company: 'Stripe, Inc.', location: 'USA', remote: true });

describe('jobpilot jobs against a real server', () => {
  it('imports a CSV file, searches live board and index as a table that fits, and as JSON', async () => {
    const csv = join(directory, 'jobs.csv');
    await writeFile(
      csv,
      [
        'title,company,url,location,salary,tags,description',
        '"Backend Engineer, Payments Platform",Importco,https://importco.example/1,"Lisbon, Portugal","€70,000 – €90,000 a year","go; postgres","<p>Build the <b>backend</b>.</p>"',
      ].join('\n'),
    );
    const imported = await jobpilot(['jobs', 'import', csv]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe(`Imported 1 job from ${csv}. Find them with \`jobpilot jobs search\`.\n`);

    const table = await jobpilot(['jobs', 'search', 'backend engineer']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^#\s+ID\s+TITLE\s+COMPANY\s+LOCATION\s+SALARY\s+POSTED\s+SOURCE$/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(table.stdout).toContain(stripeId);
    expect(table.stdout).toMatch(/Importco/);
    expect(table.stdout).toMatch(/remoti…/); // the source column, cut to fit 100 columns
    expect(table.stdout).toMatch(/€70k–90k\/yr/);
    expect(lines.at(-1)).toMatch(/result/);
    expect(board.requests.at(-1)?.query).toMatchObject({ search: 'backend engineer' });

    const json = await jobpilot(['jobs', 'search', 'backend engineer', '--remote', '--limit', '1', '--json']);
    expect(json.code).toBe(0);
    const answer = jobSearchResponseSchema.parse(JSON.parse(json.stdout));
    expect(answer.jobs.map((job) => job.id)).toEqual([stripeId]);
    expect(answer).toMatchObject({ errors: [], offline: null });
  });

  it('shows a job, saves it, moves it along and lists the tracker', async () => {
    await jobpilot(['jobs', 'search', 'backend engineer', '--json']);
    const shown = await jobpilot(['jobs', 'show', stripeId]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split('\n').slice(0, 2)).toEqual([
      'Senior Backend Engineer (m/w/d)',
      'Stripe, Inc. · USA · remote · $180k–240k/yr · full-time · posted 2024-05-02',
    ]);
    expect(shown.stdout).toContain("What you'll do");

    const saved = await jobpilot(['jobs', 'save', stripeId, '--note', 'referral from Ana']);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(/^Saved: Senior Backend Engineer \(m\/w\/d\) — Stripe, Inc\. \[\w{12}\] · saved\n/);

    const applied = await jobpilot(['jobs', 'status', stripeId, 'applied', '--note', 'sent the CV']);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^Marked applied: /);
    expect(applied.stdout).toMatch(/saved — referral from Ana\n.*applied — sent the CV\n$/);

    const list = await jobpilot(['jobs', 'saved', '--status', 'applied']);
    expect(list.stdout).toMatch(new RegExp(`^ID\\s+STATUS.*\\n${stripeId}  applied  `));
    const listJson = await jobpilot(['jobs', 'saved', '--json']);
    const { saved_jobs: savedJobs } = savedJobListSchema.parse(JSON.parse(listJson.stdout));
    expect(savedJobs.map((job) => [job.job_id, job.status, job.history.length])).toEqual([[stripeId, 'applied', 2]]);
  });

  it("dates the tracker in the server's JOBPILOT_TIME_ZONE, shows the stage's note, and fits COLUMNS when piped", async () => {
    const moved = await jobpilot(['jobs', 'status', stripeId, 'interviewing', '--note', 'panel interview on the 14th']);
    expect(moved.code).toBe(0);
    const listJson = await jobpilot(['jobs', 'saved', '--json']);
    const [job] = savedJobListSchema.parse(JSON.parse(listJson.stdout)).saved_jobs;
    // The wall clock 14 hours ahead of each event, worked out by hand.
    const kiritimati = (iso: string) => new Date(new Date(iso).getTime() + 14 * 3_600_000).toISOString().replace('T', ' ').slice(0, 16);
    for (const event of job?.history ?? []) expect(moved.stdout).toContain(`${kiritimati(event.at)}  ${event.status}`);

    const wide = await jobpilot(['jobs', 'saved'], { ...clientEnv, COLUMNS: '200' });
    expect(wide.code).toBe(0);
    const [header, row] = wide.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+STATUS\s+TITLE\s+COMPANY\s+LOCATION\s+UPDATED\s+NOTES$/);
    expect(row).toContain('Senior Backend Engineer (m/w/d)'); // not cut: 200 columns leave room
    expect(row).toContain(kiritimati(job?.updated_at ?? '').slice(0, 10));
    expect(row).toContain('referral from Ana; panel interview on the 14th');
    expect([...(row ?? '')].length).toBeGreaterThan(100);
    expect([...(row ?? '')].length).toBeLessThanOrEqual(200);

    const narrow = await jobpilot(['jobs', 'saved'], { ...clientEnv, COLUMNS: '60' });
    for (const line of narrow.stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('fails in one line with a non-zero exit', async () => {
    const missing = await jobpilot(['jobs', 'show', '0123456789ab']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^jobpilot: No job "0123456789ab" in the index\. .* \(JOB_NOT_FOUND\)\n$/);

    const bad = join(directory, 'bad.json');
    await writeFile(bad, JSON.stringify([{ title: 'Half a posting', company: 'Nowhere' }]));
    const invalid = await jobpilot(['jobs', 'import', bad]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toBe(
      'jobpilot: 1 of 1 row is invalid; nothing was imported. row 1: url: required. (IMPORT_INVALID)\n',
    );

    const usage = await jobpilot(['jobs', 'status', stripeId, 'hired']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^jobpilot: Unknown status "hired"; use one of saved, applied/);

    const unreachable = await jobpilot(['jobs', 'search', 'x'], {
      ...clientEnv,
      JOBPILOT_URL: `http://127.0.0.1:${await freePort()}`,
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^jobpilot: can't reach the server at http:\/\/127\.0\.0\.1:\d+ — start it with `npm start`\n$/);
  });
});
