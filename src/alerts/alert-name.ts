import type { AlertSearch } from '../db/repositories/alerts.ts';

/**
 * An alert's search in words: "remote TypeScript jobs in Berlin at Stripe paying 90,000+ (fit 70+)", "barista jobs in
 * Galway or remote" (remote openings as well as the place's).
 *
 * @example
 * alertName({ query: 'typescript', remote: true, remote_too: false, location: null, company: null, min_fit: null }); // 'remote typescript jobs'
 */
export function alertName(search: Omit<AlertSearch, 'exclude_seniority' | 'exclude_employment_type' | 'exclude_agencies' | 'min_salary'> & Partial<AlertSearch>): string {
  const parts = [`${search.remote ? 'remote ' : ''}${search.query} jobs`];
  if (search.location) parts.push(`in ${search.location}${search.remote_too ? ' or remote' : ''}`);
  if (search.company) parts.push(`at ${search.company}`);
  // "paying 60,000+": the floor said back as a search says it, so it is seen to be kept.
  if (search.min_salary) parts.push(`paying ${search.min_salary.toLocaleString('en-US')}+`);
  if (search.min_fit !== null) parts.push(`(fit ${search.min_fit}+)`);
  // "…, not senior or lead, no contract roles, no agencies": what it keeps out, said back so it is seen to be kept.
  const keptOut = [
    ...(search.exclude_seniority?.length ? [`not ${search.exclude_seniority.join(' or ')}`] : []),
    ...(search.exclude_employment_type?.length ? [`no ${search.exclude_employment_type.map((type) => type.replace(/_/g, '-')).join(' or ')} roles`] : []),
    ...(search.exclude_agencies ? ['no agencies'] : []),
  ];
  return keptOut.length > 0 ? `${parts.join(' ')}, ${keptOut.join(', ')}` : parts.join(' ');
}
