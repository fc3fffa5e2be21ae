import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { jobsRepository, POSTINGS_OWNER } from '../../src/db/repositories/jobs.ts';
import { createJobSearch } from '../../src/jobs/job-search.ts';
import type { JobSource } from '../../src/jobs/job-source.ts';
import { createWorkdaySource } from '../../src/jobs/sources/workday.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { testHttpClient } from './sources/degradation.ts';
import { type StubBoard, startStubBoard } from './stub-board.ts';

const now = Date.parse('2026-12-07T06:30:00Z');

// A German Workday career site as it answers: the list's dates in German, the employer's own name and
// the day the posting went up only in each posting's detail.
const list = {
  total: 2,
  jobPostings: [
    { title: 'Systemingenieur Hochvoltspeicher (m/w/d)', externalPath: '/job/Heilbronn/Systemingenieur-Hochvoltspeicher_R2207', locationsText: 'Heilbronn', postedOn: 'Vor 2 Tagen ausgeschrieben', bulletFields: ['R2207'] },
    { title: 'Senior Battery Pack Engineer (m/f/d)', externalPath: '/job/Ingolstadt/Senior-Battery-Pack-Engineer_R2211', locationsText: '2 Locations', postedOn: 'Vor 5 Tagen ausgeschrieben', bulletFields: ['R2211'] },
  ],
  facets: [],
  userAuthenticated: false,
};
const details: Record<string, unknown> = {
  '/job/Heilbronn/Systemingenieur-Hochvoltspeicher_R2207': {
    jobPostingInfo: { id: 'a1', title: list.jobPostings[0]?.title, jobDescription: '<p>Auslegung von Hochvoltspeichern.</p><p>Vollzeit, unbefristet</p>', location: 'Heilbronn', timeType: 'Vollzeit', startDate: '2026-12-05', postedOn: 'Vor 2 Tagen ausgeschrieben', jobReqId: 'R2207' },
    hiringOrganization: { name: 'Kesselwerk Antriebe GmbH', url: '' },
    similarJobs: [],
    userAuthenticated: false,
  },
  '/job/Ingolstadt/Senior-Battery-Pack-Engineer_R2211': {
    jobPostingInfo: { id: 'a2', title: list.jobPostings[1]?.title, jobDescription: '<p>Battery pack design, ISO 26262.</p>', location: 'Ingolstadt', additionalLocations: ['Munich'], timeType: 'Full time', startDate: '2026-12-02', postedOn: 'Vor 5 Tagen ausgeschrieben', jobReqId: 'R2211' },
    hiringOrganization: { name: 'Kesselwerk Antriebe GmbH', url: '' },
    similarJobs: [],
    userAuthenticated: false,
  },
};

let pool: pg.Pool;
let workday: StubBoard;
beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await createTestDatabase() });
  await migrate(pool);
  workday = await startStubBoard((request) => {
    if (request.method === 'POST') return { json: list };
    const path = request.path.replace('/wday/cxs/kesselwerk/Karriere', '');
    return details[path] ? { json: details[path] } : { status: 404, json: {} };
  });
});
afterAll(async () => {
  await workday?.close();
  await pool?.end();
});

/** A general board that lists everyone's openings: nothing here for these searches, and what it was asked. */
const generalBoard = (asked: Array<string | undefined>): JobSource => ({
  name: 'jobfeed',
  label: 'Jobfeed',
  kind: 'keyless',
  async search(query) {
    asked.push(query.company);
    return [];
  },
});

/** A SmartRecruiters company board, answering with one posting of its employer. */
const orbitaBoard = (asked: string[]): JobSource => ({
  name: 'smartrecruiters:OrbitaDrive',
  label: 'SmartRecruiters (OrbitaDrive)',
  kind: 'company',
  company: 'OrbitaDrive',
  async search() {
    asked.push('OrbitaDrive');
    const url = 'https://jobs.smartrecruiters.com/OrbitaDrive/744000099';
    return [{ title: 'Battery Systems Engineer (EV)', company: 'Orbita Drive GmbH', location: 'Munich, Germany', remote: false, salary: null, employment_type: null, posted_at: null, url, source: 'smartrecruiters', source_url: url, tags: [], description: 'Thermal simulation of battery packs.' }];
  },
});

function searchWith(asked: { general: Array<string | undefined>; orbita: string[] }) {
  const kesselwerk = createWorkdaySource({ company: 'kesselwerk.wd3/Karriere', origin: workday.origin, now: () => now });
  return createJobSearch({
    sources: [generalBoard(asked.general), kesselwerk, orbitaBoard(asked.orbita)],
    http: testHttpClient(),
    jobs: jobsRepository(pool, POSTINGS_OWNER),
    timeoutMs: 5_000,
  });
}

describe('configured company boards are asked on every search, and found by the employer\'s own name (trial-s46 #9)', () => {
  it('asks them on a search by place and words, and dates a German site\'s postings by the day they went up (#19)', async () => {
    const asked = { general: [] as Array<string | undefined>, orbita: [] as string[] };
    const posts = workday.requests.length;
    const answer = await searchWith(asked)({ text: 'battery', location: 'Ingolstadt', limit: 10 });
    expect(workday.requests.slice(posts).filter(({ method }) => method === 'POST')).toHaveLength(1);
    expect(asked.orbita).toEqual(['OrbitaDrive']);
    expect(answer.jobs.map((job) => [job.title, job.company, job.location, job.posted_at])).toEqual([
      ['Senior Battery Pack Engineer (m/f/d)', 'Kesselwerk Antriebe GmbH', 'Ingolstadt; Munich', '2026-12-02T12:00:00.000Z'],
    ]);
  });

  it("finds the Workday site by the employer's name, which is not its account", async () => {
    const asked = { general: [] as Array<string | undefined>, orbita: [] as string[] };
    const answer = await searchWith(asked)({ text: '', company: 'Kesselwerk Antriebe', limit: 10 });
    expect(answer.jobs.map((job) => job.title).sort()).toEqual(['Senior Battery Pack Engineer (m/f/d)', 'Systemingenieur Hochvoltspeicher (m/w/d)']);
    expect(answer.jobs.every((job) => job.company === 'Kesselwerk Antriebe GmbH')).toBe(true);
  });

  it('searches each employer of a list, and asks the general board once for each', async () => {
    const asked = { general: [] as Array<string | undefined>, orbita: [] as string[] };
    const answer = await searchWith(asked)({ text: 'battery', company: 'Orbita Drive, Kesselwerk or LumaCell', limit: 10 });
    expect(asked.general.sort()).toEqual(['Kesselwerk', 'LumaCell', 'Orbita Drive']);
    expect(answer.jobs.map((job) => job.company).sort()).toEqual(['Kesselwerk Antriebe GmbH', 'Orbita Drive GmbH']);
    // A search naming only Orbita Drive (its account, written as people write it) asks its board, not Kesselwerk's.
    const posts = workday.requests.length;
    const orbita = await searchWith(asked)({ text: 'battery', company: 'Orbita Drive', limit: 10 });
    expect(workday.requests.length).toBe(posts);
    expect(orbita.jobs.map((job) => job.company)).toEqual(['Orbita Drive GmbH']);
  });
});
