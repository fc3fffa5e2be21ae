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

// Regressions (session 41): a Montréal job was not "the montreal one"; "the french one" found nothing; "the
// Associate Product Manager job" matched the last list's "Product Manager, Integrations"; "the lumenpay APM one"
// landed on the company's other job; after a miss, "it" meant an older job.
describe('resolveJob by the words people type for a job', () => {
  const world = evalWorldSchema.parse({
    results: [
      { id: 'job_zur', title: 'Data Analyst', company: 'Alpenbank', location: 'Zürich, Switzerland' },
      { id: 'job_sao', title: 'Data Analyst', company: 'Cafezal', location: 'São Paulo, Brazil' },
      { id: 'job_de', title: 'Teamleitung Logistik', company: 'Nordfracht GmbH', location: 'Hamburg',
        description: 'Wir suchen eine Teamleitung für unser Lager. Sie sind verantwortlich für die Planung und die Schichten.' },
      { id: 'job_en', title: 'Logistics Team Lead', company: 'Nordfracht GmbH', location: 'Hamburg',
        description: 'You will lead the warehouse team and plan the shifts with our planners.' },
      { id: 'job_swe', title: 'Senior Software Engineer', company: 'Quillworks', location: 'Leeds' },
      { id: 'job_qa', title: 'Quality Assurance Analyst', company: 'Quillworks', location: 'Leeds' },
      { id: 'job_tpm', title: 'Technical Program Manager', company: 'Orrery Labs', location: 'Dublin' },
      { id: 'job_pm', title: 'Program Manager, Partnerships', company: 'Bellwether', location: 'Dublin' },
    ],
    resumes: [],
  });
  const known = () => inMemoryCareer({}, worldCareer(world));
  const at = (ids: string, last?: string) => ({ last_job_ids: ids, ...(last ? { last_job_id: last } : {}) });

  it.each([
    ['the zurich one', 'job_zur'],
    ['the Sao Paulo analyst job', 'job_sao'],
    ['ZURICH', 'job_zur'],
  ])('"%s": a place typed without its accents is the job there', async (phrase, id) => {
    expect(await resolveJob(phrase, { references: at('job_zur,job_sao'), ...known() })).toMatchObject({ ok: true, job: { id } });
  });

  it.each([
    ['the german posting', 'job_de'],
    ['the one in German', 'job_de'],
    ['the english one', 'job_en'],
  ])('"%s" is the posting written in that language', async (phrase, id) => {
    expect(await resolveJob(phrase, { references: at('job_de,job_en'), ...known() })).toMatchObject({ ok: true, job: { id } });
  });

  it('finds the posting in a language in the index when the last list holds none', async () => {
    expect(await resolveJob('the german one', { references: at('job_swe,job_qa'), ...known() })).toMatchObject({ ok: true, job: { id: 'job_de' } });
  });

  it.each([
    ['the quillworks SWE one', 'job_swe'],
    ['the TPM role', 'job_tpm'],
    ['the qa analyst', 'job_qa'],
  ])('"%s": a title by its initials or shorthand', async (phrase, id) => {
    expect(await resolveJob(phrase, { references: at('job_swe,job_qa,job_tpm,job_pm'), ...known() })).toMatchObject({ ok: true, job: { id } });
  });

  it('a title named whole is that job, though the last list shows another sharing its words', async () => {
    const resolved = await resolveJob('Technical Program Manager', { references: at('job_pm', 'job_pm'), ...known() });
    expect(resolved).toMatchObject({ ok: true, job: { id: 'job_tpm' } });
  });

  it('asks, naming the nearest, when a word of the phrase matches no job (never claims the company\'s other job)', async () => {
    const resolved = await resolveJob('the quillworks SRE one', { references: at('job_swe,job_qa'), ...known() });
    expect(resolved.ok).toBe(false);
    expect(resolved.ok === false && resolved.error).toMatch(/"sre" matches none.*Quillworks/);
  });

  it('after a reference that found nothing, "it" asks instead of meaning the job before', async () => {
    const missed = await resolveJob('the welsh one', { references: at('job_swe,job_qa', 'job_swe'), ...known() });
    expect(missed).toMatchObject({ ok: false, references: { last_job_missed: 'the welsh one' } });
    const references = { ...at('job_swe,job_qa', 'job_swe'), ...(missed.ok ? {} : missed.references) };
    const it = await resolveJob('that one', { references, ...known() });
    expect(it.ok).toBe(false);
    expect(it.ok === false && it.error).toMatch(/"the welsh one", matched none/);
    // Once a job is dealt with again (its writer clears the miss), "it" is that job.
    expect(await resolveJob('it', { references: { ...references, last_job_missed: '' }, ...known() })).toMatchObject({ ok: true, job: { id: 'job_swe' } });
  });
});

// Regression (trial s42 #58): "what does the HN one pay?" found no job "HN". The board a job came from names it.
describe('resolveJob by the board a job came from', () => {
  const boards = evalWorldSchema.parse({
    results: [
      { id: 'job_hn1', title: 'Backend Developer', company: 'Quillon', location: 'Remote', source: 'hackernews' },
      { id: 'job_gh1', title: 'Data Engineer', company: 'Marlow Bank', location: 'Porto', source: 'greenhouse' },
      { id: 'job_tm1', title: 'Product Designer', company: 'Tessel', location: 'Berlin', source: 'themuse' },
      { id: 'job_tm2', title: 'UX Researcher', company: 'Tessel', location: 'Berlin', source: 'themuse' },
    ],
    saved: [{ id: 'job_wk1', title: 'Ops Analyst', company: 'Fennel', source: 'workable' }],
    resumes: [],
  });
  const known = () => inMemoryCareer({}, worldCareer(boards));
  const lastList = { last_job_ids: 'job_hn1,job_gh1,job_tm1,job_tm2' };

  it.each([
    ['HN', 'job_hn1'],
    ['the hacker news one', 'job_hn1'],
    ['the Greenhouse posting', 'job_gh1'],
    ['the one from greenhouse', 'job_gh1'],
    ['the workable one', 'job_wk1'],
  ])('"%s" is the one job from that board', async (phrase, id) => {
    expect(await resolveJob(phrase, { references: lastList, ...known() })).toMatchObject({ ok: true, job: { id } });
  });

  it('asks which when the board gave several, and says when it gave none', async () => {
    const several = await resolveJob('the one from The Muse', { references: lastList, ...known() });
    expect(several.ok === false && several.error).toMatch(/could be any of: Product Designer at Tessel \(job_tm1\); UX Researcher at Tessel \(job_tm2\)/);
    const none = await resolveJob('the lever one', { references: lastList, ...known() });
    expect(none.ok === false && none.error).toMatch(/None of the last results or saved jobs came from lever/);
  });
});
