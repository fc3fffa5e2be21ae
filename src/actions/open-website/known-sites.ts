/** A website people name without its address. */
export interface KnownSite {
  url: string;
  /** Where its job listings or careers page live, when that differs from the home page. */
  jobsUrl?: string;
  /** A search URL; the query is appended URL-encoded. */
  searchUrl?: string;
  /** A job board's name as it writes it ("LinkedIn"), when its search is a job search: opening it may mean searching it. */
  board?: string;
  /**
   * Also the name of a desktop app people launch ("Outlook"): "open outlook" launches the app;
   * "go to outlook", "the outlook website" or a browser named opens the site.
   */
  desktopApp?: boolean;
}

const site = (url: string, more: Omit<KnownSite, 'url'> = {}): KnownSite => ({ url, ...more });

const hackerNews = site('https://news.ycombinator.com', {
  jobsUrl: 'https://news.ycombinator.com/jobs',
  searchUrl: 'https://hn.algolia.com/?q=',
});
const gmail = site('https://mail.google.com');
const wellfound = site('https://wellfound.com', { jobsUrl: 'https://wellfound.com/jobs' });
const remoteOk = site('https://remoteok.com', { board: 'Remote OK', searchUrl: 'https://remoteok.com/remote-jobs?search=' });
const weWorkRemotely = site('https://weworkremotely.com', {
  board: 'We Work Remotely',
  searchUrl: 'https://weworkremotely.com/remote-jobs/search?term=',
});
const stackOverflow = site('https://stackoverflow.com', { searchUrl: 'https://stackoverflow.com/search?q=' });
const linkedin = site('https://www.linkedin.com', {
  board: 'LinkedIn',
  jobsUrl: 'https://www.linkedin.com/jobs',
  searchUrl: 'https://www.linkedin.com/jobs/search/?keywords=',
});
const indeed = site('https://www.indeed.com', { board: 'Indeed', searchUrl: 'https://www.indeed.com/jobs?q=' });
const glassdoor = site('https://www.glassdoor.com', {
  board: 'Glassdoor',
  jobsUrl: 'https://www.glassdoor.com/Job/index.htm',
  searchUrl: 'https://www.glassdoor.com/Job/jobs.htm?sc.keyword=',
});
const google = site('https://www.google.com', { searchUrl: 'https://www.google.com/search?q=' });
const youtube = site('https://www.youtube.com', { searchUrl: 'https://www.youtube.com/results?search_query=' });
const github = site('https://github.com', { searchUrl: 'https://github.com/search?q=' });
const calendar = site('https://calendar.google.com');
const docs = site('https://docs.google.com');
const drive = site('https://drive.google.com');
const twitter = site('https://x.com');
const levels = site('https://www.levels.fyi');
const ycJobs = site('https://www.workatastartup.com');

/**
 * Lower-cased names and nicknames → site. Job boards first: this is a job-hunting tool.
 * Names that are more often desktop apps (slack, zoom, spotify, notion) are left out, so
 * "open slack" stays an app; "the slack website" still finds slack.com.
 */
const sitesByName: ReadonlyMap<string, KnownSite> = new Map<string, KnownSite>([
  ['linkedin', linkedin],
  ['linked in', linkedin],
  ['linkedin jobs', site('https://www.linkedin.com/jobs')],
  ['indeed', indeed],
  ['glassdoor', glassdoor],
  ['glass door', glassdoor],
  ['hacker news', hackerNews],
  ['hackernews', hackerNews],
  ['hn', hackerNews],
  ['ycombinator', hackerNews],
  ['y combinator', hackerNews],
  ['yc', hackerNews],
  ['work at a startup', ycJobs],
  ['wellfound', wellfound],
  ['angellist', wellfound],
  ['angel list', wellfound],
  ['angel.co', wellfound],
  ['remoteok', remoteOk],
  ['remote ok', remoteOk],
  ['weworkremotely', weWorkRemotely],
  ['we work remotely', weWorkRemotely],
  ['wwr', weWorkRemotely],
  ['remotive', site('https://remotive.com')],
  ['himalayas', site('https://himalayas.app')],
  ['arbeitnow', site('https://www.arbeitnow.com')],
  ['greenhouse', site('https://www.greenhouse.io')],
  ['lever', site('https://www.lever.co')],
  ['ashby', site('https://www.ashbyhq.com')],
  ['workable', site('https://jobs.workable.com')],
  ['dice', site('https://www.dice.com')],
  ['monster', site('https://www.monster.com')],
  ['ziprecruiter', site('https://www.ziprecruiter.com')],
  ['zip recruiter', site('https://www.ziprecruiter.com')],
  ['simplyhired', site('https://www.simplyhired.com')],
  ['otta', site('https://otta.com')],
  ['welcome to the jungle', site('https://www.welcometothejungle.com')],
  ['builtin', site('https://builtin.com')],
  ['built in', site('https://builtin.com')],
  ['crunchbase', site('https://www.crunchbase.com')],
  ['levels.fyi', levels],
  ['levels fyi', levels],
  ['levels', levels],
  ['leetcode', site('https://leetcode.com')],
  ['hackerrank', site('https://www.hackerrank.com')],
  ['github', github],
  ['git hub', github],
  ['gitlab', site('https://gitlab.com')],
  ['stack overflow', stackOverflow],
  ['stackoverflow', stackOverflow],
  ['google', google],
  ['youtube', youtube],
  ['you tube', youtube],
  ['yt', youtube],
  ['gmail', gmail],
  ['google mail', gmail],
  ['email', gmail],
  ['e-mail', gmail],
  ['mail', gmail],
  ['inbox', gmail],
  ['google calendar', calendar],
  ['calendar', calendar],
  ['google docs', docs],
  ['google doc', docs],
  ['docs', docs],
  ['google drive', drive],
  ['drive', drive],
  ['google sheets', site('https://sheets.google.com')],
  ['google maps', site('https://maps.google.com')],
  ['maps', site('https://maps.google.com')],
  ['google meet', site('https://meet.google.com')],
  ['outlook', site('https://outlook.live.com', { desktopApp: true })],
  ['hotmail', site('https://outlook.live.com')],
  ['reddit', site('https://www.reddit.com')],
  ['wikipedia', site('https://www.wikipedia.org')],
  ['twitter', twitter],
  ['x.com', twitter],
  ['facebook', site('https://www.facebook.com')],
  ['instagram', site('https://www.instagram.com')],
  ['medium', site('https://medium.com')],
  ['dev.to', site('https://dev.to')],
  ['product hunt', site('https://www.producthunt.com')],
  ['chatgpt', site('https://chatgpt.com')],
  ['coursera', site('https://www.coursera.org')],
  ['udemy', site('https://www.udemy.com')],
  ['amazon', site('https://www.amazon.com', { jobsUrl: 'https://www.amazon.jobs' })],
  ['stripe', site('https://stripe.com', { jobsUrl: 'https://stripe.com/jobs' })],
  ['shopify', site('https://www.shopify.com', { jobsUrl: 'https://www.shopify.com/careers' })],
  ['netflix', site('https://www.netflix.com', { jobsUrl: 'https://jobs.netflix.com' })],
  ['airbnb', site('https://www.airbnb.com', { jobsUrl: 'https://careers.airbnb.com' })],
  ['microsoft', site('https://www.microsoft.com', { jobsUrl: 'https://careers.microsoft.com' })],
  ['apple', site('https://www.apple.com', { jobsUrl: 'https://www.apple.com/careers' })],
  ['meta', site('https://www.meta.com', { jobsUrl: 'https://www.metacareers.com' })],
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
