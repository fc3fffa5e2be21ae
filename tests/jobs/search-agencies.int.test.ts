// Issue 13, session 39: "no agencies" over HTTP on a real port and in chat, against a stub
// board in Remotive's real shape: agencies' postings (by company name, by "on behalf of our
// client") are left out, counted in the note and said back; without the filter they are shown
// and flagged.
import { describe, expect, it } from 'vitest';
import { remotiveBoardServer, remotiveJob } from './remotive-board-server.ts';

const planner = (id: number, title: string, company: string, description: string) =>
  remotiveJob({ id, title, company, location: 'Netherlands', category: 'Logistics', description });

const board = remotiveBoardServer([
  planner(4001, 'Inventory Planner', 'Havenstad Logistics', '<p>Plan stock for our e-commerce warehouse.</p>'),
  planner(4002, 'Inventory Planner', 'Tulip Recruitment', '<p>A planning role in Rotterdam.</p>'),
  planner(4003, 'Inventory Planner', 'Brightside', '<p>We are recruiting on behalf of our client, a leading 3PL in Venlo.</p>'),
  planner(4004, 'Inventory Planner (part-time)', 'Kade Foods', '<p>Keep our cold store stocked.</p>'),
]);

interface Found {
  company: string;
  agency?: boolean;
}

const search = (query: string) => board.search<Found>(query);

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
    const response = await fetch(`${board.server.url}/v1/jobs/search?q=planner&exclude_agencies=maybe`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toMatch(/exclude_agencies: expected true or false, got "maybe"/);
  });
});

describe('"no agencies" in chat', () => {
  it('searches without agencies and says so back', async () => {
    const { action, summary } = await board.firstStep('agencies', 'find inventory planner jobs, no agencies');
    expect(action).toBe('search_jobs');
    expect(summary).toContain('no agencies');
    expect(summary).toMatch(/left out 2 recruitment agencies' postings/);
    expect(summary).not.toMatch(/Tulip Recruitment|Brightside/);
  });
});
