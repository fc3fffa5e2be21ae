import { describe, expect, it } from 'vitest';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import { buildResumeDocx, buildResumePdf, sampleResumeLines } from './build-resume-documents.ts';

const skillNames = (resume: Awaited<ReturnType<typeof parseResumeBytes>>['resume']) =>
  (resume.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);

describe('parseResumeBytes on generated documents', () => {
  it('reads a pdfkit PDF: employers, titles, dates and C++, C#, Node.js', async () => {
    const parsed = await parseResumeBytes(await buildResumePdf(sampleResumeLines), 'jane.pdf');
    expect(parsed.format).toBe('pdf');
    expect(parsed.rawText).toContain('Node.js');
    expect(parsed.resume.basics).toMatchObject({ name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+1 (555) 123-4567' });
    expect(parsed.resume.work?.map((work) => [work.name, work.position, work.startDate, work.endDate])).toEqual([
      ['Acme Corp', 'Senior Engineer', '2019-01', undefined],
      ['Initech', 'Software Engineer', '2016-03', '2018-12'],
    ]);
    expect(parsed.resume.work?.[0]?.highlights).toEqual(['Built trading services in C++ and C# and the Node.js gateway']);
    expect(parsed.resume.education?.[0]).toMatchObject({ studyType: 'B.S.', area: 'Computer Science', endDate: '2016' });
    expect(skillNames(parsed.resume)).toEqual(expect.arrayContaining(['C++', 'C#', 'Node.js']));
  });

  it('reads a docx-library DOCX the same way', async () => {
    const parsed = await parseResumeBytes(await buildResumeDocx(sampleResumeLines), 'jane.docx');
    expect(parsed.format).toBe('docx');
    expect(parsed.resume.work?.map((work) => [work.name, work.position, work.startDate, work.endDate])).toEqual([
      ['Acme Corp', 'Senior Engineer', '2019-01', undefined],
      ['Initech', 'Software Engineer', '2016-03', '2018-12'],
    ]);
    expect(skillNames(parsed.resume)).toEqual(expect.arrayContaining(['C++', 'C#', 'Node.js']));
  });

  it('detects the format from the bytes, not the name', async () => {
    const parsed = await parseResumeBytes(await buildResumePdf(sampleResumeLines), 'resume.txt');
    expect(parsed.format).toBe('pdf');
  });

  it('reads Markdown and plain text', async () => {
    const markdown = '# Jane Doe\n\n## Experience\n\n**Senior Engineer**, Acme Corp, 2019 – now\n- Built Go services\n';
    const fromMarkdown = await parseResumeBytes(new TextEncoder().encode(markdown), 'cv.md');
    expect(fromMarkdown.format).toBe('markdown');
    expect(fromMarkdown.resume.work?.[0]).toMatchObject({ name: 'Acme Corp', position: 'Senior Engineer', startDate: '2019' });
    const fromText = await parseResumeBytes(new TextEncoder().encode('Jane Doe\nSkills\nGo, Rust'), 'cv');
    expect(fromText.format).toBe('text');
    expect(skillNames(fromText.resume)).toEqual(['Go', 'Rust']);
  });

  it('decodes UTF-16 and Windows-1252 text files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('José Núñez\nSkills\nPython', 'utf16le')]);
    expect((await parseResumeBytes(new Uint8Array(utf16), 'cv.txt')).resume.basics?.name).toBe('José Núñez');
    const windows = Buffer.from('José Núñez\nSkills\nPython', 'latin1');
    expect((await parseResumeBytes(new Uint8Array(windows), 'cv.txt')).resume.basics?.name).toBe('José Núñez');
  });

  it('takes a JSON Resume file as it is, and renders its text', async () => {
    const document = {
      basics: { name: 'Ada Lovelace', email: 'ada@example.com' },
      work: [{ name: 'Analytical Engines Ltd', position: 'Programmer', startDate: '1842-01', highlights: ['Wrote the first program'] }],
      skills: [{ name: 'Mathematics', keywords: ['C++'] }],
      meta: { theme: 'elegant' },
    };
    const parsed = await parseResumeBytes(new TextEncoder().encode(JSON.stringify(document)), 'resume.json');
    expect(parsed.format).toBe('json');
    expect(parsed.resume).toEqual(document);
    expect(parsed.rawText).toContain('Programmer, Analytical Engines Ltd');
    expect(parsed.rawText).toContain('Wrote the first program');
  });
});

describe('a file far too long to be a resume', () => {
  it('is refused before parsing, saying how long it is', async () => {
    const text = 'Jane Doe\nSenior Engineer at Acme Corp, 2019 – present\n'.repeat(3_000);
    await expect(parseResumeBytes(new TextEncoder().encode(text), 'notes.txt')).rejects.toMatchObject({
      code: 'RESUME_UNREADABLE',
      message: expect.stringMatching(/holds 1\d\d,\d{3} characters of text; a resume is a few pages/),
    });
  });
});
