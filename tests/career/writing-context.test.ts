import { describe, expect, it } from 'vitest';
import { writingContext } from '../../src/career/writing/writing-context.ts';
import type { JobRecord } from '../../src/db/repositories/jobs.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const job: JobRecord = {
  id: 'b2b2b2b2b2b2',
  title: 'Supply Chain Analyst (m/w/d)',
  company: 'Frachtkontor SE',
  location: 'Hamburg',
  remote: false,
  salary: null,
  employment_type: null,
  work_pattern: null,
  closes_on: null,
  posted_at: null,
  url: 'https://frachtkontor.example/jobs/7',
  sources: [],
  tags: [],
  description: 'Requirements\n- Time series forecasting for demand planning\n- SQL\n- Visual Basic macros are a plus',
  first_seen_at: '2026-12-01T00:00:00.000Z',
  last_seen_at: '2026-12-01T00:00:00.000Z',
};

describe('writingContext', () => {
  it('names the role without its gender note and the skills in the words the person listed them in', async () => {
    const career = fakeCareerDependencies({}, { jobs: [job] });
    await career.resumes.add({
      label: 'cv',
      format: 'md',
      filename: 'cv.md',
      rawText: '',
      resume: {
        basics: { name: 'Oskar Lind' },
        work: [{ name: 'Nordlog AB', position: 'Demand Planner', startDate: '2020-01', highlights: ['Ran the weekly demand forecasting in SQL'] }],
        skills: [{ name: 'Planning', keywords: ['Demand forecasting', 'SQL', 'VBA'] }],
      },
    });
    const prepared = await writingContext({ job: job.id }, { signal: new AbortController().signal }, career);
    if (!prepared.ok) throw new Error(prepared.error);
    const { posting } = prepared.writing;
    expect(posting.title).toBe('Supply Chain Analyst');
    expect(posting.matchedSkills).toEqual(expect.arrayContaining(['Demand forecasting', 'SQL', 'VBA']));
    expect(posting.matchedSkills).not.toContain('Time Series Forecasting');
    expect(posting.requiredSkills).toContain('Demand forecasting');
  });
});
