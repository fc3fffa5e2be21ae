// A count of one reads in the singular: a resume with a single year of work gets "1 year",
// never "1 years", in every tone's letter and in the match people read.
import { describe, expect, it } from 'vitest';
import { matchResume } from '../../src/career/resumes/match-resume.ts';
import type { ResumeRecord } from '../../src/db/repositories/resumes.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { formatMatch } from '../../src/present/format-match.ts';
import { coverLetterTones } from '../../src/documents/writer-input.ts';
import { engineerPosting, engineerResume, letterDate } from './fixtures.ts';

// About a year and a half of work before the letter's date: one whole year.
const oneYear = {
  ...engineerResume,
  work: [{ ...(engineerResume.work ?? [])[0], startDate: '2025-05', endDate: undefined }],
} as typeof engineerResume;

describe('one year of work', () => {
  it.each(coverLetterTones)('the %s letter says "1 year"', (tone) => {
    for (const shorter of [false, true]) {
      const letter = writeCoverLetter({ resume: oneYear, posting: engineerPosting, tone, date: letterDate, shorter });
      expect(letter).not.toMatch(/\b1 years\b|\bare 1 year\b/);
    }
  });

  it('some tone states the year, in the singular', () => {
    const letters = coverLetterTones.map((tone) => writeCoverLetter({ resume: oneYear, posting: engineerPosting, tone, date: letterDate }));
    expect(letters.join('\n')).toMatch(/\b1 year\b/);
  });

  it('the match says "1 year shown"', () => {
    const record = { id: 'res_1', resume: { basics: { name: 'Jo Hart' }, work: [{ name: 'Swiftparcel', position: 'Delivery Driver', startDate: '2024-07', endDate: '2025-06', highlights: ['Delivered 120 parcels a day'] }] }, raw_text: '' } as unknown as ResumeRecord;
    const text = formatMatch(matchResume(record, { title: 'Van Driver', description: 'Requirements:\n- 2+ years as a driver' }), 'Van Driver at Kestrel');
    expect(text).toMatch(/\b1 year shown\b/);
    expect(text).toContain('Experience counted in professional driving: 1 year against 2+ asked.');
    expect(text).not.toMatch(/\b1 years\b/);
  });
});
