/** Hosts of job boards and applicant-tracking systems: opening one is never a surprise. */
const boardHosts: readonly string[] = [
  'linkedin.com',
  'indeed.com',
  'glassdoor.com',
  'news.ycombinator.com',
  'workatastartup.com',
  'wellfound.com',
  'remoteok.com',
  'weworkremotely.com',
  'remotive.com',
  'himalayas.app',
  'arbeitnow.com',
  'greenhouse.io',
  'lever.co',
  'ashbyhq.com',
  'workable.com',
  'smartrecruiters.com',
  'myworkdayjobs.com',
  'dice.com',
  'monster.com',
  'ziprecruiter.com',
  'simplyhired.com',
  'otta.com',
  'welcometothejungle.com',
  'builtin.com',
  'adzuna.com',
];

/**
 * Whether an address is on a job board (or a subdomain of one), by its host.
 *
 * @example
 * isJobBoard('https://boards.greenhouse.io/stripe/jobs/1'); // true
 */
export function isJobBoard(address: string): boolean {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `https://${address}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  return boardHosts.some((board) => host === board || host.endsWith(`.${board}`));
}
