import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/documents/export-file-name.ts';

const date = new Date('2026-11-22T18:30:00Z');

describe('exportFileName', () => {
  it('names the kind, company, role, date and id', () => {
    expect(exportFileName({ kind: 'cover_letter', company: 'Acme', title: 'Senior Engineer', date, format: 'pdf', id: 'k3x9q2' })).toBe(
      'cover-letter-acme-senior-engineer-2026-11-22-k3x9q2.pdf',
    );
  });

  it("dates the file by the person's day, not UTC's", () => {
    // 01:15 UTC on the 6th is 20:15 on the 5th in Toronto, and already the 6th in Tokyo.
    const evening = new Date('2026-12-06T01:15:00Z');
    expect(exportFileName({ kind: 'cover_letter', company: 'Acme', date: evening, format: 'pdf', id: 'a1', timeZone: 'America/Toronto' })).toBe(
      'cover-letter-acme-2026-12-05-a1.pdf',
    );
    expect(exportFileName({ kind: 'cover_letter', company: 'Acme', date: evening, format: 'pdf', id: 'a1', timeZone: 'Asia/Tokyo' })).toBe('cover-letter-acme-2026-12-06-a1.pdf');
  });

  it('adds a random short id when none is given', () => {
    const first = exportFileName({ kind: 'interview_prep', company: 'Acme', date, format: 'docx' });
    const second = exportFileName({ kind: 'interview_prep', company: 'Acme', date, format: 'docx' });
    expect(first).toMatch(/^interview-prep-acme-2026-11-22-[0-9a-f]{8}\.docx$/);
    expect(first).not.toBe(second);
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\system32', 'c-windows-system32'],
    ['Müller & Söhne GmbH', 'muller-sohne-gmbh'],
    ['Straße 5 Ølbryggeri', 'strasse-5-olbryggeri'],
    ['\u0000evil\nname\t.', 'evil-name'],
    ['株式会社', ''],
  ])('reduces %j to %j', (company, slug) => {
    const name = exportFileName({ kind: 'resume', company, date, format: 'md', id: 'x1' });
    expect(name).toBe(`resume-${slug ? `${slug}-` : ''}2026-11-22-x1.md`);
  });

  it('bounds the length and keeps only safe characters, whatever it is given', () => {
    const name = exportFileName({
      kind: 'cover_letter',
      company: 'A'.repeat(500),
      title: `${'Very Long Title '.repeat(40)}/..`,
      date,
      format: 'pdf',
      id: '../../../../id-that-is-far-too-long',
    });
    expect(name.length).toBeLessThanOrEqual(128);
    expect(name).toMatch(/^[a-z0-9-]+\.pdf$/);
    expect(name).not.toContain('--');
  });

  it('never lets an unknown format through as the extension', () => {
    expect(exportFileName({ kind: 'resume', date, format: 'exe/../x' as never, id: 'a' })).toBe('resume-2026-11-22-a.bin');
  });
});
