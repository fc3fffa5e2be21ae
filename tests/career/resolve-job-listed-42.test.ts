import { describe, expect, it } from 'vitest';
import { listedIds, resolveJob } from '../../src/career/jobs/resolve-job.ts';
import { inMemoryCareer } from '../../src/career/in-memory-career.ts';
import { evalWorldSchema, worldCareer } from '../../src/planner/eval-world.ts';

// Regressions (session 42): "the lisbon one" right after an answer whose first list showed a "Lisboa" job offered three
// Lisbon jobs that answer never showed; "the portuguese one" offered the jobs in Portugal, not the posting in Portuguese.
// Tried here on other cities, names and languages.
const world = evalWorldSchema.parse({
  results: [
    // The answer's first list (an on-site search) …
    { id: 'job_muc', title: 'Werkstudent Controlling', company: 'Isarbräu AG', location: 'München, Bayern, Deutschland' },
    { id: 'job_gva', title: 'Payroll Officer', company: 'Lémanic SA', location: 'Genève, Suisse' },
    // … its second list (the remote one), the thread's last results.
    { id: 'job_r1', title: 'Remote Payroll Analyst', company: 'Dunmore', location: 'Dublin' },
    { id: 'job_r2', title: 'Finance Analyst', company: 'Kelpie', location: 'Remote, EU' },
    // In the index only: in Munich and Geneva too, never listed in this thread.
    { id: 'job_muc2', title: 'Buchhalter', company: 'Alpenfracht GmbH', location: 'Munich, Germany' },
    { id: 'job_gva2', title: 'Accountant', company: 'Rhône Partners', location: 'Geneva, Switzerland' },
    { id: 'job_de', title: 'Sachbearbeiter Buchhaltung', company: 'Nordlicht KG', location: 'Köln',
      description: 'Wir suchen eine engagierte Fachkraft für unsere Buchhaltung. Sie sind verantwortlich für die Kreditoren und die Abschlüsse und arbeiten eng mit dem Team zusammen.' },
  ],
  resumes: [],
});
const career = () => inMemoryCareer({}, worldCareer(world));
const answer = { last_job_ids: 'job_r1,job_r2', shown_job_ids: 'job_muc,job_gva,job_r1,job_r2', last_job_id: 'job_r2' };

describe('a job named by its place, among the lists the last answer showed', () => {
  it.each([
    ['the munich one', 'job_muc'],
    ['the one in munchen', 'job_muc'],
    ['geneva', 'job_gva'],
    ['the Genf job', 'job_gva'],
  ])('"%s" is the listed job there, by any of the place\'s names, never an unlisted one', async (phrase, id) => {
    expect(await resolveJob(phrase, { references: answer, ...career() })).toMatchObject({ ok: true, job: { id } });
  });

  it('a place the lists do not show is still found in the index', async () => {
    expect(await resolveJob('the cologne one', { references: answer, ...career() })).toMatchObject({ ok: true, job: { id: 'job_de' } });
  });

  it('asks between the listed jobs only, when two listed jobs are there', async () => {
    const both = { ...answer, shown_job_ids: 'job_muc,job_muc2,job_r1,job_r2' };
    const resolved = await resolveJob('the munich one', { references: both, ...career() });
    expect(resolved.ok).toBe(false);
    const error = resolved.ok ? '' : resolved.error;
    expect(error).toMatch(/job_muc\b/);
    expect(error).toMatch(/job_muc2/);
    expect(error).not.toMatch(/job_gva/);
  });

  it('an older answer\'s lists count no more once another list replaced the last results', () => {
    expect(listedIds(answer)).toEqual(['job_muc', 'job_gva', 'job_r1', 'job_r2']);
    expect(listedIds({ ...answer, last_job_ids: 'job_de' })).toEqual(['job_de']);
  });
});

describe('a job named by its language', () => {
  it.each(['the german one', 'the one in german', 'the german posting'])('"%s" is the posting written in German, not a job in Germany', async (phrase) => {
    expect(await resolveJob(phrase, { references: answer, ...career() })).toMatchObject({ ok: true, job: { id: 'job_de' } });
  });
});
