import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createLeverSource } from '../../../src/jobs/sources/lever.ts';
import { arrangementText, workArrangementOf } from '../../../src/jobs/work-arrangement.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('lever') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createLeverSource({ company: 'netflix', origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Lever adapter against a stub of the postings API', () => {
  it('asks for the JSON mode and joins description, lists and closing', async () => {
    const postings = await search({ text: '', company: 'Netflix', limit: 10 });

    const [request] = board.requests;
    expect(request?.path).toBe('/v0/postings/netflix');
    expect(request?.query).toEqual({ mode: 'json' });
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Senior Software Engineer, Platform',
      company: 'Netflix',
      location: 'Los Gatos, California',
      remote: false,
      salary: { min: 200000, max: 300000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      // createdAt is in epoch milliseconds.
      posted_at: '2024-04-24T23:06:40.000Z',
      url: 'https://jobs.lever.co/netflix/3f2a6c1e-8a0b-4c7d-9e21-5b4a7d8c9f10',
      source: 'lever',
      source_url: 'https://jobs.lever.co/netflix/3f2a6c1e-8a0b-4c7d-9e21-5b4a7d8c9f10',
      tags: ['Platform', 'Engineering'],
      description: [
        "Workplace: On-site.\n\nJoin the team that builds Netflix's streaming platform.",
        'What you will do',
        '• Build distributed systems in Java\n• Operate services at scale',
        'Who you are',
        '• 5+ years of backend experience',
        'Netflix is an equal opportunity employer.',
      ].join('\n\n'),
    });
    // "unspecified" workplace: the location's "Remote" decides; no salaryRange, no salary.
    expect(postings[1]).toMatchObject({
      title: 'Subtitle Reviewer (French)',
      location: 'Remote, Canada',
      remote: true,
      salary: null,
      employment_type: 'contract',
      posted_at: '2024-04-22T15:33:20.000Z',
      tags: ['Localization', 'Content'],
    });
  });

  it('filters by keyword here, matching the lists too', async () => {
    const java = await search({ text: 'java', company: 'netflix', limit: 10 });
    expect(java.map((posting) => posting.title)).toEqual(['Senior Software Engineer, Platform']);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createLeverSource({ company: 'netflix', origin }),
      { text: '', company: 'netflix', limit: 10 },
      'Lever (netflix)',
    );
  });

  it('reports an object where a list belongs while the other sources still answer', async () => {
    await expectDegradedSearch(
      (origin) => createLeverSource({ company: 'netflix', origin }),
      { text: '', company: 'netflix', limit: 10 },
      { json: { ok: false, error: 'Document not found' } },
      {
        code: 'MALFORMED_RESPONSE',
        message: /^Lever answered in an unexpected shape \(body: Invalid input: expected array, received object\)\.$/,
        summary: 'Lever (netflix) sent an unreadable answer; 1 result from 1 source',
      },
    );
  });
});

describe("Lever's pay", () => {
  it('reads salaryRange in any interval and amounts written as strings, else the salary description', async () => {
    const posting = (id: string, extra: Record<string, unknown>) => ({
      id, text: `Role ${id}`, hostedUrl: `https://jobs.lever.co/acme/${id}`, categories: { location: 'Montréal, QC' }, description: 'Do things.', ...extra,
    });
    board.reply({
      json: [
        posting('a', { salaryRange: { min: 4100, max: 4800, currency: 'EUR', interval: 'per-month-salary' } }),
        posting('b', { salaryRange: { min: '26', max: '32', currency: 'CAD', interval: 'per-hour-wage' } }),
        posting('c', { salaryDescriptionPlain: "L'échelle salariale pour ce poste est de 88 000 $ à 101 000 $ par année." }),
        // A range Lever cannot have written drops the pay, never the posting.
        posting('d', { salaryRange: { min: 'ask us', currency: 7 } }),
      ],
    });
    const postings = await search({ text: '', company: 'acme', limit: 10 });
    expect(postings.map((item) => [item.title, item.salary])).toEqual([
      ['Role a', { min: 4100, max: 4800, currency: 'EUR', period: 'month' }],
      ['Role b', { min: 26, max: 32, currency: 'CAD', period: 'hour' }],
      ['Role c', { min: 88000, max: 101000, currency: 'CAD', period: 'year' }],
      ['Role d', null],
    ]);
  });
});

describe("Lever's workplace", () => {
  it('a hybrid posting is hybrid in what is shown and searched, even when its text speaks of working from home', async () => {
    board.reply({
      json: [
        { id: 'h', text: 'Associate Analyst', hostedUrl: 'https://jobs.lever.co/acme/h', categories: { location: 'Calgary, AB' }, workplaceType: 'hybrid', description: '<p>Work from home on Fridays.</p>' },
        { id: 'r', text: 'Support Lead', hostedUrl: 'https://jobs.lever.co/acme/r', categories: { location: 'Canada' }, workplaceType: 'remote', description: '<p>Anywhere in Canada.</p>' },
      ],
    });
    const [hybrid, remote] = await search({ text: '', company: 'acme', limit: 10 });
    expect(hybrid?.remote).toBe(false);
    const arrangement = hybrid && workArrangementOf(hybrid);
    expect(arrangement?.mode).toBe('hybrid');
    expect(arrangement && arrangementText(arrangement)).toMatch(/^hybrid/);
    expect(remote?.remote).toBe(true);
    expect(remote?.description).toBe('Anywhere in Canada.');
  });
});
