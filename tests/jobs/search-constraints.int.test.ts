import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase, testConfig } from '../helpers/test-database.ts';
import { startConstraintBoards } from './constraint-boards.ts';

let boards: Awaited<ReturnType<typeof startConstraintBoards>>;
let server: RunningServer;
let databaseUrl: string;

beforeAll(async () => {
  boards = await startConstraintBoards();
  databaseUrl = await createTestDatabase();
  server = await startServer(await testConfig({ PORT: '0', DATABASE_URL: databaseUrl, ...boards.env }), { logger: false });
});
afterAll(async () => {
  await server?.close();
  await boards?.remotive.close();
  await boards?.arbeitnow.close();
});

interface Found {
  title: string;
  company: string;
  location: string | null;
  remote: boolean | null;
  salary: { min: number | null; max: number | null; period: string | null } | null;
}

async function search(url: string, query: string): Promise<{ jobs: Found[]; note: string; offline: unknown }> {
  const response = await fetch(`${url}/v1/jobs/search?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { jobs: Found[]; note: string; offline: unknown };
}
const companies = (jobs: Found[]) => jobs.map((job) => job.company).sort();
const answerOf = (events: RunEvent[]) => {
  const end = events.find((event) => event.type === 'message-end');
  return end?.type === 'message-end' ? end.text : '';
};
const stepsOf = (events: RunEvent[]) =>
  events.flatMap((event) => (event.type === 'tool-call-end' ? [{ action: event.action, summary: event.summary }] : []));

/** A port nothing listens on: a board there is as unreachable as with the network down. */
async function closedOrigin(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('GET /v1/jobs/search honours every constraint', () => {
  it('salary floor: keeps stated pay that reaches it (hourly pay counted over a year) and counts those stating none', async () => {
    const { jobs, note } = await search(server.url, 'q=typescript&min_salary=100000&limit=50');
    expect(companies(jobs)).toEqual(['Acme', 'Dutchly', 'Gigwise', 'Orbit', 'Yankee Corp']);
    // Below the floor (Tinyco €55k, Sunbank €85k) and unstated (Quietpay, Umbrella, Hooli, Hanse) are out.
    expect(note).toMatch(/left out 4 that state no salary/);
  });

  it('seniority: only titles at that level; titles naming none are counted', async () => {
    const senior = await search(server.url, 'q=typescript&seniority=senior&limit=50');
    expect(companies(senior.jobs)).toEqual(['Acme', 'Gigwise', 'Hooli', 'Quietpay', 'Sunbank', 'Umbrella GmbH', 'Yankee Corp']);
    expect(senior.note).toMatch(/left out 1 whose title names no level/);
    const junior = await search(server.url, 'q=typescript&seniority=junior&limit=50');
    expect(junior.jobs.map((job) => job.title).sort()).toEqual(['Graduate TypeScript Developer', 'Jr. TypeScript Developer']);
    const lead = await search(server.url, 'q=typescript&seniority=lead');
    expect(companies(lead.jobs)).toEqual(['Orbit']);
  });

  it('location: a region finds its countries and cities, and "Worldwide", never the USA', async () => {
    const europe = await search(server.url, 'q=typescript&location=Europe&limit=50');
    expect(companies(europe.jobs)).toEqual([
      'Acme', 'Dutchly', 'Gigwise', 'Hanse Digital', 'Hooli', 'Orbit', 'Quietpay', 'Sunbank', 'Tinyco', 'Umbrella GmbH',
    ]);
    const germany = await search(server.url, 'q=typescript&location=Germany&limit=50');
    expect(companies(germany.jobs)).toEqual(['Hanse Digital', 'Hooli', 'Orbit', 'Umbrella GmbH']);
    const portugal = await search(server.url, 'q=typescript&location=Portugal&limit=50');
    expect(companies(portugal.jobs)).toEqual(['Gigwise', 'Orbit', 'Tinyco']);
  });

  it('remote and company narrow as before, together with the rest', async () => {
    const remote = await search(server.url, 'q=typescript&location=Europe&remote=true&seniority=senior&limit=50');
    expect(companies(remote.jobs)).toEqual(['Acme', 'Gigwise', 'Quietpay', 'Sunbank']);
    expect(remote.jobs.every((job) => job.remote === true)).toBe(true);
    const acme = await search(server.url, 'q=typescript&company=Acme&min_salary=150000');
    expect(companies(acme.jobs)).toEqual(['Acme']);
    const tooHigh = await search(server.url, 'q=typescript&company=Acme&min_salary=180000');
    expect(tooHigh.jobs).toEqual([]);
  });

  it('never blends in index results that miss a query word: no Senior Product Designer for "senior typescript"', async () => {
    const { jobs } = await search(server.url, 'q=senior%20typescript&location=Europe&limit=50');
    expect(jobs.map((job) => job.title)).not.toContain('Senior Product Designer');
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(job.title.toLowerCase()).toMatch(/senior/);
    const designers = await search(server.url, 'q=senior%20designer&limit=50');
    expect(designers.jobs.map((job) => job.title)).toEqual(['Senior Product Designer']);
  });

  it('employment type: only that type, shown with its working pattern; an unknown type is refused with the choices', async () => {
    const partTime = await search(server.url, 'q=typescript&employment_type=part_time&limit=50');
    expect(companies(partTime.jobs)).toEqual(['Dutchly']);
    expect(partTime.jobs[0]).toMatchObject({ employment_type: 'part_time', work_pattern: '24 hours a week', closes_on: null });
    const contract = await search(server.url, 'q=typescript&employment_type=contract&location=Europe');
    expect(companies(contract.jobs)).toEqual(['Gigwise']);
    const wrong = await fetch(`${server.url}/v1/jobs/search?q=typescript&employment_type=gig`);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toMatch(/full_time, part_time, contract/);
  });

  it('exclusions leave out what is known to be that type or level, say how many, and keep the rest', async () => {
    const noContract = await search(server.url, 'q=typescript&exclude_employment_type=contract&limit=50');
    expect(companies(noContract.jobs)).not.toContain('Gigwise');
    expect(companies(noContract.jobs)).toContain('Dutchly');
    expect(noContract.note).toMatch(/left out 1 contract role\b/);
    // "non-senior": not the senior filter turned round but every level above mid left out; a title naming no level stays.
    const nonSenior = await search(server.url, 'q=typescript&exclude_seniority=senior,lead,principal&limit=50');
    expect(nonSenior.jobs.map((job) => job.title).sort()).toEqual(['Graduate TypeScript Developer', 'Jr. TypeScript Developer', 'TypeScript Engineer']);
    expect(nonSenior.note).toMatch(/left out 8 senior or lead or principal roles/);
    const noGraduates = await search(server.url, 'q=typescript&exclude_seniority=junior&location=Germany');
    expect(companies(noGraduates.jobs)).toEqual(['Hooli', 'Orbit', 'Umbrella GmbH']);
    const wrong = await fetch(`${server.url}/v1/jobs/search?q=typescript&exclude_seniority=senior,boss`);
    expect(wrong.status).toBe(400);
  });

  it('all of them at once: senior TypeScript in Europe over 100k', async () => {
    const { jobs, note } = await search(server.url, 'q=typescript&location=Europe&seniority=senior&min_salary=100000&limit=50');
    expect(companies(jobs)).toEqual(['Acme', 'Gigwise']);
    expect(note).toMatch(/left out 3 that state no salary/);
  });
});

describe('chat: search_jobs carries every constraint', () => {
  it('"find senior typescript jobs in Europe paying over 100k" answers only jobs that meet all of it', async () => {
    const events = (await postRun(server.url, 'constraints', { message: 'find senior typescript jobs in Europe paying over 100k' })).events;
    const [step] = stepsOf(events);
    expect(step?.action).toBe('search_jobs');
    const answer = answerOf(events);
    expect(answer).toContain('Found 2 jobs for "senior typescript in Europe paying 100,000+ a year"');
    expect(answer).toContain('Acme');
    expect(answer).toContain('Gigwise');
    for (const other of ['Figmoid', 'Yankee Corp', 'Tinyco', 'Sunbank', 'Orbit', 'Dutchly', 'Quietpay', 'Hooli', 'Umbrella']) {
      expect(answer).not.toContain(other);
    }
    expect(answer).toMatch(/left out 3 that state no salary/);
  });

  it('"find non-senior typescript jobs, no contract roles" leaves those out and says so', async () => {
    const events = (await postRun(server.url, 'constraints-exclusions', { message: 'find non-senior typescript jobs, no contract roles' })).events;
    const [step] = stepsOf(events);
    expect(step?.action).toBe('search_jobs');
    const answer = answerOf(events);
    expect(answer).toContain('Found 3 jobs for "typescript, not senior or lead or principal, no contract roles"');
    for (const kept of ['Jr. TypeScript Developer', 'Graduate TypeScript Developer', 'TypeScript Engineer — Dutchly']) expect(answer).toContain(kept);
    expect(answer).toContain('part-time, 24 hours a week');
    expect(answer).toMatch(/left out 8 senior or lead or principal roles/);
    expect(answer).not.toMatch(/couldn't leave out/);
  });

  it('"part-time typescript jobs" filters by the type, not by the words', async () => {
    const answer = answerOf((await postRun(server.url, 'constraints-part-time', { message: 'part-time typescript jobs' })).events);
    expect(answer).toMatch(/Found 1 job for "part-time typescript"/);
    expect(answer).toContain('Dutchly');
  });

  it('"entry-level typescript jobs in Germany" is the graduate role in Hamburg', async () => {
    const events = (await postRun(server.url, 'constraints-junior', { message: 'find entry-level typescript jobs in Germany' })).events;
    const answer = answerOf(events);
    expect(answer).toMatch(/Found 1 job /);
    expect(answer).toContain('Graduate TypeScript Developer');
  });
});

describe('offline: every board unreachable', () => {
  let offline: RunningServer;
  beforeAll(async () => {
    // A second server on the same database (its index already filled above) whose boards cannot be reached.
    offline = await startServer(
      await testConfig({
        PORT: '0',
        DATABASE_URL: databaseUrl,
        ...boards.env,
        JOBPILOT_REMOTIVE_URL: await closedOrigin(),
        JOBPILOT_ARBEITNOW_URL: await closedOrigin(),
      }),
      { logger: false },
    );
  });
  afterAll(async () => {
    await offline?.close();
  });

  it('the index answers with the same constraints, and the note says the boards could not be reached first', async () => {
    const { jobs, note, offline: marker } = await search(offline.url, 'q=typescript&location=Europe&seniority=senior&min_salary=100000');
    expect(marker).toEqual({ newest: expect.stringMatching(/^\d{4}-/) });
    expect(companies(jobs)).toEqual(['Acme', 'Gigwise']);
    expect(note).toMatch(/^The job boards could not be reached \(network down\?\); these 2 are from your saved index/);
    const one = await search(offline.url, 'q=typescript&location=Europe&seniority=senior&min_salary=100000&company=Gigwise');
    expect(companies(one.jobs)).toEqual(['Gigwise']);
    expect(one.note).toMatch(/; this one is from your saved index/);
  });

  it('in chat, with and without results, says the network first and fewer words only after', async () => {
    const found = answerOf((await postRun(offline.url, 'offline', { message: 'find senior typescript jobs in Europe' })).events);
    expect(found).toMatch(/^The job boards could not be reached \(network down\?\)/);
    expect(found).not.toContain('Senior Product Designer');
    const none = answerOf((await postRun(offline.url, 'offline-none', { message: 'find cobol mainframe jobs' })).events);
    const network = none.indexOf('could not be reached');
    expect(network).toBeGreaterThan(-1);
    const fewer = none.indexOf('fewer or broader words');
    expect(fewer === -1 || fewer > network).toBe(true);
  });
});
