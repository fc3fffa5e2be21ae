import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting, prepareResume, scorePosting, type JobPosting } from '../../src/resume/match.ts';
import { experienceYears } from '../../src/resume/match/experience-years.ts';
import { managesPeople, seniorityFromTitle } from '../../src/resume/match/seniority.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2025-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();

const resume: JsonResume = {
  basics: { name: 'Jane Doe', label: 'Senior Backend Engineer' },
  work: [
    {
      name: 'Acme Corp',
      position: 'Senior Engineer',
      startDate: '2019-01',
      highlights: ['Led the migration of the payment ledger from C++ to Go', 'Ran services on Kubernetes with Terraform'],
    },
    { name: 'Initech', position: 'Software Engineer', startDate: '2016-03', endDate: '2018-12', highlights: ['Built Node.js billing services on MySQL'] },
  ],
  skills: [{ name: 'Languages', keywords: ['Go', 'C++', 'TypeScript'] }],
};

const posting: JobPosting = {
  title: 'Senior Backend Engineer',
  company: 'Globex',
  description: [
    'About us',
    'We build payment infrastructure for marketplaces.',
    '',
    "What you'll do",
    '- Design payment ledger services in Go',
    '- Own the reliability and observability of the ledger',
    '',
    'Requirements',
    '- 5+ years of professional software engineering experience',
    '- Go or Rust; Kubernetes and PostgreSQL',
    '- Experience with payment ledger systems',
    '',
    'Nice to have',
    '- Kafka',
    '- Terraform is a plus',
    '',
    'Benefits',
    '- Python lunch-and-learns',
  ].join('\n'),
};

describe('preparePosting', () => {
  it('separates required from nice-to-have skills by section and by "a plus"', () => {
    const prepared = preparePosting(posting, vocabulary);
    // "Services in Go" is a duty; the requirements say "Go or Rust", and that is what is asked.
    expect(prepared.requiredSkills.map((requirement) => requirement.label)).toEqual(['Observability', 'Go or Rust', 'Kubernetes', 'PostgreSQL']);
    expect(prepared.niceToHaveSkills.map((requirement) => requirement.label)).toEqual(['Kafka', 'Terraform']);
  });

  it('keeps alternatives together ("Go or Rust") unless one is required on its own', () => {
    const prepared = preparePosting({ title: 'Engineer', description: 'Requirements:\n- Rust or Haskell\n- Kubernetes, Helm or Nomad' }, vocabulary);
    expect(prepared.requiredSkills.map((requirement) => requirement.label)).toEqual(['Rust or Haskell', 'Kubernetes or Helm or Nomad']);
  });

  it('ignores skills named only under "About us" or "Benefits"', () => {
    expect(preparePosting(posting, vocabulary).requiredSkills.map((requirement) => requirement.label)).not.toContain('Python');
  });

  it.each([
    ['5+ years of experience', 5],
    ['3-5 years of professional experience', 3],
    ['At least five years working with distributed systems', 5],
    ['Minimum 2 yrs experience in QA', 2],
  ])('reads the years asked: %s', (line, years) => {
    expect(preparePosting({ title: 'Engineer', description: `Requirements\n- ${line}` }, vocabulary).yearsRequired).toBe(years);
  });

  it('does not read years from benefits or nice-to-haves', () => {
    const prepared = preparePosting({ title: 'Engineer', description: 'Nice to have\n- 10 years of Rust experience\nBenefits\n- 30 days off after 2 years of service' }, vocabulary);
    expect(prepared.yearsRequired).toBeUndefined();
  });
});

describe('experience years and seniority', () => {
  it('counts overlapping jobs once and leaves internships out', () => {
    const work = [
      { position: 'Engineer', startDate: '2018-01', endDate: '2020-12' },
      { position: 'Consultant', startDate: '2020-01', endDate: '2021-12' },
      { position: 'Software Engineering Intern', startDate: '2016-06', endDate: '2016-09' },
    ];
    expect(experienceYears(work, now)).toBe(4);
  });

  it('runs an open role to "now"', () => {
    expect(experienceYears([{ position: 'Engineer', startDate: '2023-06' }], now)).toBe(2);
  });

  it.each([
    ['Sr. Backend Engineer', 'senior'],
    ['Staff Engineer', 'lead'],
    ['Principal Engineer', 'principal'],
    ['Junior Data Analyst', 'junior'],
    ['Data Analyst II', 'mid'],
    ['Software Engineering Intern', 'intern'],
    ['Product Manager', undefined],
  ])('%s → %s', (title, level) => {
    expect(seniorityFromTitle(title)).toBe(level);
  });

  it.each([
    ['Head of Data', true],
    ['Senior Engineering Manager', true],
    ['Director of Engineering', true],
    ['Staff Engineer', false],
    ['Principal Engineer', false],
    ['Product Manager', false],
  ])('%s manages people: %s', (title, manages) => {
    expect(managesPeople(title)).toBe(manages);
  });
});

describe('analyzeMatch', () => {
  const result = analyzeMatch({ resume, posting, now });

  it('explains the score with a breakdown', () => {
    expect(result.breakdown.skills.required).toEqual({ matched: ['Go', 'Kubernetes'], missing: ['Observability', 'PostgreSQL'] });
    expect(result.breakdown.skills.niceToHave).toEqual({ matched: ['Terraform'], missing: ['Kafka'] });
    expect(result.breakdown.experience).toMatchObject({ yearsRequired: 5, yearsShown: 9.3, score: 100 });
    expect(result.breakdown.seniority).toMatchObject({ posting: 'senior', resume: 'senior', score: 100 });
    expect(result.breakdown.keywords.found).toEqual(expect.arrayContaining(['payment', 'ledger']));
    expect(result.matched).toEqual(['Go', 'Kubernetes', 'Terraform']);
    expect(result.missing).toEqual(['Observability', 'PostgreSQL', 'Kafka']);
    const weights = Object.values(result.breakdown).reduce((sum, component) => sum + component.weight, 0);
    expect(weights).toBeCloseTo(1);
    const weighted = Object.values(result.breakdown).reduce((sum, component) => sum + (component.score ?? 0) * component.weight, 0);
    expect(Math.abs(weighted - result.score)).toBeLessThanOrEqual(1);
  });

  it('gives three to five pieces of advice tied to the missing items', () => {
    expect(result.advice.length).toBeGreaterThanOrEqual(3);
    expect(result.advice.length).toBeLessThanOrEqual(5);
    expect(result.advice[0]).toContain('Observability');
    expect(result.advice.join(' ')).toContain('PostgreSQL');
    // MySQL is on the resume: the advice says how it relates.
    expect(result.advice.find((advice) => advice.includes('PostgreSQL'))).toContain('MySQL');
  });

  it('explains experience and level gaps', () => {
    const junior: JsonResume = { work: [{ name: 'Initech', position: 'Junior Developer', startDate: '2022-12', highlights: ['Go services'] }] };
    const gap = analyzeMatch({ resume: junior, posting, now });
    expect(gap.breakdown.experience.score).toBe(50);
    expect(gap.breakdown.seniority).toMatchObject({ resume: 'junior', posting: 'senior', score: 25 });
    expect(gap.advice.join('\n')).toMatch(/asks for 5\+ years in software engineering; your work history shows 2\.5 years/);
    expect(gap.advice.join('\n')).toMatch(/senior-level role and your latest title \("Junior Developer"\) reads junior/);
  });

  it('leaves out what the posting gives nothing to judge on, and re-weights the rest', () => {
    const bare = analyzeMatch({ resume, posting: { title: 'Engineer', description: 'Go and Kubernetes.' }, now });
    expect(bare.breakdown.experience).toMatchObject({ score: null, weight: 0 });
    expect(bare.breakdown.skills.weight).toBeGreaterThan(0.5);
    expect(bare.score).toBe(100);
  });

  it('gives the same score for the same inputs', () => {
    const again = analyzeMatch({ resume: structuredClone(resume), posting: { ...posting }, now });
    expect(again).toEqual(result);
  });

  it('scores a prepared resume the same as analyzeMatch', () => {
    expect(scorePosting(prepareResume(resume, { now }), posting)).toEqual(result);
  });
});

// A small deterministic generator, so the property test is reproducible.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

describe('property: a resume that gains a required skill never scores lower', () => {
  const pool = vocabulary.skills.filter((skill) => !skill.ambiguous).map((skill) => skill.name);
  const titles = ['Backend Engineer', 'Senior Data Engineer', 'Staff Platform Engineer', 'Junior Frontend Developer', 'Principal Architect'];
  const pick = <T,>(next: () => number, items: readonly T[], count: number): T[] =>
    Array.from({ length: count }, () => items[Math.floor(next() * items.length)] as T);

  it('holds over 300 generated resumes and postings', () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const required = [...new Set(pick(next, pool, 2 + Math.floor(next() * 6)))];
      const nice = pick(next, pool, Math.floor(next() * 3));
      const generatedPosting: JobPosting = {
        title: pick(next, titles, 1)[0] ?? 'Engineer',
        description: [
          'About the role',
          'You will build reliable systems for our customers.',
          'Requirements',
          ...required.map((skill) => `- Experience with ${skill}`),
          `- ${1 + Math.floor(next() * 8)}+ years of professional experience`,
          'Nice to have',
          ...nice.map((skill) => `- ${skill}`),
        ].join('\n'),
      };
      const known = [...new Set(pick(next, pool, Math.floor(next() * 8)))];
      const generatedResume: JsonResume = {
        work: [
          { name: 'Acme Corp', position: pick(next, titles, 1)[0], startDate: `${2010 + Math.floor(next() * 12)}-01`, highlights: [`Built reliable systems with ${known.slice(0, 2).join(' and ')}`] },
        ],
        skills: [{ name: 'Skills', keywords: known }],
      };
      const before = analyzeMatch({ resume: generatedResume, posting: generatedPosting, now });
      for (const skill of required) {
        if (before.matched.includes(skill)) continue;
        const gained = structuredClone(generatedResume);
        gained.skills?.[0]?.keywords?.push(skill);
        const after = analyzeMatch({ resume: gained, posting: generatedPosting, now });
        expect(after.score, `seed ${seed}: adding ${skill}`).toBeGreaterThanOrEqual(before.score);
        expect(after.matched).toContain(skill);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  }, 30_000);
});

describe('one-paragraph postings', () => {
  const posting = (description: string): JobPosting => ({ title: 'Backend Developer', description });

  it('makes only the sentence that says "a plus" optional, and keeps the years asked', () => {
    const base = preparePosting(posting('Required: 10+ years of experience with Rust, Go and Python.'), loadSkillVocabulary());
    const withPlus = preparePosting(
      posting('Required: 10+ years of experience with Rust, Go and Python. Docker is a plus.'),
      loadSkillVocabulary(),
    );
    expect(withPlus.requiredSkills.map((skill) => skill.label)).toEqual(base.requiredSkills.map((skill) => skill.label));
    expect(withPlus.niceToHaveSkills.map((skill) => skill.label)).toEqual(['Docker']);
    expect(withPlus.yearsRequired).toBe(10);
  });

  it('reads the years asked when a sentence ends with them', () => {
    expect(preparePosting(posting('Lead ML projects. 8+ years.'), loadSkillVocabulary()).yearsRequired).toBe(8);
  });
});
