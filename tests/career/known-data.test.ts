import { describe, expect, it } from 'vitest';
import { inMemoryCareer } from '../../src/career/in-memory-career.ts';
import { knownData } from '../../src/career/known-data.ts';
import { evalWorldSchema, worldCareer } from '../../src/planner/eval-world.ts';

const world = evalWorldSchema.parse({
  results: [
    { id: 'job_r1', title: 'Glassblower', company: 'Furnace & Pipe' },
    { id: 'job_r2', title: 'Kiln Tech', company: 'Emberly', location: 'Cork, Ireland', remote: true, type: 'contract', salary: '€40,000 a year' },
  ],
  saved: [
    { id: 'job_s1', title: 'Studio Lead', company: 'Claymore', status: 'applied' },
    { id: 'job_r2', title: 'Kiln Tech', company: 'Emberly', status: 'saved' },
  ],
  resumes: [{ id: 'res_1', label: 'studio', format: 'pdf', active: true }],
});

describe('knownData', () => {
  it("names the thread's last results, then the saved jobs, each once, and the resumes", async () => {
    const known = await knownData(inMemoryCareer({}, worldCareer(world)), { last_job_ids: 'job_r1,job_r2' });
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
    expect(known.resumes).toEqual([{ id: 'res_1', label: 'studio', format: 'pdf' }]);
  });

  it('names only the saved jobs when the thread has no results', async () => {
    const known = await knownData(inMemoryCareer({}, worldCareer(world)));
    expect(known.jobs.map(({ id }) => id).sort()).toEqual(['job_r2', 'job_s1']);
  });

  it('names the documents, newest first, with their kind, title and tone', async () => {
    const written = evalWorldSchema.parse({
      results: [{ id: 'job_r1', title: 'Glassblower', company: 'Furnace & Pipe' }],
      documents: [
        { id: 'doc_1', kind: 'cover_letter', job: 'job_r1', tone: 'professional' },
        { id: 'doc_2', kind: 'interview_prep', job: 'job_r1', title: 'Interview prep — Furnace & Pipe' },
      ],
    });
    const known = await knownData(inMemoryCareer({}, worldCareer(written)));
    expect(known.documents).toEqual([
      { id: 'doc_2', kind: 'interview_prep', title: 'Interview prep — Furnace & Pipe', tone: null },
      { id: 'doc_1', kind: 'cover_letter', title: 'cover letter for Glassblower at Furnace & Pipe', tone: 'professional' },
    ]);
  });
});
