import type { z } from 'zod';
import type { JsonRequest } from '../http-client.ts';
import type { SourceContext } from '../job-source.ts';
import { capText } from '../html-to-plain-text.ts';
import { uniqueTags } from '../merge-postings.ts';
import { type NormalisedPosting, postingSchema } from '../../protocol/posting.ts';
import { SourceError } from '../source-error.ts';
import { withoutControlCharacters } from '../without-control-characters.ts';
import { stripControlCharactersInLine } from '../../protocol/control-characters.ts';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
}

/** The body a board answered, checked against the envelope its API documents. */
function readBoardResponse<S extends z.ZodType>(
  label: string,
  schema: S,
  body: unknown,
): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new SourceError(
    'MALFORMED_RESPONSE',
    `${label} answered in an unexpected shape (${describeIssues(result.error)}).`,
  );
}

// Posting text is untrusted and shown in lists and terminals: no control characters, and
// one-line fields get a sane length.
const tidy = (raw: NormalisedPosting): NormalisedPosting => {
  const posting = withoutControlCharacters(raw);
  return {
    ...posting,
    title: capText(posting.title.trim(), 200),
    company: capText(posting.company.trim(), 120),
    location: posting.location === null ? null : capText(posting.location.trim(), 200) || null,
    tags: uniqueTags(posting.tags.map((tag) => capText(tag, 60))),
  };
};

/**
 * GETs a board's JSON through the shared client and checks its envelope; `source` names
 * the board in errors and rate-limits it.
 *
 * @example
 * const { jobs } = await getBoardJson(context, { url, source: 'Remotive' }, remotiveResponse);
 */
export async function getBoardJson<S extends z.ZodType>(
  { http, signal }: SourceContext,
  request: Omit<JsonRequest, 'signal'>,
  schema: S,
): Promise<z.infer<S>> {
  return readBoardResponse(request.source, schema, await http.getJson({ ...request, signal }));
}

/**
 * The board's items as normalised postings. An item that does not fit the board's item
 * schema, or maps to an invalid posting (no title, a non-http link), is skipped; when every
 * item is unusable the answer as a whole is malformed. Control characters are stripped from
 * every text; titles, companies, locations and tags are trimmed and capped in length, tags
 * deduplicated.
 *
 * @example
 * const postings = postingsFrom('Remotive', jobs, remotiveJob, (job) => ({ … }));
 */
export function postingsFrom<S extends z.ZodType>(
  label: string,
  items: readonly unknown[],
  itemSchema: S,
  toPosting: (item: z.infer<S>) => NormalisedPosting,
): NormalisedPosting[] {
  const postings: NormalisedPosting[] = [];
  let firstProblem = '';
  for (const item of items) {
    const parsed = itemSchema.safeParse(item);
    const posting = parsed.success ? postingSchema.safeParse(tidy(toPosting(parsed.data))) : parsed;
    if (posting.success) postings.push(posting.data);
    else firstProblem ||= describeIssues(posting.error);
  }
  if (items.length > 0 && postings.length === 0) {
    throw new SourceError(
      'MALFORMED_RESPONSE',
      `${label} answered ${items.length} posting${items.length === 1 ? '' : 's'}, none usable (${firstProblem}).`,
    );
  }
  return postings;
}

/**
 * A board URL: the configured origin (which may carry a path prefix for a proxy), the
 * board's own path, and query parameters, leaving out empty ones.
 *
 * @example
 * boardUrl('http://127.0.0.1:9001', '/api/remote-jobs', { search: 'rust' });
 * // 'http://127.0.0.1:9001/api/remote-jobs?search=rust'
 */
export function boardUrl(
  origin: string,
  path: string,
  params: Record<string, string | number | undefined> = {},
): string {
  const url = new URL(`${origin.replace(/\/+$/, '')}${path}`);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url.href;
}

/** "stripe" → "Stripe": a company board's slug as a name, until the board says better. */
export function companyNameFromSlug(slug: string): string {
  return slug
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The employer's name as its own posting writes it, when that differs from the account's only in case ("nursewise" →
 * "NurseWise", "hubspot" → "HubSpot"); the name from the account otherwise (trial s48 #53). A name in capitals only
 * ("NURSEWISE") is shouting, and "Blue harbor" words of a sentence: neither is the name.
 *
 * @example
 * nameAsWritten('Nursewise', 'NurseWise trains nurses online.'); // 'NurseWise'
 */
export function nameAsWritten(name: string, text: string): string {
  const words = name.split(/\s+/).filter(Boolean).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return name;
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.[0];
  // (Each word as a name starts, "Blue harbor" is a sentence's words; some small letters, or it is shouting.)
  if (!found || found === name || !/\p{Ll}/u.test(found) || !found.split(/\s+/).every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return name;
  return found.replace(/\s+/g, ' ');
}

/**
 * The reason a board's API states in its own error field (SerpAPI's `error`, JSearch's
 * `error.message`), as an error may repeat it: one line, no control characters, at most 120
 * characters. Only a field of the board's documented answer, from the board's own origin
 * (redirects elsewhere are not followed), is ever repeated; never a body as text.
 *
 * @example
 * boardReason('Your account has run out of searches.'); // 'Your account has run out of searches'
 */
export function boardReason(text: string): string {
  return capText(stripControlCharactersInLine(text).trim(), 120).replace(/\.$/, '');
}
