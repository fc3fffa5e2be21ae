import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/db/repositories/documents.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import { documentDetailSchema, documentListSchema } from '../../src/protocol/api.ts';
import { expectInOrder, readDocxText, readPdf } from '../documents/document-text.ts';
import { testConfig } from '../helpers/test-database.ts';

let server: RunningServer;
let letter: DocumentRecord;
let prep: DocumentRecord;

const letterContent = [
  '# Cover letter — Senior Engineer at Globex',
  '',
  'Dear Hiring Manager,',
  '',
  'At Acme Corp I built trading services in C++ and C# and the Node.js gateway.',
  '',
  '- Cut p99 latency on the order path',
  '- Led the move to Kubernetes',
  '',
  'Kind regards,',
  'Jane Doe',
].join('\n');

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0', JOBPILOT_TIME_ZONE: 'Asia/Kolkata' }), { logger: false });
  const { career } = server.jobpilot;
  const resume = await career.resumes.add({
    label: 'jane',
    format: 'json',
    filename: 'jane.json',
    rawText: 'Jane Doe jane.doe@example.com',
    resume: { basics: { name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+1 555 123 4567' } },
  });
  await career.jobs.upsert([
    {
      id: 'abcdef012345',
      title: 'Senior Engineer',
      company: 'Globex',
      location: null,
      remote: true,
      salary: null,
      employment_type: null,
      posted_at: null,
      url: 'https://jobs.example.com/globex',
      sources: [{ name: 'lever', url: 'https://jobs.lever.co/globex/1' }],
      tags: [],
      description: 'C++ and Node.js.',
    },
  ]);
  letter = await career.documents.add({
    kind: 'cover_letter',
    title: 'Cover letter — Senior Engineer at Globex',
    content: letterContent,
    jobId: 'abcdef012345',
    resumeId: resume.id,
    changes: [{ kind: 'employer', claim: 'Initrode', action: 'removed', reason: 'not in the resume or the posting' }],
  });
  prep = await career.documents.add({
    kind: 'interview_prep',
    title: 'Interview prep — Platform Engineer at Hooli',
    content: '# Interview prep\n\n## Likely questions\n\n1. Tell me about distributed tracing.\n',
    jobId: null,
    resumeId: null,
    changes: [],
  });
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string) => fetch(`${server.url}${path}`);
const json = async (response: Response | Promise<Response>): Promise<any> => (await response).json();

describe('GET /v1/documents', () => {
  it('lists documents newest first, without their content', async () => {
    const body = await json(get('/v1/documents'));
    const { documents } = documentListSchema.parse(body);
    expect(documents.map((document) => document.id)).toEqual([prep.id, letter.id]);
    expect(documents[1]).toEqual({
      id: letter.id,
      kind: 'cover_letter',
      title: 'Cover letter — Senior Engineer at Globex',
      job_id: 'abcdef012345',
      resume_id: letter.resume_id,
      created_at: letter.created_at,
    });
    expect(body.documents[0]).not.toHaveProperty('content');
    // The zone its times are read in, so the CLI's table shows them as the web app does.
    expect(body.time_zone).toBe('Asia/Kolkata');
  });

  it('filters by kind and searches the text', async () => {
    const ids = async (query: string) =>
      documentListSchema.parse(await json(get(`/v1/documents?${query}`))).documents.map((document) => document.id);
    expect(await ids('kind=cover_letter')).toEqual([letter.id]);
    expect(await ids('kind=interview_prep')).toEqual([prep.id]);
    expect(await ids('kind=resume')).toEqual([]);
    expect(await ids('q=Globex')).toEqual([letter.id]);
    expect(await ids('q=tracing')).toEqual([prep.id]);
    expect(await ids('q=Globex&kind=interview_prep')).toEqual([]);
  });

  it('refuses an unknown kind with 400 naming the kinds', async () => {
    const response = await get('/v1/documents?kind=poem');
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/Unknown kind "poem"; use one of cover_letter, interview_prep, resume/),
    });
  });
});

describe('GET /v1/documents/{id}', () => {
  it('returns the Markdown content and the grounding changes', async () => {
    const detail = documentDetailSchema.parse(await json(get(`/v1/documents/${letter.id}`)));
    expect(detail).toMatchObject({ id: letter.id, kind: 'cover_letter', content: letterContent });
    expect(detail.changes).toEqual([
      { kind: 'employer', claim: 'Initrode', action: 'removed', reason: 'not in the resume or the posting' },
    ]);
  });

  it('404 DOCUMENT_NOT_FOUND for an unknown id, 400 for a malformed one', async () => {
    const missing = await get('/v1/documents/doc_0000000000');
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('DOCUMENT_NOT_FOUND');
    const malformed = await get('/v1/documents/..%2F..%2Fetc');
    expect(malformed.status).toBe(400);
  });
});

describe('GET /v1/documents/{id}/export', () => {
  const download = async (format: string) => {
    const response = await get(`/v1/documents/${letter.id}/export?format=${format}`);
    expect(response.status).toBe(200);
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /^attachment; filename="([a-z0-9.-]+)"$/.exec(disposition)?.[1];
    return { response, fileName, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('exports a PDF whose text is the contact header and the letter, in order, the title only in its metadata', async () => {
    const { response, fileName, bytes } = await download('pdf');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(fileName).toMatch(/^cover-letter-globex-senior-engineer-\d{4}-\d{2}-\d{2}-[a-z0-9]+\.pdf$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.info.Title).toBe('Cover letter — Senior Engineer at Globex');
    expect(pdf.text).not.toContain('Cover letter');
    expectInOrder(pdf.text, [
      'Jane Doe',
      'jane.doe@example.com',
      'Dear Hiring Manager,',
      'At Acme Corp I built trading services in C++ and C# and the Node.js gateway.',
      'Cut p99 latency on the order path',
      'Led the move to Kubernetes',
      'Kind regards,',
    ]);
  });

  it('exports a DOCX whose text is the letter, in order', async () => {
    const { response, fileName, bytes } = await download('docx');
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(fileName).toMatch(/^cover-letter-globex-senior-engineer-.*\.docx$/);
    const text = await readDocxText(bytes);
    expect(text).not.toContain('Cover letter');
    expectInOrder(text, [
      'Jane Doe',
      'jane.doe@example.com',
      'Dear Hiring Manager,',
      'At Acme Corp I built trading services in C++ and C# and the Node.js gateway.',
      'Led the move to Kubernetes',
      'Jane Doe',
    ]);
  });

  it('exports Markdown exactly as stored', async () => {
    const { response, fileName, bytes } = await download('md');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(fileName).toMatch(/\.md$/);
    expect(bytes.toString('utf8')).toBe(letterContent);
  });

  it('exports a document with no resume or job behind it', async () => {
    const response = await get(`/v1/documents/${prep.id}/export?format=pdf`);
    expect(response.status).toBe(200);
    expectInOrder((await readPdf(Buffer.from(await response.arrayBuffer()))).text, [
      'Interview prep',
      'Likely questions',
      'Tell me about distributed tracing.',
    ]);
  });

  it.each([
    ['an unknown format', 'format=odt', /Unknown format "odt"; use one of pdf, docx, md/],
    ['no format', '', /format: missing; use one of pdf, docx, md/],
    ['an extra field', 'format=pdf&inline=1', /inline/],
  ])('%s is 400 BAD_REQUEST', async (_name, query, message) => {
    const response = await get(`/v1/documents/${letter.id}/export?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect((await json(response)).error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(message) });
  });

  it('404 DOCUMENT_NOT_FOUND for an unknown document', async () => {
    const response = await get('/v1/documents/doc_ffffffffff/export?format=pdf');
    expect(response.status).toBe(404);
    expect((await json(response)).error.code).toBe('DOCUMENT_NOT_FOUND');
  });
});
