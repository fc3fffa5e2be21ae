/**
 * Letters for resume × posting pairs from several professions (tests/documents/letter-pairs.ts):
 * each names the company and the role, tells the person's actual current role and a result
 * the resume states, has none of the template seams the old letters had, reads differently
 * in each tone, and passes the grounding check unchanged.
 */
import { describe, expect, it } from 'vitest';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { workHistory } from '../../src/documents/work-history.ts';
import { type CoverLetterTone, coverLetterTones, type WriterResume } from '../../src/documents/writer-input.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { heldOutLetterPairs, letterPairs, pairsDate } from './letter-pairs.ts';
import { proseOf } from './grounding.ts';

// Phrases of the old templates (issue 13: "Why it fits: You need TypeScript… My record shows
// each of them."): headings inside the letter, and sentences that frame instead of saying.
const seamPhrases = [
  'Why it fits',
  'What I have delivered',
  'My record shows',
  'You need ',
  'A relevant example',
  'which your posting highlights',
  'This work drew directly on',
  'My experience further includes',
  'I note that the role',
  'aligns closely with the requirements',
  'Another of my contributions there',
  "Another highlight I'd love to tell you about",
  "One thing I'm especially proud of",
  'my contributions included',
  'is the one gap',
  'the remaining gaps',
  'My foundation',
  'That is the work I do',
  'ready to deliver from the start',
  'the same drive to',
  'a member of the team at',
  'In my experience,',
  "I'm also proud of my",
];

const write = (resume: WriterResume, posting: (typeof letterPairs)[number]['posting'], tone: CoverLetterTone) =>
  writeCoverLetter({ resume, posting, tone, date: pairsDate });

/**
 * The letter's own phrasing: pairs of consecutive words of its body (the title line left out),
 * the sources' words and numbers masked, no pair with a masked word.
 */
function ownWords(letter: string, sources: string): Set<string> {
  const known = new Set(sources.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);
  const body = proseOf(letter).split('\n').slice(1).join(' ');
  const words = (body.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).map((word) => (known.has(word) || /\d/.test(word) ? '' : word));
  const pairs = words.slice(1).map((word, index) => [words[index], word]);
  return new Set(pairs.filter(([left, right]) => left && right).map((pair) => pair.join(' ')));
}

function overlap(left: Set<string>, right: Set<string>): number {
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / Math.min(left.size, right.size);
}

const wordCount = (text: string) => proseOf(text).split(/\s+/).filter(Boolean).length;

/** The resume as the text a reader would have imported, for the grounding check. */
function rawTextOf(resume: WriterResume): string {
  return [
    resume.basics?.name,
    ...(resume.work ?? []).flatMap((work) => [`${work.position} — ${work.name}, ${work.startDate} – ${work.endDate ?? 'present'}`, ...(work.highlights ?? [])]),
    ...(resume.projects ?? []).flatMap((project) => [project.name, ...(project.highlights ?? [])]),
    ...(resume.education ?? []).map((education) => `${education.studyType} ${education.area}, ${education.institution}`),
    ...(resume.skills ?? []).flatMap((skill) => skill.keywords ?? []),
  ]
    .filter(Boolean)
    .join('\n');
}

const cases = [...letterPairs, ...heldOutLetterPairs].map((pair) => ({
  ...pair,
  letters: Object.fromEntries(coverLetterTones.map((tone) => [tone, write(pair.resume, pair.posting, tone)])) as Record<CoverLetterTone, string>,
}));

describe.each(cases)('cover letters for $name', ({ resume, posting, letters }) => {
  const sources = `${JSON.stringify(resume)}\n${JSON.stringify(posting)}`;
  const highlights = [...(resume.work ?? []).flatMap((work) => work.highlights ?? []), ...(resume.projects ?? []).flatMap((project) => project.highlights ?? [])];
  const current = workHistory(resume)[0]!;

  it.each(coverLetterTones)('names the company and the role, the person\'s real latest role and a stated result (%s)', (tone) => {
    const body = proseOf(letters[tone]).split('\n').slice(1).join('\n');
    expect(body).toContain(posting.company);
    expect(body).toContain(posting.title);
    expect(body).toContain(`${current.position} at ${current.employer}`);
    // One of the resume's own highlights, word for word (its first letter may be lowered).
    const cited = highlights.filter((highlight) => body.toLowerCase().includes(highlight.toLowerCase().replace(/[.]$/, '')));
    expect(cited.length, tone).toBeGreaterThanOrEqual(1);
  });

  it.each(coverLetterTones)('has no template seams, headings or bullets (%s)', (tone) => {
    for (const phrase of seamPhrases) expect(letters[tone], phrase).not.toContain(phrase);
    expect(letters[tone]).not.toMatch(/\*\*|^- |^#{2,} /m);
    expect(letters[tone]).not.toMatch(/undefined|null|NaN|\.\.(?!\.)|\s[,.]|,,/);
  });

  it('reads differently in each tone, and the concise letter is the shortest', () => {
    const words = Object.fromEntries(coverLetterTones.map((tone) => [tone, ownWords(letters[tone], sources)])) as Record<CoverLetterTone, Set<string>>;
    for (const [index, left] of coverLetterTones.entries()) {
      for (const right of coverLetterTones.slice(index + 1)) {
        expect(overlap(words[left], words[right]), `${left} vs ${right}`).toBeLessThan(0.25);
      }
    }
    for (const tone of ['professional', 'enthusiastic', 'confident'] as const) {
      expect(wordCount(letters.concise), tone).toBeLessThan(wordCount(letters[tone]) * 0.7);
    }
    expect(letters.professional).not.toMatch(/\b(?:I'm|I'd|I've|it's|can't|haven't)\b/);
    expect(letters.enthusiastic).toMatch(/!/);
  });

  it.each(coverLetterTones)('passes the grounding check unchanged: a deterministic letter is grounded by construction (%s)', (tone) => {
    const result = groundDocument(letters[tone], {
      resume: resume as JsonResume,
      rawText: rawTextOf(resume),
      posting,
      now: pairsDate,
    });
    expect(result.changes).toEqual([]);
    expect(result.text).toBe(letters[tone]);
  });
});

describe('years of experience in a letter', () => {
  // Issue 13: "the letter says '10 years' where the resume says 9". The work runs 2016-03 to
  // 2025-12: 9 years and 9 months, floored to 9.
  const pair = letterPairs.find((candidate) => candidate.resume.basics?.name === 'Ana Lima')!;

  it.each(coverLetterTones)('states 9 years for 9.75 years of work, never 10 (%s)', (tone) => {
    const letter = write(pair.resume, pair.posting, tone);
    expect(letter).not.toMatch(/\b10 years\b/);
    if (tone !== 'concise' || /years/.test(letter)) expect(letter).toMatch(/\b9 years\b/);
  });
});

// The prep pack is a structured document (its headings belong), but its questions must read as
// speech for any profession: no quoted "You will …" fragments, no engineering-only framing.
const prepSeams = ['trade-offs', 'team, product or problem', 'involves “You', "involves “you"];

describe.each([...letterPairs, ...heldOutLetterPairs])('the interview prep pack for $name', ({ resume, posting }) => {
  const pack = writeInterviewPrep({ resume, posting });

  it('has none of the template seams and passes the grounding check unchanged', () => {
    for (const phrase of prepSeams) expect(pack, phrase).not.toContain(phrase);
    expect(pack).toContain(posting.company);
    const result = groundDocument(pack, { resume: resume as JsonResume, rawText: rawTextOf(resume), posting, now: pairsDate });
    expect(result.changes).toEqual([]);
  });
});
