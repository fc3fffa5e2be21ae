import type { RequestedStep } from './intents.ts';
import { isKnownApp } from './known-apps.ts';
import { findKnownSite } from './known-sites.ts';

const searchOnSite =
  /^(?:search|look up|find|look for)\s+(?:on\s+)?(?<site>[\w .-]+?)\s+for\s+(?<query>.+)$/;
const searchForOnSite =
  /^(?:search(?:\s+for)?|look\s+(?:up|for)|find)\s+(?<query>.+?)\s+(?:on|at|in)\s+(?<site>[\w .-]+)$/;
const googleIt = /^google\s+(?<query>.+)$/;
const googleSearchUrl = findKnownSite('google')?.searchUrl ?? 'https://www.google.com/search?q=';

/**
 * "search indeed for typescript jobs", "find react jobs on linkedin", "google remote jobs":
 * a search page on a site we know how to search, or null.
 *
 * @example
 * searchStep('search indeed for rust jobs')?.args.url; // 'https://www.indeed.com/jobs?q=rust%20jobs'
 */
export function searchStep(request: string): RequestedStep | null {
  const lower = request.toLowerCase();
  const match = searchOnSite.exec(lower) ?? searchForOnSite.exec(lower);
  const site = match?.groups?.site
    ? findKnownSite(match.groups.site.replace(/^the\s+/, ''))
    : undefined;
  if (match?.groups?.query && site?.searchUrl) {
    return {
      action: 'open_website',
      args: { url: site.searchUrl + encodeURIComponent(match.groups.query) },
    };
  }
  const googled = googleIt.exec(lower)?.groups?.query;
  if (googled && !isKnownApp(lower) && !findKnownSite(lower)) {
    return { action: 'open_website', args: { url: googleSearchUrl + encodeURIComponent(googled) } };
  }
  return null;
}
