import { describe, expect, it } from 'vitest';
import { postingOutline } from '../../src/documents/interview-prep/posting-outline.ts';
import { seniorityOf } from '../../src/documents/interview-prep/seniority.ts';
import { statedResult } from '../../src/documents/interview-prep/star-stories.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { groundDocument } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { designerPosting, designerResume, engineerPosting, engineerResume, letterDate, sourcesOf } from './fixtures.ts';
import { ungroundedNames, ungroundedNumbers } from './grounding.ts';

const prep = writeInterviewPrep({ resume: engineerResume, posting: engineerPosting });

/** One `## ` section of the pack, without its heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`No section "${heading}".`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

const templateWords = new Set(
  'A About Action Be Behavioural Describe Every For How Interview Keep Lead Level Likely March Most Prepare Questions Result Role Say Set Situation Skill Skills STAR Task Tell The They This Time-box Use Walk What When Which Why Write You Your On Find Read Apply January'.split(
    ' ',
  ),
);

describe('writeInterviewPrep', () => {
  it('has the four parts, titled for the role and company', () => {
    expect(prep).toMatch(/^# Interview prep: Senior Backend Engineer at Acme Corp\n/);
    const headings = prep.match(/^## .+$/gm);
    expect(headings).toEqual([
      '## The role at a glance',
      '## Likely questions',
      '## STAR stories',
      '## Skill gaps to prepare',
      '## Questions to ask the interviewer',
    ]);
  });

  it('closes a sentence once after an employer whose name ends in a full stop', () => {
    const work = (engineerResume.work ?? []).map((job, index) => (index === 0 ? { ...job, name: 'Lumo Foods S.A.' } : job));
    const pack = writeInterviewPrep({ resume: { ...engineerResume, work }, posting: engineerPosting });
    expect(pack).toContain('Walk me through your work as Senior Software Engineer at Lumo Foods S.A.\n');
    expect(pack).not.toMatch(/[^.]\.\.(?:\s|$)/);
  });

  it("asks about the posting's responsibilities and requirements, the company, the latest job and the seniority", () => {
    const questions = section(prep, 'Likely questions');
    expect(questions).toContain('Why do you want to join Acme Corp as a Senior Backend Engineer?');
    expect(questions).toContain('Walk me through your work as Senior Software Engineer at Northwind Labs.');
    // The duty in the posting's words, asked as speech (issue 13: no quoted fragments).
    expect(questions).toContain('This role will have you design and build reliable APIs in TypeScript and Node.js.');
    expect(questions).toContain('This role will have you run services on Kubernetes in production.');
    // A requirement is never quoted back as a question (issue 13, session 34); its skills are asked about in depth below.
    expect(questions).not.toContain('“Strong TypeScript and PostgreSQL skills”');
    expect(questions).toContain('Tell me about a time PostgreSQL mattered in your work.');
    expect(questions).toContain('This role uses Kubernetes. How would you get productive with it?');
    expect(questions).toContain('### For a senior role');
    expect(questions).toMatch(/^1\. /m);
  });

  it('builds STAR stories from real highlights, most relevant first, quoting only stated results', () => {
    const stories = section(prep, 'STAR stories');
    const headings = stories.match(/^### .+$/gm) ?? [];
    expect(headings[0]).toContain('Led the migration of 40 services');
    expect(headings[0]).toContain('(Senior Software Engineer at Northwind Labs)');
    expect(stories).toContain('since March 2021');
    expect(stories).toContain(
      '**Action:** From your resume: “Led the migration of 40 services from a monolith to TypeScript microservices on Node.js, cutting deploy time by 60%.”',
    );
    expect(stories).toContain('**Result:** Lead with the outcome your resume states: “cutting deploy time by 60%”');
    expect(stories).toContain('“kept p95 query latency under 50 ms at 3x traffic”');
    for (const part of ['Situation', 'Task', 'Action', 'Result']) expect(stories.match(new RegExp(`\\*\\*${part}:\\*\\*`, 'g'))).toHaveLength(3);
  });

  it('says to find a result instead of inventing one when the highlight states none', () => {
    const resume = { work: [{ name: 'Initech', position: 'Engineer', startDate: '2020-01', highlights: ['Rebuilt the TypeScript billing service.'] }] };
    const stories = section(writeInterviewPrep({ resume, posting: engineerPosting }), 'STAR stories');
    expect(stories).toContain('Your resume states no measurable result for this.');
    expect(ungroundedNumbers(stories, sourcesOf(resume, engineerPosting))).toEqual([]);
  });

  it('never ends a shortened story heading on a figure cut from its unit', () => {
    // Eight words end at "35": "… at 35…" would state 35, not 35 million, and the grounding
    // check removed such a heading as a number in neither the resume nor the posting. Nor does it
    // end on "at": the heading ends before the phrase the figure is in.
    const line = 'Served billing reports from a cache at 35 million lookups a day.';
    const resume = { work: [{ name: 'Initech', position: 'Engineer', startDate: '2020-01', highlights: [line] }] };
    const pack = writeInterviewPrep({ resume, posting: engineerPosting });
    const heading = '### Served billing reports from a cache (Engineer at Initech)';
    expect(section(pack, 'STAR stories')).toContain(`${heading}\n`);
    const rawText = `Engineer — Initech, 2020-01 – present\n${line}`;
    const grounded = groundDocument(pack, { resume: resume as JsonResume, rawText, posting: engineerPosting, now: letterDate });
    expect(grounded.changes.filter((change) => change.kind === 'number')).toEqual([]);
    expect(grounded.text).toContain(heading);
  });

  it('gives each missing skill its weight and a concrete plan', () => {
    const gaps = section(prep, 'Skill gaps to prepare');
    expect(gaps.match(/^### .+$/gm)).toEqual(['### Kubernetes', '### Terraform']);
    expect(gaps).toContain('*The posting lists this as required.*');
    expect(gaps).toContain('*The posting lists this as nice to have.*');
    expect(gaps).toContain('Work through the official Kubernetes getting-started guide');
    expect(gaps).toContain("say you haven't used Kubernetes in your work yet");
    // TypeScript says nothing about running Kubernetes: no bridge from an unrelated strength.
    expect(gaps).not.toContain('carries over');
    expect(gaps).not.toMatch(/### (?:TypeScript|PostgreSQL|Python)/);
  });

  it('bridges a gap only from a strength of the same kind, and plans a message broker as one', () => {
    const posting = { ...engineerPosting, requiredSkills: ['PostgreSQL', 'MySQL', 'Kafka'], niceToHaveSkills: [] };
    const gaps = section(writeInterviewPrep({ resume: engineerResume, posting }), 'Skill gaps to prepare');
    expect(gaps).toContain('how your PostgreSQL experience carries over'); // to MySQL
    expect(gaps).toContain('Read the Kafka documentation on topics or queues, consumers, ordering and delivery guarantees.');
    expect(gaps).not.toMatch(/Kafka[^#]*indexing|Model a small dataset in Kafka/);
  });

  it('suggests questions to ask that are specific to the role', () => {
    const questions = section(prep, 'Questions to ask the interviewer');
    expect(questions).toContain('What does success look like for the Senior Backend Engineer in the first few months?');
    expect(questions).toContain('What do you enjoy most about working at Acme Corp?');
    expect(questions).toContain('How does the team use TypeScript today');
    expect(questions.match(/^- /gm)?.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['engineer', engineerResume, engineerPosting],
    ['designer', designerResume, designerPosting],
  ] as const)('contains no number or name from neither source (%s)', (_name, resume, posting) => {
    const markdown = writeInterviewPrep({ resume, posting });
    expect(ungroundedNumbers(markdown, sourcesOf(resume, posting))).toEqual([]);
    expect(ungroundedNames(markdown, sourcesOf(resume, posting), templateWords)).toEqual([]);
  });

  it('handles an empty resume and a posting without bullets or skills', () => {
    const markdown = writeInterviewPrep({
      resume: {},
      posting: { title: 'Marketing Lead', company: 'Brightside', description: 'You will run our campaigns. You will own the brand.' },
    });
    expect(markdown).toContain('# Interview prep: Marketing Lead at Brightside');
    expect(markdown).toContain('“You will run our campaigns”');
    expect(markdown).toContain('Your resume has no highlights to build stories from yet.');
    expect(markdown).toContain('The posting names no specific skills.');
    expect(markdown).toContain('### For a lead-level role');
    expect(markdown).not.toMatch(/undefined|null|Walk me through/);
  });
});

describe('postingOutline', () => {
  it('sorts bullets by the heading above them and skips benefits', () => {
    const outline = postingOutline(
      "About us\nWe ship.\n\nWhat you'll do:\n- Build APIs\n• Mentor engineers\n\nRequirements\n1. TypeScript\n2) PostgreSQL\n\nBenefits:\n- Free lunch",
    );
    expect(outline).toEqual({ responsibilities: ['Build APIs', 'Mentor engineers'], requirements: ['TypeScript', 'PostgreSQL'] });
  });

  it('falls back to "you will" sentences', () => {
    expect(postingOutline("You'll lead the team. We are great.").responsibilities).toEqual(["You'll lead the team"]);
  });
});

describe('seniorityOf', () => {
  it.each([
    ['Senior Backend Engineer', 'senior'],
    ['Sr. Designer', 'senior'],
    ['Staff Engineer', 'lead'],
    ['Engineering Manager', 'manager'],
    ['Head of Data', 'manager'],
    ['Junior Developer', 'entry'],
    ['Software Engineering Intern', 'entry'],
    ['Backend Engineer', 'mid'],
  ] as const)('%s is %s', (title, seniority) => {
    expect(seniorityOf(title)).toBe(seniority);
  });
});

describe('statedResult', () => {
  it.each([
    ['Led the migration, cutting deploy time by 60%.', 'cutting deploy time by 60%'],
    ['Designed a scheme that kept latency under 50 ms.', 'kept latency under 50 ms'],
    ['Built a pipeline that ingested 2 million events per day.', 'ingested 2 million events per day'],
  ])('finds the outcome in "%s"', (highlight, result) => {
    expect(statedResult(highlight)).toBe(result);
  });

  it.each(['Maintained a library with 1,200 stars.', 'Rebuilt the billing service, end to end.'])('finds none in "%s"', (highlight) => {
    expect(statedResult(highlight)).toBeUndefined();
  });
});

describe('skill gap plans outside software', () => {
  it('a gap no plan knows gets steps any profession can follow, never software wording', async () => {
    const { skillGapPlans } = await import('../../src/documents/interview-prep/skill-gap-plans.ts');
    const text = skillGapPlans({
      role: 'Ward Manager',
      company: 'St Brigid Hospital',
      seniority: 'manager',
      responsibilities: [],
      requirements: [],
      matched: ['Patient safety'],
      probedSkills: ['Rostering'],
      gaps: [{ skill: 'Rostering', weight: 'required' }],
      highlights: [],
    } as unknown as Parameters<typeof skillGapPlans>[0]);
    expect(text).toContain('### Rostering');
    expect(text).toMatch(/course, guide or standard on Rostering/);
    expect(text).not.toMatch(/documentation|what you built|code|deploy/i);
  });
});
