import type { JobRecord } from '../../src/db/repositories/jobs.ts';

/** A job in the index with nothing but its id and what a test sets. */
export const jobRecord = (id: string, overrides: Partial<JobRecord>): JobRecord => ({
  id,
  title: 'Engineer',
  company: 'Initech',
  location: null,
  remote: null,
  salary: null,
  employment_type: null,
  work_pattern: null,
  closes_on: null,
  posted_at: null,
  url: `https://jobs.example/${id}`,
  sources: [],
  tags: [],
  description: '',
  first_seen_at: '2026-11-01T00:00:00.000Z',
  last_seen_at: '2026-11-01T00:00:00.000Z',
  ...overrides,
});
