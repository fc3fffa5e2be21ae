// A letter names the years in the posting's field in words of that field (2026-12-05 trial,
// item 26: "13 years of work" counted a warehouse job before 11 years as an electrician): the
// apprenticeship counts as years in the trade, a job in another field does not, and the tone
// says where the years were ("11 years in the electrical trade"), in every tone and trade.
import { describe, expect, it } from 'vitest';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { coverLetterTones, type WriterPosting, type WriterResume } from '../../src/documents/writer-input.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { renderResumeText } from '../../src/resume/render-resume-text.ts';
import { letterDate } from './fixtures.ts';

const cases: [string, WriterResume, WriterPosting, number, string][] = [
  [
    'electrician',
    {
      basics: { name: 'Dale Kruger', label: 'Journeyman Electrician' },
      work: [
        { name: 'Summit Electric', position: 'Journeyman Electrician', startDate: '2019-06', highlights: ['Commercial fit-outs and service upgrades'] },
        { name: 'Summit Electric', position: 'Apprentice Electrician', startDate: '2015-06', endDate: '2019-05' },
        { name: 'Lakeside Foods', position: 'Warehouse Associate', startDate: '2012-01', endDate: '2015-05' },
      ],
      skills: [{ name: 'Trade', keywords: ['Commercial Wiring', 'Troubleshooting'] }],
    },
    { title: 'Commercial Electrician', company: 'Norbert Electric', description: 'Requirements:\n- 4+ years as an electrician\n- Commercial wiring' },
    11,
    'the electrical trade',
  ],
  [
    'chef',
    {
      basics: { name: 'Mina Costa', label: 'Chef de Partie' },
      work: [
        { name: 'Olive & Ash', position: 'Chef de Partie', startDate: '2020-03', highlights: ['Grill section for 110 covers'] },
        { name: 'City Bank', position: 'Bank Clerk', startDate: '2012-01', endDate: '2020-02' },
      ],
      skills: [{ name: 'Kitchen', keywords: ['Food Safety', 'Butchery'] }],
    },
    { title: 'Sous Chef', company: 'Fern Hotel', description: 'Requirements:\n- 3 years as a chef\n- Food hygiene certificate' },
    6,
    'professional kitchens',
  ],
];

describe('a letter’s years are in the posting’s field, said in its words', () => {
  it.each(cases.flatMap(([trade, resume, posting, years, field]) => coverLetterTones.map((tone) => [trade, tone, resume, posting, years, field] as const)))(
    '%s, %s tone',
    (_, tone, resume, posting, years, field) => {
      const letter = writeCoverLetter({ resume, posting, tone, date: letterDate });
      const stated = [...letter.matchAll(/\b(\d+) years\b/g)].map((match) => Number(match[1]));
      for (const value of stated) expect(value).toBe(years);
      if (stated.length > 0 && tone !== 'concise') expect(letter).toContain(field);
      expect(letter).not.toMatch(/years of work|years in total/);
      // What the letter states passes the grounding check (the apprenticeship is work in the trade).
      expect(groundDocument(letter, { resume: resume as JsonResume, rawText: renderResumeText(resume as JsonResume), posting, now: letterDate }).changes.filter((change) => change.kind === 'number')).toEqual([]);
    },
  );
});

it.each(cases)('%s: the years are stated in at least one tone', (_, resume, posting, years, field) => {
  const stated = coverLetterTones.filter((tone) => writeCoverLetter({ resume, posting, tone, date: letterDate }).includes(`${years} years in ${field}`));
  expect(stated.length).toBeGreaterThan(0);
});
