import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobQuery } from '../../../src/jobs/job-source.ts';
import { createGreenhouseSource } from '../../../src/jobs/sources/greenhouse.ts';
import { boardFixture, type StubBoard, startStubBoard } from '../stub-board.ts';
import { defaultUserAgent, expectDegradedSearch, expectTimeoutDegrades, testHttpClient } from './degradation.ts';

let board: StubBoard;
beforeEach(async () => {
  board = await startStubBoard({ json: boardFixture('greenhouse') });
});
afterEach(() => board.close());

const search = (query: JobQuery) =>
  createGreenhouseSource({ board: 'stripe', origin: board.origin }).search(query, {
    http: testHttpClient(),
    signal: new AbortController().signal,
  });

describe('the Greenhouse adapter against a stub of the boards API', () => {
  it('asks for one board with content and decodes the escaped HTML', async () => {
    const postings = await search({ text: '', company: 'Stripe', limit: 10 });

    const [request] = board.requests;
    expect(request?.path).toBe('/v1/boards/stripe/jobs');
    expect(request?.query).toEqual({ content: 'true' });
    expect(request?.headers['user-agent']).toBe(defaultUserAgent);

    expect(postings).toHaveLength(2);
    expect(postings[0]).toEqual({
      title: 'Senior Backend Engineer',
      company: 'Stripe',
      location: 'Remote - US',
      remote: true,
      salary: null,
      employment_type: null,
      closes_on: null,
      // first_published wins over updated_at; the offset is kept as UTC.
      posted_at: '2024-04-30T13:00:00.000Z',
      url: 'https://stripe.com/jobs/search?gh_jid=5678901',
      source: 'greenhouse',
      source_url: 'https://job-boards.greenhouse.io/stripe/jobs/5678901',
      tags: ['Engineering'],
      description:
        "Stripe is a financial infrastructure platform for businesses.\n\nWhat you'll do\n\n• Design & build backend APIs\n• Own services end to end",
    });
    // No company_name on this one: the board's slug names the employer; an office location
    // is not remote, though it does not say on-site either.
    expect(postings[1]).toMatchObject({
      company: 'Stripe',
      location: 'Dublin, Ireland',
      remote: null,
      posted_at: '2024-05-01T09:00:00.000Z',
      // The employer's custom fields: its employment type and its application deadline.
      employment_type: 'full_time',
      closes_on: '2024-06-30',
      tags: ['Sales'],
      description: 'Sell to the largest companies in Europe.',
    });
  });

  it("reads pay from the employer's custom fields, whatever shape the value has", async () => {
    const job = (id: number, metadata: unknown[]) => ({
      id, title: `Analyst ${id}`, absolute_url: `https://example.com/jobs/${id}`, location: { name: 'Toronto, ON' }, content: 'Analyse things.', metadata,
    });
    board.reply({
      json: {
        jobs: [
          // Greenhouse's own currency range: amounts as decimal strings, the code as its unit.
          job(1, [{ id: 1, name: 'Base Pay', value: { min_value: '82000.0', max_value: '97000.0', unit: 'CAD' }, value_type: 'currency_range' }]),
          // Free text, French Canada's way.
          job(2, [{ id: 2, name: 'Échelle salariale', value: '68 000 $ à 79 000 $', value_type: 'short_text' }]),
          // A bare number, and a field that names its period.
          job(3, [{ id: 3, name: 'Hourly Compensation', value: 31.5, value_type: 'number' }]),
          // Two ends as an array of numbers; a field that is not pay is left alone.
          job(4, [{ id: 4, name: 'Team', value: 'Risk', value_type: 'short_text' }, { id: 5, name: 'Salary Band', value: [61000, 74000], value_type: 'multi_select' }]),
          // A bound with no currency, and a single amount.
          job(5, [{ id: 6, name: 'Compensation', value: 'Up to 88k', value_type: 'short_text' }]),
          job(6, [{ id: 7, name: 'Monthly Salary', value: { amount: '5200.0', unit: 'EUR' }, value_type: 'currency' }]),
          job(7, [{ id: 8, name: 'Salary', value: 'Competitive', value_type: 'short_text' }]),
        ],
      },
    });
    const postings = await search({ text: '', company: 'acme', limit: 10 });
    expect(postings.map((posting) => posting.salary)).toEqual([
      { min: 82000, max: 97000, currency: 'CAD', period: 'year' },
      { min: 68000, max: 79000, currency: 'CAD', period: 'year' },
      { min: 31.5, max: 31.5, currency: null, period: 'hour' },
      { min: 61000, max: 74000, currency: null, period: 'year' },
      { min: null, max: 88000, currency: null, period: 'year' },
      { min: 5200, max: 5200, currency: 'EUR', period: 'month' },
      null,
    ]);
  });

  it('filters the board by keyword and remote here', async () => {
    const backend = await search({ text: 'backend', company: 'stripe', limit: 10 });
    expect(backend.map((posting) => posting.title)).toEqual(['Senior Backend Engineer']);
    const remote = await search({ text: '', company: 'stripe', remote: true, limit: 10 });
    expect(remote.map((posting) => posting.title)).toEqual(['Senior Backend Engineer']);
  });

  it('times out without holding up the other sources', async () => {
    await expectTimeoutDegrades(
      (origin) => createGreenhouseSource({ board: 'stripe', origin }),
      { text: '', company: 'stripe', limit: 10 },
      'Greenhouse (stripe)',
    );
  });

  it('reports an unknown board (404) while the other sources still answer', async () => {
    await expectDegradedSearch(
      (origin) => createGreenhouseSource({ board: 'stripe', origin }),
      { text: '', company: 'stripe', limit: 10 },
      { status: 404, json: { status: 404, error: 'Job not found' } },
      {
        code: 'HTTP_STATUS',
        message: /^Greenhouse \(127\.0\.0\.1:\d+\/v1\/boards\/stripe\/jobs\) answered HTTP 404\.$/,
        summary: 'Greenhouse (stripe) answered with an error; 1 result from 1 source',
      },
    );
  });
});
