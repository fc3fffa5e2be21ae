import { describe, expect, it } from 'vitest';
import { resolveJob } from '../../src/career/jobs/resolve-job.ts';
import { inMemoryCareer } from '../../src/career/in-memory-career.ts';
import { evalWorldSchema, worldCareer } from '../../src/planner/eval-world.ts';

/** Two jobs at one company, both saved: one also in the thread's last results. */
const world = evalWorldSchema.parse({
  results: [
    { id: 'job_r1', title: 'Glassblower', company: 'Furnace & Pipe', location: 'Murano' },
    { id: 'job_r2', title: 'Kiln Tech', company: 'Emberly Works', location: 'Stoke' },
  ],
  saved: [
    { id: 'job_s1', title: 'Studio Lead', company: 'Emberly Works', status: 'rejected' },
    { id: 'job_s2', title: 'Kiln Tech', company: 'Cinder Row', status: 'applied' },
    { id: 'job_r2', title: 'Kiln Tech', company: 'Emberly Works', status: 'saved' },
  ],
  resumes: [],
});
const career = () => inMemoryCareer({}, worldCareer(world));

describe('resolveJob between jobs a phrase fits equally', () => {
  it('takes the one the last results show', async () => {
    const resolved = await resolveJob('the Emberly job', { references: { last_job_ids: 'job_r1,job_r2' }, ...career() });
    expect(resolved).toMatchObject({ ok: true, job: { id: 'job_r2' } });
  });

  it('takes the one last dealt with when the list shows both or none', async () => {
    const resolved = await resolveJob('kiln tech', { references: { last_job_ids: 'job_r1,job_r2,job_s2', last_job_id: 'job_s2' }, ...career() });
    expect(resolved).toMatchObject({ ok: true, job: { id: 'job_s2' } });
  });

  it('asks which, naming them, when nothing tells them apart', async () => {
    const resolved = await resolveJob('the Emberly job', { references: {}, ...career() });
    expect(resolved.ok).toBe(false);
    expect(resolved.ok === false && resolved.error).toMatch(/could be any of: .*Kiln Tech at Emberly Works.*Studio Lead at Emberly Works|could be any of: .*Studio Lead at Emberly Works.*Kiln Tech at Emberly Works/);
  });
});

// Regression (session 38): "write letter for the Antwerp planner job" wrote it for the Utrecht planner job of the
// last list (another company, another city). A place the phrase names is part of the job meant.
describe('resolveJob for a job named by its place and title', () => {
  const everything = evalWorldSchema.parse({
    results: [
      { id: 'job_utr', title: 'Operations Planner', company: 'Harbourline B.V.', location: 'Utrecht, Netherlands' },
      { id: 'job_rot', title: 'Stock Planner (part-time)', company: 'Harbourline B.V.', location: 'Rotterdam, Netherlands' },
      { id: 'job_ant', title: 'Transport Planner', company: 'Scheldt Freight', location: 'Antwerpen, Belgium' },
      { id: 'job_gla', title: 'Welder', company: 'Clyde Yards', location: 'Glasgow, UK' },
    ],
    resumes: [],
  });
  const known = () => inMemoryCareer({}, worldCareer(everything));
  const lastList = { last_job_ids: 'job_utr,job_rot', last_job_id: 'job_utr' };

  it.each([
    ['the antwerp planner job', 'job_ant'],
    ['planner in Antwerp', 'job_ant'],
    ['the Rotterdam planner one', 'job_rot'],
    ['utrecht planner', 'job_utr'],
  ])('"%s" is the job in that place, listed or not', async (phrase, id) => {
    expect(await resolveJob(phrase, { references: lastList, ...known() })).toMatchObject({ ok: true, job: { id } });
  });

  it('a place no job is in is said, never another job picked', async () => {
    const resolved = await resolveJob('the Ghent planner job', { references: lastList, ...known() });
    expect(resolved.ok).toBe(false);
    expect(resolved.ok === false && resolved.error).toMatch(/Ghent/);
  });
});

// Regression (session 40): "is the agency one remote?" after a list that labelled one job "(recruitment agency)"
// answered "No job … matches "agency"": the label the list printed is a name for the job.
describe('resolveJob by the agency label a list prints', () => {
  const agencyWorld = evalWorldSchema.parse({
    results: [
      { id: 'job_a1', title: 'Site Engineer', company: 'Brightpath Recruitment', location: 'Leeds' },
      { id: 'job_a2', title: 'Site Engineer', company: 'Holloway Build', location: 'Leeds', description: 'Build our depots.' },
      { id: 'job_a3', title: 'Estimator', company: 'Carrow & Sons', location: 'York', description: 'On behalf of our client, a national contractor, we seek an estimator.' },
    ],
    resumes: [],
  });
  const agencyCareer = () => inMemoryCareer({}, worldCareer(agencyWorld));

  it('is the one agency job the last list shows', async () => {
    const resolved = await resolveJob('the recruiter one', { references: { last_job_ids: 'job_a1,job_a2' }, ...agencyCareer() });
    expect(resolved).toMatchObject({ ok: true, job: { id: 'job_a1' } });
  });

  it('asks which when two postings read as an agency\'s', async () => {
    const resolved = await resolveJob('the agency job', { references: { last_job_ids: 'job_a1,job_a2,job_a3' }, ...agencyCareer() });
    expect(resolved.ok).toBe(false);
    expect(resolved.ok === false && resolved.error).toMatch(/could be any of: .*Brightpath Recruitment.*Carrow & Sons|could be any of: .*Carrow & Sons.*Brightpath Recruitment/);
  });
});
