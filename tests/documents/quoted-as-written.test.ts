import { describe, expect, it } from 'vitest';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { coverLetterTones, type WriterPosting, type WriterResume } from '../../src/documents/writer-input.ts';

// Session 38 trial: a letter put the resume's "40 trucks per day" inside quotation marks as
// "40 trucks a day", and a prep pack quoted a job title ("Warehouse Operations Supervisor")
// as the line that shows the people led although a bullet said it ("Lead team of 14 in 2 shifts").
// Invented people in other trades; the shorthand in several forms ("per week", "/hr", "per shift").
const baker: WriterResume = {
  basics: { name: 'Ilse Verhoeven', label: 'Bakery Shift Supervisor' },
  work: [
    {
      name: 'Bakkerij Zonneveld',
      position: 'Bakery Shift Supervisor',
      startDate: '2020-02',
      highlights: ['Run crew of 9 bakers across 2 night shifts', 'Output of 1,200 loaves per shift, waste under 2%', 'Dough room temperature log /hr'],
    },
    {
      name: 'Broodhuis Noord',
      position: 'Baker',
      startDate: '2016-05',
      endDate: '2020-01',
      highlights: ['Sourdough starter care, 300 kg flour per week'],
    },
  ],
  skills: [{ name: 'Food safety', keywords: ['HACCP'] }, { name: 'Production planning' }],
};
const posting: WriterPosting = {
  title: 'Production Planner',
  company: 'Graanhof Foods',
  description: 'We plan production for three bakeries.\n- Production planning\n- HACCP\n- Lead the night shift',
  requiredSkills: ['Production planning', 'HACCP'],
  matchedSkills: ['Production planning', 'HACCP'],
  missingSkills: [],
};
const day = new Date('2026-12-06T12:00:00Z');
const resumeLines = (resume: WriterResume) => (resume.work ?? []).flatMap((entry) => entry.highlights ?? []);

describe('words inside quotation marks are the resume’s own', () => {
  it('every quote in a letter, in every tone, is a run of a resume line as written', () => {
    const lines = resumeLines(baker).map((line) => line.toLowerCase());
    let quoted = 0;
    for (const tone of coverLetterTones) {
      const letter = writeCoverLetter({ resume: baker, posting, tone, date: day });
      const quotes = [...letter.matchAll(/“([^”]+)”/g)].map((match) => (match[1] ?? '').toLowerCase());
      for (const quote of quotes) expect(lines.some((line) => line.includes(quote)), `${tone}: “${quote}”`).toBe(true);
      quoted += quotes.length;
      // Session 46 (issue 13, class 1): the act the resume states is told whole; a line with no verb of its own
      // ("Output of 1,200 loaves per shift, waste under 2%") is left out, never pasted into a frame.
      expect(letter, tone).toMatch(/\bI run crew of 9 bakers across 2 night shifts\b/i);
      expect(letter, tone).not.toMatch(/can point to|1,200 loaves/);
    }
    expect(quoted).toBe(0);
  });

  it('a quote keeps "per shift" and "per week" as written; prose outside quotes may still say it in words', () => {
    const letters = coverLetterTones.map((tone) => writeCoverLetter({ resume: baker, posting, tone, date: day })).join('\n');
    expect(letters).not.toMatch(/“[^”]*\b(?:a shift|a week)\b[^”]*”/);
  });
});

describe('the people a prep pack says you led', () => {
  it('quotes the bullet that says whom, not the title that only implies it', () => {
    const pack = writeInterviewPrep({ resume: baker, posting });
    expect(pack).toContain('“Run crew of 9 bakers across 2 night shifts”');
    expect(pack).not.toContain('“Bakery Shift Supervisor”');
  });

  it('falls back to the title when no line says whom', () => {
    const titleOnly: WriterResume = { ...baker, work: [{ ...baker.work![0]!, highlights: ['Output of 1,200 loaves per shift'] }] };
    const pack = writeInterviewPrep({ resume: titleOnly, posting });
    expect(pack).toContain('“Bakery Shift Supervisor”');
  });
});
