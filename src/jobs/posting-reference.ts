import { createHash } from 'node:crypto';
import { parseWorkdaySite } from './sources/workday.ts';

/** The applicant-tracking systems whose postings can be asked about one by one. */
export const trackedBoards = ['greenhouse', 'lever', 'ashby', 'workday', 'smartrecruiters', 'recruitee', 'workable'] as const;
export type TrackedBoard = (typeof trackedBoards)[number];

/**
 * One posting in its ATS: the board, the employer's account there, and the ATS's own id
 * for the posting (what stays the same when the posting's title or text is edited).
 */
export interface PostingReference {
  board: TrackedBoard;
  /** Greenhouse board token, Lever site, Ashby board, Workday `tenant.wdN/site`, … */
  account: string;
  /** The posting's id in the ATS (Workday: its path under the site, `/job/…_JR123`). */
  jobId: string;
}

const pathParts = (url: URL) => url.pathname.split('/').filter(Boolean).map(decodeURIComponent);

/**
 * Which ATS posting a URL is, for the boards that answer about one posting:
 * `job-boards.greenhouse.io/{token}/jobs/{id}` (or boards.greenhouse.io),
 * `jobs.lever.co/{site}/{id}`, `jobs.ashbyhq.com/{board}/{id}`,
 * `{tenant}.wdN.myworkdayjobs.com/[locale/]{site}/job/…`,
 * `jobs.smartrecruiters.com/{company}/{id}`, `{company}.recruitee.com/o/{slug}`,
 * `apply.workable.com/{account}/j/{shortcode}`.
 * Undefined for any other URL (an employer's own careers page, a job board's listing).
 *
 * @example
 * postingReference('https://jobs.lever.co/netflix/5f1c…');
 * // { board: 'lever', account: 'netflix', jobId: '5f1c…' }
 */
export function postingReference(link: string): PostingReference | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  const parts = pathParts(url);
  if (/^(?:job-)?boards(?:\.eu)?\.greenhouse\.io$/.test(host)) {
    const [account, jobs, jobId] = parts;
    if (account && jobs === 'jobs' && jobId && /^\d+$/.test(jobId)) return { board: 'greenhouse', account, jobId };
    const ghJid = url.searchParams.get('gh_jid') ?? url.searchParams.get('token');
    if (account && ghJid && /^\d+$/.test(ghJid)) return { board: 'greenhouse', account, jobId: ghJid };
    return undefined;
  }
  if (/^jobs(?:\.eu)?\.lever\.co$/.test(host)) {
    const [account, jobId] = parts;
    return account && jobId ? { board: 'lever', account, jobId } : undefined;
  }
  if (host === 'jobs.ashbyhq.com') {
    const [account, jobId] = parts;
    return account && jobId ? { board: 'ashby', account, jobId } : undefined;
  }
  const workday = /^([a-z0-9-]+)\.(wd\d{1,3})\.myworkdayjobs\.com$/.exec(host);
  if (workday) {
    const at = parts.indexOf('job');
    const site = parts[at - 1];
    const account = site ? `${workday[1]}.${workday[2]}/${site}` : '';
    if (at < 1 || !parseWorkdaySite(account)) return undefined;
    return { board: 'workday', account, jobId: `/${parts.slice(at).map(encodeURIComponent).join('/')}` };
  }
  if (host === 'jobs.smartrecruiters.com') {
    const [account, jobId] = parts;
    return account && jobId && /^\d+/.test(jobId) ? { board: 'smartrecruiters', account, jobId: jobId.replace(/-.*$/, '') } : undefined;
  }
  if (host === 'apply.workable.com') {
    const [account, j, shortcode] = parts;
    return account && account !== 'j' && j === 'j' && shortcode ? { board: 'workable', account, jobId: shortcode } : undefined;
  }
  const recruitee = /^([a-z0-9-]+)\.recruitee\.com$/.exec(host);
  if (recruitee?.[1] && parts[0] === 'o' && parts[1]) {
    return { board: 'recruitee', account: recruitee[1], jobId: parts[1] };
  }
  return undefined;
}

/** `lever:netflix:5f1c…`: one key per ATS posting, whichever URL it was seen under. */
export const referenceKey = ({ board, account, jobId }: PostingReference) =>
  `${board}:${account.toLowerCase()}:${jobId}`;

/**
 * A posting's text reduced to what a repost keeps: lower-case words of its title and
 * description, whitespace and punctuation ignored, hashed. Two postings with one fingerprint
 * say the same thing, whatever their ids and dates.
 *
 * @example
 * textFingerprint({ title: 'Backend Engineer', description: 'Go & Postgres.' });
 */
export function textFingerprint({ title, description }: { title: string; description: string }): string {
  const words = `${title}\n${description}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9+#]+/g);
  return createHash('sha256').update((words ?? []).join(' ')).digest('hex').slice(0, 32);
}

/** What identifies a posting across reposts: its ATS key (when known) and its text. */
export interface PostingIdentity {
  referenceKey: string | null;
  /** Null when the posting has no description: titles alone repeat too often to match on. */
  fingerprint: string | null;
}

/**
 * The identity of a posting seen on a board (its URLs tried in order for an ATS reference).
 *
 * @example
 * postingIdentity({ title, description, company, urls: [posting.url, posting.source_url] });
 */
export function postingIdentity(posting: {
  title: string;
  company: string;
  description: string;
  urls: readonly string[];
}): PostingIdentity {
  const reference = posting.urls.map(postingReference).find(Boolean);
  return {
    referenceKey: reference ? referenceKey(reference) : null,
    fingerprint: posting.description.trim()
      ? textFingerprint({ title: `${posting.company}\n${posting.title}`, description: posting.description })
      : null,
  };
}

/**
 * Whether a posting is one already known under another listing: the same ATS posting
 * (same key, reopened or re-dated), or the same text (closed and posted again under a new
 * id).
 *
 * @example
 * isRepost(postingIdentity(candidate), knownIdentities); // true: not new
 */
export function isRepost(candidate: PostingIdentity, known: readonly PostingIdentity[]): boolean {
  return known.some(
    (entry) =>
      (candidate.referenceKey !== null && entry.referenceKey === candidate.referenceKey) ||
      (candidate.fingerprint !== null && entry.fingerprint === candidate.fingerprint),
  );
}
