// A job title or a role's own words that read like a degree ("Journeyman Electrician", "taught
// GCSE maths") were removed from prep packs as invented degrees. They are the person's work; a
// degree word claimed on its own is still checked.
import { describe, expect, it } from 'vitest';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const teacher: JsonResume = {
  basics: { name: 'Lee Park' },
  work: [{ name: 'Hillcrest Academy', position: 'Maths Teacher', startDate: '2019-09', highlights: ['Taught GCSE maths to mixed-ability classes'] }],
};
const electrician: JsonResume = {
  basics: { name: 'Ray Ortiz' },
  work: [{ name: 'Kessler Electric', position: 'Journeyman Electrician', startDate: '2016-01', highlights: ['Wired panels for new homes'] }],
};
const posting = { title: 'Teacher', company: 'Brookfield School', description: 'Teach maths.' };

describe('degree words in the work history', () => {
  it('keeps a sentence naming the person’s own job title', () => {
    const text = 'Walk me through your work as Journeyman Electrician at Kessler Electric.';
    expect(groundDocument(text, { resume: electrician, rawText: '', posting }).changes).toEqual([]);
  });

  it('keeps a sentence that repeats a role’s own words', () => {
    const text = 'From your resume: “Taught GCSE maths to mixed-ability classes.”';
    expect(groundDocument(text, { resume: teacher, rawText: '', posting }).changes).toEqual([]);
  });

  it('still removes a degree claimed on its own', () => {
    const text = 'I also hold a BSc in Mathematics.';
    const grounded = groundDocument(text, { resume: teacher, rawText: '', posting });
    expect(grounded.changes.map((change) => change.kind)).toContain('degree');
  });
});
