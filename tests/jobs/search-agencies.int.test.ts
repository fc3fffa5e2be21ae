// Issue 13, session 39: "no agencies" over HTTP on a real port and in chat, against a stub
// board in Remotive's real shape: agencies' postings (by company name, by "on behalf of our
// client") are left out, counted in the note and said back; without the filter they are shown
// and flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { postRun } from '../helpers/sse-client.ts';
import { createTestDatabase, testConfig } from '../helpers/test-database.ts';
import { type StubBoard, startStubBoard } from './stub-board.ts';

const remotiveJob = (id: number, title: string, company: string, description: string) => ({
  id,
  url: `https://remotive.com/remote-jobs/logistics/job-${id}`,
  title,
  company_name: company,
  company_logo: null,
  category: 'Logistics',
  tags: [],
  job_type: 'full_time',
  publication_date: '2026-11-20T09:00:00',
  candidate_required_location: 'Netherlands',
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
        remotiveJob(4001, 'Inventory Planner', 'Havenstad Logistics', '<p>Plan stock for our e-commerce warehouse.</p>'),
        remotiveJob(4002, 'Inventory Planner', 'Tulip Recruitment', '<p>A planning role in Rotterdam.</p>'),
        remotiveJob(4003, 'Inventory Planner', 'Brightside', '<p>We are recruiting on behalf of our client, a leading 3PL in Venlo.</p>'),
        remotiveJob(4004, 'Inventory Planner (part-time)', 'Kade Foods', '<p>Keep our cold store stocked.</p>'),
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

interface Found {
  company: string;
  agency?: boolean;
}

async function search(query: string): Promise<{ jobs: Found[]; note: string }> {
  const response = await fetch(`${server.url}/v1/jobs/search?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { jobs: Found[]; note: string };
}

describe('GET /v1/jobs/search?exclude_agencies', () => {
  it('without it, agencies are shown and flagged; the employers are not', async () => {
    const { jobs } = await search('q=inventory%20planner&limit=50');
    expect(jobs.map((job) => job.company).sort()).toEqual(['Brightside', 'Havenstad Logistics', 'Kade Foods', 'Tulip Recruitment']);
    expect(jobs.filter((job) => job.agency === true).map((job) => job.company).sort()).toEqual(['Brightside', 'Tulip Recruitment']);
  });

  it('with it, agencies are left out and counted in the note', async () => {
    const { jobs, note } = await search('q=inventory%20planner&exclude_agencies=true&limit=50');
    expect(jobs.map((job) => job.company).sort()).toEqual(['Havenstad Logistics', 'Kade Foods']);
    expect(note).toMatch(/left out 2 recruitment agencies' postings/);
  });

  it('refuses a value that is not yes or no, saying what it got', async () => {
    const response = await fetch(`${server.url}/v1/jobs/search?q=planner&exclude_agencies=maybe`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toMatch(/exclude_agencies: expected true or false, got "maybe"/);
  });
});

describe('"no agencies" in chat', () => {
  it('searches without agencies and says so back', async () => {
    const events: RunEvent[] = (await postRun(server.url, 'agencies', { message: 'find inventory planner jobs, no agencies' })).events;
    const step = events.find((event) => event.type === 'tool-call-end');
    expect(step?.type === 'tool-call-end' ? step.action : '').toBe('search_jobs');
    const summary = step?.type === 'tool-call-end' ? step.summary : '';
    expect(summary).toContain('no agencies');
    expect(summary).toMatch(/left out 2 recruitment agencies' postings/);
    expect(summary).not.toMatch(/Tulip Recruitment|Brightside/);
  });
});
