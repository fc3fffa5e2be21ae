/** A website people name without its address. */
export interface KnownSite {
  url: string;
  /** Where its job listings or careers page live, when that differs from the home page. */
  jobsUrl?: string;
  /** A search URL; the query is appended URL-encoded. */
  searchUrl?: string;
}

const hackerNews: KnownSite = {
  url: 'https://news.ycombinator.com',
  jobsUrl: 'https://news.ycombinator.com/jobs',
  searchUrl: 'https://hn.algolia.com/?q=',
};
const gmail: KnownSite = { url: 'https://mail.google.com' };
const wellfound: KnownSite = {
  url: 'https://wellfound.com',
  jobsUrl: 'https://wellfound.com/jobs',
};
const remoteOk: KnownSite = { url: 'https://remoteok.com' };
const weWorkRemotely: KnownSite = { url: 'https://weworkremotely.com' };
const stackOverflow: KnownSite = {
  url: 'https://stackoverflow.com',
  searchUrl: 'https://stackoverflow.com/search?q=',
};

/** Lower-cased names and nicknames → site. Job boards first: this is a job-hunting tool. */
const sitesByName: ReadonlyMap<string, KnownSite> = new Map<string, KnownSite>([
  [
    'linkedin',
    {
      url: 'https://www.linkedin.com',
      jobsUrl: 'https://www.linkedin.com/jobs',
      searchUrl: 'https://www.linkedin.com/jobs/search/?keywords=',
    },
  ],
  ['indeed', { url: 'https://www.indeed.com', searchUrl: 'https://www.indeed.com/jobs?q=' }],
  [
    'glassdoor',
    {
      url: 'https://www.glassdoor.com',
      jobsUrl: 'https://www.glassdoor.com/Job/index.htm',
      searchUrl: 'https://www.glassdoor.com/Job/jobs.htm?sc.keyword=',
    },
  ],
  ['hacker news', hackerNews],
  ['hackernews', hackerNews],
  ['hn', hackerNews],
  ['ycombinator', hackerNews],
  ['y combinator', hackerNews],
  ['wellfound', wellfound],
  ['angellist', wellfound],
  ['angel list', wellfound],
  ['angel.co', wellfound],
  ['remoteok', remoteOk],
  ['remote ok', remoteOk],
  ['weworkremotely', weWorkRemotely],
  ['we work remotely', weWorkRemotely],
  ['greenhouse', { url: 'https://www.greenhouse.io' }],
  ['lever', { url: 'https://www.lever.co' }],
  ['dice', { url: 'https://www.dice.com' }],
  ['monster', { url: 'https://www.monster.com' }],
  ['ziprecruiter', { url: 'https://www.ziprecruiter.com' }],
  ['otta', { url: 'https://otta.com' }],
  ['levels.fyi', { url: 'https://www.levels.fyi' }],
  ['levels', { url: 'https://www.levels.fyi' }],
  ['github', { url: 'https://github.com', searchUrl: 'https://github.com/search?q=' }],
  ['stack overflow', stackOverflow],
  ['stackoverflow', stackOverflow],
  ['google', { url: 'https://www.google.com', searchUrl: 'https://www.google.com/search?q=' }],
  [
    'youtube',
    { url: 'https://www.youtube.com', searchUrl: 'https://www.youtube.com/results?search_query=' },
  ],
  ['gmail', gmail],
  ['google mail', gmail],
  ['email', gmail],
  ['mail', gmail],
  ['inbox', gmail],
  ['google calendar', { url: 'https://calendar.google.com' }],
  ['calendar', { url: 'https://calendar.google.com' }],
  ['google docs', { url: 'https://docs.google.com' }],
  ['google drive', { url: 'https://drive.google.com' }],
  ['outlook', { url: 'https://outlook.live.com' }],
  ['reddit', { url: 'https://www.reddit.com' }],
  ['wikipedia', { url: 'https://www.wikipedia.org' }],
  ['stripe', { url: 'https://stripe.com', jobsUrl: 'https://stripe.com/jobs' }],
  ['shopify', { url: 'https://www.shopify.com', jobsUrl: 'https://www.shopify.com/careers' }],
  ['netflix', { url: 'https://www.netflix.com', jobsUrl: 'https://jobs.netflix.com' }],
  ['airbnb', { url: 'https://www.airbnb.com', jobsUrl: 'https://careers.airbnb.com' }],
  ['amazon', { url: 'https://www.amazon.com', jobsUrl: 'https://www.amazon.jobs' }],
  ['microsoft', { url: 'https://www.microsoft.com', jobsUrl: 'https://careers.microsoft.com' }],
  ['apple', { url: 'https://www.apple.com', jobsUrl: 'https://www.apple.com/careers' }],
]);

/**
 * Looks a site up by the name a person used ("hn", "Stack Overflow", "my email").
 *
 * @example
 * findKnownSite('hacker news')?.url; // 'https://news.ycombinator.com'
 */
export function findKnownSite(name: string): KnownSite | undefined {
  return sitesByName.get(name.trim().toLowerCase());
}
