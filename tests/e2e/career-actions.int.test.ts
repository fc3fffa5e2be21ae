import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobpilot, type Jobpilot } from '../../src/jobpilot.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { type OpenAIStub, startOpenAIStub } from '../fakes/openai-stub-server.ts';
import { punctuatedReferences } from '../helpers/punctuated-references.ts';
import { testConfig } from '../helpers/test-database.ts';
import { buildResumePdf, sampleResumeLines } from '../resume/build-resume-documents.ts';

const posting: MergedPosting = {
  id: 'hooli-senior-backend',
  title: 'Senior Backend Engineer',
  company: 'Hooli',
  location: 'Remote',
  remote: true,
  salary: { min: 150000, max: 180000, currency: 'USD', period: 'year' },
  employment_type: 'full_time',
  posted_at: '2026-11-20T10:00:00.000Z',
  url: 'https://careers.hooli.example/backend',
  sources: [{ name: 'greenhouse', url: 'https://boards.greenhouse.io/hooli/jobs/1' }],
  tags: ['node.js', 'kubernetes'],
  description:
    'Hooli is hiring a Senior Backend Engineer.\nRequirements:\n- 5+ years of backend experience\n- Node.js and PostgreSQL\n- Kubernetes\n- Go\nNice to have:\n- GraphQL',
};

/** Runs one action of the registry as the executor would. */
async function run(jobpilot: Jobpilot, name: string, args: Record<string, unknown>, references: Record<string, string> = {}, progress: string[] = []) {
  const action = jobpilot.registry.get(name);
  if (!action) throw new Error(`no action ${name}`);
  const parsed = jobpilot.registry.parseArgs(name, args);
  if (!parsed.ok) throw new Error(parsed.error);
  const context: ActionContext = {
    signal: new AbortController().signal,
    artifactsDir: join(jobpilot.config.dataDir, 'artifacts'),
    references,
    progress: (text) => progress.push(text),
    threadId: 'career-thread',
    runId: null,
  };
  const result = (await action.run(parsed.args, context)) as ActionResult;
  // Every summary a person reads keeps its paths, URLs and ids copyable.
  expect(punctuatedReferences(result.summary), result.summary).toEqual([]);
  return result;
}

async function importSampleResume(jobpilot: Jobpilot) {
  const directory = await mkdtemp(join(tmpdir(), 'jobpilot-resume-'));
  const path = join(directory, 'jane-doe.pdf');
  await writeFile(path, await buildResumePdf(sampleResumeLines));
  return run(jobpilot, 'import_resume', { path, label: 'backend' });
}

describe('career actions on a real database, without a model', () => {
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    jobpilot = await createJobpilot({ config: await testConfig() });
    await jobpilot.career.jobs.upsert([posting]);
  });
  afterAll(async () => {
    await jobpilot?.close();
  });

  it('imports a PDF resume, matches it, writes a grounded letter, exports it, and prepares the interview', async () => {
    const imported = await importSampleResume(jobpilot);
    expect(imported.ok).toBe(true);
    expect(imported.summary).toMatch(/Acme Corp/);
    expect(imported.summary).toMatch(/C\+\+/);

    const references = { last_job_ids: posting.id };
    const match = await run(jobpilot, 'analyze_match', { job: 'the first one' }, references);
    expect(match.ok).toBe(true);
    expect(match.summary).toMatch(/Match with "Senior Backend Engineer" at Hooli/);
    expect(match.summary).toMatch(/Missing: .*Go/);
    expect(match.data?.score).toEqual(expect.any(Number));

    const letter = await run(jobpilot, 'write_cover_letter', { job: 'it', tone: 'confident' }, { ...references, last_job_id: posting.id });
    expect(letter.ok).toBe(true);
    const documentId = String(letter.data?.document_id);
    const stored = await jobpilot.career.documents.get(documentId);
    expect(stored?.content).toMatch(/Hooli/);
    expect(stored?.content).toMatch(/Senior Backend Engineer/);
    expect(stored?.content).toMatch(/Acme Corp/);

    const exported = await run(jobpilot, 'export_document', { format: 'pdf' }, { last_document_id: documentId });
    expect(exported.ok).toBe(true);
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(String(exported.data?.path))));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toMatch(/Hooli/);
    expect(text).toMatch(/Jane Doe/);

    const docx = await run(jobpilot, 'export_document', { format: 'docx', document: documentId });
    const { value } = await mammoth.extractRawText({ path: String(docx.data?.path) });
    expect(value).toMatch(/Acme Corp/);

    const prep = await run(jobpilot, 'create_interview_prep', { job: posting.id });
    expect(prep.ok).toBe(true);
    expect(prep.summary).toMatch(/Go/);
    const listed = await run(jobpilot, 'list_documents', {});
    expect(listed.data?.count).toBe(2);

    const edits = await run(jobpilot, 'optimize_resume', { job: posting.id });
    expect(edits.ok).toBe(true);
    expect(edits.summary).toMatch(/^Edits for "Senior Backend Engineer" at Hooli/);
    expect((await jobpilot.career.resumes.list()).length).toBe(1); // no model: nothing tailored, nothing replaced
  });

  it('finds a job by its company in the index when the conversation never listed it', async () => {
    const shown = await run(jobpilot, 'show_job', { job: 'the Hooli job' });
    expect(shown.ok).toBe(true);
    expect(shown.summary).toMatch(/^Senior Backend Engineer — Hooli/);
    const missing = await run(jobpilot, 'show_job', { job: 'Initrode' });
    expect(missing.ok).toBe(false);
    expect(missing.summary).toMatch(/No job in the last results, the saved jobs or the index matches "Initrode"/);
  });

  it('scores search results against the active resume and sorts by fit', async () => {
    const found = await jobpilot.career.searchJobs({ text: 'backend', limit: 5, sort: 'fit' });
    expect(found.jobs[0]?.fit?.score).toEqual(expect.any(Number));
  });

  it('turns a bad resume path into a clear observation and stores nothing', async () => {
    const before = (await jobpilot.career.resumes.list()).length;
    const missing = await run(jobpilot, 'import_resume', { path: '/nonexistent/cv.pdf' });
    expect(missing.ok).toBe(false);
    expect(missing.summary).toMatch(/cv\.pdf/);
    expect((await jobpilot.career.resumes.list()).length).toBe(before);
  });
});

describe('the letter writer with an OpenAI-compatible model that makes things up', () => {
  let stub: OpenAIStub;
  let jobpilot: Jobpilot;
  beforeAll(async () => {
    stub = await startOpenAIStub();
    jobpilot = await createJobpilot({
      config: await testConfig({ JOBPILOT_PLANNER: 'openai', OPENAI_BASE_URL: `${stub.url}/v1`, OPENAI_MODEL: 'llama3.1' }),
    });
    await jobpilot.career.jobs.upsert([posting]);
    await importSampleResume(jobpilot);
  });
  afterAll(async () => {
    await jobpilot?.close();
    await stub?.close();
  });

  it('streams the letter as progress, and neither the invented employer nor the invented number is stored', async () => {
    const letter = [
      '# Cover letter — Senior Backend Engineer at Hooli\n\n',
      'Dear Hooli team,\n\n',
      'As a Senior Engineer at Acme Corp I built trading services in C++ and C# and the Node.js gateway. ',
      'Before that, at Globex Corporation I grew revenue 300% in one year. ',
      'I would bring the same care to your backend.\n\n',
      'Best regards,\nJane Doe\n',
    ];
    stub.reply({ deltas: letter.flatMap((part) => part.match(/[\s\S]{1,12}/g) ?? []) });
    const progress: string[] = [];
    const result = await run(jobpilot, 'write_cover_letter', { job: posting.id }, {}, progress);
    expect(result.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.join('')).toContain('Globex Corporation'); // what the model wrote, as it wrote it…
    const stored = await jobpilot.career.documents.get(String(result.data?.document_id));
    expect(stored?.content).toContain('Acme Corp'); // …what is true survives…
    expect(stored?.content).not.toMatch(/Globex/); // …and what is not, does not.
    expect(stored?.content).not.toMatch(/300/);
    expect(stored?.changes.map((change) => change.claim).join(' ')).toMatch(/Globex|300/);
    expect(result.summary).toMatch(/grounding check/);
    const request = stub.requests.at(-1)?.body;
    expect(request.messages[1].content).toMatch(/RESUME \(JSON Resume\)/);
    expect(request.max_tokens).toBeGreaterThan(0);
  });
});
