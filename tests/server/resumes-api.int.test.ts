import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { matchResponseSchema, resumeCorrectionResponseSchema, resumeDetailSchema, resumeListSchema, resumeSchema } from '../../src/protocol/api.ts';
import { badResumeFiles } from '../helpers/bad-resume-files.ts';
import { testConfig } from '../helpers/test-database.ts';
import { buildResumeDocx, buildResumePdf, sampleResumeLines } from '../resume/build-resume-documents.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
});
afterAll(async () => {
  await server?.close();
});

/** JSON bodies are checked with matchers, so they are loosely typed here. */
const json = async (response: Response | Promise<Response>): Promise<any> => (await response).json();
const get = (path: string) => fetch(`${server.url}${path}`);
const postJson = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const pdfType = 'application/pdf';
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file as the raw body, named by `?filename=`. */
const uploadRaw = (bytes: Uint8Array, filename: string, contentType = 'application/octet-stream', label?: string) => {
  const query = new URLSearchParams({ filename, ...(label ? { label } : {}) });
  return fetch(`${server.url}/v1/resumes?${query}`, { method: 'POST', headers: { 'content-type': contentType }, body: bytes });
};

/** The file as the `file` field of a multipart/form-data body. */
const uploadMultipart = (bytes: Uint8Array, filename: string, contentType: string, label?: string) => {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: contentType }), filename);
  if (label) form.append('label', label);
  return fetch(`${server.url}/v1/resumes`, { method: 'POST', body: form });
};

const listIds = async (): Promise<string[]> =>
  resumeListSchema.parse(await json(get('/v1/resumes'))).resumes.map((resume) => resume.id);

const expectJaneDoe = (body: any) => {
  expect(body.resume.basics).toMatchObject({ name: 'Jane Doe', email: 'jane.doe@example.com' });
  expect(body.resume.work.map((job: { name: string; position: string }) => [job.name, job.position])).toEqual([
    ['Acme Corp', 'Senior Engineer'],
    ['Initech', 'Software Engineer'],
  ]);
  expect(body.resume.work[0].startDate).toBe('2019-01');
  expect(body.resume.work[1]).toMatchObject({ startDate: '2016-03', endDate: '2018-12' });
  expect(body.resume.skills.map((skill: { name: string }) => skill.name)).toEqual(
    expect.arrayContaining(['C++', 'C#', 'Node.js', 'Java', 'PostgreSQL', 'Kubernetes']),
  );
};

const posting = (id: string, fields: Partial<MergedPosting>): MergedPosting => ({
  id,
  title: 'Software Engineer',
  company: 'Acme',
  location: 'Austin, TX',
  remote: false,
  salary: null,
  employment_type: 'full_time',
  posted_at: '2026-11-20T10:00:00.000Z',
  url: `https://jobs.example.com/${id}`,
  sources: [{ name: 'remotive', url: `https://remotive.com/${id}` }],
  tags: [],
  description: '',
  ...fields,
});

const goJob =
  'Senior Backend Engineer\n\nRequirements:\n- 5+ years of experience building services\n- Go and Kubernetes\n- PostgreSQL\n\nNice to have:\n- Kafka';

describe('matching before any resume exists', () => {
  it('says to import one first (409 NO_RESUME)', async () => {
    const response = await postJson('/v1/match', { job_text: goJob });
    expect(response.status).toBe(409);
    const body = await json(response);
    expect(body.error.code).toBe('NO_RESUME');
    expect(body.error.message).toMatch(/No resume yet: import one first with POST \/v1\/resumes/);
  });
});

describe('POST /v1/resumes', () => {
  it('parses a PDF sent as the raw body, stores it and makes it active', async () => {
    const response = await uploadRaw(await buildResumePdf(sampleResumeLines), 'jane.pdf', pdfType, 'backend');
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(resumeSchema.parse(body)).toBeTruthy();
    expect(body).toMatchObject({ label: 'backend', format: 'pdf', filename: 'jane.pdf', active: true, parent_id: null, replaced_active: null });
    expect(body.id).toMatch(/^res_[0-9a-f]{10}$/);
    expect(response.headers.get('location')).toBe(`/v1/resumes/${body.id}`);
    expect(body).not.toHaveProperty('raw_text');
    expectJaneDoe(body);
  });

  it('parses a DOCX sent as multipart/form-data, with the label from the form, and says which resume it replaced as the active one', async () => {
    const before = resumeListSchema.parse(await json(get('/v1/resumes'))).resumes.find((resume) => resume.active);
    const response = await uploadMultipart(await buildResumeDocx(sampleResumeLines), 'jane.docx', docxType, 'word version');
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body).toMatchObject({ label: 'word version', format: 'docx', filename: 'jane.docx', active: true });
    expect(body.replaced_active).toEqual({ id: before?.id, label: 'backend' });
    expectJaneDoe(body);
  });

  it('takes the label from the file name when none is given, and a JSON Resume as application/json', async () => {
    const jsonResume = { basics: { name: 'Sam Lee', email: 'sam@example.com' }, skills: [{ name: 'Go' }] };
    const response = await uploadRaw(new TextEncoder().encode(JSON.stringify(jsonResume)), 'sam-resume.json', 'application/json');
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body).toMatchObject({ label: 'sam-resume', format: 'json', resume: jsonResume });
  });

  it('names a raw upload from its content type when no filename is given, and strips client folders', async () => {
    const markdown = '# Ada Byron\nada@example.com\n\n## Skills\nC++, Rust\n';
    const unnamed = await fetch(`${server.url}/v1/resumes`, {
      method: 'POST',
      headers: { 'content-type': 'text/markdown' },
      body: markdown,
    });
    expect(unnamed.status).toBe(201);
    expect(await json(unnamed)).toMatchObject({ filename: 'resume.md', label: 'resume', format: 'markdown' });

    const windowsPath = await uploadRaw(new TextEncoder().encode(markdown), 'C:\\Users\\ada\\..\\cv.md', 'text/markdown');
    expect(await json(windowsPath)).toMatchObject({ filename: 'cv.md' });
  });

  it('lists every version newest first, without raw text; only the newest is active', async () => {
    const body = await json(get('/v1/resumes'));
    const { resumes } = resumeListSchema.parse(body);
    expect(resumes.length).toBeGreaterThanOrEqual(4);
    const created = resumes.map((resume) => resume.created_at);
    expect([...created].sort().reverse()).toEqual(created);
    expect(resumes.filter((resume) => resume.active).map((resume) => resume.id)).toEqual([resumes[0]?.id]);
    for (const resume of body.resumes) expect(resume).not.toHaveProperty('raw_text');
  });

  it('GET /v1/resumes/{id} returns the JSON Resume with its id, label, created_at, format and raw text', async () => {
    const uploaded = await json(uploadRaw(await buildResumePdf(sampleResumeLines), 'again.pdf', pdfType, 'again'));
    const detail = resumeDetailSchema.parse(await json(get(`/v1/resumes/${uploaded.id}`)));
    expect(detail).toMatchObject({ id: uploaded.id, label: 'again', format: 'pdf', created_at: uploaded.created_at });
    expect(detail.resume).toEqual(uploaded.resume);
    expect(detail.raw_text).toContain('Built trading services in C++ and C# and the Node.js gateway');

    const missing = await get('/v1/resumes/res_0000000000');
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('RESUME_NOT_FOUND');
    const malformed = await get('/v1/resumes/not-an-id');
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/resume id/) });
  });
});

describe('bad files are refused and nothing is stored', () => {
  for (const bad of badResumeFiles) {
    it(`${bad.name}: ${bad.status} ${bad.code}, raw and multipart`, async () => {
      const before = await listIds();
      const bytes = await bad.bytes();
      for (const response of [await uploadRaw(bytes, bad.filename), await uploadMultipart(bytes, bad.filename, 'application/octet-stream')]) {
        expect(response.status).toBe(bad.status);
        const body = await json(response);
        expect(body.error.code).toBe(bad.code);
        expect(body.error.message).toMatch(bad.message);
      }
      expect(await listIds()).toEqual(before);
    });
  }

  it('a body above the upload limit is 413 RESUME_TOO_LARGE (not a generic error), with content-length', async () => {
    const before = await listIds();
    const response = await uploadRaw(new Uint8Array(12 * 1024 * 1024), 'huge.pdf', pdfType);
    expect(response.status).toBe(413);
    const body = await json(response);
    expect(body.error).toEqual({
      code: 'RESUME_TOO_LARGE',
      message: 'The upload is 12.0 MB; resumes must be at most 10 MB. Export it without embedded images or fonts.',
      request_id: expect.any(String),
    });
    expect(await listIds()).toEqual(before);
  });

  it('a chunked body that grows past the limit is 413 RESUME_TOO_LARGE too', async () => {
    const before = await listIds();
    const url = new URL(`${server.url}/v1/resumes?filename=stream.pdf`);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST', headers: { 'content-type': pdfType, 'transfer-encoding': 'chunked' } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      // The server answers and closes as soon as the limit is passed; the rest of the writes may fail.
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      const chunk = Buffer.alloc(1024 * 1024);
      let sent = 0;
      const writeMore = () => {
        while (sent < 12) {
          sent += 1;
          if (!request.write(chunk)) return void request.once('drain', writeMore);
        }
        request.end();
      };
      writeMore();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toEqual({
      code: 'RESUME_TOO_LARGE',
      message: 'The upload is over 10 MB; resumes must be at most 10 MB. Export it without embedded images or fonts.',
      request_id: expect.any(String),
    });
    expect(await listIds()).toEqual(before);
  });

  it('an empty body, a multipart body without a file or with a broken boundary, a long label and unknown query fields are 400', async () => {
    const before = await listIds();
    const empty = await fetch(`${server.url}/v1/resumes?filename=cv.pdf`, { method: 'POST' });
    expect(empty.status).toBe(400);
    expect((await json(empty)).error.message).toMatch(/Send the resume file as the request body/);

    const form = new FormData();
    form.append('label', 'no file here');
    const noFile = await fetch(`${server.url}/v1/resumes`, { method: 'POST', body: form });
    expect(noFile.status).toBe(400);
    expect((await json(noFile)).error.message).toMatch(/field named "file"/);

    const longLabel = new FormData();
    longLabel.append('file', new Blob(['Jane Doe\n'], { type: 'text/plain' }), 'cv.txt');
    longLabel.append('label', 'x'.repeat(101));
    const tooLong = await fetch(`${server.url}/v1/resumes`, { method: 'POST', body: longLabel });
    expect(tooLong.status).toBe(400);
    expect((await json(tooLong)).error.message).toBe('Invalid form: label: label is at most 100 characters');

    const broken = await fetch(`${server.url}/v1/resumes`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=nothing-matches' },
      body: 'this is not multipart',
    });
    expect(broken.status).toBe(400);
    expect((await json(broken)).error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/multipart/) });

    const unknown = await uploadRaw(new TextEncoder().encode('Jane Doe\n'), 'cv.txt', 'text/plain');
    expect(unknown.status).toBe(201); // the control: the same file with a good query is accepted
    const afterControl = await listIds();
    const badQuery = await fetch(`${server.url}/v1/resumes?filename=cv.txt&colour=blue`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'Jane Doe\n',
    });
    expect(badQuery.status).toBe(400);
    expect(await listIds()).toEqual(afterControl);
    expect(afterControl.length).toBe(before.length + 1);
  });
});

describe('POST /v1/resumes/{id}/activate', () => {
  it('makes an older version the active one; an unknown id is 404 RESUME_NOT_FOUND and a malformed one 400', async () => {
    const ids = await listIds();
    const older = ids[ids.length - 1] as string;
    const response = await fetch(`${server.url}/v1/resumes/${older}/activate`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(resumeSchema.parse(await json(response))).toMatchObject({ id: older, active: true });
    const { resumes } = resumeListSchema.parse(await json(get('/v1/resumes')));
    expect(resumes.filter((resume) => resume.active).map((resume) => resume.id)).toEqual([older]);
    // The next import is active again, and names the one it replaced.
    const next = await json(uploadRaw(await buildResumePdf(sampleResumeLines), 'newest.pdf', pdfType, 'newest'));
    expect(next).toMatchObject({ active: true, replaced_active: { id: older } });

    const unknown = await fetch(`${server.url}/v1/resumes/res_0000000000/activate`, { method: 'POST' });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe('RESUME_NOT_FOUND');
    const malformed = await fetch(`${server.url}/v1/resumes/nope/activate`, { method: 'POST' });
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error.code).toBe('BAD_REQUEST');
  });
});

describe('DELETE /v1/resumes/{id}', () => {
  it('deletes one version and gives it back; the newest left becomes active when it was; letters keep their text', async () => {
    const first = resumeSchema.parse(await json(uploadRaw(await buildResumePdf(sampleResumeLines), 'kept.pdf', pdfType, 'kept')));
    const second = resumeSchema.parse(await json(uploadRaw(await buildResumePdf(sampleResumeLines), 'twice.pdf', pdfType, 'twice')));
    expect(second.active).toBe(true);
    const letter = await server.jobpilot.career.documents.add({ kind: 'cover_letter', title: 'A letter from the second', content: 'Dear team,', jobId: null, resumeId: second.id, changes: [] });

    const response = await fetch(`${server.url}/v1/resumes/${second.id}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(resumeSchema.parse(await json(response))).toMatchObject({ id: second.id, label: 'twice', active: true });
    const { resumes } = resumeListSchema.parse(await json(get('/v1/resumes')));
    expect(resumes.map((resume) => resume.id)).not.toContain(second.id);
    expect(resumes.find((resume) => resume.active)?.id).toBe(first.id);
    expect((await server.jobpilot.career.documents.get(letter.id))?.content).toBe('Dear team,');

    const again = await fetch(`${server.url}/v1/resumes/${second.id}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect((await json(again)).error.code).toBe('RESUME_NOT_FOUND');
    const malformed = await fetch(`${server.url}/v1/resumes/nope`, { method: 'DELETE' });
    expect(malformed.status).toBe(400);
  });
});

/**
 * The sample resume as another person's: a re-import keeps the corrections made to the same
 * person's earlier version, so each test that corrects one uses its own person.
 */
const linesOf = (name: string, email: string) => [
  { text: name, kind: 'name' as const },
  { text: `${email} | +1 (555) 123-4567 | Austin, TX` },
  ...sampleResumeLines.slice(2),
];

describe('PATCH /v1/resumes/{id}: correcting what was read', () => {
  const patch = (id: string, body: unknown) =>
    fetch(`${server.url}/v1/resumes/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('merges the corrected fields, records each change with what was read, and keeps the raw text', async () => {
    const uploaded = resumeSchema.parse(await json(uploadRaw(await buildResumePdf(linesOf('Ana Ortz', 'ana.ortiz@example.org')), 'fix.pdf', pdfType, 'fix')));
    expect(uploaded.corrected_at).toBeNull();
    const before = resumeDetailSchema.parse(await json(get(`/v1/resumes/${uploaded.id}`)));
    const readCompany = before.resume.work?.[1]?.name;

    const response = await patch(uploaded.id, {
      basics: { name: 'Ana Ortiz', location: { city: 'Leeds' } },
      work: { '0': { position: 'Staff Engineer', startDate: '2019-03' } },
      skills: ['Go', 'Python (scripting)'],
    });
    expect(response.status).toBe(200);
    const corrected = resumeCorrectionResponseSchema.parse(await json(response));
    expect(corrected.id).toBe(uploaded.id);
    expect(corrected.corrected_at).toEqual(expect.any(String));
    expect(corrected.resume.basics).toMatchObject({ name: 'Ana Ortiz', email: 'ana.ortiz@example.org', location: { city: 'Leeds' } });
    expect(corrected.resume.work?.[0]).toMatchObject({ name: 'Acme Corp', position: 'Staff Engineer', startDate: '2019-03' });
    expect(corrected.resume.work?.[1]?.name).toBe(readCompany);
    expect(corrected.resume.skills).toEqual([{ name: 'Go' }, { name: 'Python (scripting)' }]);
    expect(corrected.changes).toEqual(
      expect.arrayContaining([
        { field: 'basics.name', from: 'Ana Ortz', to: 'Ana Ortiz' },
        { field: 'work.0.position', from: 'Senior Engineer', to: 'Staff Engineer' },
        { field: 'work.0.startDate', from: '2019-01', to: '2019-03' },
      ]),
    );

    const after = resumeDetailSchema.parse(await json(get(`/v1/resumes/${uploaded.id}`)));
    expect(after.raw_text).toBe(before.raw_text);
    expect(after.resume).toEqual(corrected.resume);
    expect(after.corrected_at).toBe(corrected.corrected_at);
    const stored = await server.jobpilot.career.resumes.get(uploaded.id);
    expect(stored?.corrections.map((change) => change.field)).toEqual(expect.arrayContaining(['basics.name', 'work.0.position', 'skills']));
    expect(stored?.corrections.every((change) => typeof change.at === 'string')).toBe(true);

    // An array is read entry by entry ({} leaves one as it is); null removes an invented entry.
    const second = resumeCorrectionResponseSchema.parse(await json(patch(uploaded.id, { work: [{}, null] })));
    expect(second.resume.work?.map((job) => job.name)).toEqual(['Acme Corp']);
    // The same correction again changes nothing and records nothing.
    const again = resumeCorrectionResponseSchema.parse(await json(patch(uploaded.id, { basics: { name: 'Ana Ortiz' } })));
    expect(again.changes).toEqual([]);
  });

  it('replaces a job\'s bullets (one a PDF cut in two) and the certificate and language lists', async () => {
    const { id } = resumeSchema.parse(await json(uploadRaw(await buildResumePdf(linesOf('Li Wei', 'li.wei@example.org')), 'lists.pdf', pdfType, 'lists')));
    const bullets = ['Moved 40 reports to a dbt model used by 120 people in purchasing', 'Mentor two analysts'];
    const corrected = resumeCorrectionResponseSchema.parse(
      await json(
        patch(id, {
          work: { '0': { highlights: bullets } },
          certificates: ['PL-300 Power BI Data Analyst', { name: 'Google Data Analytics', issuer: 'Coursera', date: '2019' }],
          languages: [{ language: 'Polish', fluency: 'Native' }, 'English'],
        }),
      ),
    );
    expect(corrected.resume.work?.[0]?.highlights).toEqual(bullets);
    expect(corrected.resume.certificates).toEqual([{ name: 'PL-300 Power BI Data Analyst' }, { name: 'Google Data Analytics', issuer: 'Coursera', date: '2019' }]);
    expect(corrected.resume.languages).toEqual([{ language: 'Polish', fluency: 'Native' }, { language: 'English' }]);
    expect(corrected.changes.map((change) => change.field)).toEqual(['work.0.highlights', 'certificates', 'languages']);
    // The same bullets again change nothing.
    const again = resumeCorrectionResponseSchema.parse(await json(patch(id, { work: { '0': { highlights: bullets } } })));
    expect(again.changes).toEqual([]);
  });

  it('sets a degree\'s grade (education.N.score), which the reader may have missed', async () => {
    const { id } = resumeSchema.parse(await json(uploadRaw(await buildResumePdf(linesOf('Kofi Boateng', 'kofi.boateng@example.org')), 'grade.pdf', pdfType, 'grade')));
    const before = resumeDetailSchema.parse(await json(get(`/v1/resumes/${id}`)));
    const index = Math.max(0, (before.resume.education?.length ?? 1) - 1);
    const response = await patch(id, { education: { [String(index)]: { score: '2:1' } } });
    expect(response.status).toBe(200);
    const corrected = resumeCorrectionResponseSchema.parse(await json(response));
    expect(corrected.resume.education?.[index]?.score).toBe('2:1');
    expect(corrected.changes).toEqual([{ field: `education.${index}.score`, from: before.resume.education?.[index]?.score ?? null, to: '2:1' }]);
  });

  it('refuses unknown fields, bad dates and missing entries with 400 BAD_REQUEST and a message that says what to do', async () => {
    const { id } = await json(uploadRaw(await buildResumePdf(linesOf('Sam Okafor', 'sam.okafor@example.org')), 'refuse.pdf', pdfType, 'refuse'));
    const cases: [unknown, RegExp][] = [
      [{ work: { '0': { title: 'Staff Engineer' } } }, /work\.0: "title" cannot be corrected here; .*position/],
      [{ basics: { nmae: 'Ana' } }, /"nmae" cannot be corrected here; basics fields are name, label, email/],
      [{ raw_text: 'x' }, /"raw_text" cannot be corrected here; resume fields are basics, work, education, skills, certificates, languages/],
      [{ work: { '0': { startDate: 'March 2019' } } }, /work\.0\.startDate: must be a date as YYYY, YYYY-MM or YYYY-MM-DD/],
      [{ work: { '7': { position: 'x' } } }, /work\.7 does not exist: the resume has 2 work entries \(0 to 1\); use work\.2 to add one/],
      [{ work: { '1': { startDate: '2020' } } }, /start date 2020 is after the end date 2018-12/],
      [{}, /name at least one field to correct/],
    ];
    for (const [body, message] of cases) {
      const response = await patch(id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const { error } = await json(response);
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(message);
    }
    const unchanged = resumeDetailSchema.parse(await json(get(`/v1/resumes/${id}`)));
    expect(unchanged.corrected_at).toBeNull();
    expect(unchanged.resume.work?.[0]?.position).toBe('Senior Engineer');

    expect((await patch('res_0000000000', { basics: { name: 'Ana' } })).status).toBe(404);
    expect((await json(patch('not-an-id', { basics: { name: 'Ana' } }))).error.code).toBe('BAD_REQUEST');
  });
});

describe('POST /v1/match', () => {
  let resumeId: string;
  beforeAll(async () => {
    resumeId = (await json(uploadRaw(await buildResumePdf(sampleResumeLines), 'jane.pdf', pdfType, 'jane'))).id;
    await server.jobpilot.career.jobs.upsert([
      posting('a1b2c3d4e5f6', {
        title: 'Senior C++ Engineer',
        company: 'Globex',
        description:
          'Requirements:\n- 5+ years of experience with C++ and C#\n- Node.js\n- Rust\n\nNice to have:\n- Kubernetes\n- Terraform',
      }),
    ]);
  });

  it('scores a job in the index with the active resume', async () => {
    const response = await postJson('/v1/match', { job_id: 'a1b2c3d4e5f6' });
    expect(response.status).toBe(200);
    const body = matchResponseSchema.parse(await json(response));
    expect(body.job_id).toBe('a1b2c3d4e5f6');
    expect(body.resume_id).toBe(resumeId);
    expect(body.breakdown.skills.required).toEqual({ matched: ['C++', 'C#', 'Node.js'], missing: ['Rust'] });
    expect(body.breakdown.skills.nice_to_have).toEqual({ matched: ['Kubernetes'], missing: ['Terraform'] });
    expect(body.matched).toEqual(['C++', 'C#', 'Node.js', 'Kubernetes']);
    expect(body.missing).toEqual(['Rust', 'Terraform']);
    expect(body.breakdown.experience.years_required).toBe(5);
    expect(body.breakdown.seniority.posting).toBe('senior');
    expect(body.score).toBeGreaterThan(50);
    expect(body.score).toBeLessThan(100);
    expect(body.advice.length).toBeGreaterThanOrEqual(1);
    expect(body.advice.join(' ')).toMatch(/Rust/);
    // Deterministic: the same pair scores the same.
    expect(matchResponseSchema.parse(await json(postJson('/v1/match', { job_id: 'a1b2c3d4e5f6' })))).toEqual(body);
  });

  it('scores a pasted posting (job_text) against a chosen resume', async () => {
    const body = matchResponseSchema.parse(await json(postJson('/v1/match', { job_text: goJob, resume_id: resumeId })));
    expect(body).not.toHaveProperty('job_id');
    expect(body.resume_id).toBe(resumeId);
    expect(body.breakdown.seniority.posting).toBe('senior');
    expect(body.missing).toEqual(expect.arrayContaining(['Go', 'Kafka']));
    expect(body.matched).toEqual(expect.arrayContaining(['Kubernetes', 'PostgreSQL']));
    expect(Object.keys(body.breakdown)).toEqual(['skills', 'experience', 'seniority', 'keywords']);
  });

  it.each([
    ['neither job_id nor job_text', {}, /exactly one of job_id/],
    ['both job_id and job_text', { job_id: 'a1b2c3d4e5f6', job_text: goJob }, /exactly one of job_id/],
    ['a malformed job id', { job_id: 'nope' }, /job_id: A job id is 12 hexadecimal/],
    ['an empty job_text', { job_text: '   ' }, /job_text is empty/],
    ['an unknown field', { job_text: goJob, resume: 'x' }, /resume/],
  ])('%s is 400 BAD_REQUEST', async (_name, body, message) => {
    const response = await postJson('/v1/match', body);
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(message) });
  });

  it('an unknown job is 404 JOB_NOT_FOUND and an unknown resume 404 RESUME_NOT_FOUND', async () => {
    const job = await postJson('/v1/match', { job_id: '000000000000' });
    expect(job.status).toBe(404);
    expect((await json(job)).error).toMatchObject({ code: 'JOB_NOT_FOUND', message: expect.stringMatching(/job_text/) });
    const resume = await postJson('/v1/match', { job_text: goJob, resume_id: 'res_ffffffffff' });
    expect(resume.status).toBe(404);
    expect((await json(resume)).error.code).toBe('RESUME_NOT_FOUND');
  });
});

describe('with a token configured', () => {
  it('uploads need the token before the body is read, and nothing is stored without it', async () => {
    const guarded = await startServer(await testConfig({ PORT: '0', JOBPILOT_TOKEN: 'test-token' }), { logger: false });
    try {
      const upload = (headers: Record<string, string>, body: Uint8Array) =>
        fetch(`${guarded.url}/v1/resumes?filename=jane.pdf`, { method: 'POST', headers: { 'content-type': pdfType, ...headers }, body });
      const pdf = await buildResumePdf(sampleResumeLines);
      const refused = await upload({}, pdf);
      expect(refused.status).toBe(401);
      expect((await json(refused)).error.code).toBe('UNAUTHORIZED');
      const huge = await upload({}, new Uint8Array(12 * 1024 * 1024));
      expect(huge.status).toBe(401);
      expect(await guarded.jobpilot.career.resumes.list()).toEqual([]);

      const accepted = await upload({ authorization: 'Bearer test-token' }, pdf);
      expect(accepted.status).toBe(201);
      expect((await guarded.jobpilot.career.resumes.list()).map((resume) => resume.id)).toEqual([(await json(accepted)).id]);
    } finally {
      await guarded.close();
    }
  });
});
