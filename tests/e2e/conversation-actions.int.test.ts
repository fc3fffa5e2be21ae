import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { punctuatedReferences } from '../helpers/punctuated-references.ts';
import { testConfig } from '../helpers/test-database.ts';
import { buildResumePdf, sampleResumeLines } from '../resume/build-resume-documents.ts';

const base: Pick<MergedPosting, 'sources' | 'employment_type'> = { sources: [{ name: 'greenhouse', url: 'https://boards.example/1' }], employment_type: 'full_time' };
const stripe: MergedPosting = {
  ...base,
  id: 'aaaaaaaaaaa1',
  title: 'Backend Engineer',
  company: 'Stripe',
  location: 'Dublin',
  remote: false,
  salary: { min: 140000, max: 160000, currency: 'USD', period: 'year' },
  posted_at: '2026-11-30T09:00:00.000Z',
  url: 'https://stripe.example/jobs/backend',
  tags: ['go', 'postgres'],
  description: 'Stripe is hiring a Backend Engineer.\nRequirements:\n- Go and PostgreSQL\n- Kubernetes\n- Node.js',
};
const hotjar: MergedPosting = {
  ...base,
  id: 'bbbbbbbbbbb2',
  title: 'Platform Engineer',
  company: 'Hotjar',
  location: 'Remote (EU)',
  remote: true,
  salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
  posted_at: '2026-12-02T09:00:00.000Z',
  url: 'https://hotjar.example/jobs/platform',
  tags: ['typescript', 'aws'],
  description: 'Hotjar is hiring a Platform Engineer to run our AWS platform with TypeScript and Node.js.',
};
const monzo: MergedPosting = {
  ...base,
  id: 'ccccccccccc3',
  title: 'Site Reliability Engineer',
  company: 'Monzo',
  location: 'London',
  remote: null,
  salary: null,
  employment_type: null,
  posted_at: null,
  url: 'https://monzo.example/jobs/sre',
  tags: [],
  description: 'Monzo is hiring an SRE.',
};
const results = { last_job_ids: [stripe.id, hotjar.id, monzo.id].join(',') };

/** Runs one action of the registry as the executor would, in `threadId`. */
async function run(jobpilot: Jobpilot, name: string, args: Record<string, unknown>, references: Record<string, string> = {}, threadId = 'conversation') {
  const parsed = jobpilot.registry.parseArgs(name, args);
  if (!parsed.ok) throw new Error(parsed.error);
  const context: ActionContext = {
    signal: new AbortController().signal,
    artifactsDir: join(jobpilot.config.dataDir, 'artifacts'),
    references,
    threadId,
    runId: null,
  };
  const result = (await jobpilot.registry.get(name)?.run(parsed.args, context)) as ActionResult;
  expect(punctuatedReferences(result.summary), result.summary).toEqual([]);
  return result;
}

async function resumeFiles() {
  const directory = await mkdtemp(join(tmpdir(), 'jobpilot-resumes-'));
  const pdf = join(directory, 'jane-doe.pdf');
  await writeFile(pdf, await buildResumePdf(sampleResumeLines));
  const markdown = join(directory, 'jane-backend.md');
  await writeFile(markdown, sampleResumeLines.map((line) => line.text).join('\n'));
  return { pdf, markdown };
}

describe('the conversation actions on a real database, without a model', () => {
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    jobpilot = await createJobpilot({ config: await testConfig() });
    await jobpilot.career.jobs.upsert([stripe, hotjar, monzo]);
    await jobpilot.threads.ensure('conversation');
    await jobpilot.threads.ensure('other');
  });
  afterAll(async () => {
    await jobpilot?.close();
  });

  it('removes a saved job, and undo walks the tracker back one change at a time', async () => {
    expect((await run(jobpilot, 'save_job', { job: 'the second one' }, results)).ok).toBe(true);
    expect((await run(jobpilot, 'update_job_status', { job: 'Hotjar', status: 'interviewing' }, results)).ok).toBe(true);

    const removed = await run(jobpilot, 'unsave_job', { job: 'the Hotjar job' }, results);
    expect(removed.ok).toBe(true);
    expect(removed.summary).toMatch(/^Removed "Platform Engineer" at Hotjar from your saved jobs \(it was interviewing\)/);
    expect(await jobpilot.career.saved.list()).toEqual([]);

    const again = await run(jobpilot, 'unsave_job', { job: 'Hotjar' }, results);
    expect(again.ok).toBe(false);
    expect(again.summary).toMatch(/"Platform Engineer" at Hotjar is not on your saved list.*You have no saved jobs/);

    const restored = await run(jobpilot, 'undo', {});
    expect(restored.ok).toBe(true);
    expect(restored.summary).toMatch(/removed "Platform Engineer" at Hotjar.*back on your saved list as interviewing/);
    const back = await jobpilot.career.saved.get(hotjar.id);
    expect(back?.status).toBe('interviewing');
    expect(back?.history.map((event) => event.status)).toEqual(['saved', 'interviewing']);

    expect((await run(jobpilot, 'undo', {})).summary).toMatch(/marked "Platform Engineer" at Hotjar as interviewing \(was saved\).*back on your saved list as saved/);
    expect((await jobpilot.career.saved.get(hotjar.id))?.history.map((event) => event.status)).toEqual(['saved']);
    expect((await run(jobpilot, 'undo', {})).summary).toMatch(/saved "Platform Engineer" at Hotjar.*no longer on your saved list/);
    expect(await jobpilot.career.saved.get(hotjar.id)).toBeNull();

    const nothing = await run(jobpilot, 'undo', {});
    expect(nothing.ok).toBe(false);
    expect(nothing.summary).toMatch(/nothing left to undo in this conversation/);
  });

  it('leaves a change alone when something else changed the job since, and undoes only its own thread', async () => {
    await run(jobpilot, 'save_job', { job: 'Stripe' }, results);
    await jobpilot.career.saved.setStatus(stripe.id, 'applied'); // the CLI, or another conversation
    const left = await run(jobpilot, 'undo', {});
    expect(left.ok).toBe(false);
    expect(left.summary).toMatch(/left your last change \(saved "Backend Engineer" at Stripe\) as it is.*applied now/);
    expect((await jobpilot.career.saved.get(stripe.id))?.status).toBe('applied');

    expect((await run(jobpilot, 'undo', {}, {}, 'other')).summary).toMatch(/nothing left to undo/);
    await jobpilot.career.saved.remove(stripe.id);
  });

  it('lists what was applied to, with the jobs that moved on and each one’s stage', async () => {
    await run(jobpilot, 'update_job_status', { job: 'Stripe', status: 'applied' }, results);
    await run(jobpilot, 'update_job_status', { job: 'Hotjar', status: 'applied' }, results);
    await run(jobpilot, 'update_job_status', { job: 'Hotjar', status: 'interviewing' }, results);
    await run(jobpilot, 'save_job', { job: 'Monzo' }, results);
    const applied = await run(jobpilot, 'list_saved_jobs', { status: 'applied' });
    expect(applied.data?.count).toBe(2);
    expect(applied.summary).toMatch(/Platform Engineer — Hotjar · interviewing since/);
    expect(applied.summary).toMatch(/Backend Engineer — Stripe · applied since/);
    expect(applied.summary).not.toMatch(/Monzo/);
  });

  it('compares the last results by pay, date and remote, naming the winners with the figure', async () => {
    const pay = await run(jobpilot, 'compare_jobs', { by: 'pay' }, results);
    expect(pay.summary).toMatch(/In EUR, Platform Engineer at Hotjar pays the most: €70k–85k\/yr/);
    expect(pay.summary).toMatch(/In USD, Backend Engineer at Stripe pays the most: \$140k–160k\/yr/);
    expect(pay.summary).toMatch(/Site Reliability Engineer at Monzo doesn't state its pay/);
    const recent = await run(jobpilot, 'compare_jobs', { by: 'recent' }, results);
    expect(recent.summary).toMatch(/^Platform Engineer at Hotjar is the newest: posted .*2026-12-02/);
    expect(recent.references?.last_job_id).toBe(hotjar.id);
    const remote = await run(jobpilot, 'compare_jobs', { by: 'remote' }, results);
    expect(remote.summary).toMatch(/^1 of the 3 is remote: Platform Engineer at Hotjar\. Not remote: Backend Engineer at Stripe \(Dublin\) and Site Reliability Engineer at Monzo \(London\)/);
    const saved = await run(jobpilot, 'compare_jobs', { by: 'pay', among: 'saved' });
    expect(saved.data?.compared).toBe(3);
    const fit = await run(jobpilot, 'compare_jobs', { by: 'fit' }, results);
    expect(fit.ok).toBe(false);
    expect(fit.summary).toMatch(/import one first/);
  });

  it('answers questions about one job from its posting, and says when it does not say', async () => {
    expect((await run(jobpilot, 'answer_about_job', { job: 'Stripe', about: 'pay' }, results)).summary).toBe('Backend Engineer at Stripe pays $140,000–$160,000 a year (about $11,667–$13,333 a month over 12 months).');
    expect((await run(jobpilot, 'answer_about_job', { job: 'third', about: 'pay' }, results)).summary).toMatch(/^It doesn't say: the posting for Site Reliability Engineer at Monzo states no pay/);
    expect((await run(jobpilot, 'answer_about_job', { job: 'the second one', about: 'remote' }, results)).summary).toBe('Remote: Platform Engineer at Hotjar is remote within EU. The posting says: “Remote (EU)”');
    expect((await run(jobpilot, 'answer_about_job', { job: 'Stripe', about: 'remote' }, results)).summary).toMatch(/^Not remote: .*it is in Dublin/);
    expect((await run(jobpilot, 'answer_about_job', { job: 'it', about: 'stack' }, { last_job_id: stripe.id })).summary).toMatch(/asks for go, postgres.*Kubernetes/);
    expect((await run(jobpilot, 'answer_about_job', { job: 'Monzo', about: 'posted' }, results)).summary).toMatch(/^It doesn't say when/);
    expect((await run(jobpilot, 'answer_about_job', { job: 'Stripe', about: 'type' }, results)).summary).toBe('Backend Engineer at Stripe is a full-time role.');
    const description = await run(jobpilot, 'answer_about_job', { job: 'Hotjar', about: 'description' }, results);
    expect(description.data?.untrusted_text).toBe(true);
  });

  it('switches the active resume by format, asks when the format is ambiguous, and undoes the switch and the import', async () => {
    const files = await resumeFiles();
    const pdf = await run(jobpilot, 'import_resume', { path: files.pdf, label: 'main' });
    expect(pdf.ok).toBe(true);
    const markdown = await run(jobpilot, 'import_resume', { path: files.markdown, label: 'backend' });
    expect(markdown.ok).toBe(true);
    expect((await jobpilot.career.resumes.active())?.label).toBe('backend');

    const switched = await run(jobpilot, 'use_resume', { resume: 'pdf' });
    expect(switched.summary).toMatch(/^Now using "main" \[res_[0-9a-f]+\] \(pdf\)/);
    expect((await run(jobpilot, 'undo', {})).summary).toMatch(/switched the active resume to "main".*"backend" \[res_[0-9a-f]+\] is the active resume again/);
    expect((await jobpilot.career.resumes.active())?.label).toBe('backend');
    expect((await run(jobpilot, 'undo', {})).summary).toMatch(/imported "backend".*"main" \[res_[0-9a-f]+\] is the active resume again.*"backend" .*stays stored/);
    expect((await jobpilot.career.resumes.active())?.label).toBe('main');

    const docx = await run(jobpilot, 'use_resume', { resume: 'docx' });
    expect(docx.ok).toBe(false);
    expect(docx.summary).toMatch(/None of your resumes is a Word \(DOCX\) file.*"main" \(pdf/);
    await run(jobpilot, 'import_resume', { path: files.pdf, label: 'second pdf' });
    const ambiguous = await run(jobpilot, 'use_resume', { resume: 'my pdf resume' });
    expect(ambiguous.ok).toBe(false);
    expect(ambiguous.summary).toMatch(/2 of your resumes are PDF files: .*"second pdf".*"main".*Which one\?/);
  });

  it('compares by fit once there is a resume', async () => {
    const fit = await run(jobpilot, 'compare_jobs', { by: 'fit' }, results);
    expect(fit.ok).toBe(true);
    expect(fit.summary).toMatch(/fits your resume "second pdf" best: \d+\/100/);
  });

  it('revises the last letter into a new stored version, and says when no further step is possible without a model', async () => {
    const letter = await run(jobpilot, 'write_cover_letter', { job: 'Stripe' }, results);
    const first = String(letter.data?.document_id);
    expect((await jobpilot.career.documents.get(first))?.tone).toBe('professional');

    const shorter = await run(jobpilot, 'revise_cover_letter', { change: 'shorter' }, { last_document_id: first });
    expect(shorter.ok).toBe(true);
    expect(shorter.summary).toMatch(/^Wrote a shorter version of "Cover letter — Backend Engineer at Stripe" \[doc_[0-9a-f]+\] in the professional tone/);
    const revised = await jobpilot.career.documents.get(String(shorter.data?.document_id));
    expect(revised?.revision_of).toBe(first);
    // Shorter keeps the tone: a shorter letter is not a curt one.
    expect(revised?.tone).toBe('professional');
    expect(revised?.content.length).toBeLessThan((await jobpilot.career.documents.get(first))?.content.length ?? 0);

    const shortest = await run(jobpilot, 'revise_cover_letter', { change: 'shorter' }, { last_document_id: String(revised?.id) });
    expect(shortest.ok).toBe(false);
    expect(shortest.summary).toMatch(/already the shortest letter I can write without a language model/);

    const warmer = await run(jobpilot, 'revise_cover_letter', { change: 'less_formal', document: 'the Stripe letter' });
    expect(warmer.ok).toBe(true);
    // Less formal is the plain, warm tone, not the excited one.
    expect(warmer.data?.tone).toBe('warm');
    // A letter named by its tone, or by its company alone, is still a letter.
    const fromFormal = await run(jobpilot, 'revise_cover_letter', { change: 'less_formal', document: 'formal' });
    // (The newest letter in that tone: the shorter version, which kept the professional tone.)
    expect(fromFormal.data?.revision_of).toBe(revised?.id);
    const byCompany = await run(jobpilot, 'revise_cover_letter', { change: 'more_formal', document: 'Stripe' });
    expect(byCompany.ok).toBe(true);
    expect(byCompany.data?.tone).toBe('professional');
    expect((await jobpilot.career.documents.list({ kind: 'cover_letter' })).length).toBe(5);
  });
});

describe('revising a letter with a model', () => {
  let stub: OpenAIStub;
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    stub = await startOpenAIStub();
    jobpilot = await createJobpilot({
      config: await testConfig({ JOBPILOT_PLANNER: 'openai', OPENAI_BASE_URL: `${stub.url}/v1`, OPENAI_MODEL: 'llama3.1' }),
    });
    await jobpilot.career.jobs.upsert([stripe]);
    await jobpilot.threads.ensure('conversation');
    const files = await resumeFiles();
    await run(jobpilot, 'import_resume', { path: files.pdf });
  });
  afterAll(async () => {
    await jobpilot?.close();
    await stub?.close();
  });

  it('sends the earlier draft and the change to the model, and stores the revision beside it', async () => {
    stub.reply({ deltas: ['# Cover letter — Backend Engineer at Stripe\n\nDear Stripe team,\n\nI write Go at Acme Corp.\n\nBest regards,\nJane Doe\n'] });
    const letter = await run(jobpilot, 'write_cover_letter', { job: stripe.id });
    stub.reply({ deltas: ['# Cover letter — Backend Engineer at Stripe\n\nHi Stripe team,\n\nGo at Acme Corp.\n\nJane\n'] });
    const revised = await run(jobpilot, 'revise_cover_letter', { change: 'shorter' }, { last_document_id: String(letter.data?.document_id) });
    expect(revised.ok).toBe(true);
    const request = stub.requests.at(-1)?.body;
    expect(request.messages[0].content).toMatch(/Revise the EARLIER DRAFT below rather than starting over: make it noticeably shorter/);
    expect(request.messages[1].content).toMatch(/EARLIER DRAFT:\n"""\n# Cover letter — Backend Engineer at Stripe\n\nDear Stripe team,\n\nI write Go at Acme Corp\./);
    const stored = await jobpilot.career.documents.get(String(revised.data?.document_id));
    expect(stored?.content).toContain('Go at Acme Corp.');
    expect(stored?.revision_of).toBe(letter.data?.document_id);
  });
});
