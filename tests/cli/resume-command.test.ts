import { mkdir, mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/cli/api-error.ts';
import { CliError, UsageError } from '../../src/cli/cli-error.ts';
import { type ResumeOptions, resumeCommand } from '../../src/cli/commands/resume.ts';
import { describeError } from '../../src/cli/describe-error.ts';
import { formatTime } from '../../src/cli/format-thread.ts';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';
import { type JobDetail, type MatchResponse, maxResumeFileBytes, type ResumeDetail, type ResumeResponse } from '../../src/protocol/api.ts';
import { maxResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { errorResponse, jsonResponse, textSink } from './fake-fetch.ts';
import { testContext } from './test-context.ts';

const jane: ResumeResponse = {
  id: 'res_0123456789',
  label: 'backend',
  filename: 'jane.pdf',
  format: 'pdf',
  created_at: '2026-11-20T10:00:00.000Z',
  active: true,
  parent_id: null,
  job_id: null,
  corrected_at: null,
  resume: {
    basics: { name: 'Jane Doe', email: 'jane.doe@example.com', location: { city: 'Austin', region: 'TX' } },
    work: [
      { name: 'Acme Corp', position: 'Senior Engineer', startDate: '2019-01' },
      { name: 'Initech', position: 'Software Engineer', startDate: '2016-03', endDate: '2018-12' },
    ],
    skills: [{ name: 'C++' }, { name: 'C#' }, { name: 'Node.js' }],
  },
};
const older: ResumeResponse = { ...jane, id: 'res_abcdefabcd', label: 'old\u001b[31m one', active: false, filename: null, format: 'docx' };
const janeDetail: ResumeDetail = { ...jane, raw_text: 'Jane Doe\nAcme Corp', warnings: [] };

const match: MatchResponse = {
  score: 72,
  breakdown: {
    skills: { score: 75, weight: 0.5, required: { matched: ['C++', 'C#', 'Node.js'], missing: ['Rust'] }, nice_to_have: { matched: [], missing: ['Terraform'] } },
    experience: { score: 100, weight: 0.2, years_required: 5, years_shown: 9 },
    seniority: { score: 100, weight: 0.1, posting: 'senior', resume: 'senior' },
    keywords: { score: 40, weight: 0.2, found: ['trading', 'latency'], missing: ['rust', 'terraform', 'exchange'] },
  },
  matched: ['C++', 'C#', 'Node.js'],
  missing: ['Rust', 'Terraform'],
  advice: ['Rust is required: show it in a project or your skills if you have used it.'],
  job_id: 'a1b2c3d4e5f6',
  resume_id: 'res_0123456789',
};
const job: JobDetail = {
  id: 'a1b2c3d4e5f6',
  title: 'Senior C++ Engineer',
  company: 'Globex',
  location: null,
  remote: true,
  work_arrangement: { mode: 'remote', office_days: null, place: null, within: null, said: null },
  salary: null,
  employment_type: null,
  work_pattern: null,
  closes_on: null,
  posted_at: null,
  url: 'https://jobs.example.com/1',
  sources: [{ name: 'lever', url: 'https://jobs.example.com/1' }],
  tags: [],
  description: 'C++ and Rust.',
};

interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

/** A `fetch` answering from a script, recording each request with its body as sent (bytes stay bytes). */
function recordingFetch(...answers: Array<() => Response>) {
  const requests: SentRequest[] = [];
  const fetchImpl = async (input: string | URL | Request, init: RequestInit = {}) => {
    requests.push({
      method: init.method ?? 'GET',
      url: String(input),
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: init.body as SentRequest['body'],
    });
    const answer = answers.shift();
    if (!answer) throw new Error(`No scripted answer for ${init.method ?? 'GET'} ${String(input)}`);
    return answer();
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'jobpilot-resume-cli-'));
});

async function run(options: ResumeOptions, ...answers: Array<() => Response>) {
  const { fetch, requests } = recordingFetch(...answers);
  const stdout = textSink();
  const { context } = await testContext({ fetch, stdout });
  const code = await resumeCommand(context, options, directory);
  return { code, stdout: stdout.text, requests };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe('parsing resume commands', () => {
  it.each([
    [['resume', 'import', 'cv.pdf'], { action: 'import', file: 'cv.pdf', label: undefined, json: false }],
    [['resume', 'import', 'cv.pdf', '--label', ' backend ', '--json'], { action: 'import', file: 'cv.pdf', label: 'backend', json: true }],
    [['resume', 'list'], { action: 'list', json: false }],
    [['resume', 'ls', '--json'], { action: 'list', json: true }],
    [['resume', 'show'], { action: 'show', resumeId: undefined, json: false }],
    [['resume', 'show', 'res_0123456789', '--json'], { action: 'show', resumeId: 'res_0123456789', json: true }],
    [['resume', 'match', 'A1B2C3D4E5F6'], { action: 'match', jobId: 'a1b2c3d4e5f6', resumeId: undefined, json: false }],
    [
      ['resume', 'match', 'a1b2c3d4e5f6', '--resume', 'res_0123456789', '--json'],
      { action: 'match', jobId: 'a1b2c3d4e5f6', resumeId: 'res_0123456789', json: true },
    ],
  ])('%j', (argv, options) => {
    expect(parseCommandLine(argv)).toEqual({ command: 'resume', options });
  });

  it.each([
    [['resume'], /resume needs a subcommand: import FILE, list, show \[ID\], use ID, delete ID, set \[ID\] FIELD VALUE, match JOB_ID/],
    [['resume', 'upload'], /unknown resume subcommand "upload"/],
    [['resume', 'import'], /resume import needs one file/],
    [['resume', 'import', 'a.pdf', 'b.pdf'], /resume import needs one file/],
    [['resume', 'import', 'a.pdf', '--label', '  '], /--label is empty/],
    [['resume', 'show', 'nope'], /invalid resume id "nope": A resume id is "res_"/],
    [['resume', 'match'], /resume match needs one job id/],
    [['resume', 'match', 'the-second-one'], /invalid job id "the-second-one"/],
    [['resume', 'match', 'a1b2c3d4e5f6', '--resume', 'backend'], /invalid resume id "backend"/],
    [['resume', 'list', '--colour'], /Unknown option '--colour'/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe('resume import', () => {
  it("checks the server's own 10 MB limit", () => {
    expect(maxResumeFileBytes).toBe(maxResumeBytes);
  });

  it('uploads the file as it is, named and typed from its extension, and prints the summary', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0, 255]);
    await writeFile(join(directory, 'jane.pdf'), bytes);
    const result = await run({ action: 'import', file: 'jane.pdf', label: 'backend', json: false }, () => jsonResponse(jane, 201));
    expect(result.code).toBe(0);
    expect(result.requests).toHaveLength(1);
    const [request] = result.requests;
    expect(request).toMatchObject({ method: 'POST', url: 'http://jobpilot.test/v1/resumes?filename=jane.pdf&label=backend' });
    expect(request?.headers['content-type']).toBe('application/pdf');
    expect(request?.body).toEqual(bytes);
    expect(result.stdout).toBe(
      [
        'Imported jane.pdf as "backend" [res_0123456789], now the active resume.',
        `res_0123456789 "backend" (pdf, jane.pdf, ${formatTime(jane.created_at)}) active`,
        'Jane Doe · jane.doe@example.com · Austin, TX',
        'Experience:',
        '- Senior Engineer — Acme Corp (2019-01 – present)',
        '- Software Engineer — Initech (2016-03 – 2018-12)',
        'Education: none found',
        'Skills (3): C++, C#, Node.js',
        'Is this right? If anything is misread, tell me, e.g. "my title at Acme Corp was …" or "the company of my first job is …" (or run `jobpilot resume set res_0123456789 work.0.position "…"`, or PATCH /v1/resumes/res_0123456789)',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['cv.MD', 'text/markdown; charset=utf-8'],
    ['cv.txt', 'text/plain; charset=utf-8'],
    ['cv.json', 'application/json'],
    ['cv.odt', 'application/octet-stream'],
  ])('sends %s as %s (the server decides what it can read)', async (name, type) => {
    await writeFile(join(directory, name), 'Jane Doe\n');
    const result = await run({ action: 'import', file: join(directory, name), json: true }, () => jsonResponse(jane, 201));
    expect(result.requests[0]?.headers['content-type']).toBe(type);
    expect(result.requests[0]?.url).toBe(`http://jobpilot.test/v1/resumes?filename=${encodeURIComponent(name)}`);
  });

  it('--json prints the server JSON as it is', async () => {
    await writeFile(join(directory, 'jane.pdf'), '%PDF-1.7');
    const result = await run({ action: 'import', file: 'jane.pdf', json: true }, () => jsonResponse(jane, 201));
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(JSON.parse(result.stdout)).toEqual(jane);
  });

  it.each([
    ['a missing path', async () => 'missing.pdf', 'No file at "missing.pdf". Check the path and try again.'],
    ['a path through a file', async () => {
      await writeFile(join(directory, 'plain.txt'), 'x');
      return 'plain.txt/cv.pdf';
    }, 'No file at "plain.txt/cv.pdf". Check the path and try again.'],
    ['a directory', async () => {
      await mkdir(join(directory, 'folder'), { recursive: true });
      return 'folder';
    }, '"folder" is a directory; name the resume file inside it.'],
    ['a file over 10 MB', async () => {
      // Sparse: 11 MB by its size, nothing written; proves the check needs no reading.
      await writeFile(join(directory, 'huge.pdf'), '');
      await truncate(join(directory, 'huge.pdf'), 11 * 1024 * 1024);
      return 'huge.pdf';
    }, '"huge.pdf" is 11.0 MB; resumes must be at most 10 MB. Export it without embedded images or fonts.'],
  ])('%s is caught before any request, in one line', async (_name, makePath, message) => {
    const { fetch, requests } = recordingFetch();
    const { context } = await testContext({ fetch });
    const error = await failure(resumeCommand(context, { action: 'import', file: await makePath(), json: false }, directory));
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect(describeError(error)).toBe(`jobpilot: ${message}`);
    expect(requests).toEqual([]);
  });

  it("passes the server's refusal on as an ApiError, printed as one line with its code", async () => {
    await writeFile(join(directory, 'locked.pdf'), '%PDF-1.7 encrypted');
    const message = '"locked.pdf" is a password-protected PDF. Remove the password and export it again.';
    const { fetch } = recordingFetch(() => errorResponse(422, 'RESUME_ENCRYPTED', message));
    const { context, stdout } = await testContext({ fetch });
    const error = await failure(resumeCommand(context, { action: 'import', file: 'locked.pdf', json: false }, directory));
    expect(error).toBeInstanceOf(ApiError);
    expect(describeError(error)).toBe(`jobpilot: ${message} (RESUME_ENCRYPTED)`);
    expect(stdout.text).toBe('');
  });
});

describe('resume list and show', () => {
  it('lists versions as a table, the active one starred, control characters dropped', async () => {
    const result = await run({ action: 'list', json: false }, () => jsonResponse({ resumes: [jane, older] }));
    expect(result.requests.map((request) => request.url)).toEqual(['http://jobpilot.test/v1/resumes']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ACTIVE\s+LABEL\s+FORMAT\s+CREATED\s+NAME\s+FILE$/);
    expect(lines[1]).toMatch(/^res_0123456789\s+\*\s+backend\s+pdf\s+\S+ \S+\s+Jane Doe\s+jane\.pdf$/);
    expect(lines[2]).toMatch(/^res_abcdefabcd\s+old\[31m one\s+docx\s+/);
    expect(result.stdout).not.toContain('\u001b');
  });

  it("shows when each version was imported in the zone the server names, not the machine's", async () => {
    const result = await run({ action: 'list', json: false }, () => jsonResponse({ resumes: [jane], time_zone: 'Asia/Kolkata' }));
    // 10:00 UTC is 15:30 in India.
    expect(result.stdout.trimEnd().split('\n')[1]).toMatch(/^res_0123456789\s+\*\s+backend\s+pdf\s+2026-11-20 15:30\s+Jane Doe/);
  });

  it('says how to import when there are none; --json is the server JSON', async () => {
    expect((await run({ action: 'list', json: false }, () => jsonResponse({ resumes: [] }))).stdout).toBe(
      'No resumes yet. Import one with `jobpilot resume import FILE`.\n',
    );
    const json = await run({ action: 'list', json: true }, () => jsonResponse({ resumes: [jane, older] }));
    expect(JSON.parse(json.stdout)).toEqual({ resumes: [jane, older] });
  });

  it('show without an id finds the active resume, then reads it', async () => {
    const result = await run({ action: 'show', json: false }, () => jsonResponse({ resumes: [older, jane] }), () => jsonResponse(janeDetail));
    expect(result.requests.map((request) => request.url)).toEqual([
      'http://jobpilot.test/v1/resumes',
      'http://jobpilot.test/v1/resumes/res_0123456789',
    ]);
    expect(result.stdout).toContain('- Senior Engineer — Acme Corp (2019-01 – present)');
  });

  it('show ID --json prints GET /v1/resumes/{id} as it is', async () => {
    const result = await run({ action: 'show', resumeId: 'res_0123456789', json: true }, () => jsonResponse(janeDetail));
    expect(result.requests).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual(janeDetail);
  });

  it('show with no resume at all says to import one', async () => {
    const { fetch } = recordingFetch(() => jsonResponse({ resumes: [] }));
    const { context } = await testContext({ fetch });
    const error = await failure(resumeCommand(context, { action: 'show', json: false }, directory));
    expect(describeError(error)).toBe('jobpilot: No resume yet: import one with `jobpilot resume import FILE`.');
  });
});

describe('resume match', () => {
  it('prints the score, the breakdown as bars, matched and missing skills and the advice', async () => {
    const result = await run(
      { action: 'match', jobId: 'a1b2c3d4e5f6', resumeId: 'res_0123456789', json: false },
      () => jsonResponse(match),
      () => jsonResponse(job),
    );
    expect(result.requests[0]).toMatchObject({ method: 'POST', url: 'http://jobpilot.test/v1/match' });
    expect(JSON.parse(String(result.requests[0]?.body))).toEqual({ job_id: 'a1b2c3d4e5f6', resume_id: 'res_0123456789' });
    expect(result.stdout).toBe(
      [
        'Match with "Senior C++ Engineer" at Globex [a1b2c3d4e5f6]: 72/100',
        '  skills     ████████░░  75  3/4 required',
        '  experience ██████████ 100  9 years shown, 5+ asked',
        '  seniority  ██████████ 100  you read as senior, the role is senior',
        '  keywords   ████░░░░░░  40  2 of 5 found',
        'Matched: C++, C#, Node.js',
        'Missing: Rust, Terraform',
        'Advice:',
        '- Rust is required: show it in a project or your skills if you have used it.',
        '',
      ].join('\n'),
    );
  });

  it('--json prints the POST /v1/match answer as it is, with one request', async () => {
    const result = await run({ action: 'match', jobId: 'a1b2c3d4e5f6', json: true }, () => jsonResponse(match));
    expect(result.requests).toHaveLength(1);
    expect(JSON.parse(String(result.requests[0]?.body))).toEqual({ job_id: 'a1b2c3d4e5f6' });
    expect(JSON.parse(result.stdout)).toEqual(match);
  });

  it('a missing resume is the server’s NO_RESUME, explained in one line', async () => {
    const { fetch } = recordingFetch(() =>
      errorResponse(409, 'NO_RESUME', 'No resume yet: import one first with POST /v1/resumes (or `jobpilot resume import FILE`).'),
    );
    const { context } = await testContext({ fetch });
    const error = await failure(resumeCommand(context, { action: 'match', jobId: 'a1b2c3d4e5f6', json: false }, directory));
    expect(describeError(error)).toMatch(/^jobpilot: No resume yet: .* \(NO_RESUME\)$/);
  });
});

describe('resume set', () => {
  const corrected = (changes: unknown[]) => ({
    ...jane,
    corrected_at: '2026-11-21T09:00:00.000Z',
    resume: { ...jane.resume, work: [{ name: 'Acme Corp', position: 'Staff Engineer', startDate: '2019-01' }] },
    changes,
  });

  it('parses FIELD VALUE (and an id first) into the PATCH body, and refuses unknown fields with what can be set', () => {
    expect(parseCommandLine(['resume', 'set', 'work.0.position', 'Staff Engineer'])).toEqual({
      command: 'resume',
      options: { action: 'set', resumeId: undefined, field: 'work.0.position', correction: { work: { '0': { position: 'Staff Engineer' } } }, json: false },
    });
    expect(parseCommandLine(['resume', 'set', 'res_0123456789', 'basics.name', 'Ana Ortiz', '--json'])).toMatchObject({
      options: { resumeId: 'res_0123456789', correction: { basics: { name: 'Ana Ortiz' } }, json: true },
    });
    expect(parseCommandLine(['resume', 'set', 'work.1.endDate', 'present'])).toMatchObject({ options: { correction: { work: { '1': { endDate: '' } } } } });
    expect(parseCommandLine(['resume', 'set', 'skills', 'Go, Python (scripting)'])).toMatchObject({
      options: { correction: { skills: ['Go', 'Python (scripting)'] } },
    });
    expect(parseCommandLine(['resume', 'set', 'work.0.highlights', 'Moved 40 reports, on time | Mentor two analysts'])).toMatchObject({
      options: { correction: { work: { '0': { highlights: ['Moved 40 reports, on time', 'Mentor two analysts'] } } } },
    });
    expect(parseCommandLine(['resume', 'set', 'certificates', 'Microsoft Certified: Power BI, PL-300; Google Data Analytics'])).toMatchObject({
      options: { correction: { certificates: ['Microsoft Certified: Power BI, PL-300', 'Google Data Analytics'] } },
    });
    expect(parseCommandLine(['resume', 'set', 'languages', 'Polish, English'])).toMatchObject({ options: { correction: { languages: ['Polish', 'English'] } } });
    // A whole entry removed: a job the importer made up from a bullet.
    expect(parseCommandLine(['resume', 'set', 'work.2', 'null'])).toMatchObject({ options: { correction: { work: { '2': null } } } });
    expect(parseCommandLine(['resume', 'set', 'education.0', 'remove'])).toMatchObject({ options: { correction: { education: { '0': null } } } });
    expect(() => parseCommandLine(['resume', 'set', 'work.2', 'Acme'])).toThrow(/can't set work\.2/);
    expect(() => parseCommandLine(['resume', 'set', 'work.0.title', 'x'])).toThrow(/can't set work\.0\.title: work\.0: "title" cannot be corrected here; .*position/);
    expect(() => parseCommandLine(['resume', 'set', 'work.0.startDate', 'March 2019'])).toThrow(/must be a date as YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => parseCommandLine(['resume', 'set', 'basics.name'])).toThrow(/resume set needs a field and a value/);
  });

  it('sends PATCH to the active resume and prints each change, then the resume', async () => {
    const result = await run(
      { action: 'set', field: 'work.0.position', correction: { work: { '0': { position: 'Staff Engineer' } } }, json: false },
      () => jsonResponse({ resumes: [jane] }),
      () => jsonResponse(corrected([{ field: 'work.0.position', from: 'Senior Engineer', to: 'Staff Engineer' }])),
    );
    expect(result.code).toBe(0);
    expect(result.requests[1]).toMatchObject({ method: 'PATCH', url: 'http://jobpilot.test/v1/resumes/res_0123456789' });
    expect(JSON.parse(String(result.requests[1]?.body))).toEqual({ work: { '0': { position: 'Staff Engineer' } } });
    expect(result.stdout).toMatch(/^Corrected "backend" \[res_0123456789\]:\n- job 1 title: "Senior Engineer" → "Staff Engineer"\n/);
    expect(result.stdout).toContain('- Staff Engineer — Acme Corp (2019-01 – present)');
  });

  it('--json prints the server answer; an unchanged field says so', async () => {
    const json = await run(
      { action: 'set', resumeId: 'res_0123456789', field: 'basics.name', correction: { basics: { name: 'Jane Doe' } }, json: true },
      () => jsonResponse(corrected([])),
    );
    expect(json.requests).toHaveLength(1);
    expect(JSON.parse(json.stdout)).toEqual(corrected([]));
    const same = await run(
      { action: 'set', resumeId: 'res_0123456789', field: 'basics.name', correction: { basics: { name: 'Jane Doe' } }, json: false },
      () => jsonResponse(corrected([])),
    );
    expect(same.stdout).toBe('Nothing changed: basics.name already says that.\n');
  });
});
