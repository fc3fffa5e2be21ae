import type { AlertSearch } from '../db/repositories/alerts.ts';

/**
 * An alert's search in words: "remote TypeScript jobs in Berlin at Stripe (fit 70+)".
 *
 * @example
 * alertName({ query: 'typescript', remote: true, location: null, company: null, min_fit: null }); // 'remote typescript jobs'
 */
export function alertName(search: AlertSearch): string {
  const parts = [`${search.remote ? 'remote ' : ''}${search.query} jobs`];
  if (search.location) parts.push(`in ${search.location}`);
  if (search.company) parts.push(`at ${search.company}`);
  if (search.min_fit !== null) parts.push(`(fit ${search.min_fit}+)`);
  return parts.join(' ');
}
