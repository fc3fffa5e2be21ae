// Regression tests for the classes of error in issue 13's fit score: each class is checked on
// several postings and resumes written for this file, not on the issue's own strings alone.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting, type JobPosting } from '../../src/resume/match.ts';
import { fieldRelatedness, jobFieldOf } from '../../src/resume/match/job-field.ts';
import { prepareResume } from '../../src/resume/match/prepare-resume.ts';
import { isQuantified } from '../../src/resume/match/match-advice.ts';
import { postingManagesPeople, titleManagesPeople } from '../../src/resume/match/management.ts';
import { seniorityFromTitle } from '../../src/resume/match/seniority.ts';
import { specialtyOfYears } from '../../src/resume/match/software-specialty.ts';
import { suggestEdits } from '../../src/resume/optimize.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2025-06-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();
const read = (description: string, title = 'Software Engineer', company?: string) =>
  preparePosting({ title, description, ...(company ? { company } : {}) }, vocabulary);
const labels = (requirements: { label: string }[]) => requirements.map((requirement) => requirement.label);

const engineer = (skills: string[], position = 'Backend Engineer', startDate = '2018-01'): JsonResume => ({
  basics: { name: 'Sam Lee' },
  work: [{ name: 'Orbit Labs', position, startDate, highlights: [`Built services with ${skills.join(', ')}`] }],
  skills: [{ name: 'Skills', keywords: skills }],
});

describe('alternatives are one requirement, met by any one', () => {
  it.each([
    ['Requirements\n- PostgreSQL or ClickHouse', 'PostgreSQL or ClickHouse'],
    ['Requirements\n- Kafka/RabbitMQ in production', 'Kafka or RabbitMQ'],
    ['Requirements\n- one of Python, Go, Java', 'Python or Go or Java'],
    ['We need either AWS or Azure experience.', 'AWS or Azure'],
    ['Requirements\n- Experience with any of React, Vue, and Svelte', 'React or Vue.js or Svelte'],
    ['Requirements\n- Experience with Redis, Memcached or similar', 'Redis or Memcached'],
    ['Requirements\n- Comfortable with Azure (AWS also fine)', 'Azure or AWS'],
    ['Requirements\n- Jenkins (or equivalent)', 'Jenkins'],
  ])('%j → %s', (description, label) => {
    const posting = read(description);
    expect(labels(posting.requiredSkills)).toEqual([label]);
  });

  it('scores the same whichever alternative the resume has', () => {
    const posting: JobPosting = { title: 'Backend Engineer', description: 'Requirements\n- Go\n- PostgreSQL or ClickHouse\n- one of Kafka, RabbitMQ, NATS' };
    const withPostgres = analyzeMatch({ resume: engineer(['Go', 'PostgreSQL', 'NATS']), posting, now });
    const withClickHouse = analyzeMatch({ resume: engineer(['Go', 'ClickHouse', 'Kafka']), posting, now });
    expect(withPostgres.breakdown.skills.score).toBe(100);
    expect(withClickHouse.breakdown.skills.score).toBe(100);
    expect(withPostgres.score).toBe(withClickHouse.score);
    expect(withPostgres.breakdown.skills.alternatives).toEqual([
      { requirement: 'PostgreSQL or ClickHouse', by: ['PostgreSQL'], optional: false },
      { requirement: 'Kafka or RabbitMQ or NATS', by: ['NATS'], optional: false },
    ]);
    expect(withPostgres.explanation.join('\n')).toContain('"PostgreSQL or ClickHouse" (required) is one requirement with alternatives; PostgreSQL meets it.');
  });

  it('counts a missing alternative once, by its label', () => {
    const result = analyzeMatch({ resume: engineer(['Go']), posting: { title: 'Engineer', description: 'Requirements\n- Go\n- MySQL or MariaDB' }, now });
    expect(result.breakdown.skills.required.missing).toEqual(['MySQL or MariaDB']);
    expect(result.breakdown.skills.score).toBe(50);
  });
});

describe('nice-to-have is optional wherever it is written', () => {
  it('reads a section heading, an inline label, "bonus", "a plus" and "preferred"', () => {
    expect(labels(read('Requirements\n- Go\nNice to have\n- Rust').niceToHaveSkills)).toEqual(['Rust']);
    expect(labels(read('Requirements\n- Go\nBonus points\n- Elixir').niceToHaveSkills)).toEqual(['Elixir']);
    expect(labels(read('We work in Python. Airflow is a plus.').niceToHaveSkills)).toEqual(['Airflow']);
    expect(labels(read('Requirements\n- Swift and SwiftUI\n- Kotlin experience preferred').niceToHaveSkills)).toEqual(['Kotlin']);
    expect(labels(read('Bonus if you know Haskell. You write Scala daily.').niceToHaveSkills)).toEqual(['Haskell']);
  });

  it('makes an inline "Nice to have: X" line optional without turning the lines after it optional', () => {
    const posting = read('Requirements\n- Go and PostgreSQL\nNice to have: TypeScript\n- Docker\n- Kubernetes');
    expect(labels(posting.niceToHaveSkills)).toEqual(['TypeScript']);
    expect(labels(posting.requiredSkills)).toEqual(['Go', 'PostgreSQL', 'Docker', 'Kubernetes']);
  });

  it('makes a trailing cue govern its own list item, not the whole list before it', () => {
    const posting = read('Requirements: state registration, 4 years of ward experience, Epic EMR preferred.', 'Registered Nurse');
    expect(posting.yearsRequired).toBe(4);
    expect(labels(posting.niceToHaveSkills)).toEqual(['Epic']);
    const listed = read('You know Elixir, and Redis or Memcached is a plus.');
    expect(labels(listed.requiredSkills)).toEqual(['Elixir']);
    expect(labels(listed.niceToHaveSkills)).toEqual(['Redis or Memcached']);
  });

  it('makes a bracketed "(nice to have: React)" optional, not the rest of its line', () => {
    const posting = read('Requirements\n- Node.js, PostgreSQL (nice to have: React)');
    expect(labels(posting.requiredSkills)).toEqual(['Node.js', 'PostgreSQL']);
    expect(labels(posting.niceToHaveSkills)).toEqual(['React']);
  });

  it('"ideally" inside a sentence makes only its own clause optional, years included or not', () => {
    const posting = read('You have 3+ years of Python, ideally with Django.');
    expect(posting.yearsRequired).toBe(3);
    expect(labels(posting.requiredSkills)).toEqual(['Python']);
    expect(labels(posting.niceToHaveSkills)).toEqual(['Django']);

    const noSkillAfter = read('Requirements\n- 6+ years of backend experience, ideally in logistics\n- Java');
    expect(noSkillAfter.yearsRequired).toBe(6);
    expect(labels(noSkillAfter.requiredSkills)).toEqual(['Java']);

    const optionalYears = read('Requirements\n- Ruby\n- Ideally 4+ years in a product company');
    expect(optionalYears.yearsRequired).toBeUndefined();
  });

  it('counts a nice-to-have at half weight, so missing one costs less than missing a requirement', () => {
    const posting: JobPosting = { title: 'Engineer', description: 'Requirements\n- Go\n- Kubernetes\nNice to have: Terraform' };
    const missingNice = analyzeMatch({ resume: engineer(['Go', 'Kubernetes']), posting, now });
    const missingRequired = analyzeMatch({ resume: engineer(['Go', 'Terraform']), posting, now });
    expect(missingNice.breakdown.skills.niceToHave.missing).toEqual(['Terraform']);
    expect(missingNice.score).toBeGreaterThan(missingRequired.score);
    expect(missingNice.explanation.join('\n')).toContain('Optional (nice to have, counted at half weight): Terraform.');
  });
});

describe('names of companies and products are not skills', () => {
  it('leaves out the posting\'s own company, even when it is also a tool', () => {
    const posting = read('Figma is where teams design. Requirements: 4+ years of product design, prototyping and user research.', 'Product Designer', 'Figma, Inc.');
    expect(labels(posting.requiredSkills)).not.toContain('Figma');
    expect(posting.namesNotSkills).toEqual(['Figma']);
  });

  it('reads "at X", "X\'s", "X is hiring" and customer lists as names', () => {
    expect(labels(read('At Vercel we care about speed. You know Next.js.').requiredSkills)).toEqual(['Next.js']);
    expect(labels(read("Miro's whiteboard is used by millions. You write TypeScript.").requiredSkills)).toEqual(['TypeScript']);
    expect(labels(read('Our customers include Netlify and Heroku. You write Elixir.').requiredSkills)).toEqual(['Elixir']);
    expect(labels(read('Supabase is hiring a backend engineer who knows Rust.').requiredSkills)).toEqual(['Rust']);
  });

  it('still counts a tool the posting asks for when the company is another one', () => {
    expect(labels(read('Requirements\n- Figma and Sketch', 'Product Designer', 'Canvasly').requiredSkills)).toEqual(['Figma', 'Sketch']);
    expect(labels(read('You deploy to Vercel and write Next.js.', 'Frontend Engineer', 'Paperleaf').requiredSkills)).toEqual(['Vercel', 'Next.js']);
  });

  it('never offers the company or a capitalised name as a missing keyword', () => {
    const posting = read(
      'Quillbrook builds payroll software. At Quillbrook, payroll engineers own payroll correctness. Quillbrook payroll runs in Lisbon and Lisbon is lovely.',
      'Payroll Engineer',
      'Quillbrook Ltd',
    );
    const words = posting.keywords.map((term) => term.word);
    expect(words).toContain('payroll');
    expect(words).not.toContain('quillbrook');
    expect(words).not.toContain('lisbon');
  });

  it('does not count a company name as missing in the match', () => {
    const result = analyzeMatch({
      resume: engineer(['Python', 'Django']),
      posting: { title: 'Backend Engineer', company: 'Heroku', description: 'Heroku is hiring. You know Python and Django; Heroku experience helps.' },
      now,
    });
    expect(result.missing).toEqual([]);
    expect(result.breakdown.skills.notSkills).toEqual(['Heroku']);
  });
});

describe('experience counts in the field of the posting', () => {
  it.each([
    ['Senior Backend Engineer', 'software'],
    ['Frontend Developer', 'software'],
    ['Site Reliability Engineer', 'software'],
    ['Data Engineer', 'data'],
    ['Machine Learning Engineer', 'data'],
    ['Product Designer', 'design'],
    ['Senior UX Designer', 'design'],
    ['Registered Nurse', 'healthcare'],
    ['Charge Nurse, Emergency Department', 'healthcare'],
    ['Physiotherapist', undefined],
    ['Mathematics Teacher', 'education'],
    ['Account Executive', 'sales'],
    ['Head of Engineering', 'software'],
    ['Product Manager', 'product'],
    ['Sous Chef', 'culinary'],
    ['Paralegal', 'legal'],
    ['Data Analyst', 'analytics'],
    ['Senior BI Analyst, Retail', 'analytics'],
    ['Data Scientist', 'data'],
    ['Transport Planner, Road Freight', 'operations'],
    ['Logistics Specialist', 'operations'],
  ])('%s → %s', (title, field) => {
    expect(jobFieldOf(title, vocabulary)).toBe(field);
  });

  it('relates close fields and keeps far ones apart', () => {
    expect(fieldRelatedness('data', 'software')).toBeGreaterThanOrEqual(0.5);
    expect(fieldRelatedness('healthcare', 'software')).toBe(0);
    expect(fieldRelatedness('design', 'software')).toBeLessThan(0.5);
  });

  const softwarePosting: JobPosting = { title: 'Software Engineer', description: 'Requirements\n- 5+ years of professional experience\n- Python' };

  it('does not count years as a nurse toward a software posting', () => {
    const nurse: JsonResume = {
      work: [
        { name: 'City Hospital', position: 'Registered Nurse', startDate: '2012-01', highlights: ['Ward nursing'] },
        { name: 'Self-taught', position: 'Python Developer', startDate: '2024-06', highlights: ['Built a Python scheduling tool'] },
      ],
    };
    const result = analyzeMatch({ resume: nurse, posting: softwarePosting, now });
    expect(result.breakdown.experience.field).toBe('software engineering');
    expect(result.breakdown.experience.yearsShown).toBe(1);
    expect(result.breakdown.experience.yearsInOtherFields).toBeGreaterThan(10);
    expect(result.explanation.join('\n')).toMatch(/Experience counted in software engineering: 1 year against 5\+ asked; 1\d\.\d years in other fields do not count here/);
    expect(result.advice.join('\n')).toMatch(/5\+ years in software engineering; your work history shows 1 year \(your 1\d\.\d years in other fields do not count toward it\)/);
  });

  it('does not count years as a designer toward an engineering posting, but counts data engineering', () => {
    const designer = analyzeMatch({ resume: engineer(['Python'], 'Senior Visual Designer', '2015-01'), posting: softwarePosting, now });
    expect(designer.breakdown.experience.yearsShown).toBe(0);
    const dataEngineer = analyzeMatch({ resume: engineer(['Python'], 'Data Engineer', '2015-01'), posting: softwarePosting, now });
    expect(dataEngineer.breakdown.experience.score).toBe(100);
  });

  it('counts no software years for an analyst or a planner, and an analyst\'s years for an analyst posting', () => {
    const changer: JsonResume = {
      work: [
        { name: 'Hafen Spedition GmbH', position: 'Data Analyst', startDate: '2019-06', highlights: ['Built a lane profitability model in SQL'] },
        { name: 'Kolej Cargo Sp. z o.o.', position: 'Transport Planner', startDate: '2013-07', endDate: '2019-05', highlights: ['Planned 300 loads a week'] },
        // A title that names no field: what the job did decides, and here it says nothing either.
        { name: 'Lumo S.A.', position: 'Associate', startDate: '2011-01', endDate: '2013-06', highlights: ['Answered the phones'] },
      ],
    };
    const software = analyzeMatch({ resume: changer, posting: { title: 'Senior Backend Engineer', description: 'Requirements\n- 7+ years of professional software engineering experience\n- Go' }, now });
    expect(software.breakdown.experience.yearsShown).toBe(0);
    const analyst = analyzeMatch({ resume: changer, posting: { title: 'Supply Chain Data Analyst (m/w/d)', description: 'Requirements\n- 3+ years as a data analyst\n- SQL' }, now });
    expect(analyst.breakdown.experience).toMatchObject({ field: 'data analysis', yearsShown: 6 });
  });

  it('reads the level in the field, and gives no level fit to a resume with nothing in the field', () => {
    const posting: JobPosting = { title: 'Senior Software Engineer', description: 'Requirements\n- Go\n- Kubernetes' };
    const seniorNurse: JsonResume = { work: [{ name: 'Clinic', position: 'Senior Nurse Practitioner', startDate: '2010-01' }] };
    const result = analyzeMatch({ resume: seniorNurse, posting, now });
    // The level shown is the person's own (the same on every posting); it is no fit outside their field.
    expect(result.breakdown.seniority).toMatchObject({ resume: 'senior', score: 0 });
    expect(result.explanation.join(' ')).toContain('in another field');
    expect(result.score).toBeLessThanOrEqual(15);
  });

  it('reads "Staff" as a level only in titles where it is one', () => {
    expect(seniorityFromTitle('Staff Software Engineer')).toBe('lead');
    expect(seniorityFromTitle('Staff Nurse')).toBeUndefined();
    expect(seniorityFromTitle('Staff Accountant')).toBeUndefined();
  });
});

describe('seniority and management requirements are read', () => {
  it.each([
    ['Engineering Manager', '', true],
    ['Backend Engineer', 'You will manage a team of 6 engineers.', true],
    ['Nurse Manager', '', true],
    ['Operations Lead', 'Requirements: people management experience.', true],
    ['Senior Backend Engineer', "You will lead the team's technical direction and mentor others.", false],
    ['Product Manager', 'You manage the roadmap.', false],
  ])('%s / %j manages people: %s', (title, text, expected) => {
    expect(postingManagesPeople(title, text)).toBe(expected);
  });

  it.each([
    ['Store Manager', true],
    ['Director of Nursing', true],
    ['Account Manager', false],
    ['Project Manager', false],
  ])('title %s manages people: %s', (title, expected) => {
    expect(titleManagesPeople(title)).toBe(expected);
  });

  const managerPosting: JobPosting = {
    title: 'Engineering Manager',
    description: 'Requirements\n- 6+ years in software engineering\n- Manage and grow a team of 5 engineers\n- Go and PostgreSQL',
  };

  it('scores an engineer with no management low on a manager posting, and says why', () => {
    const individual = analyzeMatch({ resume: engineer(['Go', 'PostgreSQL'], 'Senior Software Engineer', '2014-01'), posting: managerPosting, now });
    expect(individual.score).toBeLessThanOrEqual(40);
    expect(individual.breakdown.management).toMatchObject({ required: true, shown: 0, cappedAt: 35 });
    expect(individual.explanation.join('\n')).toContain('The role manages people; your resume shows none, so the score is capped at 35.');
    expect(individual.advice.join('\n')).toContain('shows no people management');
  });

  it('scores a manager high, and someone who led informally in between', () => {
    const manager = analyzeMatch({ resume: engineer(['Go', 'PostgreSQL'], 'Engineering Manager', '2014-01'), posting: managerPosting, now });
    const mentor: JsonResume = engineer(['Go', 'PostgreSQL'], 'Senior Software Engineer', '2014-01');
    mentor.work?.[0]?.highlights?.push('Mentored four junior engineers through their first year');
    const informal = analyzeMatch({ resume: mentor, posting: managerPosting, now });
    expect(manager.score).toBeGreaterThanOrEqual(80);
    expect(manager.breakdown.management.cappedAt).toBeNull();
    expect(informal.score).toBeGreaterThan(35);
    expect(informal.score).toBeLessThan(manager.score);
  });

  it('handles a senior resume on a junior posting as over-qualified, not as a misfit', () => {
    const posting: JobPosting = { title: 'Junior Backend Developer', description: 'Requirements\n- Python\n- SQL\n- 1+ years of experience' };
    const senior = analyzeMatch({ resume: engineer(['Python', 'PostgreSQL'], 'Senior Backend Engineer', '2015-01'), posting, now });
    expect(senior.breakdown.seniority).toMatchObject({ resume: 'senior', posting: 'junior', score: 60 });
    expect(senior.score).toBeGreaterThanOrEqual(70);
    expect(senior.score).toBeLessThan(100);
  });
});

describe('a specific skill satisfies the generic one it implies', () => {
  it.each([
    ['SQL', 'MySQL'],
    ['SQL', 'PostgreSQL'],
    ['CI/CD', 'GitHub Actions'],
    ['Infrastructure as Code', 'Terraform'],
    ['AWS', 'Amazon S3'],
  ])('%s is met by %s', (generic, specific) => {
    const result = analyzeMatch({ resume: engineer([specific]), posting: { title: 'Engineer', description: `Requirements\n- ${generic}` }, now });
    expect(result.breakdown.skills.required.missing).toEqual([]);
    expect(result.breakdown.skills.viaSpecific).toEqual([{ requirement: generic, by: [specific], optional: false }]);
    expect(result.explanation.join('\n')).toContain(`${generic} counts as shown through ${specific}.`);
  });

  it('does not run the other way: SQL does not show PostgreSQL', () => {
    const result = analyzeMatch({ resume: engineer(['SQL']), posting: { title: 'Engineer', description: 'Requirements\n- PostgreSQL' }, now });
    expect(result.breakdown.skills.required.missing).toEqual(['PostgreSQL']);
  });

  it('takes the relations from the vocabulary, each naming a skill it knows', () => {
    for (const skill of vocabulary.skills) {
      for (const generic of skill.implies ?? []) expect(vocabulary.byName.has(generic.toLowerCase()), `${skill.name} implies ${generic}`).toBe(true);
    }
  });
});

describe('advice never asks for what is already there', () => {
  it.each([
    ['Processed 2 million invoices a month', true],
    ['Cut page load by 40%', true],
    ['Doubled the weekly active users', true],
    ['Twelve releases without a rollback', true],
    ['Rewrote the billing service', false],
  ])('%j is quantified: %s', (text, expected) => {
    expect(isQuantified(text)).toBe(expected);
  });

  const posting: JobPosting = { title: 'Platform Engineer', description: 'Requirements\n- Go\n- Kubernetes' };
  const withBullet = (bullet: string): JsonResume => ({
    basics: { label: 'Platform Engineer' },
    work: [{ name: 'Driftwood', position: 'Platform Engineer', startDate: '2019-01', highlights: [bullet, 'Ran Go services on Kubernetes'] }],
    skills: [{ name: 'Skills', keywords: ['Go', 'Kubernetes'] }],
  });

  it('asks to quantify the first bullet only when it has no number', () => {
    const quantified = analyzeMatch({ resume: withBullet('Processed 2 million invoices a month on the new platform'), posting, now });
    expect(quantified.advice.join('\n')).not.toMatch(/Quantify/);
    const plain = analyzeMatch({ resume: withBullet('Rebuilt the deploy pipeline for the platform'), posting, now });
    expect(plain.advice.join('\n')).toMatch(/Quantify the first bullet under Driftwood/);
  });

  it('does not ask to mirror a title the headline already has, nor to lead with skills that already lead', () => {
    const result = analyzeMatch({ resume: withBullet('Rebuilt the deploy pipeline'), posting, now });
    expect(result.advice.join('\n')).not.toMatch(/Mirror the job title/);
    expect(result.advice.join('\n')).not.toMatch(/Lead your Skills section/);
  });
});

describe('tailoring never calls a nice-to-have skill required', () => {
  const resume: JsonResume = {
    work: [{ name: 'Kestrel', position: 'Frontend Engineer', startDate: '2020-01', highlights: ['Built the dashboard in React and TypeScript', 'Wrote Cypress tests'] }],
    skills: [{ name: 'Skills', keywords: ['JavaScript'] }],
  };

  it.each([
    'Requirements\n- TypeScript\nNice to have: React',
    'Requirements\n- TypeScript, ideally with React',
    'You write TypeScript every day. React is a plus.',
    'Requirements\n- TypeScript (bonus: React)',
  ])('%j', (description) => {
    const edits = suggestEdits({ resume, posting: { title: 'Frontend Engineer', description }, now });
    const react = edits.filter((edit) => edit.suggestion.includes('React') || edit.reason.includes('React'));
    expect(react.length).toBeGreaterThan(0);
    for (const edit of react) expect(`${edit.suggestion} ${edit.reason}`).not.toMatch(/requires? React/);
    expect(edits.find((edit) => edit.suggestion === 'Add TypeScript to your Skills section.')?.reason).toMatch(/^The posting requires TypeScript/);
  });

  it('names alternatives as "one of"', () => {
    const edits = suggestEdits({ resume, posting: { title: 'Frontend Engineer', description: 'Requirements\n- Vue or Svelte' }, now });
    expect(edits.find((edit) => edit.kind === 'add-skill')?.suggestion).toBe('Only if you have used one of Vue.js or Svelte: add it to Skills and show it in a bullet with what you did.');
  });
});

describe('a skill shown in the words of a bullet', () => {
  it('counts "the weekly demand forecast" as forecasting in use, so the advice does not ask for it', () => {
    const resume: JsonResume = {
      work: [{ name: 'Lumo Foods S.A.', position: 'Demand Planner', startDate: '2019-01', highlights: ['Own the weekly demand forecast for 900 SKUs; stockouts down 12%'] }],
      skills: [{ name: 'Planning', keywords: ['Demand forecasting', 'SQL'] }],
    };
    const posting: JobPosting = { title: 'Supply Chain Analyst', description: 'Requirements\n- Time series forecasting\n- SQL' };
    expect(prepareResume(resume, { now, vocabulary }).skills.get('Time Series Forecasting')?.shownIn).toContain('Lumo Foods S.A.');
    const result = analyzeMatch({ resume, posting, now });
    expect(result.matched).toContain('Time Series Forecasting');
    expect(result.advice.join('\n')).not.toMatch(/You list Time Series Forecasting but no role/);
  });
});

// Session 38: the classes behind an outsider's development set (a Salesforce admin, a Go
// backend engineer beside a game programmer and a data scientist, an accountant, a freight
// coordinator), checked here on other people and postings.
describe('a number managed is people only when people follow it', () => {
  it.each([
    ['Fernhill Lettings manages 3,400 properties across the North West.', false],
    ['You will manage 40 key accounts in the region.', false],
    ['Our platform manages 2 million bookings a year.', false],
    ['Line-manage 5 analysts and review their work.', true],
    ['You will manage 3 engineers and hire two more.', true],
    ['Manage a team of 4 planners.', true],
  ])('%j → %s', (text, manages) => {
    expect(postingManagesPeople('Operations Analyst', text)).toBe(manages);
  });

  it('does not cap an administrator whose employer "manages 18,000 homes"', () => {
    const posting: JobPosting = {
      title: 'HubSpot Administrator',
      company: 'Calder Homes',
      description: 'Calder Homes manages 18,000 homes in Yorkshire.\n\nRequirements\n- HubSpot\n- 2+ years administering a CRM',
    };
    const resume: JsonResume = {
      work: [{ name: 'Tandem Care', position: 'HubSpot Administrator', startDate: '2020-01', highlights: ['Run HubSpot for 120 users'] }],
      skills: [{ name: 'Skills', keywords: ['HubSpot'] }],
    };
    const result = analyzeMatch({ resume, posting, now });
    expect(result.breakdown.management.required).toBe(false);
    expect(result.breakdown.management.cappedAt).toBeNull();
  });
});

describe('"What you\'ll be doing" is the duties, not requirements', () => {
  it.each(["What you'll be doing", 'What you’ll be doing', 'What you will be doing:', "What you'll do"])('%j', (heading) => {
    const posting = read(`${heading}\n- Month-end payroll reconciliations for the finance team\n\nWhat we're looking for\n- CIPP Foundation Degree in Payroll`, 'Payroll Officer');
    expect(posting.requirementLines.map((line) => line.label)).not.toContain('Month-end payroll reconciliations for the finance team');
  });
});

describe('a certification named around "Certified"', () => {
  it.each([
    ['Requirements\n- AWS Certified Solutions Architect (essential)', 'AWS Certified Solutions Architect'],
    ['Requirements\n- Certified Kubernetes Administrator', 'Certified Kubernetes Administrator'],
    ['You must be a HubSpot Certified Marketing Specialist.', 'HubSpot Certified Marketing Specialist'],
  ])('%j asks for %s', (description, label) => {
    expect(read(description).conditions.map((condition) => condition.label)).toContain(label);
  });

  it('is not read from "a certified forklift operator"', () => {
    expect(read('Requirements\n- A certified forklift operator', 'Warehouse Operative').conditions.filter((condition) => condition.kind === 'licence')).toEqual([]);
  });

  it('is met by the certificate and missing without it, though both people use the product', () => {
    const posting: JobPosting = { title: 'Cloud Engineer', description: 'Requirements\n- AWS Certified Solutions Architect (essential)\n- AWS\n- Terraform' };
    const certified: JsonResume = { ...engineer(['AWS', 'Terraform'], 'Cloud Engineer'), certificates: [{ name: 'AWS Certified Solutions Architect – Associate' }] };
    const withCertificate = analyzeMatch({ resume: certified, posting, now });
    const without = analyzeMatch({ resume: engineer(['AWS', 'Terraform'], 'Cloud Engineer'), posting, now });
    expect(withCertificate.conditions.find((condition) => condition.requirement === 'AWS Certified Solutions Architect')?.shownBy).toBe('AWS Certified Solutions Architect – Associate');
    expect(without.conditions.find((condition) => condition.requirement === 'AWS Certified Solutions Architect')?.shownBy).toBeNull();
    expect(withCertificate.score - without.score).toBeGreaterThanOrEqual(15);
  });
});

describe('CRM platforms are tools, not finance', () => {
  it.each(['Salesforce Administrator', 'HubSpot Administrator', 'Salesforce Developer'])('%j is not a finance title', (title) => {
    expect(jobFieldOf(title, vocabulary)).not.toBe('finance');
  });
});

describe('years asked with the work they are spent on', () => {
  it.each([
    ['Requirements\n- 3+ years supporting a Dynamics 365 estate', 3],
    ['Requirements\n- 2 years designing or delivering training', 2],
    ['Requirements\n- 5 years running a busy kitchen', 5],
  ])('%j asks %d years', (description, years) => {
    expect(read(description, 'Specialist').yearsRequired).toBe(years);
  });
});

describe('a degree "or equivalent experience"', () => {
  const posting: JobPosting = { title: 'Software Engineer', description: 'Requirements\n- 3+ years of software engineering\n- TypeScript\n- Degree in computer science or equivalent experience' };
  const withoutDegree = (startDate: string): JsonResume => ({ ...engineer(['TypeScript'], 'Software Engineer', startDate), education: [] });

  it('is met by years in the field as many as asked', () => {
    const result = analyzeMatch({ resume: withoutDegree('2019-01'), posting, now });
    const degree = result.conditions.find((condition) => condition.kind === 'education');
    expect(degree?.requirement).toBe('Degree in computer science or equivalent experience');
    expect(degree?.shownBy).toMatch(/^6\.4 years in software engineering$/);
  });

  it('is not met by one year of work, and is still met by the degree', () => {
    expect(analyzeMatch({ resume: withoutDegree('2024-04'), posting, now }).conditions.find((condition) => condition.kind === 'education')?.shownBy).toBeNull();
    const graduate: JsonResume = { ...withoutDegree('2024-04'), education: [{ institution: 'University of Leeds', studyType: 'BSc', area: 'Computer Science' }] };
    expect(analyzeMatch({ resume: graduate, posting, now }).conditions.find((condition) => condition.kind === 'education')?.shownBy).toMatch(/Computer Science/);
  });
});

describe('years of a software specialty count in that specialty', () => {
  it.each([
    ['5+ years of frontend development', 'frontend'],
    ['3 years of professional game development', 'game'],
    ['4 years as an Android engineer', 'mobile'],
    ['6+ years of backend engineering in Java', 'backend'],
    ['5+ years of software engineering', undefined],
    ['3 years of experience', undefined],
  ])('%j → %s', (text, specialty) => {
    expect(specialtyOfYears(text.replace(/^\S+\s*\+?\s*/, ''))).toBe(specialty);
    expect(read(`Requirements\n- ${text}\n- TypeScript`).yearsSpecialty).toBe(specialty);
  });

  const posting: JobPosting = { title: 'Frontend Engineer', description: 'Requirements\n- 4+ years of frontend development\n- TypeScript\n- React' };
  const person = (position: string, highlights: string[], label = 'Engineer'): JsonResume => ({
    basics: { name: 'Robin Hale', label },
    work: [{ name: 'Quay Labs', position, startDate: '2019-01', highlights }],
    skills: [{ name: 'Skills', keywords: ['TypeScript', 'React'] }],
  });

  it('counts a frontend title and a plain title whose bullets are frontend work, not a backend or a game title', () => {
    const years = (resume: JsonResume) => analyzeMatch({ resume, posting, now }).breakdown.experience.yearsShown;
    expect(years(person('Senior Frontend Engineer', ['Built the checkout in React and TypeScript']))).toBe(6.4);
    expect(years(person('Software Engineer', ['Built the design system in React and CSS']))).toBe(6.4);
    expect(years(person('Senior Backend Engineer', ['Payment APIs in Go and PostgreSQL; some React for the admin tools']))).toBe(0);
    expect(years(person('Gameplay Programmer', ['Combat systems in Unity and C#; UI in TypeScript']))).toBe(0);
    expect(years(person('Machine Learning Scientist', ['Churn models in Python; a React dashboard for them']))).toBe(0);
    expect(analyzeMatch({ resume: person('Senior Backend Engineer', ['Payment APIs in Go']), posting, now }).explanation.join('\n')).toContain(
      'Experience counted in frontend development: 0 years against 4+ asked',
    );
  });
});

describe('credentials offered as alternatives, and held in part', () => {
  it('reads "CIMA or ACCA qualified (or studying)" and "AAT / ACCA" as one requirement each', () => {
    expect(read('Requirements\n- CIMA or ACCA qualified (or studying)', 'Management Accountant').conditions.map((condition) => condition.label)).toEqual(['CIMA or ACCA']);
    expect(read('Requirements\n- AAT / ACCA', 'Accounts Assistant').conditions.map((condition) => condition.label)).toEqual(['AAT or ACCA']);
  });

  const accountant = (certificate: string): JsonResume => ({
    work: [{ name: 'Pennine Dairies', position: 'Management Accountant', startDate: '2016-01', highlights: ['Monthly management accounts for 3 sites'] }],
    certificates: [{ name: certificate }],
  });
  const shown = (description: string, certificate: string) =>
    analyzeMatch({ resume: accountant(certificate), posting: { title: 'Financial Controller', description }, now }).conditions.find((condition) => condition.kind === 'licence')?.shownBy ?? null;

  it('meets an alternative by any one of them', () => {
    expect(shown('Requirements\n- CIMA or ACCA qualified', 'ACCA (member since 2019)')).toBe('ACCA (member since 2019)');
    expect(shown('Requirements\n- AAT or CIMA', 'AAT Level 4 Diploma in Professional Accounting')).toMatch(/^AAT/);
  });

  it('does not meet "fully qualified" with a part-qualification, and does meet an ask that takes one', () => {
    expect(shown('Requirements\n- Fully qualified ACA, ACCA or CIMA', 'ACCA part-qualified (11 of 13 exams)')).toBeNull();
    expect(shown('Requirements\n- Fully qualified ACA, ACCA or CIMA', 'ACCA (member since 2019)')).toBe('ACCA (member since 2019)');
    expect(shown('Requirements\n- ACCA or CIMA part-qualified (or studying)', 'CIMA student, 8 of 16 exams passed')).toMatch(/^CIMA student/);
  });
});

describe('a skill offered beside a name the vocabulary does not know', () => {
  const posting: JobPosting = { title: 'Shipping Coordinator', description: 'Requirements\n- 2+ years in shipping\n- Descartes or SAP\n- Excel' };
  const coordinator = (tools: string[]): JsonResume => ({
    work: [{ name: 'Harbour Line', position: 'Shipping Coordinator', startDate: '2020-01', highlights: [`Booked 80 containers a month in ${tools.join(' and ')}`] }],
    skills: [{ name: 'Skills', keywords: [...tools, 'Excel'] }],
  });

  it('is one requirement labelled with both', () => {
    expect(labels(read(posting.description, posting.title).requiredSkills)).toEqual(['Descartes or SAP', 'Excel']);
    expect(labels(read('Requirements\n- SAP or Mercury Gate', 'Planner').requiredSkills)).toEqual(['Mercury Gate or SAP']);
  });

  it('is met by the unknown name as by the known one, and missing with neither', () => {
    const descartes = analyzeMatch({ resume: coordinator(['Descartes']), posting, now });
    const sap = analyzeMatch({ resume: coordinator(['SAP']), posting, now });
    expect(descartes.breakdown.skills.required.missing).toEqual([]);
    expect(descartes.breakdown.skills.alternatives).toEqual([{ requirement: 'Descartes or SAP', by: ['Descartes'], optional: false }]);
    expect(descartes.score).toBe(sap.score);
    expect(analyzeMatch({ resume: coordinator(['Magaya']), posting, now }).breakdown.skills.required.missing).toEqual(['Descartes or SAP']);
  });
});

describe('a plain software title beside a specialty', () => {
  const posting: JobPosting = { title: 'Mobile Engineer', description: 'Requirements\n- 3+ years of mobile development\n- Kotlin' };
  const career = (first: { position: string; highlights: string[] }): JsonResume => ({
    work: [
      { name: 'Tern Apps', ...first, startDate: '2021-01' },
      { name: 'Brightwell', position: 'Developer', startDate: '2018-01', endDate: '2020-12', highlights: ['Maintained the intranet'] },
    ],
    skills: [{ name: 'Skills', keywords: ['Kotlin'] }],
  });
  const years = (resume: JsonResume) => analyzeMatch({ resume, posting, now }).breakdown.experience.yearsShown;

  it('counts in the specialty the career shows, and not beside another one', () => {
    expect(years(career({ position: 'Android Engineer', highlights: ['Shipped the booking app in Kotlin'] }))).toBe(7.4);
    expect(years(career({ position: 'Backend Engineer', highlights: ['Billing APIs in Go'] }))).toBe(0);
  });

  it('counts when no role shows a specialty at all', () => {
    expect(years(career({ position: 'Software Engineer', highlights: ['Kept the office network running'] }))).toBe(7.4);
  });

  it('does not read "or equivalent experience" as a related subject', () => {
    const degree = read('Requirements\n- Degree in computer science or equivalent experience').conditions.find((condition) => condition.kind === 'education');
    expect(degree?.needs).toEqual(['computer science']);
    expect(degree?.orExperience).toBe(true);
  });
});
