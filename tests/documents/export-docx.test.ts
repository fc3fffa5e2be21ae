import { describe, expect, it } from 'vitest';
import { contactHeaderFromResume } from '../../src/documents/contact-header.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { exportDocx } from '../../src/documents/export-docx.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { expectInOrder, readDocxHtml, readDocxText, zipEntry } from './document-text.ts';
import { engineerPosting, engineerResume, letterDate } from './fixtures.ts';

const contact = contactHeaderFromResume(engineerResume);
// Letters have no lists (issue 13: no bullets inside a letter), so a short list follows the sign-off.
const letter = `${writeCoverLetter({ resume: engineerResume, posting: engineerPosting, tone: 'confident', date: letterDate })}
- Maintained a TypeScript library with 1,200 GitHub stars
- Mentored four junior engineers
`;

describe('exportDocx', () => {
  it('puts the title, contact header, paragraphs and list items in the DOCX, in order', async () => {
    const text = await readDocxText(await exportDocx(letter, { contact }));
    expectInOrder(text, [
      'Cover letter: Senior Backend Engineer at Acme Corp',
      'Jane Müller',
      'jane.mueller@example.com',
      '+49 30 1234567',
      'Berlin, DE',
      'github.com/janem',
      '22 November 2026', // the posting is in Europe: day, month, year
      'Dear Acme Corp hiring team,',
      'I want to be the next Senior Backend Engineer at Acme Corp.',
      'The proof is at Northwind Labs: I led the migration of 40 services from a monolith to TypeScript microservices on Node.js, cutting deploy time by 60%.',
      'Python: this role asks for it, and I use it.',
      'Give me a conversation and I will show you what I can do for Acme Corp.',
      'Best regards,',
      'Jane Müller',
      'Maintained a TypeScript library with 1,200 GitHub stars',
      'Mentored four junior engineers',
    ]);
  });

  it('uses Word styles: Title, real headings, real lists, bold and italic, links', async () => {
    const prep = writeInterviewPrep({ resume: engineerResume, posting: engineerPosting });
    const buffer = await exportDocx(prep, { contact });
    const document = zipEntry(buffer, 'word/document.xml');
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:keepNext/>');
    const html = await readDocxHtml(buffer);
    expectInOrder(html, [
      '<h2>The role at a glance</h2>',
      '<ul><li><strong>Role:</strong> Senior Backend Engineer at Acme Corp, Berlin, Germany</li>',
      '<h2>Likely questions</h2>',
      '<h3>About you and Acme Corp</h3>',
      '<ol><li>Why do you want to join Acme Corp as a Senior Backend Engineer?</li>',
      '<h2>STAR stories</h2>',
      '<h2>Skill gaps to prepare</h2>',
      '<h3>Kubernetes</h3>',
      '<p><em>The posting lists this as required.</em></p>',
      '<h2>Questions to ask the interviewer</h2>',
    ]);
    expect(html).toContain('<a href="https://github.com/janem">github.com/janem</a>');
  });

  it('restarts numbering for each numbered list, from its own start', async () => {
    const buffer = await exportDocx('1. a\n2. b\n\nBetween.\n\n3. c\n4. d');
    const html = await readDocxHtml(buffer);
    expect(html.match(/<ol>/g)).toHaveLength(2);
    const numbering = zipEntry(buffer, 'word/numbering.xml');
    expect(numbering).toContain('<w:start w:val="3"/>');
  });

  it('keeps hard line breaks and page breaks', async () => {
    const buffer = await exportDocx('Best regards,  \nJane\n\n---\n\nNext page.');
    expect(await readDocxHtml(buffer)).toContain('<p>Best regards,<br />Jane</p>');
    expect(zipEntry(buffer, 'word/document.xml')).toContain('<w:br w:type="page"/>');
  });

  it('sets the title and author properties', async () => {
    const core = zipEntry(await exportDocx(letter, { contact }), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Cover letter: Senior Backend Engineer at Acme Corp</dc:title>');
    expect(core).toContain('<dc:creator>Jane Müller</dc:creator>');
  });

  it('keeps any Unicode text as it is', async () => {
    const line = 'Zoë’s “naïve” café – résumé — Łódź 中文 🚀';
    const text = await readDocxText(await exportDocx(`# ${line}\n\n${line}`));
    expectInOrder(text, [line, line]);
  });
});
