import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/db/repositories/documents.ts';
import type { ResumeRecord } from '../../src/db/repositories/resumes.ts';
import { renderDocument } from '../../src/documents/export-document-file.ts';
import { readDocxText, readPdf } from './document-text.ts';

const resume = {
  id: 'res_0000000001',
  label: 'cv',
  format: 'md',
  filename: 'cv.md',
  raw_text: '',
  resume: { basics: { name: 'Oskar Lind', email: 'oskar@example.org' } },
  parent_id: null,
  job_id: null,
  created_at: '2026-12-01T00:00:00.000Z',
  active: true,
  corrected_at: null,
  corrections: [],
} as ResumeRecord;

const document = (kind: DocumentRecord['kind'], title: string, content: string) =>
  ({ id: 'doc_abcdef1234', kind, title, content, job_id: null, resume_id: resume.id, created_at: '2026-12-02T00:00:00.000Z', changes: [] }) as unknown as DocumentRecord;

describe('renderDocument', () => {
  const letter = document('cover_letter', 'Cover letter — Demand Planner at Nordlog', '# Cover letter: Demand Planner at Nordlog\n\nDecember 2, 2026\n\nDear Hiring Team,\n\nI would like to apply.\n\nThanks,  \nOskar Lind\n');

  it('prints a letter as a letter: the contact header, then the date, no heading; the title stays the file\'s', async () => {
    const pdf = await readPdf((await renderDocument(letter, resume, 'pdf')).bytes);
    expect(pdf.text).not.toContain('Cover letter');
    expect(pdf.text.indexOf('Oskar Lind')).toBeLessThan(pdf.text.indexOf('December 2, 2026'));
    expect(pdf.info.Title).toBe('Cover letter — Demand Planner at Nordlog');
    const docx = await readDocxText((await renderDocument(letter, resume, 'docx')).bytes);
    expect(docx).not.toContain('Cover letter');
    expect(docx).toContain('December 2, 2026');
  });

  it('keeps the heading of a prep pack', async () => {
    const prep = document('interview_prep', 'Interview prep — Demand Planner at Nordlog', '# Interview prep: Demand Planner at Nordlog\n\n## Likely questions\n\n1. Why Nordlog?\n');
    const pdf = await readPdf((await renderDocument(prep, resume, 'pdf')).bytes);
    expect(pdf.text).toContain('Interview prep — Demand Planner at Nordlog');
  });
});
