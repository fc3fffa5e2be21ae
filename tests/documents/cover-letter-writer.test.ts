import { describe, expect, it } from 'vitest';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { type CoverLetterTone, coverLetterTones, type WriterPosting, type WriterResume } from '../../src/documents/writer-input.ts';
import { designerPosting, designerResume, engineerPosting, engineerResume, letterDate, sourcesOf } from './fixtures.ts';
import { proseOf, ungroundedNames, ungroundedNumbers } from './grounding.ts';

// The templates' own capitalised words: plain English, no organisation, product or skill.
const templateWords = new Set(
  "A All And At Behind Best Beyond Both Could Cover Dear Earlier Give Thanks Hello Hiring I I'd I'm I've It's Manager Most My On Please Regards Right Sincerely Team Thank The This Today Warm When You You're If November".split(
    ' ',
  ),
);
// Besides the sources' numbers, a letter may state its own date and the years computed from the resume's dates.
const derivedNumbers = ['22', '2026'];

const write = (tone: CoverLetterTone, resume: WriterResume = engineerResume, posting: WriterPosting = engineerPosting) =>
  writeCoverLetter({ resume, posting, tone, date: letterDate });

const letters = Object.fromEntries(coverLetterTones.map((tone) => [tone, write(tone)])) as Record<CoverLetterTone, string>;

/** The letter's body sentences: no title, date, salutation or sign-off. */
function sentences(letter: string): string[] {
  const body = proseOf(letter)
    .split('\n\n')
    .filter((paragraph) => !/^(Cover letter|November|Dear|Hello|Hiring Manager|Sincerely|Warm|Best|Thanks)/.test(paragraph));
  return body.join(' ').split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim()).filter(Boolean);
}

function wordCount(text: string): number {
  return proseOf(text).split(/\s+/).filter(Boolean).length;
}

/** Every string the resume and posting state, longest first. */
function factsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(factsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(factsOf);
  return [];
}

/**
 * How much of one letter's own phrasing the other repeats: the letters' body sentences with
 * every fact masked (strings from the sources, numbers), as trigrams without a masked word;
 * shared trigrams over the smaller letter's count.
 */
function phrasingOverlap(left: string, right: string): number {
  const facts = factsOf([engineerResume, engineerPosting])
    .flatMap((fact) => [fact, fact.replace(/[.!]$/, '')])
    .sort((a, b) => b.length - a.length);
  const trigrams = (letter: string) => {
    let text = sentences(letter).join(' ');
    for (const fact of facts) text = text.replace(new RegExp(fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ' FACT ');
    const words = text.replace(/\d+/g, ' FACT ').toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const all = words.slice(2).map((word, index) => [words[index], words[index + 1], word]);
    return new Set(all.filter((trigram) => !trigram.includes('fact')).map((trigram) => trigram.join(' ')));
  };
  const [a, b] = [trigrams(left), trigrams(right)];
  const shared = [...a].filter((trigram) => b.has(trigram)).length;
  return shared / Math.min(a.size, b.size);
}

function firstBodySentence(letter: string): string {
  return sentences(letter)[0] ?? '';
}

describe('writeCoverLetter', () => {
  it.each(coverLetterTones)('names the company, the role and the real employer and title (%s)', (tone) => {
    const letter = letters[tone];
    expect(letter).toMatch(/^# Cover letter: Senior Backend Engineer at Acme Corp\n/);
    expect(proseOf(letter).split('\n').slice(1).join('\n')).toContain('Acme Corp');
    expect(letter).toContain('Senior Backend Engineer');
    expect(letter).toContain('Northwind Labs');
    expect(letter).toContain('Senior Software Engineer');
    expect(letter).toContain('Jane Müller');
  });

  it.each(coverLetterTones)('states years of experience computed from the dates, and matched skills (%s)', (tone) => {
    // 2017-09 to today (2026-11), counted once: 110 months, 9 whole years.
    expect(letters[tone]).toMatch(/\b9 years\b/);
    expect(letters[tone]).toContain('TypeScript');
    // The concise letter names fewer skills; the others name the top three.
    if (tone !== 'concise') expect(letters[tone]).toContain('PostgreSQL');
  });

  it.each(coverLetterTones)('cites a resume highlight that mentions the posting skills (%s)', (tone) => {
    expect(letters[tone]).toMatch(/[Ll]ed the migration of 40 services from a monolith to TypeScript microservices on Node\.js/);
  });

  it.each(coverLetterTones)('contains no number or capitalised name from neither source (%s)', (tone) => {
    const sources = sourcesOf(engineerResume, engineerPosting);
    expect(ungroundedNumbers(letters[tone], sources, [...derivedNumbers, '9'])).toEqual([]);
    expect(ungroundedNames(letters[tone], sources, templateWords)).toEqual([]);
  });

  it.each(coverLetterTones)('stays grounded for a different field (%s)', (tone) => {
    const letter = write(tone, designerResume, designerPosting);
    const sources = sourcesOf(designerResume, designerPosting);
    expect(letter).toContain('Brightside');
    expect(letter).toContain('Sunbird Health');
    // 2019-06 to 2026-11: 7 whole years.
    expect(ungroundedNumbers(letter, sources, [...derivedNumbers, '7'])).toEqual([]);
    expect(ungroundedNames(letter, sources, templateWords)).toEqual([]);
    // Nothing from the engineering fixture or any template leaks in.
    expect(letter).not.toMatch(/TypeScript|Node|PostgreSQL|Kubernetes|Northwind|Acme|software|engineer/i);
  });

  it('never claims a skill the resume does not show, even if the posting says it matched, nor calls a matched one new', () => {
    const letter = write('confident', engineerResume, { ...engineerPosting, matchedSkills: ['Kubernetes', 'TypeScript'] });
    expect(letter).not.toMatch(/Kubernetes[^.]*and I use/);
    // TypeScript is named once, by the result that shows it ("… TypeScript microservices"), not again in the list of skills.
    expect(letter).toMatch(/TypeScript microservices/);
    expect(letter).not.toMatch(/Kubernetes is new ground for me/);
  });

  describe('tones', () => {
    it('open differently', () => {
      const openings = coverLetterTones.map((tone) => firstBodySentence(letters[tone]));
      expect(new Set(openings).size).toBe(coverLetterTones.length);
      for (const opening of openings) {
        expect(opening).toContain('Acme Corp');
        expect(opening).toContain('Senior Backend Engineer');
      }
      expect(openings[1]).toMatch(/!$/);
    });

    it('greet and sign off differently', () => {
      const salutations = coverLetterTones.map((tone) => /^(?:Dear|Hello) [^\n]+,$/m.exec(letters[tone])?.[0]);
      const closings = coverLetterTones.map((tone) => /^(\w+(?: \w+){0,2}), {2}$/m.exec(letters[tone])?.[1]);
      expect(new Set(salutations).size).toBe(coverLetterTones.length);
      expect(closings).toEqual(['Sincerely', 'Warm regards', 'Best regards', 'Thanks', 'All the best']);
    });

    it('share few sentences and little phrasing', () => {
      for (const [index, left] of coverLetterTones.entries()) {
        for (const right of coverLetterTones.slice(index + 1)) {
          const leftSentences = new Set(sentences(letters[left]));
          const shared = sentences(letters[right]).filter((sentence) => leftSentences.has(sentence));
          expect(shared, `${left} vs ${right}`).toEqual([]);
          expect(phrasingOverlap(letters[left], letters[right]), `${left} vs ${right}`).toBeLessThan(0.2);
        }
      }
    });

    // Issue 13: no bullets or bold headings inside a letter ("**Why it fits:**", "**What I have delivered:**").
    it('differ in structure: the professional letter is formal, the enthusiastic one exclaims, none has headings or bullets', () => {
      const contractions = /\b(?:I'm|I'd|I've|it's|let's|that's)\b/i;
      expect(letters.professional).not.toMatch(contractions);
      expect(letters.professional).toMatch(/^Hiring Manager {2}\nAcme Corp {2}\nBerlin, Germany$/m);
      expect(letters.enthusiastic).toMatch(contractions);
      expect((letters.enthusiastic.match(/!/g) ?? []).length).toBeGreaterThanOrEqual(2);
      // "Less formal" is plain and warm, not excited (the 2026-12-05 trial got an exclamation-heavy letter).
      expect(letters.warm).toMatch(contractions);
      expect(letters.warm).not.toMatch(/!/);
      for (const tone of coverLetterTones) {
        expect(letters[tone]).not.toMatch(/^- /m);
        expect(letters[tone]).not.toMatch(/\*\*|^#{2,} /m);
      }
    });

    it('write shorter sentences when confident than when professional', () => {
      const averageWords = (letter: string) => {
        const all = sentences(letter);
        return all.reduce((sum, sentence) => sum + sentence.split(/\s+/).length, 0) / all.length;
      };
      expect(averageWords(letters.confident)).toBeLessThan(averageWords(letters.professional) * 0.8);
    });

    it('keep concise much shorter than every other tone', () => {
      const concise = wordCount(letters.concise);
      expect(concise).toBeLessThan(110);
      for (const tone of ['professional', 'enthusiastic', 'confident', 'warm'] as const) {
        expect(concise, tone).toBeLessThan(wordCount(letters[tone]) * 0.55);
      }
    });
  });

  it('addresses the hiring manager by name when given', () => {
    const letter = writeCoverLetter({ resume: engineerResume, posting: engineerPosting, tone: 'professional', hiringManager: 'Maria Rivera', date: letterDate });
    expect(letter).toContain('Dear Maria Rivera,');
    expect(letter).toMatch(/^Maria Rivera {2}\nAcme Corp/m);
  });

  it('keeps resume text that looks like Markdown literal', () => {
    const resume: WriterResume = {
      basics: { name: 'Sam *Star* Lee' },
      work: [{ name: 'Foo_Bar Inc', position: 'Engineer', highlights: ['Used TypeScript to cut *all* costs'] }],
    };
    const letter = writeCoverLetter({ resume, posting: engineerPosting, tone: 'confident', date: letterDate });
    expect(letter).toContain('Sam \\*Star\\* Lee');
    expect(letter).toContain('Foo\\_Bar Inc');
    expect(letter).toContain('cut \\*all\\* costs');
  });

  describe('with a sparse resume', () => {
    const sparseResumes: Record<string, WriterResume> = {
      empty: {},
      'name only': { basics: { name: 'Alex Kim' } },
      'work without highlights or dates': { basics: { name: 'Alex Kim' }, work: [{ name: 'Initech', position: 'Analyst' }] },
      'employer without title': { work: [{ name: 'Initech', startDate: '2024-01' }] },
      'job that started this year': { work: [{ name: 'Initech', position: 'Analyst', startDate: '2026-02' }] },
      'skills only': { skills: [{ keywords: ['TypeScript'] }] },
    };

    it.each(Object.entries(sparseResumes).flatMap(([name, resume]) => coverLetterTones.map((tone) => [name, tone, resume] as const)))(
      'writes a clean letter (%s, %s)',
      (_name, tone, resume) => {
        const letter = write(tone, resume);
        expect(letter).toContain('Acme Corp');
        expect(letter).toContain('Senior Backend Engineer');
        expect(letter).not.toMatch(/undefined|null|NaN|\[object|\bat \.|\s,|,,| {3}|\n{3}/);
        const years = resume === sparseResumes['employer without title'] ? ['2'] : [];
        expect(ungroundedNumbers(letter, sourcesOf(resume, engineerPosting), [...derivedNumbers, ...years])).toEqual([]);
        expect(ungroundedNames(letter, sourcesOf(resume, engineerPosting), templateWords)).toEqual([]);
        // Less than a year of stated dates: no years claimed, never rounded up.
        if (years.length === 0) expect(letter).not.toMatch(/\d+ years?/);
      },
    );

    it('claims no skills for an empty resume', () => {
      for (const tone of coverLetterTones) {
        expect(write(tone, {})).not.toMatch(/background in|experience with|including TypeScript|delivers with/);
      }
    });

    it('cites the employer and title it does have', () => {
      const letter = write('professional', sparseResumes['work without highlights or dates']);
      expect(letter).toContain('an Analyst at Initech');
      expect(letter).not.toContain('currently');
    });
  });
});

describe('where each result happened', () => {
  // A posting whose best evidence comes from two different jobs: Python from the older one, PostgreSQL from the latest.
  const dataPosting: WriterPosting = {
    title: 'Data Platform Engineer',
    company: 'Initech',
    description: 'You will build Python ETL pipelines and tune PostgreSQL for analytics. Code review culture matters to us.',
    requiredSkills: ['Python', 'PostgreSQL'],
  };
  const employers = (engineerResume.work ?? []).map((job) => job.name ?? '').filter(Boolean);

  /** The employer a reader takes each stated result to come from: the last one named before it (or in its sentence). */
  function attributions(letter: string): { result: string; readAs: string | undefined; truth: string }[] {
    const found: { result: string; readAs: string | undefined; truth: string }[] = [];
    let lastNamed: string | undefined;
    for (const sentence of proseOf(letter).split(/(?<=[.!?:])\s+/)) {
      const named = employers.filter((employer) => sentence.includes(employer));
      if (named.length > 0) lastNamed = named.at(-1);
      for (const job of engineerResume.work ?? []) {
        for (const highlight of job.highlights ?? []) {
          // Words two to six of the result: past its verb, which the letter may reword.
          const probe = highlight.split(/\s+/).slice(1, 6).join(' ').toLowerCase();
          if (sentence.toLowerCase().includes(probe)) found.push({ result: probe, readAs: lastNamed, truth: job.name ?? '' });
        }
      }
    }
    return found;
  }

  it.each(coverLetterTones)('the %s letter names the right employer for every result it tells', (tone) => {
    const told = attributions(write(tone, engineerResume, dataPosting));
    expect(told.length).toBeGreaterThan(0);
    for (const { result, readAs, truth } of told) expect(readAs, `"${result}"`).toBe(truth);
  });

  it('tells results from more than one job in the longer tones, so the check above has something to catch', () => {
    const places = new Set(coverLetterTones.flatMap((tone) => attributions(write(tone, engineerResume, dataPosting)).map((told) => told.truth)));
    expect(places.size).toBe(2);
  });
});

describe('the enthusiastic tone', () => {
  it('shows warmth in wishes and exclamations, and states no feeling or ranking the resume does not', () => {
    const letter = write('enthusiastic');
    expect(letter).toMatch(/!/);
    expect(letter).not.toMatch(/\b(?:proudest|genuinely love|my passion|passionate about|dream job)\b/i);
  });
});
