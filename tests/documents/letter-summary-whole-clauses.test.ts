import { describe, expect, it } from 'vitest';
import { coverLetterTones } from '../../src/documents/writer-input.ts';
import { letterPeople, preparedPerson } from './letter-people.ts';

// Session 40 (issue 13, a new user's trial #15/#42): "9 years of experience building accessible, fast web shops" was
// cut at its first comma, so every letter said "my 9 years of experience building accessible bear directly on …".
// The class: a summary's years phrase shortened at a comma inside a list. Summaries invented here, on the backend
// person of tests/documents/letter-people.ts (work since January 2020: 6 years counted).
const backend = letterPeople.find((person) => person.name.startsWith('backend'))!;
const withSummary = (summary: string) => ({ ...backend, resume: { ...backend.resume, basics: { ...backend.resume.basics, summary } } });

describe('a letter quotes the years of a summary as a whole clause, or not at all', () => {
  it.each([
    ['Engineer with 5 years building reliable, observable payment services.', /5 years building reliable, observable payment services\b/],
    ['Backend developer with 5 years of experience designing secure, well-tested APIs in Go, PostgreSQL and Kafka.', /5 years of experience designing secure, well-tested APIs in Go, PostgreSQL and Kafka\b/],
    ['5 years in payments, now moving into platform work.', /5 years in payments\b(?!,)/],
  ])('"%s"', async (summary, quoted) => {
    const prepared = await preparedPerson(withSummary(summary));
    const professional = prepared.letter('professional').text;
    expect(professional).toMatch(quoted);
    for (const tone of coverLetterTones) {
      const text = prepared.letter(tone).text;
      // No years phrase that stops on a word that leaves it open ("building accessible", "of experience in").
      expect(text, tone).not.toMatch(/\b\d+ years[^.]*?\b(?:reliable|secure|and|of|in|the)\s+(?:bears?|is|are|behind)\b/);
      expect(text, tone).not.toMatch(/\bnow moving into platform work\b/);
    }
  });

  it('a long list after the years is not quoted cut short: the letter counts the years in its own words', async () => {
    const prepared = await preparedPerson(withSummary('Developer with 5 years building fast, accessible, multilingual, well-documented, thoroughly tested web shops, booking systems and design systems for retailers.'));
    for (const tone of coverLetterTones) {
      const text = prepared.letter(tone).text;
      expect(text, tone).not.toMatch(/5 years building fast(?!, accessible, multilingual, well-documented, thoroughly tested web shops, booking systems and design systems for retailers)/);
    }
  });
});
