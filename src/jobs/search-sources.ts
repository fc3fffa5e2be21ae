import { companyNames } from '../db/repositories/company-names.ts';
import { normaliseCompany } from './dedupe-key.ts';
import type { HttpClient } from './http-client.ts';
import type { JobQuery, JobSource } from './job-source.ts';
import { mergePostings } from './merge-postings.ts';
import type { MergedPosting, NormalisedPosting } from '../protocol/posting.ts';
import { SourceError, type SourceErrorCode } from './source-error.ts';

/** One board that could not be used for this search. */
export interface SourceFailure {
  /** The source's stable name ("himalayas", "greenhouse:stripe"). */
  source: string;
  /** What people read ("Himalayas"). */
  label: string;
  code: SourceErrorCode;
  message: string;
}

/** A board whose answer was one kept from an earlier call, not asked again (its terms ask for few calls). */
export interface ReusedBoardAnswer {
  source: string;
  label: string;
  /** When the board gave the answer used again (ISO). */
  fetched_at: string;
  /** When it is asked again (ISO). */
  kept_until: string;
  /** "its terms allow a few calls a day". */
  reason: string;
}

/** A board that answered, some of whose postings are kept as listed: their full text was not read in time. */
export interface UnreadDetails {
  source: string;
  label: string;
  /** How many postings the detail budget cut (not scored for fit until their text is read). */
  count: number;
}

export interface SourcesAnswer {
  /** Every board's postings, duplicates merged, in the order the sources were given. */
  postings: MergedPosting[];
  errors: SourceFailure[];
  /** Boards too slow to give every posting's full text in the time a search allows. */
  unread?: UnreadDetails[];
  /** Boards that answered with an answer kept from an earlier call (the earliest one each). */
  reused: ReusedBoardAnswer[];
  /** Labels of the sources that answered (possibly with nothing). */
  answered: string[];
}

export interface SearchSourcesOptions {
  sources: readonly JobSource[];
  http: HttpClient;
  /** Each source's own deadline. Default 8 s. */
  timeoutMs?: number;
  /** Cancels the whole search (the run was cancelled); this one does throw. */
  signal?: AbortSignal;
  /** Asked for afresh (a manual run): no answer the client keeps for itself, only those a board's terms keep. */
  fresh?: boolean;
}

type Outcome = { postings: NormalisedPosting[]; reused: ReusedBoardAnswer | undefined; unread: number } | { failure: SourceFailure };

/**
 * The sources a query wakes: every board, company boards included (a person who configured an
 * employer's board expects "battery jobs in Munich" to ask it, and each is one request). A
 * query naming companies ("Stripe", "Voltara Mobility, NordCell or Ampwise") asks the general
 * boards and the company boards whose account is one of them; when a name is no board's account
 * it may be the employer's own name for it ("Brenner Fahrzeugtechnik" for `brennerft`), so every
 * company board is asked and the employer's name on their postings decides.
 *
 * @example
 * sourcesForQuery(sources, { text: 'backend', company: 'Stripe', limit: 20 });
 */
export function sourcesForQuery(sources: readonly JobSource[], query: JobQuery): JobSource[] {
  const names = query.company ? companyNames(query.company) : [];
  if (names.length === 0) return [...sources];
  const companyBoards = sources.filter((source) => source.kind === 'company');
  const byAccount = companyBoards.filter((source) => names.some((name) => boardIsNamed(source, name)));
  const someUnknown = names.some((name) => !companyBoards.some((source) => boardIsNamed(source, name)));
  return sources.filter((source) => source.kind !== 'company' || someUnknown || byAccount.includes(source));
}

/**
 * Whether a name is this company board's account ("Stripe" for `greenhouse:stripe`, "Voltara
 * Mobility" for `smartrecruiters:VoltaraMobility`, "Bosch" for `BoschGroup`).
 *
 * @example
 * boardIsNamed(source, 'Voltara Mobility'); // true for smartrecruiters:VoltaraMobility
 */
export function boardIsNamed(source: JobSource, name: string): boolean {
  const company = normaliseCompany(name);
  return source.kind === 'company' && company !== '' && namesBoardAccount(company, source.company ?? '');
}

/** A board account's words: "BoschGroup" → bosch, group; "kraftwerk-robotics" → kraftwerk, robotics. */
const accountWords = (account: string) =>
  account
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());

/**
 * Whether the company a person named is this board account's employer: the same name
 * ("Stripe" for `stripe`, "Van der Berg" for `vanderberg`), or the account's first words
 * ("Bosch" for `BoschGroup`, "Hays" for `HaysTalentSolutions`, "Kraftwerk" for
 * `kraftwerk-robotics`) — whole words, so "Meta" is not `metabase`.
 */
function namesBoardAccount(company: string, account: string): boolean {
  const asked = company.split(' ').filter(Boolean);
  const words = accountWords(account);
  if (asked.join('') === words.join('')) return true;
  if (normaliseCompany(account) === company) return true;
  return asked.length > 0 && asked.length < words.length && asked.every((word, at) => words[at] === word);
}

function failureOf(source: JobSource, error: unknown): SourceFailure {
  if (error instanceof SourceError) {
    return { source: source.name, label: source.label, code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    source: source.name,
    label: source.label,
    code: 'INTERNAL',
    message: `${source.label} failed: ${message}`,
  };
}

async function askSource(
  source: JobSource,
  query: JobQuery,
  { http, timeoutMs, signal, fresh }: { http: HttpClient; timeoutMs: number; signal?: AbortSignal; fresh?: boolean },
): Promise<Outcome> {
  // What this board answered from kept answers: the oldest of them is the one said.
  let reused: ReusedBoardAnswer | undefined;
  const told: HttpClient = {
    getJson: (request) =>
      http.getJson({
        ...request,
        ...(fresh ? { fresh: true } : {}),
        onReused: ({ fetchedAt, keptUntil, reason }) => {
          const fetched = new Date(fetchedAt).toISOString();
          if (reused && reused.fetched_at <= fetched) return;
          reused = { source: source.name, label: source.label, fetched_at: fetched, kept_until: new Date(keptUntil).toISOString(), reason };
        },
      }),
  };
  let unread = 0;
  const deadline = new AbortController();
  const combined = signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal;
  let timer: NodeJS.Timeout | undefined;
  // Racing the deadline answers on time even if an adapter ignores its signal.
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new SourceError(
        'TIMEOUT',
        `${source.label} did not answer within ${Math.round(timeoutMs / 100) / 10} s.`,
      );
      deadline.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    const context = { http: told, signal: combined, onDetailsCut: (count: number) => (unread += count) };
    const postings = await Promise.race([source.search(query, context), late]);
    return { postings, reused, unread };
  } catch (error) {
    return { failure: failureOf(source, deadline.signal.aborted ? deadline.signal.reason : error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks every source the query wakes, in parallel, each with its own deadline, and merges
 * what they answer. A slow, failing or malformed source becomes an entry in `errors`; the
 * search itself only fails when `signal` cancels it.
 *
 * @example
 * const { postings, errors } = await searchSources(
 *   { text: 'typescript', remote: true, limit: 20 },
 *   { sources, http: createHttpClient() },
 * );
 */
export async function searchSources(
  query: JobQuery,
  { sources, http, timeoutMs = 8_000, signal, fresh }: SearchSourcesOptions,
): Promise<SourcesAnswer> {
  signal?.throwIfAborted();
  const names = query.company ? companyNames(query.company) : [];
  // A general board is asked once per company named ("Voltara, NordCell or Ampwise": three asks, each
  // narrowed to one employer); a company board lists its one employer whatever the query names.
  const asks = sourcesForQuery(sources, query).flatMap((source) =>
    source.kind === 'company' || names.length <= 1 ? [{ source, query }] : names.map((company) => ({ source, query: { ...query, company } })),
  );
  const outcomes = await Promise.all(
    asks.map(({ source, query: asked }) => askSource(source, asked, { http, timeoutMs, ...(signal ? { signal } : {}), ...(fresh ? { fresh } : {}) })),
  );
  signal?.throwIfAborted();
  const postings: NormalisedPosting[] = [];
  const errors: SourceFailure[] = [];
  const answered: string[] = [];
  const answeredBy = new Set<string>();
  const reused: ReusedBoardAnswer[] = [];
  const unread: UnreadDetails[] = [];
  outcomes.forEach((outcome, index) => {
    const source = asks[index]?.source;
    if ('failure' in outcome) {
      if (!errors.some((failure) => failure.source === outcome.failure.source)) errors.push(outcome.failure);
    } else {
      postings.push(...outcome.postings);
      if (source && !answeredBy.has(source.name)) {
        answeredBy.add(source.name);
        answered.push(source.label);
      }
      if (outcome.reused && !reused.some((kept) => kept.source === outcome.reused?.source)) reused.push(outcome.reused);
      if (source && outcome.unread > 0) {
        const counted = unread.find((each) => each.source === source.name);
        if (counted) counted.count += outcome.unread;
        else unread.push({ source: source.name, label: source.label, count: outcome.unread });
      }
    }
  });
  return { postings: mergePostings(postings), errors, reused, answered, unread };
}

// How a failure reads in the one-line summary.
const phrases: Record<SourceErrorCode, string> = {
  TIMEOUT: 'did not answer',
  NETWORK: 'did not answer',
  CANCELLED: 'did not answer',
  HTTP_STATUS: 'answered with an error',
  REDIRECT_REFUSED: 'sent the search elsewhere',
  ADDRESS_NOT_PUBLIC: 'was not called (not a public address)',
  BOARD_ERROR: 'answered with an error',
  RESPONSE_TOO_LARGE: 'sent an unreadable answer',
  INVALID_JSON: 'sent an unreadable answer',
  MALFORMED_RESPONSE: 'sent an unreadable answer',
  INTERNAL: 'failed',
};

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * One line on how the search went, for chat and the CLI:
 * "Himalayas did not answer; 14 results from 3 sources", and a board too slow to send every
 * posting's text ("Workday (kestrel) was too slow to send the full text of 6 postings …").
 *
 * @example
 * describeSourceErrors(await searchSources(query, options));
 */
export function describeSourceErrors(answer: Pick<SourcesAnswer, 'postings' | 'errors' | 'answered' | 'unread'>): string {
  const byPhrase = new Map<string, string[]>();
  for (const failure of answer.errors) {
    const phrase = phrases[failure.code];
    byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), failure.label]);
  }
  const problems = [...byPhrase].map(([phrase, labels]) => `${listOf(labels)} ${phrase}`);
  const sourceCount = answer.answered.length;
  const summary =
    sourceCount === 0
      ? answer.errors.length === 0
        ? 'no job board was searched'
        : 'no source answered'
      : `${count(answer.postings.length, 'result')} from ${count(sourceCount, 'source')}`;
  // Regression (session 47): a slow board's postings beyond the detail budget were kept as listed and never said to be:
  // "not scored" with no reason. Said, with what to do: a search again reads what the first one could not.
  const slow = (answer.unread ?? []).map(
    ({ label, count: unread }) => `${label} was too slow to send the full text of ${count(unread, 'posting')} (listed as found, not scored; search again to read them)`,
  );
  return [...problems, summary, ...slow].join('; ');
}
