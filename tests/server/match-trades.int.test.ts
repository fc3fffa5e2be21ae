// The fit score outside software over the real server (2026-12-05 trial, item 1): a pasted
// service electrician's posting (POST /v1/match with job_text) scored 0 with 0 years shown, and
// ranking by fit (GET /v1/jobs/search?sort=fit) follows the score. An electrician's resume
// imported as a text file, postings of several trades in the index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/main.ts';
import { jobSearchResponseSchema, matchResponseSchema } from '../../src/protocol/api.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { testConfig } from '../helpers/test-database.ts';

const resumeText = `Marisol Trent
Journeyman Electrician
Springfield, OH | marisol.trent@example.com | (937) 555-0142

EXPERIENCE
Journeyman Electrician, Clark County Electric, Springfield, OH
June 2018 - Present
- Residential service calls: panel upgrades, service changes, standby generator hookups
- Ran a three-person crew on a school renovation
- Trained 4 apprentices

Warehouse Associate, Buckeye Foods, Dayton, OH
January 2012 - May 2018
- Loaded trailers and picked orders

SKILLS
Panel Upgrades, Service Changes, Generator Installation, Troubleshooting, NEC

CERTIFICATIONS
Ohio Journeyman Electrician License
`;

const serviceElectrician =
  'Service Electrician\nRidgeline Mechanical - Westerville, OH - $38/hr\n4+ years residential service experience as an electrician\nPanel upgrades and service changes\nStandby generator installation\nOhio journeyman license';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
  const imported = await fetch(`${server.url}/v1/resumes?filename=marisol.txt`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: resumeText });
  expect(imported.status).toBe(201);
});
afterAll(async () => {
  await server?.close();
});

const posting = (id: string, title: string, description: string): MergedPosting => ({
  id,
  title,
  company: 'Example Employer',
  location: 'Columbus, OH',
  remote: false,
  salary: null,
  employment_type: 'full_time',
  posted_at: '2026-11-20T10:00:00.000Z',
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'remotive', url: `https://remotive.com/${id}` }],
  tags: [],
  description: `${description}\nWork across central Ohio.`,
});

describe('an electrician on trade postings, over HTTP', () => {
  it('scores a pasted service electrician posting on the electrical years and the skills its lines name', async () => {
    const response = await fetch(`${server.url}/v1/match`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ job_text: serviceElectrician }) });
    expect(response.status).toBe(200);
    const body = matchResponseSchema.parse(await response.json());
    expect(body.breakdown.experience.years_required).toBe(4);
    expect(body.breakdown.experience.years_shown).toBeGreaterThanOrEqual(4);
    // The warehouse years are not electrical years.
    expect(body.breakdown.experience.years_shown).toBeLessThan(10);
    expect(body.matched).toEqual(expect.arrayContaining(['Panel Upgrades', 'Generator Installation']));
    expect(body.score).toBeGreaterThanOrEqual(75);
  });

  it('ranks the index by fit: electrical postings first, then a neighbouring trade, well apart', async () => {
    await server.jobpilot.career.jobs.upsert([
      posting('b1c2d3e4f5a6', 'Sous Chef', 'Sous chef for a 90-cover bistro.\nLevel 2 food hygiene\nMenu costing\nRunning the pass'),
      posting('c1d2e3f4a5b6', 'Maintenance Plumber', 'Maintenance plumber for offices.\nNVQ Level 3 plumbing\nBooster pumps and TMV servicing\nUnvented hot water'),
      posting('d1e2f3a4b5c6', 'Service Electrician', serviceElectrician),
    ]);
    const response = await fetch(`${server.url}/v1/jobs/search?q=Ohio&sort=fit`);
    expect(response.status).toBe(200);
    const body = jobSearchResponseSchema.parse(await response.json());
    const ranked = body.jobs.map((job) => [job.title, job.fit?.score ?? -1] as const);
    expect(ranked[0]?.[0]).toBe('Service Electrician');
    expect((ranked[0]?.[1] ?? 0) - (ranked[1]?.[1] ?? 0)).toBeGreaterThanOrEqual(40);
  });
});
