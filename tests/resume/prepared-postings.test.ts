import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type JobPosting, prepareResume, preparedPostings, preparePosting, scorePosting } from '../../src/resume/match.ts';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const rawText = readFileSync(new URL('../fixtures/resume/tuning/01-dash-layout.txt', import.meta.url), 'utf8');
const resume = prepareResume(parseSections(rawText, { vocabulary }), { rawText, vocabulary });

const postings: JobPosting[] = [
  {
    title: 'Senior Backend Engineer',
    company: 'Stripe',
    tags: ['go', 'payments'],
    description: 'Requirements\n- 5+ years building services in Go or Java\n- PostgreSQL and Kafka\n\nNice to have\n- Kubernetes is a plus',
  },
  {
    title: 'Frontend Developer',
    company: 'Acme',
    description: "What you'll do\n- Build our web app in TypeScript and React\n\nRequirements\n- 3+ years of React\n- CSS and accessibility",
  },
  { title: 'Data Engineer', company: 'Globex', tags: ['python'], description: 'Requirements\n- Python, SQL, Airflow and dbt\n- Spark is a plus' },
];

describe('preparedPostings', () => {
  it('scores exactly as preparing each posting afresh', () => {
    const prepared = preparedPostings();
    for (let round = 0; round < 2; round++) {
      for (const posting of postings) {
        expect(scorePosting(resume, prepared(posting, resume.vocabulary))).toEqual(scorePosting(resume, posting));
      }
    }
  });

  it('prepares a posting once, and again when its text changed', () => {
    const prepared = preparedPostings();
    const [posting] = postings as [JobPosting];
    const first = prepared(posting, vocabulary);
    expect(prepared({ ...posting, tags: [...(posting.tags ?? [])] }, vocabulary)).toBe(first);
    const changed = prepared({ ...posting, description: `${posting.description}\n- Rust is a plus` }, vocabulary);
    expect(changed).not.toBe(first);
    expect(changed).toEqual(preparePosting({ ...posting, description: `${posting.description}\n- Rust is a plus` }, vocabulary));
    expect(changed.niceToHaveSkills.map((skill) => skill.label)).toContain('Rust');
  });

  it('keeps at most `limit`, forgetting the least recently used first', () => {
    const prepared = preparedPostings(2);
    const [a, b, c] = postings as [JobPosting, JobPosting, JobPosting];
    const first = prepared(a, vocabulary);
    const second = prepared(b, vocabulary);
    expect(prepared(a, vocabulary)).toBe(first); // a is now the most recently used
    prepared(c, vocabulary); // b leaves
    expect(prepared(a, vocabulary)).toBe(first);
    expect(prepared(b, vocabulary)).not.toBe(second);
  });
});
