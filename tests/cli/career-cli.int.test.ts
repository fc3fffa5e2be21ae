import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/db/repositories/documents.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { expectInOrder, readDocxText, readPdf } from '../documents/document-text.ts';
import { badResumeFiles } from '../helpers/bad-resume-files.ts';
import { type CliResult, runCli as runRealCli } from '../helpers/run-cli.ts';
import { testConfig } from '../helpers/test-database.ts';
import { buildResumeDocx, buildResumePdf, sampleResumeLines } from '../resume/build-resume-documents.ts';

let server: RunningServer;
let env: NodeJS.ProcessEnv;
let work: string;
const directories: string[] = [];

/** Runs `jobpilot …` as a real process in `work` (or `cwd`), with no terminal. */
const runCli = (args: string[], cwd = work): Promise<CliResult> => runRealCli(args, { env, cwd });

const http = async (path: string, init?: RequestInit): Promise<any> => (await fetch(`${server.url}${path}`, init)).json();
const resumeIds = async (): Promise<string[]> => (await http('/v1/resumes')).resumes.map((resume: { id: string }) => resume.id);

const jobId = 'c0ffee123456';

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
  work = await mkdtemp(join(tmpdir(), 'jobpilot-career-cli-'));
  const configDir = await mkdtemp(join(tmpdir(), 'jobpilot-career-cli-config-'));
  directories.push(work, configDir);
  const { JOBPILOT_TOKEN: _token, ...inherited } = process.env;
  env = { ...inherited, NO_COLOR: '1', JOBPILOT_URL: server.url, JOBPILOT_CONFIG_DIR: configDir };
  await writeFile(join(work, 'jane.pdf'), await buildResumePdf(sampleResumeLines));
  await writeFile(join(work, 'jane.docx'), await buildResumeDocx(sampleResumeLines));
  await server.jobpilot.career.jobs.upsert([
    {
      id: jobId,
      title: 'Senior C++ Engineer',
      company: 'Globex',
      location: 'Austin, TX',
      remote: false,
      salary: null,
      employment_type: 'full_time',
      posted_at: null,
      url: 'https://jobs.example.com/globex',
      sources: [{ name: 'lever', url: 'https://jobs.lever.co/globex/1' }],
      tags: [],
      description:
        'You will build low-latency trading services and the market data gateway for our exchange. ' +
        'Our trading gateway keeps a tight latency budget across the exchange.\n\n' +
        'Requirements:\n- 5+ years of experience with C++ and C#\n- Node.js\n- Rust\n\nNice to have:\n- Terraform',
    },
  ]);
});
afterAll(async () => {
  await server?.close();
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe('jobpilot resume against a real server', () => {
  let pdfId: string;

  it('resume import reads a PDF from a relative path and prints what it parsed', async () => {
    const result = await runCli(['resume', 'import', 'jane.pdf', '--label', 'backend']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const id = /\[(res_[0-9a-f]{10})\]/.exec(result.stdout)?.[1];
    expect(id).toBeDefined();
    pdfId = id as string;
    expect(result.stdout).toContain(`Imported jane.pdf as "backend" [${pdfId}], now the active resume.`);
    expect(result.stdout).toContain('- Senior Engineer — Acme Corp (2019-01 – present)');
    expect(result.stdout).toContain('- Software Engineer — Initech (2016-03 – 2018-12)');
    expect(result.stdout).toMatch(/Skills \(6\): C\+\+, C#, Node\.js, Java, PostgreSQL, Kubernetes/);
  });

  it('resume import --json prints the same shape as POST /v1/resumes', async () => {
    const result = await runCli(['resume', 'import', join(work, 'jane.docx'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    const imported = JSON.parse(result.stdout);
    expect(imported).toMatchObject({ label: 'jane', format: 'docx', filename: 'jane.docx', active: true });
    expect(imported.resume.work.map((job: { name: string }) => job.name)).toEqual(['Acme Corp', 'Initech']);
    const { raw_text: _raw, ...stored } = await http(`/v1/resumes/${imported.id}`);
    const { replaced_active: replaced, kept_corrections: kept, ...resume } = imported;
    expect(resume).toEqual(stored);
    expect(kept).toEqual([]);
    expect(replaced).toEqual({ id: pdfId, label: 'backend' });
  });

  it('resume list --json and show --json equal the HTTP answers; the table stars the active one', async () => {
    const list = await runCli(['resume', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const fromHttp = await http('/v1/resumes');
    expect(JSON.parse(list.stdout)).toEqual(fromHttp);
    expect(fromHttp.resumes).toHaveLength(2);

    const table = await runCli(['resume', 'list']);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ACTIVE\s+LABEL\s+FORMAT\s+CREATED\s+NAME\s+FILE$/);
    expect(lines[1]).toMatch(/^res_[0-9a-f]{10}\s+\*\s+jane\s+docx\s+.*Jane Doe\s+jane\.docx$/);
    expect(lines[2]).toMatch(new RegExp(`^${pdfId}\\s+backend\\s+pdf\\s+.*Jane Doe\\s+jane\\.pdf$`));

    const active = fromHttp.resumes[0].id;
    const show = await runCli(['resume', 'show', '--json']);
    expect(JSON.parse(show.stdout)).toEqual(await http(`/v1/resumes/${active}`));
    const showPdf = await runCli(['resume', 'show', pdfId]);
    expect(showPdf.code, showPdf.stderr).toBe(0);
    expect(showPdf.stdout).toMatch(new RegExp(`^${pdfId} "backend" \\(pdf, jane\\.pdf, [^)]+\\)\\n`));
    expect(showPdf.stdout).toContain('Jane Doe · jane.doe@example.com · +1 (555) 123-4567 · Austin, TX, US');
  });

  it('resume set on a version that is not the active one says so and how to use it; resume use makes it active', async () => {
    const docxId = (await http('/v1/resumes')).resumes[0].id as string;
    const set = await runCli(['resume', 'set', pdfId, 'basics.label', 'Backend engineer']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain(`Note: this is not your active resume; matches and letters use "jane" [${docxId}]. \`jobpilot resume use ${pdfId}\` to use this one.`);

    const use = await runCli(['resume', 'use', pdfId]);
    expect(use.code, use.stderr).toBe(0);
    expect(use.stdout).toBe(`"backend" [${pdfId}] is now the active resume: matches, letters and prep packs use it.\n`);
    expect((await http('/v1/resumes')).resumes.filter((resume: { active: boolean }) => resume.active).map((resume: { id: string }) => resume.id)).toEqual([pdfId]);
    const again = await runCli(['resume', 'set', pdfId, 'basics.label', 'Backend engineer (Go)']);
    expect(again.stdout).not.toContain('not your active resume');

    // Back to the newest, as the tests below expect; an unknown id is one line with its code.
    expect((await runCli(['resume', 'use', docxId, '--json'])).stdout).toContain(`"id":"${docxId}"`);
    const unknown = await runCli(['resume', 'use', 'res_0000000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/RESUME_NOT_FOUND/);
  });

  it('resume match prints the score, the bars, matched and missing skills and advice; --json equals POST /v1/match', async () => {
    const human = await runCli(['resume', 'match', jobId, '--resume', pdfId]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^Match with "Senior C\\+\\+ Engineer" at Globex \\[${jobId}\\]: \\d{1,3}/100\\n`));
    expect(human.stdout).toMatch(/^ {2}skills {5}[█░]{10} +\d+ {2}3\/4 required$/m);
    expect(human.stdout).toMatch(/^ {2}experience [█░]{10} +\d+ {2}[\d.]+ years shown, 5\+ asked$/m);
    expect(human.stdout).toMatch(/^ {2}seniority {2}[█░]{10} +\d+ {2}you read as \w+, the role is senior$/m);
    expect(human.stdout, human.stdout).toMatch(/^ {2}keywords {3}[█░]{10} +\d+ {2}\d+ of \d+ found$/m);
    expect(human.stdout).toContain('Matched: C++, C#, Node.js\n');
    expect(human.stdout).toContain('Missing: Rust, Terraform\n');
    expect(human.stdout).toMatch(/Advice:\n- .*Rust/);

    const json = await runCli(['resume', 'match', jobId, '--resume', pdfId, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const fromHttp = await http('/v1/match', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ job_id: jobId, resume_id: pdfId }),
    });
    expect(JSON.parse(json.stdout)).toEqual(fromHttp);
    expect(fromHttp.missing).toEqual(['Rust', 'Terraform']);
  });

  it('resume match on an unknown job is one line with the code, exit 1', async () => {
    const result = await runCli(['resume', 'match', '000000000000']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^jobpilot: No job "000000000000" in the index\. .*\(JOB_NOT_FOUND\)\n$/);
  });

  it('resume delete removes one version and names the active one now; an unknown id is one line with its code', async () => {
    const imported = JSON.parse((await runCli(['resume', 'import', 'jane.pdf', '--label', 'tried twice', '--json'])).stdout) as { id: string };
    const before = (await http('/v1/resumes')).resumes as { id: string; label: string; active: boolean }[];
    const next = before.find((resume) => resume.id !== imported.id) as { id: string; label: string };
    const deleted = await runCli(['resume', 'delete', imported.id]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toBe(`Deleted "tried twice" [${imported.id}]; letters and prep packs written from it stay. "${next.label}" [${next.id}] is the active resume now.\n`);
    expect(((await http('/v1/resumes')).resumes as { id: string }[]).map((resume) => resume.id)).toEqual(before.filter((resume) => resume.id !== imported.id).map((resume) => resume.id));
    const unknown = await runCli(['resume', 'delete', imported.id]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/RESUME_NOT_FOUND/);
  });
});

describe.concurrent('jobpilot resume import refuses bad files in one line and stores nothing', () => {
  for (const bad of badResumeFiles) {
    it(bad.name, async () => {
      const before = await resumeIds();
      const folder = await mkdtemp(join(work, 'bad-'));
      await writeFile(join(folder, bad.filename), await bad.bytes());
      const result = await runCli(['resume', 'import', bad.filename], folder);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(2); // one line and its newline
      expect(result.stderr).toMatch(bad.message);
      // Over 10 MB is caught by the CLI before sending; the rest are the server's refusals.
      if (bad.code === 'RESUME_TOO_LARGE') expect(result.stderr).not.toContain('(RESUME_TOO_LARGE)');
      else expect(result.stderr).toMatch(new RegExp(`^jobpilot: .*\\(${bad.code}\\)\\n$`));
      expect(await resumeIds()).toEqual(before);
    });
  }

  it('a missing path', async () => {
    const before = await resumeIds();
    const result = await runCli(['resume', 'import', 'no-such-cv.pdf']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('jobpilot: No file at "no-such-cv.pdf". Check the path and try again.\n');
    expect(await resumeIds()).toEqual(before);
  });

  it('a directory', async () => {
    const before = await resumeIds();
    await mkdir(join(work, 'cv-folder'), { recursive: true });
    const result = await runCli(['resume', 'import', 'cv-folder']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('jobpilot: "cv-folder" is a directory; name the resume file inside it.\n');
    expect(await resumeIds()).toEqual(before);
  });
});

describe('jobpilot docs against a real server', () => {
  let letter: DocumentRecord;
  const content = '# Cover letter\n\nDear Hiring Manager,\n\nAt Acme Corp I built trading services in C++ and C#.\n\n- Led the move to Kubernetes\n\nKind regards,\nJane Doe\n';

  beforeAll(async () => {
    const { career } = server.jobpilot;
    const resume = (await career.resumes.list())[0];
    letter = await career.documents.add({
      kind: 'cover_letter',
      title: 'Cover letter — Senior C++ Engineer at Globex',
      content,
      jobId,
      resumeId: resume?.id ?? null,
      changes: [{ kind: 'employer', claim: 'Initrode', action: 'removed', reason: 'not in the resume or the posting' }],
    });
    await career.documents.add({ kind: 'interview_prep', title: 'Interview prep — Globex', content: '# Prep\n', jobId, resumeId: null, changes: [] });
  });

  it('docs list --json equals GET /v1/documents; --kind filters the table', async () => {
    const json = await runCli(['docs', 'list', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(await http('/v1/documents'));

    const letters = await runCli(['docs', 'list', '--kind', 'cover_letter']);
    const lines = letters.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^${letter.id}\\s+cover letter\\s+.*Cover letter — Senior C\\+\\+ Engineer at Globex$`));
  });

  it('docs show prints the Markdown and the grounding changes; --json equals GET /v1/documents/{id}', async () => {
    const show = await runCli(['docs', 'show', letter.id]);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('At Acme Corp I built trading services in C++ and C#.');
    expect(show.stdout).toContain('- "Initrode" (employer) removed: not in the resume or the posting');
    const json = await runCli(['docs', 'show', letter.id, '--json']);
    expect(JSON.parse(json.stdout)).toEqual(await http(`/v1/documents/${letter.id}`));
  });

  it('docs export writes a PDF named by the server into the current directory, and the text is there', async () => {
    const folder = await mkdtemp(join(work, 'export-'));
    const result = await runCli(['docs', 'export', letter.id, '--format', 'pdf'], folder);
    expect(result.code, result.stderr).toBe(0);
    const path = result.stdout.trim();
    expect(path).toMatch(new RegExp(`^${folder}/cover-letter-globex-senior-c-engineer-\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+\\.pdf$`));
    const pdf = await readPdf(await readFile(path));
    expectInOrder(pdf.text, ['Jane Doe', 'Dear Hiring Manager,', 'At Acme Corp I built trading services in C++ and C#.', 'Led the move to Kubernetes', 'Kind regards,']);
  });

  it('docs export --format docx --out writes there; md is the stored Markdown', async () => {
    await mkdir(join(work, 'letters'), { recursive: true });
    const docx = await runCli(['docs', 'export', letter.id, '--format', 'docx', '--out', 'letters/globex.docx']);
    expect(docx.code, docx.stderr).toBe(0);
    expect(docx.stdout).toBe(`${join(work, 'letters', 'globex.docx')}\n`);
    expectInOrder(await readDocxText(await readFile(join(work, 'letters', 'globex.docx'))), [
      'Dear Hiring Manager,',
      'At Acme Corp I built trading services in C++ and C#.',
      'Led the move to Kubernetes',
    ]);

    const md = await runCli(['docs', 'export', letter.id, '--format', 'md', '--out', join(work, 'letters')]);
    expect(md.code, md.stderr).toBe(0);
    expect(await readFile(md.stdout.trim(), 'utf8')).toBe(content);
  });

  it('an unknown format is a usage error (exit 2); an unknown document is one line (exit 1)', async () => {
    const format = await runCli(['docs', 'export', letter.id, '--format', 'odt']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/^jobpilot: invalid format "odt": Unknown format "odt"; use one of pdf, docx, md\./);
    const missing = await runCli(['docs', 'export', 'doc_ffffffffff', '--format', 'pdf']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('jobpilot: No document "doc_ffffffffff". List yours with `jobpilot docs list`. (DOCUMENT_NOT_FOUND)\n');
  });
});
