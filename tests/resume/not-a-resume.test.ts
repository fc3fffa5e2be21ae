import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { looksLikeCode } from '../../src/resume/resume-like.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const script = [
  "import http from 'node:http';",
  'const jobs = [',
  " { id: 1, title: 'Clinical Informatics Specialist', description: '<p>Hybrid 2 days Dublin</p>' },",
  '];',
  'const server = http.createServer((req, res) => {',
  "  res.writeHead(200, { 'content-type': 'application/json' });",
  '  res.end(JSON.stringify({ jobs }));',
  '});',
  "server.listen(9036, '127.0.0.1');",
].join('\n');
const plainResume = [
  'Siobhán Ní Bhriain',
  'Dublin 8, Ireland · siobhan@example.ie · +353 87 123 4567',
  '',
  'Experience',
  'Clinical Systems Super-User – St. James\'s Hospital, Dublin',
  'Jan 2022 – Present',
  '• Ran go-live floor support for 300 nurses; wrote training guides;',
  '',
  'Education',
  'MSc Health Informatics, Trinity College Dublin, 2021',
  '',
  'Skills',
  'Epic EHR, SQL, Power BI, training',
].join('\n');

describe('uploads that are not resumes are refused, nothing stored (trial-s36 finding 23)', () => {
  it('refuses a file named as a program or code, whatever it holds', async () => {
    await expect(parseResumeBytes(bytes(script), 'cv.exe')).rejects.toMatchObject({ code: 'RESUME_UNSUPPORTED_FORMAT', message: expect.stringMatching(/"cv\.exe" is a program \(\.exe\), not a resume\. Save the resume as PDF/) });
    await expect(parseResumeBytes(bytes(plainResume), 'resume.html')).rejects.toMatchObject({ code: 'RESUME_UNSUPPORTED_FORMAT' });
  });

  it('refuses text that reads as code, whatever its name', async () => {
    for (const name of ['cv.txt', 'resume', 'cv.md']) {
      await expect(parseResumeBytes(bytes(script), name)).rejects.toMatchObject({ code: 'RESUME_NOT_A_RESUME', message: expect.stringMatching(/reads as program code, not a resume: nothing was stored/) });
    }
  });

  it('refuses text with no name, contact or resume sections', async () => {
    const log = Array.from({ length: 12 }, (_, index) => `2026-12-06T07:${String(index).padStart(2, '0')}:00Z GET /api/remote-jobs?search=nurse 200 in ${index + 3} ms`).join('\n');
    await expect(parseResumeBytes(bytes(log), 'notes.txt')).rejects.toMatchObject({ code: 'RESUME_NOT_A_RESUME', message: expect.stringMatching(/does not read as a resume/) });
  });

  it('keeps plain-text resumes, semicolons and all', async () => {
    const { resume } = await parseResumeBytes(bytes(plainResume), 'cv.txt');
    expect(resume.basics?.name).toBe('Siobhán Ní Bhriain');
    expect(looksLikeCode(plainResume)).toBe(false);
  });
});
