import { describe, expect, it } from 'vitest';
import { mergePostings, uniqueTags } from '../../src/jobs/merge-postings.ts';
import { jobIdFor } from '../../src/jobs/dedupe-key.ts';
import type { NormalisedPosting } from '../../src/protocol/posting.ts';

const posting = (overrides: Partial<NormalisedPosting>): NormalisedPosting => ({
  title: 'Senior Backend Engineer',
  company: 'Stripe',
  location: 'Remote - US',
  remote: true,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: 'https://stripe.com/jobs/1',
  source: 'greenhouse',
  source_url: 'https://stripe.com/jobs/1',
  tags: [],
  description: '',
  ...overrides,
});

describe('mergePostings', () => {
  it('folds one opening seen on two boards into one job with both sources', () => {
    const fromRemotive = posting({
      title: 'Senior Backend Engineer (m/w/d)',
      company: 'Stripe, Inc.',
      location: 'USA',
      salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      posted_at: '2024-05-02T10:39:19.000Z',
      url: 'https://remotive.com/remote-jobs/1',
      source: 'remotive',
      source_url: 'https://remotive.com/remote-jobs/1',
      tags: ['ruby', 'Go'],
      description: 'Short.',
    });
    const fromGreenhouse = posting({
      posted_at: '2024-04-30T13:00:00.000Z',
      tags: ['go', 'Engineering'],
      description: 'A longer description from the employer.',
    });
    const unrelated = posting({ title: 'Account Executive', location: 'Dublin', remote: null });

    const jobs = mergePostings([fromRemotive, unrelated, fromGreenhouse]);

    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toEqual({
      id: jobIdFor(fromRemotive),
      title: 'Senior Backend Engineer (m/w/d)',
      company: 'Stripe, Inc.',
      location: 'USA',
      remote: true,
      salary: { min: 180000, max: 240000, currency: 'USD', period: 'year' },
      employment_type: 'full_time',
      work_pattern: null,
      closes_on: null,
      // The earliest date: when the opening was first published anywhere.
      posted_at: '2024-04-30T13:00:00.000Z',
      url: 'https://remotive.com/remote-jobs/1',
      sources: [
        { name: 'remotive', url: 'https://remotive.com/remote-jobs/1' },
        { name: 'greenhouse', url: 'https://stripe.com/jobs/1' },
      ],
      tags: ['ruby', 'Go', 'Engineering'],
      description: 'A longer description from the employer.',
    });
    expect(jobs[1]).toMatchObject({ title: 'Account Executive', sources: [{ name: 'greenhouse' }] });
  });

  it('takes the first stated value for fields the first board left out', () => {
    const jobs = mergePostings([
      posting({ source: 'a', location: null, remote: null, salary: null }),
      posting({ source: 'b', location: null, remote: null, salary: { min: 1, max: 2, currency: 'EUR', period: 'hour' } }),
    ]);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.salary).toEqual({ min: 1, max: 2, currency: 'EUR', period: 'hour' });
    expect(jobs[0]?.posted_at).toBeNull();
  });

  it('lists a board once when it repeats a posting', () => {
    const jobs = mergePostings([posting({}), posting({})]);
    expect(jobs[0]?.sources).toEqual([{ name: 'greenhouse', url: 'https://stripe.com/jobs/1' }]);
  });

  it("stores the terms and closing date the text states when no board gives them, the board's fields first", () => {
    const [fromText] = mergePostings([
      posting({
        title: 'Data Analyst',
        posted_at: '2026-12-05T09:00:00.000Z',
        description: 'Part-time, 3 days a week, remote (UK only). Closing date: 4th January.',
      }),
    ]);
    expect(fromText).toMatchObject({ employment_type: 'part_time', work_pattern: '3 days a week', closes_on: '2027-01-04' });

    const [fromBoard] = mergePostings([
      posting({ employment_type: 'contract', closes_on: '2026-12-18', description: 'Full-time. Applications close 20 December 2026.' }),
    ]);
    expect(fromBoard).toMatchObject({ employment_type: 'contract', closes_on: '2026-12-18' });

    const [silent] = mergePostings([posting({ description: 'Build APIs.' })]);
    expect(silent).toMatchObject({ employment_type: null, work_pattern: null, closes_on: null });
  });

  it('is empty for no postings', () => {
    expect(mergePostings([])).toEqual([]);
  });
});

describe('uniqueTags', () => {
  it('trims, drops blanks and case-insensitive repeats, and caps at 20', () => {
    expect(uniqueTags(['Go', ' go ', 'Rust', ''])).toEqual(['Go', 'Rust']);
    expect(uniqueTags(Array.from({ length: 30 }, (_, index) => `tag${index}`))).toHaveLength(20);
  });
});
