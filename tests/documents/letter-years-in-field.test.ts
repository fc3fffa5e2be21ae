// A letter's years are the years in the posting's field (2026-12-05 trial, item 26: "13 years of
// work" counted a warehouse job before 11 years as an electrician), in every tone.
import { describe, expect, it } from 'vitest';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { coverLetterTones, type WriterPosting, type WriterResume } from '../../src/documents/writer-input.ts';
import { letterDate } from './fixtures.ts';

const carer: WriterResume = {
  basics: { name: 'Joy Mensah', label: 'Senior Care Assistant' },
  work: [
    { name: 'Elmwood House', position: 'Senior Care Assistant', startDate: '2021-04', highlights: ['Led a shift of 4 care assistants on a 24-bed unit'] },
    { name: 'Elmwood House', position: 'Care Assistant', startDate: '2018-04', endDate: '2021-03', highlights: ['Personal care and medication rounds'] },
    { name: 'Sainsbury’s', position: 'Checkout Operator', startDate: '2010-09', endDate: '2018-03' },
  ],
  skills: [{ name: 'Care', keywords: ['Personal Care', 'Medication Administration', 'Safeguarding'] }],
};
const posting: WriterPosting = {
  title: 'Senior Support Worker',
  company: 'Larkfield Care',
  description: 'Requirements:\n- 2+ years as a care worker\n- Medication administration\n- Safeguarding',
};

describe('a letter’s years of experience', () => {
  it.each(coverLetterTones)('counts the years in the posting’s field, not all work (%s)', (tone) => {
    // 2018-04 to 2026-11: 8 whole years in care; 16 with the checkout job.
    const letter = writeCoverLetter({ resume: carer, posting, tone, date: letterDate });
    expect(letter).not.toMatch(/\b16 years\b/);
    if (/\d+ years/.test(letter)) expect(letter).toMatch(/\b8 years\b/);
  });

  it('states the years in at least one tone', () => {
    const stated = coverLetterTones.filter((tone) => /\b8 years\b/.test(writeCoverLetter({ resume: carer, posting, tone, date: letterDate })));
    expect(stated.length).toBeGreaterThan(0);
  });
});
