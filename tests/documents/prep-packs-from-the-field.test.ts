// Issue 13, session 34: prep packs from the posting's field and duties, never a posting line
// quoted back as a question; STAR stories lead with measured results; a career changer is asked
// about the change and a design role about a portfolio; a letter for a career changer never
// says "1 year of work" and never writes a degree the reader cut. Five people in five trades
// (tests/documents/letter-people.ts) and one career changer written for this file.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { coverLetterTones } from '../../src/documents/writer-input.ts';
import { letterPeople, preparedPerson } from './letter-people.ts';

const people = await Promise.all(letterPeople.map(async (person) => ({ ...person, pack: (await preparedPerson(person)).prep() })));
const questionsOf = (pack: string) => pack.slice(pack.indexOf('## Likely questions'), pack.indexOf('## STAR stories'));
const storyHeadings = (pack: string) => [...pack.slice(pack.indexOf('## STAR stories')).matchAll(/^### (.+)$/gm)].map((found) => found[1] ?? '');

describe('prep packs follow the field and the duties', () => {
  it('never quote a posting line back as a question, and the grounding check removes nothing', () => {
    for (const person of people) {
      const questions = questionsOf(person.pack.text);
      expect(questions, person.name).not.toMatch(/“|They ask for|The role involves/);
      for (const line of person.posting.description.split('\n').filter((text) => text.startsWith('- '))) {
        expect(questions, person.name).not.toContain(`“${line.slice(2)}”`);
      }
      expect(person.pack.changes, person.name).toEqual([]);
    }
  });

  it('an office planning role gets disruption questions, never forklift or shift ones; a nurse gets clinical ones', () => {
    const freight = people.find((person) => person.name.startsWith('freight'))!.pack.text;
    expect(freight).toMatch(/Planning and disruptions/);
    expect(freight).not.toMatch(/forklift|equipment|\bshifts?\b/i);
    const nurse = people.find((person) => person.name.startsWith('ICU'))!.pack.text;
    expect(nurse).toMatch(/Caring safely for people/);
    expect(nurse).toMatch(/medication error/);
    expect(nurse).not.toMatch(/forklift|carrier/i);
  });

  it('asks about a requirement as an interviewer would: the experience, the language, whether a certificate is current', () => {
    const freight = questionsOf(people.find((person) => person.name.startsWith('freight'))!.pack.text);
    expect(freight).toMatch(/Which part of your freight or transport planning experience is closest/);
    expect(freight).toMatch(/in Dutch or German\?/);
    expect(freight).toMatch(/Is your Incoterms 2020 Practitioner certification current/);
    const electrician = questionsOf(people.find((person) => person.name.startsWith('electrician'))!.pack.text);
    expect(electrician).toMatch(/Is your ECS Gold Card current/);
    // The match read "ECS card" as Amazon ECS; the resume's words do not back it, so it is not probed.
    expect(electrician).not.toMatch(/Amazon ECS/);
  });

  it('STAR stories lead with the bullets that state a measured result', () => {
    const expected: Record<string, RegExp> = {
      electrician: /^Cut unplanned line stoppages by 40%/,
      pastry: /^Reduced pastry food cost from 31%/,
      backend: /^Cut p99 latency from 900 ms/,
      ICU: /^(?:Cut central-line infections|Reduced pressure injuries by 30%)/,
    };
    for (const person of people) {
      const key = Object.keys(expected).find((name) => person.name.startsWith(name));
      if (key) expect(storyHeadings(person.pack.text)[0], person.name).toMatch(expected[key]!);
    }
    // A scale ("on a 20-bed unit") is not a result to lead with.
    const nurse = people.find((person) => person.name.startsWith('ICU'))!.pack.text;
    expect(nurse).not.toMatch(/Cared for ventilated patients on a 20-bed unit[^#]*Lead with the figure/);
  });
});

describe('a career changer (a maths teacher applying to design e-learning)', () => {
  const teacher: JsonResume = {
    basics: { name: 'Ines Carvalho', label: 'Mathematics teacher', summary: 'Mathematics teacher moving into learning design.', location: { city: 'Porto', countryCode: 'PT' } },
    work: [
      {
        name: 'Escola Secundária do Bonfim',
        position: 'Mathematics Teacher',
        startDate: '2014-09',
        highlights: ['Raised the national exam pass rate from 64% to 79% over three years', 'Built 40 Moodle quizzes used by the whole department'],
      },
      { name: 'Code Club Porto', position: 'Volunteer Course Designer', startDate: '2025-01', highlights: ['Designed a 6-week Scratch course for 30 children'] },
    ],
    // As a reader that cut a wrapped line would store it.
    education: [{ institution: 'Universidade do Porto, Faculty of', studyType: 'Master of Education', area: '(Mathematics' }],
    skills: [{ name: 'Learning design', keywords: ['Moodle', 'Instructional', 'Storyboarding', 'Articulate Rise'] }],
  };
  const posting = {
    id: 'd1d1d1d1d1d1',
    title: 'E-learning Designer',
    company: 'Lusoforma',
    location: 'Lisbon, Portugal (hybrid)',
    remote: false,
    salary: null,
    employment_type: null,
    work_pattern: null,
    closes_on: null,
    posted_at: null,
    url: 'https://jobs.example/d1d1d1d1d1d1',
    sources: [],
    tags: [],
    description: 'Design e-learning for adult learners.\n\nYou will:\n- Storyboard and build courses in Articulate Rise\n- Work with subject experts\n\nRequirements:\n- Instructional design\n- Articulate Rise\n- A portfolio of learning materials\n- Portuguese and English',
    first_seen_at: '2026-12-01T00:00:00.000Z',
    last_seen_at: '2026-12-01T00:00:00.000Z',
  };

  it('the pack asks about the change of field and the portfolio', async () => {
    const { prep } = await preparedPerson({ name: 'teacher', resume: teacher, posting });
    const { text } = prep();
    expect(text).toMatch(/### On your change of field/);
    expect(text).toMatch(/Why are you moving from teaching into design, and why now\?/);
    expect(text).toMatch(/### Your portfolio/);
    expect(text).not.toMatch(/\bInstructional\b(?! design)/);
  });

  it('no letter says a year count from the one volunteer year, a cut degree or a half skill', async () => {
    const { letter } = await preparedPerson({ name: 'teacher', resume: teacher, posting });
    for (const tone of coverLetterTones) {
      const { text } = letter(tone);
      expect(text, tone).not.toMatch(/\b1 year\b/);
      expect(text, tone).not.toMatch(/\(Mathematics|Faculty of\b|Faculty of\.|\bInstructional\b(?! design)/);
    }
  });
});
