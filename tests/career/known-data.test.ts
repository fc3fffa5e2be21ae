import { describe, expect, it } from 'vitest';
import { knownData } from '../../src/career/known-data.ts';
import type { KnownNames, NamedJob } from '../../src/db/repositories/known-names.ts';

const job = (id: string, fields: Partial<NamedJob> = {}): NamedJob => ({
  id,
  title: `Title ${id}`,
  company: `Company ${id}`,
  location: null,
  remote: null,
  employment_type: null,
  salary: null,
  ...fields,
});

/** A reader of the names that answers `names` and records what each read asked for. */
const reader = (names: KnownNames) => {
  const asked: Array<{ resultIds: readonly string[]; limits: { saved: number; resumes: number; documents: number } }> = [];
  return {
    asked,
    read: async (resultIds: readonly string[], limits: { saved: number; resumes: number; documents: number }) => (asked.push({ resultIds, limits }), names),
  };
};

const kiln = job('job_r2', {
  title: 'Kiln Tech',
  company: 'Emberly',
  location: 'Cork, Ireland',
  remote: true,
  employment_type: 'contract',
  salary: { min: 40_000, max: 40_000, currency: 'EUR', period: 'year' },
});

describe('knownData', () => {
  it("names the thread's last results, then the saved jobs, each once, and the resumes, from one read", async () => {
    const names = reader({
      results: [job('job_r1', { title: 'Glassblower', company: 'Furnace & Pipe' }), kiln],
      saved: [job('job_s1', { title: 'Studio Lead', company: 'Claymore', location: 'Leeds', salary: { min: null, max: 30, currency: 'GBP', period: 'hour' } }), kiln],
      resumes: [{ id: 'res_1', label: 'studio', format: 'pdf' }],
      documents: [],
    });
    const known = await knownData(names, { last_job_ids: 'job_r1,job_r2' });
    expect(names.asked).toEqual([{ resultIds: ['job_r1', 'job_r2'], limits: { saved: 60, resumes: 20, documents: 20 } }]);
    expect(known.jobs.map(({ id }) => id)).toEqual(['job_r1', 'job_r2', 'job_s1']);
    expect(known.jobs[0]).toEqual({ id: 'job_r1', title: 'Glassblower', company: 'Furnace & Pipe', location: null, remote: null, employment_type: null, currency: null });
    // (What the list said of each result, so "the Cork one" or "the contract one" can point at it.)
    // (…and the pay it states, which salary advice is given in.)
    expect(known.jobs[1]).toEqual({
      id: 'job_r2',
      title: 'Kiln Tech',
      company: 'Emberly',
      location: 'Cork, Ireland',
      remote: true,
      employment_type: 'contract',
      currency: 'EUR',
      salary: { min: 40_000, max: 40_000, currency: 'EUR', period: 'year' },
    });
    // A saved job: its headline and the pay its posting states.
    expect(known.jobs[2]).toEqual({ id: 'job_s1', title: 'Studio Lead', company: 'Claymore', location: 'Leeds', salary: { min: null, max: 30, currency: 'GBP', period: 'hour' } });
    expect(known.resumes).toEqual([{ id: 'res_1', label: 'studio', format: 'pdf' }]);
  });

  it('asks for no results when the thread has none, and names only the saved jobs', async () => {
    const names = reader({ results: [], saved: [job('job_s1'), kiln], resumes: [], documents: [] });
    const known = await knownData(names);
    expect(names.asked[0]?.resultIds).toEqual([]);
    expect(known.jobs.map(({ id }) => id)).toEqual(['job_s1', 'job_r2']);
  });

  it('names at most 60 jobs, results first', async () => {
    const results = Array.from({ length: 10 }, (_, index) => job(`r${index}`));
    const saved = [...results.slice(0, 5), ...Array.from({ length: 60 }, (_, index) => job(`s${index}`))];
    const known = await knownData(reader({ results, saved, resumes: [], documents: [] }), { last_job_ids: results.map(({ id }) => id).join(',') });
    expect(known.jobs).toHaveLength(60);
    expect(known.jobs.slice(0, 11).map(({ id }) => id)).toEqual([...results.map(({ id }) => id), 's0']);
  });

  it('names the documents, newest first, with their kind, title and tone', async () => {
    const documents = [
      { id: 'doc_2', kind: 'interview_prep', title: 'Interview prep — Furnace & Pipe', tone: null },
      { id: 'doc_1', kind: 'cover_letter', title: 'cover letter for Glassblower at Furnace & Pipe', tone: 'professional' },
    ];
    const known = await knownData(reader({ results: [], saved: [], resumes: [], documents }));
    expect(known.documents).toEqual([
      { id: 'doc_2', kind: 'interview_prep', title: 'Interview prep — Furnace & Pipe', tone: null },
      { id: 'doc_1', kind: 'cover_letter', title: 'cover letter for Glassblower at Furnace & Pipe', tone: 'professional' },
    ]);
  });
});
