import { describe, expect, it } from 'vitest';
import { resolveJob } from '../../src/career/jobs/resolve-job.ts';
import { inMemoryCareer } from '../../src/career/in-memory-career.ts';
import { evalWorldSchema, worldCareer } from '../../src/planner/eval-world.ts';
import type { IndexQuery, JobRecord } from '../../src/db/repositories/jobs.ts';

// Regressions (trial s46 #21, #27): "the Ingolstadt one" for a job in "Ingolstadt; Munich" that an earlier search
// listed; "Voltara Mobility 52bfc3c3c88d" (an id beside words) found nothing. Tried here on other towns and companies.
const world = evalWorldSchema.parse({
  results: [
    { id: '0a1b2c3d4e5f', title: 'Senior Hydrogen Systems Engineer – Fuel Cell Stack (m/w/d)', company: 'Falkner Antriebstechnik GmbH', location: 'Regensburg; Nuremberg' },
    { id: '1a1b2c3d4e5f', title: 'Entwicklungsingenieur Wasserstoff (m/w/d)', company: 'Falkner Antriebstechnik GmbH', location: 'Erlangen' },
    { id: '2a1b2c3d4e5f', title: 'Praktikant (m/w/d) Brennstoffzellen', company: 'Falkner Antriebstechnik GmbH', location: 'Bamberg' },
    { id: '3a1b2c3d4e5f', title: 'Fuel Cell Engineer', company: 'Lindqvist Power', location: 'Gothenburg or REMOTE (EU)' },
    ...Array.from({ length: 25 }, (_, at) => ({ id: `f${String(at).padStart(11, '0')}`, title: `Welder ${at}`, company: `Shop ${at}`, location: 'Leeds' })),
  ],
  resumes: [],
});

/** As the store searches: every word of the text in the title, company or description (never the location); a location as a whole word of it. */
function storeSearch(all: readonly JobRecord[]) {
  return async (query: IndexQuery): Promise<JobRecord[]> => {
    const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
    return all
      .filter((job) => words.every((word) => `${job.title} ${job.company} ${job.description}`.toLowerCase().includes(word)))
      .filter((job) => !query.location || new RegExp(`\\b${query.location}\\b`, 'i').test(job.location ?? ''))
      .reverse()
      .slice(0, query.limit);
  };
}

const career = () => {
  const seed = worldCareer(world);
  return inMemoryCareer({ jobs: { search: storeSearch(seed.jobs ?? []) } }, seed);
};
// The last search listed the Leeds welders only: the Falkner and Lindqvist jobs came up earlier.
const references = { last_job_ids: 'f00000000000,f00000000001' };

describe('a job named by a town the place table does not know, listed by an earlier search', () => {
  it.each([
    ['the Regensburg one', '0a1b2c3d4e5f'],
    ['regensburg', '0a1b2c3d4e5f'],
    ['the one in Bamberg', '2a1b2c3d4e5f'],
    ['the Erlangen job', '1a1b2c3d4e5f'],
  ])('"%s" is the index\'s job there', async (phrase, id) => {
    expect(await resolveJob(phrase, { references, ...career() })).toMatchObject({ ok: true, job: { id } });
  });

  it('a town no job is in is still a miss, said as one', async () => {
    const resolved = await resolveJob('the Passau one', { references, ...career() });
    expect(resolved).toMatchObject({ ok: false });
    expect(resolved.ok ? '' : resolved.error).toMatch(/matches "the Passau one"/);
  });
});

describe('a job named by its company and words of its title', () => {
  it.each([
    ['the fuel cell stack job at Falkner', '0a1b2c3d4e5f'],
    ['the Falkner Wasserstoff one', '1a1b2c3d4e5f'],
  ])('"%s" is the company\'s job whose title has those words', async (phrase, id) => {
    expect(await resolveJob(phrase, { references, ...career() })).toMatchObject({ ok: true, job: { id } });
  });
});

describe('an id beside words', () => {
  it.each([
    ['Falkner Antriebstechnik 2a1b2c3d4e5f', '2a1b2c3d4e5f'],
    ['the Lindqvist job 1a1b2c3d4e5f', '1a1b2c3d4e5f'],
    ['the job [3a1b2c3d4e5f].', '3a1b2c3d4e5f'],
  ])('"%s" is the job with that id, whatever the words say', async (phrase, id) => {
    expect(await resolveJob(phrase, { references, ...career() })).toMatchObject({ ok: true, job: { id } });
  });
});
