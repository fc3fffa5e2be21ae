import { extractLinks, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { contactHeaderFromResume } from '../../src/documents/contact-header.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { exportPdf } from '../../src/documents/export-pdf.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { expectInOrder, readPdf } from './document-text.ts';
import { engineerPosting, engineerResume, letterDate } from './fixtures.ts';

const contact = contactHeaderFromResume(engineerResume);
// Letters have no lists (issue 13: no bullets inside a letter), so a short list follows the sign-off.
const letter = `${writeCoverLetter({ resume: engineerResume, posting: engineerPosting, tone: 'confident', date: letterDate })}
- Maintained a TypeScript library with 1,200 GitHub stars
- Mentored four junior engineers
`;

/**
 * A long document: sections of paragraphs and lists, numbered so their order can be checked,
 * after `leadLines` short lines that shift where the page breaks fall.
 */
function longDocument(sections: number, leadLines = 0): string {
  const parts = ['# A long document'];
  if (leadLines > 0) parts.push(Array.from({ length: leadLines }, (_, line) => `Lead line ${line + 1}`).join('  \n'));
  for (let section = 1; section <= sections; section += 1) {
    parts.push(`## Section ${section}`, `### Part ${section}`);
    parts.push(`Paragraph ${section} starts here. ${'Some steady prose that fills the line and wraps onto the next one. '.repeat(4)}`);
    parts.push(`- Bullet ${section}a\n- Bullet ${section}b with *italic* and **bold** text`);
    parts.push(`1. Step ${section} one\n2. Step ${section} two`);
  }
  return parts.join('\n\n');
}

describe('exportPdf', () => {
  it('puts the title, contact header, paragraphs and list items in the PDF, in order', async () => {
    const { text } = await readPdf(await exportPdf(letter, { contact }));
    expectInOrder(text, [
      'Cover letter: Senior Backend Engineer at Acme Corp',
      'Jane Müller',
      'jane.mueller@example.com',
      '+49 30 1234567',
      'Berlin, DE',
      'jane.example.dev',
      'github.com/janem',
      'linkedin.com/in/jane-mueller',
      '22 November 2026', // the posting is in Europe: day, month, year
      'Dear Acme Corp hiring team,',
      'I want to be the next Senior Backend Engineer at Acme Corp.',
      'The proof is at Northwind Labs: I led the migration of 40 services from a monolith to TypeScript microservices on Node.js, cutting deploy time by 60%.',
      'Python: this role asks for it, and I use it.',
      'Give me a conversation and I will show you what I can do for Acme Corp.',
      'Best regards,',
      'Jane Müller',
      '• Maintained a TypeScript library with 1,200 GitHub stars',
      '• Mentored four junior engineers',
    ]);
  });

  it('keeps hard line breaks as separate lines', async () => {
    const { text } = await readPdf(await exportPdf('Best regards,  \nJane Müller'));
    expect(text).toMatch(/Best regards,\nJane Müller/);
  });

  it('sets the Title and Author metadata', async () => {
    const { info } = await readPdf(await exportPdf(letter, { contact }));
    expect(info.Title).toBe('Cover letter: Senior Backend Engineer at Acme Corp');
    expect(info.Author).toBe('Jane Müller');
    const overridden = await readPdf(await exportPdf(letter, { title: 'Letter to Acme', author: 'J. M.' }));
    expect(overridden.info).toMatchObject({ Title: 'Letter to Acme', Author: 'J. M.' });
    expect(overridden.text.startsWith('Letter to Acme')).toBe(true);
  });

  it('links the email and web addresses', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await exportPdf(letter, { contact })));
    const { links } = await extractLinks(pdf);
    expect(links).toEqual(
      expect.arrayContaining(['mailto:jane.mueller@example.com', 'https://github.com/janem', 'https://www.linkedin.com/in/jane-mueller']),
    );
  });

  it('numbers ordered lists from their start and bullets the others', async () => {
    const { text } = await readPdf(await exportPdf('# Steps\n\n3. third\n4. fourth\n\n- loose\n- ends'));
    expectInOrder(text, ['3. third', '4. fourth', '• loose', '• ends']);
  });

  it('uses the bold and italic faces for bold and italic runs', async () => {
    const pdf = (await exportPdf('Plain, **bold**, *italic* and ***both***.')).toString('latin1');
    for (const face of ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']) {
      expect(pdf).toContain(`/BaseFont /${face}\n`);
    }
  });

  it('breaks long documents across pages, keeping every part in order', async () => {
    const { pages, text } = await readPdf(await exportPdf(longDocument(24), { contact }));
    expect(pages.length).toBeGreaterThan(3);
    expectInOrder(
      text,
      Array.from({ length: 24 }, (_, index) => [
        `Section ${index + 1}`,
        `Part ${index + 1}`,
        `Paragraph ${index + 1} starts`,
        `• Bullet ${index + 1}b with italic and bold text`,
        `2. Step ${index + 1} two`,
      ]).flat(),
    );
    expect(pages[0]).toMatch(/1 \/ \d+$/);
  });

  it('never leaves a heading as the last line of a page', async () => {
    // One section is about a dozen lines, so shifting by up to fifteen lines puts a heading at every spot on the page.
    const lastLines = await Promise.all(
      Array.from({ length: 16 }, async (_, leadLines) => {
        const { pages } = await readPdf(await exportPdf(longDocument(6, leadLines)));
        expect(pages.length).toBeGreaterThan(1);
        return pages.slice(0, -1).map((page) => page.split('\n').filter((line) => !/^\d+ \/ \d+$/.test(line.trim())).at(-1));
      }),
    );
    expect(lastLines.flat().filter((line) => /^(?:Section|Part) \d+$/.test(line ?? ''))).toEqual([]);
  }, 30_000); // sixteen documents written and read back: seconds on a busy machine

  it('starts a new page at a horizontal rule', async () => {
    const { pages } = await readPdf(await exportPdf('# Two pages\n\nOn the first.\n\n---\n\nOn the second.'));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('On the first.');
    expect(pages[1]).toContain('On the second.');
  });

  it('draws Windows-1252 text as it is: smart quotes, accents, dashes', async () => {
    const line = 'Zoë’s “naïve” café – résumé — Übung, 50 € … ™';
    const { text } = await readPdf(await exportPdf(`# Café Müller\n\n${line}\n\n- ${line}`, { contact: { name: 'Zoë Ångström', links: [] } }));
    expectInOrder(text, ['Café Müller', 'Zoë Ångström', line, `• ${line}`]);
  });

  it('embeds a Unicode font for names outside Windows-1252, and degrades only what it lacks', async () => {
    const bytes = await exportPdf('# Łódź 🚀\n\nCJK 中文, Ελένη, Дмитрий and math ≥ → ok', { contact: { name: 'Đorđe Łukasiewicz', links: [] } });
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    const { text } = await readPdf(bytes);
    expectInOrder(text, ['Łódź ?', 'Đorđe Łukasiewicz', 'CJK ??, Ελένη, Дмитрий and math ≥ → ok']);
  });

  it('keeps to the standard fonts, embedding nothing, when Windows-1252 covers the text', async () => {
    const pdf = (await exportPdf('# Café Müller\n\nZoë’s “naïve” résumé – 50 €', { contact: { name: 'Zoë Ångström', links: [] } })).toString('latin1');
    expect(pdf).toContain('/BaseFont /Helvetica-Bold\n');
    expect(pdf).not.toContain('/FontFile2');
  });

  it('writes an interview prep pack with its sections in order', async () => {
    const prep = writeInterviewPrep({ resume: engineerResume, posting: engineerPosting });
    const { text, pages } = await readPdf(await exportPdf(prep, { contact }));
    expect(pages.length).toBeGreaterThan(1);
    expectInOrder(text, [
      'Interview prep: Senior Backend Engineer at Acme Corp',
      'Jane Müller',
      'The role at a glance',
      'Likely questions',
      '1. Why do you want to join Acme Corp as a Senior Backend Engineer?',
      'STAR stories',
      'Situation: You were Senior Software Engineer at Northwind Labs',
      'Skill gaps to prepare',
      'Kubernetes',
      'Questions to ask the interviewer',
      'What are the next steps in the hiring process?',
    ]);
  });

  it('writes an empty document without failing', async () => {
    const { pages, info } = await readPdf(await exportPdf(''));
    expect(pages).toHaveLength(1);
    expect(info.Title).toBe('Document');
  });
});
