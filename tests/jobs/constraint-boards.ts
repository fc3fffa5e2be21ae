import { type StubBoard, startStubBoard } from './stub-board.ts';

/** A Remotive job in the board's real shape (GET /api/remote-jobs); every Remotive job is remote. */
export const remotiveJob = (
  id: number,
  title: string,
  company: string,
  location: string,
  salary: string,
  description: string,
  tags: string[] = [],
  jobType = 'full_time',
) => ({
  id,
  url: `https://remotive.com/remote-jobs/software-dev/job-${id}`,
  title,
  company_name: company,
  company_logo: null,
  category: 'Software Development',
  tags,
  job_type: jobType,
  publication_date: '2026-11-20T09:00:00',
  candidate_required_location: location,
  salary,
  description,
});

/** An Arbeitnow job in the board's real shape (GET /api/job-board-api); no salary field exists there. */
const arbeitnowJob = (slug: string, title: string, company: string, location: string, remote: boolean, description: string) => ({
  slug,
  company_name: company,
  title,
  description,
  remote,
  url: `https://www.arbeitnow.com/jobs/companies/${slug}`,
  tags: [],
  job_types: ['Vollzeit'],
  location,
  created_at: 1_763_629_200,
});

/**
 * Two boards whose postings vary in every constraint a search can carry: level in the
 * title (senior, Jr., Lead, Graduate, none), stated pay (yearly, hourly, none), place
 * (a region, countries, cities, "Worldwide", the USA), remote or on-site, and employment type
 * (full-time, a part-time role, a contract). One
 * "Senior Product Designer" shares only the word "senior" with a TypeScript search.
 */
export async function startConstraintBoards(): Promise<{ remotive: StubBoard; arbeitnow: StubBoard; env: Record<string, string> }> {
  const remotive = await startStubBoard({
    json: {
      '0-legal-notice': 'Remotive API Legal Notice: https://remotive.com/api-documentation',
      'job-count': 9,
      jobs: [
        remotiveJob(3001, 'Senior TypeScript Engineer', 'Acme', 'Europe', '$140k - $170k', '<p>TypeScript and Node.js services.</p>', ['typescript']),
        remotiveJob(3002, 'Senior Product Designer', 'Figmoid', 'Berlin, Germany', '€95k - €115k', '<p>Design flows in Figma with our research team.</p>'),
        remotiveJob(3003, 'Jr. TypeScript Developer', 'Tinyco', 'Lisbon, Portugal', '€45k - €55k', '<p>Learn TypeScript and React with mentors.</p>'),
        remotiveJob(3004, 'Senior TypeScript Engineer', 'Yankee Corp', 'USA', '$150k - $190k', '<p>TypeScript at scale.</p>'),
        remotiveJob(3005, 'Senior Frontend Engineer (TypeScript, React)', 'Quietpay', 'Remote - EU', '', '<p>React and TypeScript.</p>'),
        remotiveJob(3006, 'Senior Backend Engineer', 'Sunbank', 'Spain', '€70k - €85k', '<p>TypeScript on AWS Lambda.</p>'),
        remotiveJob(3007, 'Lead TypeScript Engineer', 'Orbit', 'Worldwide', '$130k - $160k', '<p>Lead a TypeScript team.</p>'),
        remotiveJob(3008, 'TypeScript Engineer', 'Dutchly', 'Netherlands', '€100k - €120k', '<p>TypeScript and GraphQL. Part-time, 24 hours a week.</p>', [], 'part_time'),
        remotiveJob(3009, 'Senior TypeScript Contractor', 'Gigwise', 'Portugal', '€55 - €70 per hour', '<p>A six-month TypeScript contract.</p>', [], 'contract'),
      ],
    },
  });
  const arbeitnow = await startStubBoard({
    json: {
      data: [
        arbeitnowJob('umbrella-1', 'Senior TypeScript Engineer (m/w/d)', 'Umbrella GmbH', 'Munich', false, '<p>NestJS and TypeScript.</p>'),
        arbeitnowJob('hooli-2', 'Senior Software Engineer, Payments', 'Hooli', 'Berlin', false, '<p>TypeScript and Go for payments.</p>'),
        arbeitnowJob('hanse-3', 'Graduate TypeScript Developer', 'Hanse Digital', 'Hamburg', false, '<p>TypeScript for new graduates.</p>'),
      ],
      links: { first: 'https://www.arbeitnow.com/api/job-board-api?page=1', next: null },
      meta: { current_page: 1, per_page: 100 },
    },
  });
  return {
    remotive,
    arbeitnow,
    env: {
      JOBPILOT_JOB_SOURCES: 'remotive,arbeitnow',
      JOBPILOT_REMOTIVE_URL: remotive.origin,
      JOBPILOT_ARBEITNOW_URL: arbeitnow.origin,
      JOBPILOT_JOB_TIMEOUT_MS: '3000',
    },
  };
}
