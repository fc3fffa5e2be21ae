import { describe, expect, it } from 'vitest';
import { resolveJob } from '../../src/career/jobs/resolve-job.ts';
import { inMemoryCareer } from '../../src/career/in-memory-career.ts';
import { evalWorldSchema, worldCareer } from '../../src/planner/eval-world.ts';

// Regression (trial s50 #38): "Aibel AS rejected me" was refused ("as" matches none) while naming the one Aibel job:
// the company's legal form, written after its name, was a word no job matched. Tried on other companies and forms.
const world = evalWorldSchema.parse({
  results: [
    { id: '0b1c2d3e4f5a', title: 'Scaffolder – Offshore Platforms', company: 'Norvik Offshore AS', location: 'Haugesund, Norway' },
    { id: '1b1c2d3e4f5a', title: 'Pipe Fitter', company: 'Dellmar Industrie B.V.', location: 'Eindhoven, Netherlands' },
    { id: '2b1c2d3e4f5a', title: 'CNC Operator', company: 'Kowalczyk Metal Sp. z o.o.', location: 'Poznań, Poland' },
    { id: '3b1c2d3e4f5a', title: 'Crane Operator', company: 'Havbris ASA', location: 'Bergen, Norway' },
    { id: '4b1c2d3e4f5a', title: 'Electrician', company: 'Tamsin Build Ltd', location: 'Leeds, UK' },
  ],
  resumes: [],
});
const references = { last_job_ids: world.results.map((job) => job.id).join(',') };

describe('a job named by its company with the legal form written after it', () => {
  it.each([
    ['Norvik Offshore AS', '0b1c2d3e4f5a'],
    ['the Norvik AS one', '0b1c2d3e4f5a'],
    ['Dellmar Industrie B.V.', '1b1c2d3e4f5a'],
    ['dellmar bv', '1b1c2d3e4f5a'],
    ['Kowalczyk Metal Sp. z o.o.', '2b1c2d3e4f5a'],
    ['Havbris ASA', '3b1c2d3e4f5a'],
    ['the Tamsin Build Ltd job', '4b1c2d3e4f5a'],
  ])('"%s" is that company\'s job', async (phrase, id) => {
    expect(await resolveJob(phrase, { references, ...inMemoryCareer({}, worldCareer(world)) })).toMatchObject({ ok: true, job: { id } });
  });

  it('a company no job has is still a miss, legal form or not', async () => {
    const resolved = await resolveJob('Brennholt GmbH', { references, ...inMemoryCareer({}, worldCareer(world)) });
    expect(resolved).toMatchObject({ ok: false });
  });
});
