import { type StubBoard, startStubBoard } from '../jobs/stub-board.ts';

/**
 * Two boards of different shapes (Remotive and Arbeitnow) serving overlapping postings:
 * "Senior TypeScript Engineer" at Acme is on both, as real openings are.
 */
export async function startOverlappingBoards(): Promise<{ remotive: StubBoard; arbeitnow: StubBoard; env: Record<string, string> }> {
  const remotive = await startStubBoard({
    json: {
      '00-warning': 'This API is for job listings syndication only. Please link back to the job URL on Remotive.',
      '0-legal-notice': 'Remotive API Legal Notice: https://remotive.com/api-documentation',
      'job-count': 3,
      'total-job-count': 3,
      jobs: [
        {
          id: 2001,
          url: 'https://remotive.com/remote-jobs/software-dev/senior-typescript-engineer-2001',
          title: 'Senior TypeScript Engineer',
          company_name: 'Acme, Inc.',
          company_logo: null,
          category: 'Software Development',
          tags: ['typescript', 'node.js', 'postgresql'],
          job_type: 'full_time',
          publication_date: '2026-11-20T09:00:00',
          candidate_required_location: 'Worldwide',
          salary: '$140k - $170k',
          description:
            '<p>Acme builds hiring tools.</p><h2>Requirements</h2><ul><li>5+ years of TypeScript and Node.js</li><li>PostgreSQL</li><li>Kubernetes</li></ul><h2>Nice to have</h2><ul><li>GraphQL</li></ul>',
        },
        {
          id: 2002,
          url: 'https://remotive.com/remote-jobs/software-dev/frontend-developer-2002',
          title: 'Frontend Developer (React, TypeScript)',
          company_name: 'Globex',
          company_logo: null,
          category: 'Software Development',
          tags: ['react', 'typescript'],
          job_type: 'contract',
          publication_date: '2026-11-18T12:30:00',
          candidate_required_location: 'Europe',
          salary: '',
          description: '<p>Build our React front end in TypeScript.</p>',
        },
        {
          id: 2003,
          url: 'https://remotive.com/remote-jobs/data/data-engineer-2003',
          title: 'Data Engineer',
          company_name: 'Initech',
          company_logo: null,
          category: 'Data',
          tags: ['python', 'spark'],
          job_type: 'full_time',
          publication_date: '2026-11-10T08:00:00',
          candidate_required_location: 'USA',
          salary: '',
          description: '<p>Pipelines in Python and Spark.</p>',
        },
      ],
    },
  });
  const arbeitnow = await startStubBoard({
    json: {
      data: [
        {
          slug: 'senior-typescript-engineer-acme-1',
          company_name: 'Acme',
          title: 'Senior TypeScript Engineer (m/w/d)',
          description: '<p>Remote-first team. TypeScript, Node.js, PostgreSQL.</p>',
          remote: true,
          url: 'https://www.arbeitnow.com/jobs/companies/acme/senior-typescript-engineer-acme-1',
          tags: ['TypeScript', 'Remote'],
          job_types: ['Vollzeit'],
          location: 'Berlin',
          created_at: 1_763_629_200,
        },
        {
          slug: 'typescript-backend-engineer-umbrella-2',
          company_name: 'Umbrella GmbH',
          title: 'TypeScript Backend Engineer',
          description: '<p>NestJS and TypeScript on AWS.</p>',
          remote: true,
          url: 'https://www.arbeitnow.com/jobs/companies/umbrella/typescript-backend-engineer-umbrella-2',
          tags: ['TypeScript', 'AWS'],
          job_types: ['Vollzeit'],
          location: 'Munich',
          created_at: 1_763_542_800,
        },
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
      JOBPILOT_JOB_TIMEOUT_MS: '2000',
    },
  };
}
