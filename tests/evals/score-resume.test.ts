import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scoreResume } from '../../evals/career/score-resume.ts';
import { peopleDirectory, readPeople } from '../../evals/resumes/corpus.ts';
import { parseResumeBytes } from '../../src/resume/parse-resume-bytes.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

const truth: JsonResume = {
  basics: { name: 'Zoë Łukasiewicz', email: 'z@example.org', profiles: [{ url: 'https://www.linkedin.com/in/zoe-l-4b1a92' }] },
  work: [
    { name: 'Ledgerline Sp. z o.o.', position: 'Senior Backend Engineer', startDate: '2021-03' },
    { name: 'Brightpath Payments, Inc.', position: 'Backend Engineer', startDate: '2018-06', endDate: '2021-02' },
  ],
  education: [{ institution: 'AGH University', area: 'Computer Science', studyType: 'Master of Science' }],
  skills: [{ name: 'Languages', keywords: ['Go', 'SQL'] }],
};

const wrong = (resume: JsonResume) => scoreResume(truth, resume).filter((check) => !check.correct);

describe('scoreResume', () => {
  it('scores the truth itself as all right', () => {
    expect(wrong(truth)).toEqual([]);
  });

  it('aligns jobs by content, not by order, and ignores case, dots, commas and URL spelling', () => {
    const reordered: JsonResume = {
      basics: { name: 'ZOË ŁUKASIEWICZ', email: 'Z@example.org', profiles: [{ url: 'linkedin.com/in/zoe-l-4b1a92/' }] },
      work: [
        { name: 'Brightpath Payments Inc', position: 'backend engineer', startDate: '2018-06', endDate: '2021-02' },
        { name: 'Ledgerline Sp z o o', position: 'Senior Backend Engineer', startDate: '2021-03-01' },
      ],
      education: truth.education,
      skills: [{ name: 'go' }, { name: 'Tools', keywords: ['sql'] }],
    };
    expect(wrong(reordered)).toEqual([]);
  });

  it('counts a cut URL, a title read as the company, a wrong date precision and an invented job as errors', () => {
    const misread: JsonResume = {
      basics: { name: 'Zoë Łukasiewicz', email: 'z@example.org', profiles: [{ url: 'https://www.linkedin.com/in/' }] },
      work: [
        { name: 'Senior Backend Engineer, Ledgerline Sp. z o.o.', startDate: '2021' },
        { name: 'Brightpath Payments, Inc.', position: 'Backend Engineer', startDate: '2018-06', endDate: '2021-02' },
        { name: 'UK (remote) ·', position: 'Mentored four engineers' },
      ],
      education: truth.education,
      skills: [{ name: 'Go' }, { name: 'SQL' }],
    };
    expect(wrong(misread).map((check) => check.field).sort()).toEqual(['profile', 'work.company', 'work.invented', 'work.position', 'work.startDate']);
  });

  it('counts a current job read with an end date as wrong, and a missing school as three errors', () => {
    const checks = wrong({ ...truth, work: [{ ...truth.work![0], endDate: '2024-01' }, truth.work![1]!], education: [] });
    expect(checks.map((check) => check.field).sort()).toEqual(['education.area', 'education.institution', 'education.studyType', 'work.endDate']);
  });

  it('scores every person of the corpus at 100% when their own JSON Resume is uploaded', async () => {
    const people = await readPeople();
    expect(people.size).toBeGreaterThanOrEqual(12);
    for (const [person, resume] of people) {
      const bytes = new Uint8Array(await readFile(join(peopleDirectory, `${person}.json`)));
      const parsed = await parseResumeBytes(bytes, `${person}.json`);
      expect(scoreResume(resume, parsed.resume).filter((check) => !check.correct), person).toEqual([]);
    }
  });

  it('counts a spoken language the truth lists among its skills as read when the languages hold it with its level', () => {
    const spokenTruth: JsonResume = { ...truth, skills: [{ name: 'Languages', keywords: ['Go'] }, { name: 'Spoken', keywords: ['Amharic (native)', 'English (IELTS 7.0)', 'Italian'] }] };
    const read = (languages: JsonResume['languages'], skills = [{ name: 'Languages', keywords: ['Go'] }]) =>
      scoreResume(spokenTruth, { ...truth, skills, languages }).filter((check) => check.field === 'skills' && !check.correct).map((check) => check.want);
    expect(read([{ language: 'Amharic', fluency: 'native' }, { language: 'English', fluency: 'IELTS 7.0' }, { language: 'Italian' }])).toEqual([]);
    // Read without its level, or not at all, it is still missed; a programming language is never looked for there.
    expect(read([{ language: 'Amharic' }, { language: 'Go' }])).toEqual(['Amharic (native)', 'English (IELTS 7.0)', 'Italian']);
    expect(read([{ language: 'Go' }], [])).toEqual(['Go', 'Amharic (native)', 'English (IELTS 7.0)', 'Italian']);
  });
});
