/** A posting in Remotive's real shape (`GET /api/remote-jobs`), as the stub board serves it. */
export function remotivePosting(id: number, title: string, company: string, description: string) {
  return {
    id,
    url: `https://remotive.com/remote-jobs/software-dev/${id}`,
    title,
    company_name: company,
    company_logo: `https://remotive.com/job/${id}/logo`,
    category: 'Software Development',
    tags: [],
    job_type: 'full_time',
    publication_date: '2026-12-01T09:00:00',
    candidate_required_location: 'Worldwide',
    salary: '',
    description: `<p>${description}</p>`,
  };
}

/** Remotive's answer holding these postings. */
export const remotiveAnswer = (jobs: unknown[]) => ({
  '00-warning': 'stub',
  '0-legal-notice': 'stub',
  'job-count': jobs.length,
  'total-job-count': jobs.length,
  jobs,
});
