import { describe, expect, it } from 'vitest';
import { fitWidths, formatTable, truncate, visibleColumns } from '../../src/cli/format-table.ts';
import { createPainter } from '../../src/cli/render.ts';

const paint = createPainter(false);

describe('truncate', () => {
  it('cuts at a character count, marking the cut with …', () => {
    expect(truncate('Senior Backend Engineer', 10)).toBe('Senior Ba…');
    expect(truncate('Senior Backend Engineer', 8)).toBe('Senior…');
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('€60k–80k', 8)).toBe('€60k–80k');
    expect(truncate('€60k–80k/yr', 6)).toBe('€60k–…');
  });

  it('cut in the middle keeps the ending that tells versions apart', () => {
    const letter = 'Cover letter — Commercial Journeyman Electrician at Ridgeline Mechanical';
    const shorter = truncate(`${letter} (shorter)`, 30, 'middle');
    expect([...shorter]).toHaveLength(30);
    expect(shorter).toMatch(/^Cover letter — Com.*….*\(shorter\)$/);
    expect(truncate(letter, 30, 'middle')).not.toBe(shorter);
  });
});

describe('the documents table', () => {
  it('shows versions of one letter apart however narrow the terminal', async () => {
    const { formatDocumentTable } = await import('../../src/cli/format-documents.ts');
    const title = 'Cover letter — Commercial Journeyman Electrician at Ridgeline Mechanical';
    const row = (id: string, suffix: string) => ({
      id,
      kind: 'cover_letter' as const,
      title: `${title}${suffix}`,
      job_id: null,
      resume_id: null,
      created_at: '2026-12-05T10:00:00.000Z',
    });
    const table = formatDocumentTable(paint, [row('doc_1', ''), row('doc_2', ' (shorter)'), row('doc_3', ' (less formal)')], 80);
    const titles = table.trimEnd().split('\n').slice(1).map((line) => line.slice(line.lastIndexOf('  ') + 2));
    expect(new Set(titles).size).toBe(3);
    expect(titles[1]).toMatch(/\(shorter\)$/);
  });
});

describe('fitWidths', () => {
  it('takes from the widest column for its weight, never from fixed ones', () => {
    expect(fitWidths([30, 12, 10], [{ header: 'A' }, { header: 'B', fixed: true }, { header: 'C' }], 40)).toEqual([
      14, 12, 10,
    ]);
    expect(fitWidths([40, 40], [{ header: 'A', weight: 3 }, { header: 'B' }], 42)).toEqual([30, 10]);
  });

  it('stops at each column minimum', () => {
    expect(fitWidths([30, 30], [{ header: 'A', minimum: 12 }, { header: 'B' }], 10)).toEqual([12, 5]);
  });
});

describe('visibleColumns', () => {
  it('leaves out optional columns, right-most first, only when the minimums do not fit', () => {
    const columns = [
      { header: 'ID', fixed: true },
      { header: 'TITLE', minimum: 10 },
      { header: 'A', optional: true },
      { header: 'B', optional: true },
    ];
    const natural = [12, 40, 20, 20];
    expect(visibleColumns(columns, natural, 100)).toEqual([0, 1, 2, 3]);
    expect(visibleColumns(columns, natural, 40)).toEqual([0, 1, 2, 3]);
    expect(visibleColumns(columns, natural, 35)).toEqual([0, 1, 2]);
    expect(visibleColumns(columns, natural, 20)).toEqual([0, 1]);
  });
});

describe('formatTable', () => {
  const columns = [{ header: '#', fixed: true, align: 'right' as const }, { header: 'NAME' }, { header: 'NOTE' }];
  const rows = Array.from({ length: 10 }, (_, index) => [String(index + 1), `name ${index}`, 'x'.repeat(index * 5)]);

  it('aligns columns, right-aligns numbers and trims trailing spaces', () => {
    const text = formatTable(paint, columns, rows.slice(8), 80);
    expect(text).toBe(
      [
        ' #  NAME    NOTE',
        ` 9  name 8  ${'x'.repeat(40)}`,
        `10  name 9  ${'x'.repeat(45)}`,
        '',
      ].join('\n'),
    );
  });

  it('keeps every line within the width', () => {
    for (const width of [20, 30, 45, 60]) {
      const lines = formatTable(paint, columns, rows, width).trimEnd().split('\n');
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
    }
  });

  it('puts each cell on one line', () => {
    expect(formatTable(paint, [{ header: 'A' }], [['two\nlines\there']], 80)).toBe('A\ntwo lines here\n');
  });
});

describe('the saved jobs table', () => {
  it('says when a saved posting was taken down or edited, and nothing when it is open or unchecked', async () => {
    const { formatSavedJobs } = await import('../../src/cli/format-jobs.ts');
    const saved = (job_id: string, status: 'open' | 'closed' | 'changed' | null) => ({
      job_id,
      title: 'Backend Engineer',
      company: 'Stripe',
      location: null,
      url: 'https://stripe.com/jobs/1',
      status: 'applied' as const,
      notes: '',
      saved_at: '2026-12-01T10:00:00.000Z',
      updated_at: '2026-12-01T10:00:00.000Z',
      history: [],
      posting_check: status && { status, reason: '', checked_at: '2026-12-05T10:00:00.000Z', status_since: '2026-12-05T10:00:00.000Z' },
    });
    const lines = formatSavedJobs(paint, [saved('a1', 'closed'), saved('a2', 'changed'), saved('a3', 'open'), saved('a4', null)], { width: 160 }).split('\n');
    expect(lines[1]).toContain('applied (posting closed)');
    expect(lines[2]).toContain('applied (posting changed)');
    expect(lines[3]).toMatch(/applied\s/);
    expect(lines[3]).not.toContain('posting');
    expect(lines[4]).not.toContain('posting');
  });
});
