import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { inMemoryCareer } from '../../src/career/in-memory-career.ts';
import { evalWorldSchema, worldCareer, worldReferences } from '../../src/planner/eval-world.ts';

/** An invented world: two results, a saved job outside them, two resumes, two documents. */
const world = evalWorldSchema.parse({
  results: [
    { id: 'job_k1', title: 'Kiln Engineer', company: 'Potterly', location: 'Leeds', remote: false, salary: '£40k–£50k', posted: '2026-11-02', type: 'full-time', tags: ['ceramics'], fit: 60 },
    { id: 'job_k2', title: 'Glaze Chemist', company: 'Brightware', location: 'Remote (UK)', remote: true, salary: null, posted: '2026-11-20', tags: ['chemistry'] },
  ],
  saved: [
    { id: 'job_k3', title: 'Studio Lead', company: 'Claymore', status: 'interviewing' },
    { id: 'job_k1', title: 'Kiln Engineer', company: 'Potterly', status: 'applied' },
  ],
  resumes: [
    { id: 'res_a', label: 'main', format: 'pdf', active: false },
    { id: 'res_b', label: 'studio', format: 'docx', active: true },
  ],
  documents: [
    { id: 'doc_a', kind: 'cover_letter', job: 'job_k1', tone: 'professional' },
    { id: 'doc_b', kind: 'interview_prep', job: 'job_k3' },
  ],
  last_job: 'job_k2',
});

describe('worldReferences', () => {
  it('gives the references actions leave behind: results in order, "it", the active resume, the newest document', () => {
    expect(worldReferences(world)).toEqual({
      last_job_ids: 'job_k1,job_k2',
      last_job_id: 'job_k2',
      active_resume_id: 'res_b',
      last_document_id: 'doc_b',
    });
  });

  it('makes a single result "it", as a search of one does, and gives nothing for an empty world', () => {
    const one = evalWorldSchema.parse({ results: [{ id: 'job_x', title: 'Potter', company: 'Wheel Co' }] });
    expect(worldReferences(one)).toEqual({ last_job_ids: 'job_x', last_job_id: 'job_x' });
    expect(worldReferences(evalWorldSchema.parse({}))).toEqual({});
  });
});

describe('worldCareer', () => {
  it('indexes results and saved jobs, tracks statuses, and keeps resumes and documents', async () => {
    const career = inMemoryCareer({}, worldCareer(world));
    expect((await career.jobs.get('job_k1'))?.salary).toEqual({ min: 40000, max: 50000, currency: 'GBP', period: 'year' });
    expect((await career.jobs.get('job_k1'))?.employment_type).toBe('full_time');
    expect((await career.jobs.get('job_k2'))?.salary).toBeNull();
    expect((await career.jobs.get('job_k3'))?.company).toBe('Claymore');
    expect((await career.saved.list('interviewing')).map((entry) => entry.job_id)).toEqual(['job_k3']);
    expect((await career.saved.get('job_k1'))?.status).toBe('applied');
    expect((await career.resumes.active())?.id).toBe('res_b');
    expect((await career.documents.get('doc_a'))?.title).toBe('cover letter for Kiln Engineer at Potterly');
  });

  it('lets the real actions answer from the world', async () => {
    const registry = createActions(inMemoryCareer({}, worldCareer(world)));
    const context = { signal: new AbortController().signal, references: worldReferences(world), artifactsDir: '/nonexistent' };
    const pay = await registry.get('answer_about_job')?.run({ job: 'first', about: 'pay' }, context);
    expect(pay?.summary).toContain('£40,000–£50,000');
    const remote = await registry.get('compare_jobs')?.run({ by: 'remote' }, context);
    expect(remote?.summary).toContain('Glaze Chemist at Brightware');
  });
  it('takes a job as the API returns it: the salary as {min, max, currency, period} and `posted_at`', async () => {
    const apiShaped = evalWorldSchema.parse({
      results: [{ id: 'job_api', title: 'Site Engineer', company: 'Dunecrest', salary: { min: 22000, max: 28000, currency: 'AED', period: 'month' }, posted_at: '2026-12-01T08:00:00Z' }],
    });
    const career = inMemoryCareer({}, worldCareer(apiShaped));
    const job = await career.jobs.get('job_api');
    expect(job?.salary).toEqual({ min: 22000, max: 28000, currency: 'AED', period: 'month' });
    expect(job?.posted_at).toBe('2026-12-01T08:00:00.000Z');
  });
});

describe('a world resume said in the case format', () => {
  it('is stored under the reader\'s format name, so "markdown" and "text" name it', async () => {
    const formats = evalWorldSchema.parse({
      resumes: [
        { id: 'res_md', label: 'coastal', format: 'md' },
        { id: 'res_txt', label: 'plain', format: 'txt' },
      ],
    });
    const career = inMemoryCareer({}, worldCareer(formats));
    expect((await career.resumes.get('res_md'))?.format).toBe('markdown');
    expect((await career.resumes.get('res_txt'))?.format).toBe('text');
  });
});
