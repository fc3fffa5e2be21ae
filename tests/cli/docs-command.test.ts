import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-error.ts';
import { type DocsOptions, docsCommand, downloadFileName } from '../../src/cli/commands/docs.ts';
import { describeError } from '../../src/cli/describe-error.ts';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';
import type { DocumentDetail, DocumentSummary } from '../../src/protocol/api.ts';
import { errorResponse, jsonResponse, scriptedFetch, textSink } from './fake-fetch.ts';
import { testContext } from './test-context.ts';

const letter: DocumentSummary = {
  id: 'doc_0123456789',
  kind: 'cover_letter',
  title: 'Cover letter — Senior Engineer at Globex',
  job_id: 'a1b2c3d4e5f6',
  resume_id: 'res_0123456789',
  created_at: '2026-11-20T10:00:00.000Z',
  tone: 'confident',
};
const prep: DocumentSummary = {
  id: 'doc_abcdefabcd',
  kind: 'interview_prep',
  title: 'Interview prep — Platform Engineer at Hooli',
  job_id: null,
  resume_id: null,
  created_at: '2026-11-21T10:00:00.000Z',
};
const letterDetail: DocumentDetail = {
  ...letter,
  content: '# Cover letter\n\nDear Hiring Manager,\u001b]0;pwned\u0007\n\nAt Acme Corp I built C++ services.\n',
  changes: [
    { kind: 'employer', claim: 'Initrode', action: 'removed', reason: 'not in the resume or the posting' },
    { kind: 'number', claim: '300%', action: 'replaced', replacement: 'a large share', reason: 'no such number in the resume' },
  ],
};

const fileResponse = (bytes: Uint8Array, type: string, disposition: string | null) =>
  new Response(bytes, { headers: { 'content-type': type, ...(disposition ? { 'content-disposition': disposition } : {}) } });

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'jobpilot-docs-cli-'));
});

async function run(options: DocsOptions, ...answers: Array<() => Response>) {
  const { fetch, requests } = scriptedFetch(...answers);
  const stdout = textSink();
  const { context } = await testContext({ fetch, stdout });
  const code = await docsCommand(context, options, directory);
  return { code, stdout: stdout.text, requests };
}

describe('parsing docs commands', () => {
  it.each([
    [['docs', 'list'], { action: 'list', kind: undefined, json: false }],
    [['docs', 'ls', '--kind', 'cover_letter', '--json'], { action: 'list', kind: 'cover_letter', json: true }],
    [['docs', 'show', 'doc_0123456789'], { action: 'show', documentId: 'doc_0123456789', json: false }],
    [['docs', 'export', 'doc_0123456789', '--format', 'PDF'], { action: 'export', documentId: 'doc_0123456789', format: 'pdf', out: undefined }],
    [
      ['docs', 'export', 'doc_0123456789', '--format', 'docx', '--out', 'letters/acme.docx'],
      { action: 'export', documentId: 'doc_0123456789', format: 'docx', out: 'letters/acme.docx' },
    ],
    [['docs', 'export', 'doc_0123456789', '--format=md', '-o', 'x.md'], { action: 'export', documentId: 'doc_0123456789', format: 'md', out: 'x.md' }],
  ])('%j', (argv, options) => {
    expect(parseCommandLine(argv)).toEqual({ command: 'docs', options });
  });

  it.each([
    [['docs'], /docs needs a subcommand: list, show ID, export ID --format pdf\|docx\|md/],
    [['docs', 'print'], /unknown docs subcommand "print"/],
    [['docs', 'list', '--kind', 'poem'], /invalid kind "poem": Unknown kind "poem"; use one of cover_letter, interview_prep, resume/],
    [['docs', 'show'], /docs show needs one document id/],
    [['docs', 'show', '../etc/passwd'], /invalid document id "..\/etc\/passwd"/],
    [['docs', 'export', 'doc_0123456789'], /docs export needs --format pdf, docx or md/],
    [['docs', 'export', 'doc_0123456789', '--format', 'odt'], /invalid format "odt": Unknown format "odt"; use one of pdf, docx, md/],
    [['docs', 'export', '--format', 'pdf'], /docs export needs one document id/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe('downloadFileName', () => {
  it.each([
    ['attachment; filename="cover-letter-globex-2026-11-20-012345.pdf"', 'cover-letter-globex-2026-11-20-012345.pdf'],
    ['attachment; filename=letter.docx', 'letter.docx'],
    ['attachment; filename="../../.bashrc"', 'bashrc'],
    ['attachment; filename="C:\\Windows\\evil.exe"', 'evil.exe'],
    ['attachment; filename="a b\u001b[31m;c.md"', 'a-b-31m-c.md'],
    ['attachment; filename=""', 'doc_1.pdf'],
    ['inline', 'doc_1.pdf'],
    [null, 'doc_1.pdf'],
  ])('%j → %s', (disposition, expected) => {
    expect(downloadFileName(disposition, 'doc_1.pdf')).toBe(expected);
  });
});

describe('docs list and show', () => {
  it('lists documents as a table; --kind is sent as the query', async () => {
    const result = await run({ action: 'list', kind: 'cover_letter', json: false }, () => jsonResponse({ documents: [letter] }));
    expect(result.requests.map((request) => request.url)).toEqual(['http://jobpilot.test/v1/documents?kind=cover_letter']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+KIND\s+TONE\s+CREATED\s+TITLE$/);
    expect(lines[1]).toMatch(/^doc_0123456789\s+cover letter\s+confident\s+\S+ \S+\s+Cover letter — Senior Engineer at Globex$/);
  });

  it("shows when each was written in the zone the server names (JOBPILOT_TIME_ZONE), not the machine's", async () => {
    const evening = { ...prep, created_at: '2026-11-21T02:30:00.000Z' };
    const result = await run({ action: 'list', json: false }, () => jsonResponse({ documents: [evening, letter], time_zone: 'America/Toronto' }));
    const lines = result.stdout.trimEnd().split('\n');
    // 02:30 UTC on the 21st is the evening before in Toronto; 10:00 UTC is 05:00 there.
    expect(lines[1]).toMatch(/^doc_abcdefabcd\s+interview prep\s+—\s+2026-11-20 21:30\s+Interview prep/);
    expect(lines[2]).toMatch(/^doc_0123456789\s+cover letter\s+confident\s+2026-11-20 05:00\s+Cover letter/);
  });

  it('says how to get one when there are none; --json is the server JSON', async () => {
    expect((await run({ action: 'list', json: false }, () => jsonResponse({ documents: [] }))).stdout).toMatch(/^No documents yet\./);
    const json = await run({ action: 'list', json: true }, () => jsonResponse({ documents: [prep, letter] }));
    expect(json.requests[0]?.url).toBe('http://jobpilot.test/v1/documents');
    expect(JSON.parse(json.stdout)).toEqual({ documents: [prep, letter] });
  });

  it('shows the title, what it was written for, the Markdown and the grounding changes, without control characters', async () => {
    const result = await run({ action: 'show', documentId: letter.id, json: false }, () => jsonResponse(letterDetail));
    expect(result.requests[0]?.url).toBe('http://jobpilot.test/v1/documents/doc_0123456789');
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u0007');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Cover letter — Senior Engineer at Globex');
    expect(lines[1]).toMatch(/^doc_0123456789 · cover letter · confident tone · job a1b2c3d4e5f6 · resume res_0123456789 · \S+ \S+$/);
    expect(result.stdout).toContain('Dear Hiring Manager,]0;pwned\n\nAt Acme Corp I built C++ services.\n');
    expect(result.stdout).toContain('The grounding check changed:\n- "Initrode" (employer) removed: not in the resume or the posting\n');
    expect(result.stdout).toContain('- "300%" (number) replaced with "a large share": no such number in the resume\n');
  });

  it('show --json prints GET /v1/documents/{id} as it is; a missing one is one line with its code', async () => {
    const json = await run({ action: 'show', documentId: letter.id, json: true }, () => jsonResponse(letterDetail));
    expect(JSON.parse(json.stdout)).toEqual(letterDetail);

    const { fetch } = scriptedFetch(() => errorResponse(404, 'DOCUMENT_NOT_FOUND', 'No document "doc_ffffffffff". List yours with GET /v1/documents.'));
    const { context } = await testContext({ fetch });
    const error = await docsCommand(context, { action: 'show', documentId: 'doc_ffffffffff', json: false }, directory).catch((caught: unknown) => caught);
    expect(describeError(error)).toBe('jobpilot: No document "doc_ffffffffff". List yours with `jobpilot docs list`. (DOCUMENT_NOT_FOUND)');
  });
});

describe('docs export', () => {
  const pdfBytes = new TextEncoder().encode('%PDF-1.7 the letter');
  const pdfAnswer = () => fileResponse(pdfBytes, 'application/pdf', 'attachment; filename="cover-letter-globex-2026-11-20-012345.pdf"');

  it('writes the file under its server name in the current directory and prints the path', async () => {
    const result = await run({ action: 'export', documentId: letter.id, format: 'pdf' }, pdfAnswer);
    expect(result.requests[0]).toMatchObject({
      method: 'GET',
      url: 'http://jobpilot.test/v1/documents/doc_0123456789/export?format=pdf',
    });
    const path = join(directory, 'cover-letter-globex-2026-11-20-012345.pdf');
    expect(result.stdout).toBe(`${path}\n`);
    expect(new Uint8Array(await readFile(path))).toEqual(pdfBytes);
  });

  it('--out names the file, relative to the current directory', async () => {
    await mkdir(join(directory, 'letters'));
    const result = await run({ action: 'export', documentId: letter.id, format: 'pdf', out: 'letters/globex.pdf' }, pdfAnswer);
    expect(result.stdout).toBe(`${join(directory, 'letters', 'globex.pdf')}\n`);
    expect(new Uint8Array(await readFile(join(directory, 'letters', 'globex.pdf')))).toEqual(pdfBytes);
  });

  it('never replaces a file that is already there', async () => {
    const mine = join(directory, 'resume.md');
    await writeFile(mine, '# My resume\n');
    await expect(run({ action: 'export', documentId: letter.id, format: 'pdf', out: mine }, pdfAnswer)).rejects.toThrow(
      /resume\.md already exists; choose another --out/,
    );
    expect(await readFile(mine, 'utf8')).toBe('# My resume\n');
  });

  it('--out naming an existing folder puts the server name inside it', async () => {
    const folder = join(directory, 'exports');
    await mkdir(folder);
    const result = await run({ action: 'export', documentId: letter.id, format: 'pdf', out: folder }, pdfAnswer);
    expect(result.stdout).toBe(`${join(folder, 'cover-letter-globex-2026-11-20-012345.pdf')}\n`);
  });

  it('never writes outside the folder, whatever the server names the file', async () => {
    const evil = () => fileResponse(pdfBytes, 'application/pdf', 'attachment; filename="../../escape.pdf"');
    const result = await run({ action: 'export', documentId: letter.id, format: 'pdf' }, evil);
    expect(result.stdout).toBe(`${join(directory, 'escape.pdf')}\n`);
    const unnamed = await run({ action: 'export', documentId: letter.id, format: 'md' }, () => fileResponse(new TextEncoder().encode('# x'), 'text/markdown', null));
    expect(unnamed.stdout).toBe(`${join(directory, 'doc_0123456789.md')}\n`);
  });

  it('a folder that does not exist is one line, and a server refusal keeps its code', async () => {
    const { fetch } = scriptedFetch(pdfAnswer);
    const { context } = await testContext({ fetch });
    const missing = await docsCommand(context, { action: 'export', documentId: letter.id, format: 'pdf', out: 'nowhere/x.pdf' }, directory).catch(
      (caught: unknown) => caught,
    );
    expect(describeError(missing)).toBe(`jobpilot: can't write ${join(directory, 'nowhere', 'x.pdf')}: no such folder`);

    const refused = scriptedFetch(() => errorResponse(400, 'BAD_REQUEST', 'Invalid query: format: Unknown format "odt"; use one of pdf, docx, md.'));
    const second = await testContext({ fetch: refused.fetch });
    const error = await docsCommand(second.context, { action: 'export', documentId: letter.id, format: 'pdf' }, directory).catch(
      (caught: unknown) => caught,
    );
    expect(describeError(error)).toMatch(/^jobpilot: Invalid query: .* \(BAD_REQUEST\)$/);
  });
});
