import { z } from 'zod';
import { normaliseTitle } from './dedupe-key.ts';
import { escapedHtmlToPlainText, htmlToPlainText } from './html-to-plain-text.ts';
import type { HttpClient } from './http-client.ts';
import {
  type PostingReference,
  postingReference,
  referenceKey,
  textFingerprint,
  type TrackedBoard,
} from './posting-reference.ts';
import { SourceError } from './source-error.ts';
import { ashbyOrigin } from './sources/ashby.ts';
import { boardUrl } from './sources/board-response.ts';
import { greenhouseOrigin } from './sources/greenhouse.ts';
import { leverOrigin } from './sources/lever.ts';
import { recruiteeOrigin } from './sources/recruitee.ts';
import { smartRecruitersOrigin } from './sources/smartrecruiters.ts';
import { workableOrigin } from './sources/workable.ts';
import { parseWorkdaySite, workdayApiPath, workdaySiteOrigin } from './sources/workday.ts';

/** `open`: still listed as saved; `changed`: listed, but its title or text is not what was saved; `closed`: gone; `unknown`: could not tell. */
export const stillOpenStatuses = ['open', 'changed', 'closed', 'unknown'] as const;
export type StillOpenStatus = (typeof stillOpenStatuses)[number];

/** A saved posting as the check needs it: its links and what it said when it was saved. */
export interface CheckedPosting {
  title: string;
  url: string;
  sources: ReadonlyArray<{ name: string; url: string }>;
  /** The text of the first check (`fingerprint` of that answer): a later answer is compared to it. */
  baselineFingerprint?: string | null;
}

export interface StillOpenResult {
  status: StillOpenStatus;
  /** `lever:netflix:5f1c…`, or null when no link is an ATS posting. */
  reference: string | null;
  /** The posting's text as the ATS answers it now (null when it did not answer with one). */
  fingerprint: string | null;
  /** One line for people: "Lever answered 404: the posting was taken down". */
  reason: string;
}

export interface StillOpenDependencies {
  http: HttpClient;
  signal: AbortSignal;
  /** `JOBPILOT_<BOARD>_URL` overrides, as the boards' searches use them. */
  origins?: Partial<Record<TrackedBoard, string>>;
}

/** What a posting's own endpoint says: there (with its title and text) or taken down. */
type Answer = { listed: true; title: string; text: string } | { listed: false; why: string };

const greenhouseJob = z.object({ title: z.string(), content: z.string().nullish() }).loose();
const leverPosting = z
  .object({
    text: z.string(),
    description: z.string().nullish(),
    lists: z.array(z.object({ text: z.string().nullish(), content: z.string().nullish() }).loose()).nullish(),
    additional: z.string().nullish(),
  })
  .loose();
const ashbyBoard = z.object({
  jobs: z.array(
    z
      .object({
        id: z.string(),
        title: z.string(),
        isListed: z.boolean().nullish(),
        descriptionHtml: z.string().nullish(),
        descriptionPlain: z.string().nullish(),
      })
      .loose(),
  ),
});
const workdayDetail = z.object({
  jobPostingInfo: z
    .object({
      title: z.string(),
      jobDescription: z.string().nullish(),
      posted: z.boolean().nullish(),
      canApply: z.boolean().nullish(),
    })
    .loose(),
});
const smartRecruitersDetail = z
  .object({
    name: z.string(),
    active: z.boolean().nullish(),
    jobAd: z
      .object({
        sections: z.record(z.string(), z.object({ text: z.string().nullish() }).loose().nullish()).nullish(),
      })
      .loose()
      .nullish(),
  })
  .loose();
const workableAccount = z.object({
  jobs: z.array(z.object({ shortcode: z.string(), title: z.string(), description: z.string().nullish() }).loose()),
});
const recruiteeDetail = z.object({
  offer: z
    .object({
      title: z.string(),
      status: z.string().nullish(),
      description: z.string().nullish(),
      requirements: z.string().nullish(),
    })
    .loose(),
});

const labels: Record<TrackedBoard, string> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workday: 'Workday',
  smartrecruiters: 'SmartRecruiters',
  recruitee: 'Recruitee',
  workable: 'Workable',
};

function parsed<S extends z.ZodType>(schema: S, body: unknown, label: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw new SourceError('MALFORMED_RESPONSE', `${label} answered in an unexpected shape.`);
  return result.data;
}

/** Asks the posting's own ATS endpoint about it. Throws `SourceError` when it cannot tell. */
async function askBoard(reference: PostingReference, deps: StillOpenDependencies): Promise<Answer> {
  const { board, account, jobId } = reference;
  const source = labels[board];
  const get = (url: string) => deps.http.getJson({ url, source, signal: deps.signal, cacheTtlMs: 0 });
  const origin = deps.origins?.[board];
  switch (board) {
    case 'greenhouse': {
      const path = `/v1/boards/${encodeURIComponent(account)}/jobs/${encodeURIComponent(jobId)}`;
      const job = parsed(greenhouseJob, await get(boardUrl(origin ?? greenhouseOrigin, path)), source);
      return { listed: true, title: job.title, text: escapedHtmlToPlainText(job.content) };
    }
    case 'lever': {
      const path = `/v0/postings/${encodeURIComponent(account)}/${encodeURIComponent(jobId)}`;
      const posting = parsed(leverPosting, await get(boardUrl(origin ?? leverOrigin, path)), source);
      const lists = (posting.lists ?? []).map((list) => `<h3>${list.text ?? ''}</h3><ul>${list.content ?? ''}</ul>`).join('');
      return {
        listed: true,
        title: posting.text,
        text: htmlToPlainText(`${posting.description ?? ''}${lists}${posting.additional ?? ''}`),
      };
    }
    case 'ashby': {
      // No per-posting endpoint: the board's list says whether it is still there.
      const path = `/posting-api/job-board/${encodeURIComponent(account)}`;
      const { jobs } = parsed(ashbyBoard, await get(boardUrl(origin ?? ashbyOrigin, path)), source);
      const job = jobs.find((entry) => entry.id === jobId && entry.isListed !== false);
      if (!job) return { listed: false, why: `${source} no longer lists it` };
      return {
        listed: true,
        title: job.title,
        text: job.descriptionHtml ? htmlToPlainText(job.descriptionHtml) : (job.descriptionPlain ?? ''),
      };
    }
    case 'workday': {
      const site = parseWorkdaySite(account);
      if (!site) throw new SourceError('INTERNAL', `"${account}" is not a Workday site.`);
      const url = `${(origin ?? workdaySiteOrigin(site)).replace(/\/+$/, '')}${workdayApiPath(site)}${jobId}`;
      const { jobPostingInfo: info } = parsed(workdayDetail, await get(url), source);
      if (info.posted === false || info.canApply === false) return { listed: false, why: `${source} no longer takes applications` };
      return { listed: true, title: info.title, text: htmlToPlainText(info.jobDescription) };
    }
    case 'smartrecruiters': {
      const path = `/v1/companies/${encodeURIComponent(account)}/postings/${encodeURIComponent(jobId)}`;
      const posting = parsed(smartRecruitersDetail, await get(boardUrl(origin ?? smartRecruitersOrigin, path)), source);
      if (posting.active === false) return { listed: false, why: `${source} marks it inactive` };
      const sections = Object.values(posting.jobAd?.sections ?? {}).map((section) => section?.text ?? '');
      return { listed: true, title: posting.name, text: htmlToPlainText(sections.join('')) };
    }
    case 'workable': {
      // The account's published jobs: a posting no longer among them was taken down.
      const path = `/api/v1/widget/accounts/${encodeURIComponent(account)}`;
      const { jobs } = parsed(workableAccount, await get(boardUrl(origin ?? workableOrigin, path, { details: 'true' })), source);
      const job = jobs.find((entry) => entry.shortcode === jobId);
      if (!job) return { listed: false, why: `${source} no longer lists it` };
      return { listed: true, title: job.title, text: htmlToPlainText(job.description) };
    }
    case 'recruitee': {
      const path = `/api/offers/${encodeURIComponent(jobId)}`;
      const { offer } = parsed(recruiteeDetail, await get(boardUrl(origin ?? recruiteeOrigin(account), path)), source);
      if (offer.status && offer.status !== 'published') return { listed: false, why: `${source} marks it ${offer.status}` };
      return { listed: true, title: offer.title, text: htmlToPlainText(`${offer.description ?? ''}${offer.requirements ?? ''}`) };
    }
  }
}

/**
 * Whether a saved posting is still open, asking its own ATS endpoint (Greenhouse, Lever,
 * Ashby, Workday, SmartRecruiters, Recruitee, Workable; found from the job's links): `closed` when it
 * answers 404/410 or marks the posting closed, `changed` when its title differs from the saved
 * one or its text from the first check's (`baselineFingerprint`), `open` otherwise, and
 * `unknown` when no link is an ATS posting or the ATS could not be asked (never a guess of
 * closed from a network error).
 *
 * @example
 * const result = await checkStillOpen(
 *   { title: job.title, url: job.url, sources: job.sources },
 *   { http, signal },
 * );
 * if (result.status === 'closed') notify(`${job.title} was taken down`);
 */
export async function checkStillOpen(posting: CheckedPosting, deps: StillOpenDependencies): Promise<StillOpenResult> {
  const reference = [posting.url, ...posting.sources.map((source) => source.url)].map(postingReference).find(Boolean);
  if (!reference) {
    return { status: 'unknown', reference: null, fingerprint: null, reason: 'None of its links is an ATS posting that can be asked.' };
  }
  const key = referenceKey(reference);
  const label = labels[reference.board];
  let answer: Answer;
  try {
    answer = await askBoard(reference, deps);
  } catch (error) {
    if (error instanceof SourceError && (error.status === 404 || error.status === 410)) {
      return { status: 'closed', reference: key, fingerprint: null, reason: `${label} answered ${error.status}: the posting was taken down.` };
    }
    if (error instanceof SourceError && error.code === 'CANCELLED') throw error;
    const why = error instanceof SourceError ? error.message : 'the check failed';
    return { status: 'unknown', reference: key, fingerprint: null, reason: `Could not tell: ${why}` };
  }
  if (!answer.listed) {
    return { status: 'closed', reference: key, fingerprint: null, reason: `${answer.why}.` };
  }
  const fingerprint = textFingerprint({ title: answer.title, description: answer.text });
  if (normaliseTitle(answer.title) !== normaliseTitle(posting.title)) {
    return { status: 'changed', reference: key, fingerprint, reason: `Its title is now "${answer.title}".` };
  }
  if (posting.baselineFingerprint && posting.baselineFingerprint !== fingerprint) {
    return { status: 'changed', reference: key, fingerprint, reason: 'Its description was edited since it was first checked.' };
  }
  return { status: 'open', reference: key, fingerprint, reason: `${label} still lists it.` };
}
