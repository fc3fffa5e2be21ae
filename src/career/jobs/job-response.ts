import type { JobRecord } from '../../db/repositories/jobs.ts';
import { agencyPosting } from '../../jobs/agency-posting.ts';
import { closingDateIn } from '../../jobs/closing-date.ts';
import { employmentTermsOf } from '../../jobs/employment-terms.ts';
import { statedSalary } from '../../jobs/salary-in-text.ts';
import { remoteAsStated, workArrangementOf } from '../../jobs/work-arrangement.ts';
import type { Job, JobDetail } from '../../protocol/api.ts';

/**
 * A job as the API shows it: the index record without its bookkeeping, with the work
 * arrangement, pay, employment type, working pattern and closing date its posting states (a row
 * stored before the text was read says so too).
 *
 * @example
 * reply.send(jobResponse(record));
 */
export const jobResponse = (record: JobRecord): Job => {
  const terms = employmentTermsOf(record);
  return {
    id: record.id,
    title: record.title,
    company: record.company,
    location: record.location,
    remote: remoteAsStated(record),
    work_arrangement: workArrangementOf(record),
    salary: statedSalary(record),
    employment_type: terms.type,
    work_pattern: record.work_pattern ?? terms.pattern,
    closes_on: record.closes_on ?? closingDateIn(record.description, record.posted_at ?? record.first_seen_at)?.date ?? null,
    posted_at: record.posted_at,
    url: record.url,
    sources: record.sources,
    tags: record.tags,
    // Said only of an agency's posting: the employer's own (most) carry no flag.
    ...(agencyPosting(record) !== null ? { agency: true } : {}),
  };
};

/** `GET /v1/jobs/{id}`: the job with its description. */
export const jobDetail = (record: JobRecord): JobDetail => ({ ...jobResponse(record), description: record.description });
