// Issue 13, session 48: two letters for one job in other tones read the same in every document
// list. The tone a letter was written in is shown beside it: in chat ("list my documents"), in
// the HTTP list, and in the CLI's table and its view of one document.
import { describe, expect, it } from 'vitest';
import type { ActionContext, ActionResult } from '../../src/actions/action.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { documentSummary } from '../../src/career/writing/document-response.ts';
import { formatDocument, formatDocumentTable } from '../../src/cli/format-documents.ts';
import { createPainter } from '../../src/cli/render.ts';
import type { DocumentRecord } from '../../src/db/repositories/documents.ts';
import { fakeCareerDependencies } from '../fakes/fake-career-dependencies.ts';

const letter = (id: string, tone: string | null, created: string): DocumentRecord => ({
  id,
  kind: 'cover_letter',
  title: 'Cover letter — Site Electrician at Voltbridge',
  job_id: 'job_a1',
  resume_id: 'res_b2',
  content: 'Dear Hiring Manager,\n\nI wire commercial fit-outs.',
  changes: [],
  tone,
  revision_of: null,
  created_at: created,
});
const prep: DocumentRecord = { ...letter('doc_0000000003', null, '2026-12-07T09:00:00.000Z'), kind: 'interview_prep', title: 'Interview prep — Site Electrician at Voltbridge' };
const documents = [letter('doc_0000000001', 'confident', '2026-12-07T10:00:00.000Z'), letter('doc_0000000002', 'concise', '2026-12-07T11:00:00.000Z'), prep];
const context: ActionContext = { signal: new AbortController().signal, artifactsDir: '/nonexistent', references: {} };

describe("a letter's tone in document lists", () => {
  it('is said in chat beside each letter, and nothing is said for a prep pack', async () => {
    const result = (await createActions(fakeCareerDependencies({}, { documents })).get('list_documents')?.run({}, context)) as ActionResult;
    const lines = result.summary.split('\n').slice(1);
    expect(lines.find((line) => line.includes('doc_0000000001'))).toMatch(/Voltbridge · confident · /);
    expect(lines.find((line) => line.includes('doc_0000000002'))).toMatch(/Voltbridge · concise · /);
    expect(lines.find((line) => line.includes('doc_0000000003'))).not.toMatch(/confident|concise|professional/);
  });

  it('is in the HTTP summary of a letter only', () => {
    expect(documentSummary(letter('doc_0000000001', 'confident', '2026-12-07T10:00:00.000Z')).tone).toBe('confident');
    expect('tone' in documentSummary(prep)).toBe(false);
  });

  it("is a column of the CLI's table and a word of its document view", () => {
    const paint = createPainter(false);
    const table = formatDocumentTable(paint, documents.map(documentSummary), 120).split('\n');
    expect(table[0]).toMatch(/\bTONE\b/);
    expect(table.find((line) => line.startsWith('doc_0000000001'))).toMatch(/\bconfident\b/);
    expect(table.find((line) => line.startsWith('doc_0000000003'))).toMatch(/—/);
    const shown = formatDocument(paint, { ...documentSummary(documents[1] as DocumentRecord), content: 'Dear Hiring Manager,', changes: [] });
    expect(shown.split('\n')[1]).toMatch(/cover letter · concise tone · job job_a1/);
  });
});
