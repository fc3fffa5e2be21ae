import { afterEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createWorkdaySource } from '../../../src/jobs/sources/workday.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard | undefined;
afterEach(() => board?.close());

const now = Date.parse('2026-12-05T12:00:00Z');
const site = 'nvidia.wd5/NVIDIAExternalCareerSite';
const search = (origin: string, query: JobQuery) =>
  createWorkdaySource({ company: site, origin, now: () => now }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Workday adapter against a stub of a career site', () => {
  it('POSTs the search, reads pages of 20 until the limit, and links to the career site', async () => {
    board = await startStubBoard((request) => {
      // Details are another test's: here every one is gone, and the list's postings stay as listed.
      if (request.method === 'GET') return { status: 404, json: { errorCode: 'HTTP_404' } };
      const { offset } = JSON.parse(request.body) as { offset: number };
      return { json: boardFixture(offset === 0 ? 'workday' : 'workday-page2') };
    });
    const postings = await search(board.origin, { text: 'engineer', limit: 25 });

    expect(board.requests.filter(({ method }) => method === 'POST').map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /wday/cxs/nvidia/NVIDIAExternalCareerSite/jobs',
      'POST /wday/cxs/nvidia/NVIDIAExternalCareerSite/jobs',
    ]);
    expect(board.requests.filter(({ method }) => method === 'POST').map(({ body }) => JSON.parse(body))).toEqual([
      { appliedFacets: {}, limit: 20, offset: 0, searchText: 'engineer' },
      { appliedFacets: {}, limit: 20, offset: 20, searchText: 'engineer' },
    ]);
    expect(board.requests[0]?.headers['content-type']).toBe('application/json');
    expect(board.requests[0]?.headers['user-agent']).toBe(defaultUserAgent);

    // 20 usable on the first page (one without externalPath skipped), 2 on the second.
    expect(postings).toHaveLength(22);
    expect(postings[0]).toEqual({
      title: 'Senior Software Engineer, Deep Learning Inference',
      company: 'Nvidia',
      location: 'US, CA, Santa Clara',
      remote: null,
      salary: null,
      employment_type: null,
      posted_at: '2026-12-02T12:00:00.000Z',
      url: 'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Software-Engineer--Deep-Learning-Inference_JR1987654',
      source: 'workday',
      source_url:
        'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Software-Engineer--Deep-Learning-Inference_JR1987654',
      tags: [],
      description: '',
    });
    // "2 Locations" only counts places: the primary one is the first part of the posting's path.
    expect(postings[1]).toMatchObject({ location: 'US Remote', remote: true, posted_at: '2026-12-05T12:00:00.000Z' });
    expect(postings[2]).toMatchObject({ remote: false, posted_at: '2026-11-05T12:00:00.000Z' });
    expect(postings[3]).toMatchObject({ title: 'Intern, Research', location: null, posted_at: null });
  });

  it('stops after one page when the limit is met, and filters remote here', async () => {
    board = await startStubBoard((request) => (request.method === 'GET' ? { status: 404 } : { json: boardFixture('workday') }));
    const remote = await search(board.origin, { text: '', remote: true, limit: 5 });
    expect(board.requests.filter(({ method }) => method === 'POST')).toHaveLength(1);
    // Only the one posting kept is read in full.
    expect(board.requests.filter(({ method }) => method === 'GET')).toHaveLength(1);
    expect(remote.map((posting) => posting.title)).toEqual(['Solutions Architect - Remote']);
  });

  it('reads each kept posting in full: text, every place, the employer\'s own name, time type, pay in the text', async () => {
    const list = {
      total: 3,
      jobPostings: [
        { title: 'Supply Chain Analyst', externalPath: '/job/Rotterdam/Supply-Chain-Analyst_R101', locationsText: '2 Locations', postedOn: 'Posted Yesterday', bulletFields: ['R101'] },
        { title: 'Inventory Planner', externalPath: '/job/Antwerpen/Inventory-Planner_R102', locationsText: 'Antwerpen', postedOn: 'Posted 2 Days Ago', bulletFields: ['R102'] },
        { title: 'Warehouse Lead', externalPath: '/job/Venlo/Warehouse-Lead_R103', locationsText: 'Venlo', postedOn: 'Posted Today', bulletFields: ['R103'] },
      ],
      facets: [],
      userAuthenticated: false,
    };
    const detail = (path: string) => {
      if (path.endsWith('/job/Rotterdam/Supply-Chain-Analyst_R101')) {
        return {
          jobPostingInfo: {
            id: 'a1', title: 'Supply Chain Analyst', location: 'Rotterdam', additionalLocations: ['Utrecht'],
            jobDescription: '<p><b>Wat je doet</b></p><ul><li>Forecasting in SAP EWM and Power BI</li></ul><p>Salary: €45.000 – €52.000 per year. Hybrid: 2 days from home.</p>',
            timeType: 'Full time', postedOn: 'Posted Yesterday', jobReqId: 'R101', canApply: true, posted: true,
            externalUrl: 'https://vdberglogistics.wd3.myworkdayjobs.com/External/job/Rotterdam/Supply-Chain-Analyst_R101',
          },
          hiringOrganization: { name: 'Van der Berg Logistics B.V.', url: '' },
          similarJobs: [],
          userAuthenticated: false,
        };
      }
      if (path.endsWith('/job/Antwerpen/Inventory-Planner_R102')) {
        return {
          jobPostingInfo: {
            id: 'a2', title: 'Inventory Planner', location: 'Antwerpen', jobDescription: '<p>24 uur per week. €3.600 – €4.300 bruto per maand.</p>',
            timeType: 'Part time', remoteType: 'On-site', canApply: true,
          },
          hiringOrganization: { name: 'Van der Berg Logistics B.V.' },
        };
      }
      return undefined;
    };
    board = await startStubBoard((request) => {
      if (request.method === 'POST') return { json: list };
      const found = detail(request.path);
      // The third posting's detail fails: it stays as the list had it.
      return found ? { json: found } : { status: 500, json: { errorCode: 'HTTP_500' } };
    });
    const source = createWorkdaySource({ company: 'vdberglogistics.wd3/External', origin: board.origin, now: () => now });
    const context = { http: testHttpClient(), signal: new AbortController().signal };

    const all = await source.search({ text: '', limit: 10 }, context);
    expect(board.requests.filter(({ method }) => method === 'GET').map(({ path }) => path).sort()).toEqual([
      '/wday/cxs/vdberglogistics/External/job/Antwerpen/Inventory-Planner_R102',
      '/wday/cxs/vdberglogistics/External/job/Rotterdam/Supply-Chain-Analyst_R101',
      '/wday/cxs/vdberglogistics/External/job/Venlo/Warehouse-Lead_R103',
    ]);
    expect(all.map(({ title, company, location, employment_type }) => ({ title, company, location, employment_type }))).toEqual([
      { title: 'Supply Chain Analyst', company: 'Van der Berg Logistics B.V.', location: 'Rotterdam; Utrecht', employment_type: 'full_time' },
      { title: 'Inventory Planner', company: 'Van der Berg Logistics B.V.', location: 'Antwerpen', employment_type: 'part_time' },
      { title: 'Warehouse Lead', company: 'Vdberglogistics', location: 'Venlo', employment_type: null },
    ]);
    expect(all[0]?.description).toBe('Wat je doet\n\n• Forecasting in SAP EWM and Power BI\n\nSalary: €45.000 – €52.000 per year. Hybrid: 2 days from home.');
    expect(all[1]?.remote).toBe(false);
    expect(all[2]?.description).toBe('');

    // A place said only by the path of a posting with several is searchable; pay stated in the
    // text meets a floor once the detail is read (the list alone knows no pay).
    expect((await source.search({ text: '', location: 'Rotterdam', limit: 10 }, context)).map(({ title }) => title)).toEqual(['Supply Chain Analyst']);
    expect((await source.search({ text: '', location: 'Utrecht', limit: 10 }, context)).map(({ title }) => title)).toEqual([]);
    const floor = await source.search({ text: '', minSalary: 50_000, limit: 10 }, context);
    expect(floor.map(({ title }) => title)).toContain('Supply Chain Analyst');
    expect((await source.search({ text: '', minSalary: 60_000, limit: 10 }, context)).map(({ title }) => title)).not.toContain('Supply Chain Analyst');
  });

  it('finds a place listed by suburb and state code under its state and country, the country from the detail (trial s48 #14)', async () => {
    const list = {
      total: 3,
      jobPostings: [
        { title: 'Physiotherapist - Rehabilitation', externalPath: '/job/Baldivis/Physiotherapist_R77', locationsText: 'Baldivis, WA', postedOn: 'Posted Today' },
        { title: 'Physiotherapist - Outpatients', externalPath: '/job/Spokane/Physiotherapist_R78', locationsText: 'Spokane, WA', postedOn: 'Posted Today' },
        { title: 'Physiotherapist - Community', externalPath: '/job/Penrith/Physiotherapist_R79', locationsText: 'Penrith NSW', postedOn: 'Posted Today' },
      ],
    };
    const countryOf: Record<string, string> = { R77: 'Australia', R78: 'United States of America', R79: 'Australia' };
    board = await startStubBoard((request) => {
      if (request.method === 'POST') return { json: list };
      const id = /_(R\d+)$/.exec(request.path)?.[1] ?? '';
      const place = { R77: 'Baldivis, WA', R78: 'Spokane, WA', R79: 'Penrith NSW' }[id];
      return place
        ? { json: { jobPostingInfo: { title: 'Physiotherapist', location: place, country: { descriptor: countryOf[id], id: `c-${id}` }, jobDescription: '<p>Allied health.</p>' } } }
        : { status: 404 };
    });
    const source = createWorkdaySource({ company: 'sunhealth.wd3/Careers', origin: board.origin, now: () => now });
    const context = { http: testHttpClient(), signal: new AbortController().signal };
    const placesIn = async (location: string) => (await source.search({ text: 'physiotherapist', location, limit: 10 }, context)).map(({ location: place }) => place);

    expect(await placesIn('western australia')).toEqual(['Baldivis, WA, Australia']);
    // ("Penrith NSW" names its state, so its country is not added.)
    expect(await placesIn('australia')).toEqual(['Baldivis, WA, Australia', 'Penrith NSW']);
    expect(await placesIn('new south wales')).toEqual(['Penrith NSW']);
    // Washington's WA stays Washington's, its country already said by the code.
    expect(await placesIn('washington')).toEqual(['Spokane, WA']);
    expect(await placesIn('usa')).toEqual(['Spokane, WA']);
  });

  it('reads at most 20 details for one search', async () => {
    board = await startStubBoard((request) => {
      if (request.method === 'GET') return { json: boardFixture('workday-detail') };
      const { offset } = JSON.parse(request.body) as { offset: number };
      return { json: boardFixture(offset === 0 ? 'workday' : 'workday-page2') };
    });
    const postings = await search(board.origin, { text: '', limit: 25 });
    expect(postings).toHaveLength(22);
    expect(board.requests.filter(({ method }) => method === 'GET')).toHaveLength(20);
    expect(postings[0]).toMatchObject({ company: 'NVIDIA', location: 'US, CA, Santa Clara; US, WA, Redmond', employment_type: 'full_time' });
    expect(postings[21]).toMatchObject({ company: 'Nvidia', description: '' });
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createWorkdaySource({ company: site, origin }),
      { text: '', company: 'nvidia', limit: 10 },
      'Workday (nvidia)',
    );
  });

  it('reports a site that is gone (404) while the other sources answer', async () => {
    await expectDegradedSearch(
      (origin) => createWorkdaySource({ company: site, origin }),
      { text: '', company: 'nvidia', limit: 10 },
      { status: 404, json: { errorCode: 'HTTP_404', message: 'Not Found' } },
      {
        code: 'HTTP_STATUS',
        message: /^Workday \(127\.0\.0\.1:\d+\/wday\/cxs\/nvidia\/NVIDIAExternalCareerSite\/jobs\) answered HTTP 404\.$/,
        summary: 'Workday (nvidia) answered with an error; 1 result from 1 source',
      },
    );
  });
});
