// Trial s50 #27: a pay floor said in one currency ("at least 450k NOK") was compared with euro pay as a bare number,
// and every euro job vanished without a word. A floor's currency is kept: pay in it is compared (those under it
// counted), pay in another currency is kept and said, never compared. Over HTTP on a real port and in chat, against a
// stub board in Remotive's real shape; the postings are written for this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase, testConfig } from '../helpers/test-database.ts';
import { type StubBoard, startStubBoard } from './stub-board.ts';

const remotiveJob = (id: number, company: string, location: string, description: string) => ({
  id,
  url: `https://remotive.com/remote-jobs/manufacturing/job-${id}`,
  title: 'Pipe Welder',
  company_name: company,
  company_logo: null,
  category: 'Manufacturing',
  tags: [],
  job_type: 'full_time',
  publication_date: '2026-11-20T09:00:00',
  candidate_required_location: location,
  salary: '',
  description,
});

let board: StubBoard;
let server: RunningServer;

beforeAll(async () => {
  board = await startStubBoard({
    json: {
      '0-legal-notice': 'Remotive API Legal Notice: https://remotive.com/api-documentation',
      'job-count': 4,
      jobs: [
        remotiveJob(5101, 'Fjordbygg', 'Norway', '<p>Salary: NOK 560,000 – 640,000 a year. Pipe welding on a yard.</p>'),
        remotiveJob(5102, 'Vikvarv', 'Norway', '<p>Salary: NOK 380,000 – 420,000 a year. Pipe welding in a workshop.</p>'),
        remotiveJob(5103, 'Scheldebouw', 'Netherlands', '<p>Salary: €52,000 – €60,000 a year. Pipe welding on ships.</p>'),
        remotiveJob(5104, 'Ostseewerk', 'Germany', '<p>Pipe welding in our yard. We pay well.</p>'),
      ],
    },
  });
  const databaseUrl = await createTestDatabase();
  server = await startServer(
    await testConfig({ PORT: '0', DATABASE_URL: databaseUrl, JOBPILOT_JOB_SOURCES: 'remotive', JOBPILOT_REMOTIVE_URL: board.origin, JOBPILOT_JOB_TIMEOUT_MS: '3000' }),
    { logger: false },
  );
});
afterAll(async () => {
  await server?.close();
  await board?.close();
});

async function search(query: string): Promise<{ jobs: { company: string }[]; note: string }> {
  const response = await fetch(`${server.url}/v1/jobs/search?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { jobs: { company: string }[]; note: string };
}

describe('GET /v1/jobs/search?min_salary with a currency', () => {
  it('compares within the currency, keeps pay in another one and says so, counts those under the floor', async () => {
    const { jobs, note } = await search(`q=pipe%20welder&limit=50&min_salary=${encodeURIComponent('NOK 450 000')}`);
    expect(jobs.map((job) => job.company).sort()).toEqual(['Fjordbygg', 'Scheldebouw']);
    expect(note).toMatch(/left out 1 paying under NOK 450,000 a year/);
    expect(note).toMatch(/kept 1 paying in EUR, not compared with your NOK floor/);
    expect(note).toMatch(/left out 1 that states no salary/);
  });

  it('without a currency compares the numbers as before', async () => {
    const { jobs } = await search('q=pipe%20welder&limit=50&min_salary=450000');
    expect(jobs.map((job) => job.company).sort()).toEqual(['Fjordbygg']);
  });

  it('reads the currency after the amount and a sign before it', async () => {
    expect((await search(`q=pipe%20welder&limit=50&min_salary=${encodeURIComponent('450000 NOK')}`)).jobs.map((job) => job.company).sort()).toEqual(['Fjordbygg', 'Scheldebouw']);
    const euros = await search(`q=pipe%20welder&limit=50&min_salary=${encodeURIComponent('€55k')}`);
    // Both Norwegian jobs are kept: kroner are never compared with a floor in euros.
    expect(euros.jobs.map((job) => job.company).sort()).toEqual(['Fjordbygg', 'Scheldebouw', 'Vikvarv']);
    expect(euros.note).toMatch(/kept 2 paying in NOK, not compared with your EUR floor/);
    expect(euros.note).not.toMatch(/paying under/);
  });

  it('refuses what is no amount, saying a currency may be typed', async () => {
    const response = await fetch(`${server.url}/v1/jobs/search?q=welder&min_salary=${encodeURIComponent('NOK lots')}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/with its currency if you like/);
  });
});

describe('a floor said with its currency in chat', () => {
  it('keeps the currency, says it back, and never hides the euro job', async () => {
    const events: RunEvent[] = (await postRun(server.url, 'floor-nok', { message: 'pipe welder jobs paying at least 450k NOK' })).events;
    const step = events.find((event) => event.type === 'tool-call-end');
    expect(step?.type === 'tool-call-end' ? step.action : '').toBe('search_jobs');
    const summary = step?.type === 'tool-call-end' ? step.summary : '';
    expect(summary).toContain('paying NOK 450,000+ a year');
    expect(summary).toContain('Scheldebouw');
    expect(summary).toContain('Fjordbygg');
    expect(summary).not.toContain('Vikvarv');
    expect(summary).toMatch(/kept 1 paying in EUR, not compared with your NOK floor \(I don't convert currencies/);
  });
});
