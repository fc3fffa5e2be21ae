import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';
import { jobRecord } from '../fakes/job-record.ts';

const job = jobRecord;

const jobs = [
  job('b00000000001', { title: 'Game Designer', company: 'Velvetine', location: 'Montreal', salary: { min: 70000, max: 80000, currency: 'CAD', period: 'year' } }),
  job('b00000000002', { title: 'Level Designer', company: 'Oxbow Interactive', location: 'Helsinki, Finland', salary: { min: 50000, max: 60000, currency: 'EUR', period: 'year' } }),
];

async function ask(args: Record<string, unknown>) {
  const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: { last_job_ids: jobs.map((entry) => entry.id).join(',') } };
  return (await createActions(fakeCareerDependencies({}, { jobs })).get('answer_about_job')?.run(args as never, context)) as ActionResult;
}

describe('answer_about_job', () => {
  it('finds a job told apart by where it is ("the helsinki one")', async () => {
    const answer = await ask({ job: 'the helsinki one', about: 'pay' });
    expect(answer.ok).toBe(true);
    expect(answer.summary).toContain('Oxbow Interactive');
  });
});

// Session 38 trial, findings 14 and 37: the languages and the years a posting asks, read from it (in English or in its own language).
describe('answer_about_job about experience and languages', () => {
  const dutch = job('c00000000001', {
    title: 'Operationeel Planner',
    company: 'PortLogix',
    location: 'Antwerpen',
    description: 'Wat vragen wij?\n- Minstens 2 jaar werkervaring in transportplanning\n- Vloeiend Nederlands in woord en geschrift is vereist\n- Kennis van Frans is een pluspunt\n- Excel en een TMS',
  });
  const english = job('c00000000002', {
    title: 'Supply Chain Analyst',
    company: 'Northwind',
    location: 'Leeds',
    description: 'Requirements:\n- 5+ years of experience in supply chain planning\n- Advanced Excel and SQL\n- Fluent German required; Polish would be an advantage.',
  });
  const plain = job('c00000000003', { title: 'Go Developer', company: 'Initech', location: 'Remote', description: 'We build payment APIs in Go and PostgreSQL.' });
  const resume = {
    id: 'res_1', label: 'ops', format: 'pdf', filename: null, raw_text: 'Ana\nLanguages: Portuguese, English, French', parent_id: null, job_id: null,
    created_at: '2026-12-01T10:00:00Z', active: true, corrected_at: null, corrections: [],
    resume: { basics: { name: 'Ana' }, languages: [{ language: 'Portuguese', fluency: 'Native' }, { language: 'English', fluency: 'C1' }, { language: 'French', fluency: 'B2' }] },
  };
  const answer = async (id: string, about: string, withResume = true) => {
    const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: { last_job_id: id } };
    const career = fakeCareerDependencies({}, { jobs: [dutch, english, plain], ...(withResume ? { resumes: [resume as never] } : {}) });
    return ((await createActions(career).get('answer_about_job')?.run({ job: 'it', about } as never, context)) as ActionResult).summary;
  };

  it('names the years asked, in English years, with the posting\'s sentence', async () => {
    expect(await answer(english.id, 'experience')).toMatch(/^Supply Chain Analyst at Northwind asks for at least 5 years of experience.*“5\+ years of experience in supply chain planning”/);
    // Since session 39 the matcher reads "jaar" itself, so the field the years count in is named too.
    expect(await answer(dutch.id, 'experience')).toMatch(/asks for at least 2 years of experience \(operations\)\. The posting says: “Minstens 2 jaar werkervaring in transportplanning”/);
    expect(await answer(plain.id, 'experience')).toMatch(/^It doesn't say: .*no number of years/);
  });

  it('names the languages required and preferred, against the active resume', async () => {
    const nl = await answer(dutch.id, 'languages');
    // "Frans" is a surname too: it is French only beside a Dutch ask ("Kennis van Frans", session 39).
    expect(nl).toMatch(/requires Dutch and would like French \(preferred, not required\); your resume doesn't list Dutch\./);
    expect(nl).toContain('“Vloeiend Nederlands in woord en geschrift is vereist”');
    expect(await answer(english.id, 'languages')).toMatch(/requires German and would like Polish \(preferred, not required\); your resume doesn't list German and Polish/);
    expect(await answer(english.id, 'languages', false)).not.toMatch(/your resume/);
    expect(await answer(plain.id, 'languages')).toMatch(/^It doesn't say: .*asks for no language/);
  });
});
