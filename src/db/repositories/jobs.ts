import type pg from 'pg';
import type { MergedPosting, PostingSource } from '../../protocol/posting.ts';
import { queryTerms, termQuery } from './job-search-text.ts';
import { companyNames } from './company-names.ts';
import { translatedTitles } from './job-title-translations.ts';

/**
 * Every term of a query, as a `to_tsquery` expression: a job title the translations table knows
 * is found as any of its translations ("data analyst" also as "analista & dados").
 */
function allTermsQuery(terms: readonly string[]): string {
  const titles = translatedTitles(terms);
  const parts: string[] = [];
  let index = 0;
  for (const title of titles) {
    parts.push(...terms.slice(index, title.start).map(termQuery));
    parts.push(`(${title.phrases.map((phrase) => `(${phrase.map(termQuery).join(' & ')})`).join(' | ')})`);
    index = title.end;
  }
  parts.push(...terms.slice(index).map(termQuery));
  return parts.join(' & ');
}
import { inTransaction } from '../transaction.ts';

/** Postings per `INSERT` of an upsert. */
const upsertChunk = 500;

/** Inserts the postings of `$1` (a JSON array) for owner `$2`, merging with what is kept. */
const upsertStatement = `
  INSERT INTO jobs (id, owner, title, company, location, remote, salary_min, salary_max, salary_currency,
                           salary_period, employment_type, work_pattern, closes_on, posted_at, url, sources, tags, description)
         SELECT p.id, $2, p.title, p.company, p.location, p.remote, p.salary_min, p.salary_max, p.salary_currency,
                p.salary_period, p.employment_type, p.work_pattern, p.closes_on, p.posted_at, p.url, p.sources, p.tags, p.description
           FROM jsonb_to_recordset($1::jsonb) AS p(
                  id text, title text, company text, location text, remote boolean, salary_min numeric,
                  salary_max numeric, salary_currency text, salary_period text, employment_type text,
                  work_pattern text, closes_on date, posted_at timestamptz, url text, sources jsonb, tags text[], description text)
         ON CONFLICT (id) DO UPDATE SET
           title = EXCLUDED.title,
           location = coalesce(EXCLUDED.location, jobs.location),
           remote = coalesce(EXCLUDED.remote, jobs.remote),
           salary_min = coalesce(EXCLUDED.salary_min, jobs.salary_min),
           salary_max = coalesce(EXCLUDED.salary_max, jobs.salary_max),
           salary_currency = coalesce(EXCLUDED.salary_currency, jobs.salary_currency),
           salary_period = coalesce(EXCLUDED.salary_period, jobs.salary_period),
           employment_type = coalesce(EXCLUDED.employment_type, jobs.employment_type),
           work_pattern = coalesce(EXCLUDED.work_pattern, jobs.work_pattern),
           closes_on = coalesce(EXCLUDED.closes_on, jobs.closes_on),
           posted_at = coalesce(EXCLUDED.posted_at, jobs.posted_at),
           sources = (SELECT jsonb_agg(DISTINCT source) FROM jsonb_array_elements(jobs.sources || EXCLUDED.sources) AS source),
           tags = coalesce((SELECT array_agg(DISTINCT tag) FROM unnest(jobs.tags || EXCLUDED.tags) AS tag), '{}'),
           description = CASE WHEN length(EXCLUDED.description) > length(jobs.description)
                              THEN EXCLUDED.description ELSE jobs.description END,
           last_seen_at = now()`;

/**
 * A posting's text as its stored prepared form was read from (migrations/0018): a form whose
 * digest is not the posting's own was written for other text, and is prepared again.
 */
const digestOf = (row: string) => `md5(json_build_array(${row}title, ${row}company, ${row}tags, ${row}description)::text)`;

/**
 * The upsert, answering with the postings (as merged) whose prepared form of version `$3` is
 * missing or was written for other text: those the preparer reads after the statement.
 */
const preparingUpsertStatement = `
  WITH stored AS (${upsertStatement}
         RETURNING id, title, company, tags, description, ${digestOf('')} AS digest)
  SELECT s.id, s.title, s.company, s.tags, s.description, s.digest FROM stored s
   WHERE NOT EXISTS (SELECT 1 FROM job_preparations p WHERE p.job_id = s.id AND p.version = $3 AND p.digest = s.digest)`;

/** Keeps prepared forms (`$1` ids, `$2` digests, `$3` forms) of version `$4`; postings gone meanwhile are skipped. */
const storePreparedStatement = `
  WITH kept AS (SELECT id FROM jobs WHERE id = ANY($1::text[]) FOR KEY SHARE)
  INSERT INTO job_preparations (job_id, version, digest, prepared)
  SELECT f.id, $4, f.digest, f.prepared FROM unnest($1::text[], $2::text[], $3::text[]) AS f(id, digest, prepared)
   JOIN kept ON kept.id = f.id
  ON CONFLICT (job_id) DO UPDATE SET version = EXCLUDED.version, digest = EXCLUDED.digest, prepared = EXCLUDED.prepared`;

/** The rows of an upsert, as the JSON document its statement reads. */
const rowsOf = (chunk: readonly MergedPosting[]): string =>
  JSON.stringify(
    chunk.map((posting) => ({
      id: posting.id,
      title: posting.title,
      company: posting.company,
      location: posting.location,
      remote: posting.remote,
      salary_min: posting.salary?.min ?? null,
      salary_max: posting.salary?.max ?? null,
      salary_currency: posting.salary?.currency ?? null,
      salary_period: posting.salary?.period ?? null,
      employment_type: posting.employment_type,
      work_pattern: posting.work_pattern ?? null,
      closes_on: posting.closes_on ?? null,
      posted_at: posting.posted_at,
      url: posting.url,
      sources: posting.sources,
      tags: posting.tags,
      description: posting.description,
    })),
  );

/**
 * The index of postings is shared by every owner: postings come from public boards and
 * imports and carry nothing of the person (what is theirs, saved jobs and fit scores, is
 * kept per owner elsewhere). The service keeps it all under this one partition.
 */
export const POSTINGS_OWNER = 'local';

/**
 * Writes a posting's stored prepared form (the matcher's side of a fit score, src/resume/match):
 * given to the repository, its upsert keeps each stored posting's form current.
 */
export interface StoredFormPreparer {
  /** The version of the forms `prepare` writes: forms of another version are not read. */
  version: string;
  prepare(posting: { title: string; company: string; tags: readonly string[]; description: string }): string;
}

/** A posting's stored prepared form as a search read it, and the digest of its text now. */
export interface StoredForm {
  /** The form, or null when it is missing, of another version, or written for other text. */
  prepared: string | null;
  /** What a form prepared now from the posting's text is stored under (`storePrepared`). */
  digest: string;
}

/** A job as the index keeps it and the API shows it. */
export interface JobRecord {
  id: string;
  title: string;
  company: string;
  location: string | null;
  remote: boolean | null;
  salary: { min: number | null; max: number | null; currency: string | null; period: string | null } | null;
  employment_type: string | null;
  /** The hours or days a week the posting states ("3 days a week"), when it states them. */
  work_pattern: string | null;
  /** The last day to apply (YYYY-MM-DD): the board's field, else the posting's words. */
  closes_on: string | null;
  posted_at: string | null;
  url: string;
  sources: PostingSource[];
  tags: string[];
  description: string;
  /** When the index first and last saw it (any board). */
  first_seen_at: string;
  last_seen_at: string;
}

interface JobRow {
  id: string;
  title: string;
  company: string;
  location: string | null;
  remote: boolean | null;
  salary_min: string | null;
  salary_max: string | null;
  salary_currency: string | null;
  salary_period: string | null;
  employment_type: string | null;
  work_pattern: string | null;
  /** A `date`: node-postgres reads it as local midnight of that day. */
  closes_on: Date | null;
  posted_at: Date | null;
  url: string;
  sources: PostingSource[];
  tags: string[];
  description: string;
  first_seen_at: Date;
  last_seen_at: Date;
}

const columns = `id, title, company, location, remote, salary_min, salary_max, salary_currency, salary_period,
  employment_type, work_pattern, closes_on, posted_at, url, sources, tags, description, first_seen_at, last_seen_at`;

const pad = (value: number) => String(value).padStart(2, '0');
/** A `date` column's day as YYYY-MM-DD (read in local time, as node-postgres made it). */
const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

const toRecord = (row: JobRow): JobRecord => ({
  id: row.id,
  title: row.title,
  company: row.company,
  location: row.location,
  remote: row.remote,
  salary:
    row.salary_min === null && row.salary_max === null
      ? null
      : {
          min: row.salary_min === null ? null : Number(row.salary_min),
          max: row.salary_max === null ? null : Number(row.salary_max),
          currency: row.salary_currency,
          period: row.salary_period,
        },
  employment_type: row.employment_type,
  work_pattern: row.work_pattern,
  closes_on: row.closes_on ? dayOf(row.closes_on) : null,
  posted_at: row.posted_at?.toISOString() ?? null,
  url: row.url,
  sources: row.sources,
  tags: row.tags,
  description: row.description,
  first_seen_at: row.first_seen_at.toISOString(),
  last_seen_at: row.last_seen_at.toISOString(),
});

/** What the index is asked; `text` is free text (skills such as C++ and .NET kept whole). */
export interface IndexQuery {
  /** Every term must occur (title, company, tags or description); generic words ("jobs") are dropped. */
  text: string;
  /** Matched as whole words in the posting's location, unless `locationPatterns` says more. */
  location?: string | undefined;
  /**
   * Postgres regular expressions, any of which the location must match (a region and the
   * countries and cities in it); "anywhere" and remote postings that name no place match too.
   */
  locationPatterns?: readonly string[] | undefined;
  remote?: boolean | undefined;
  /** Part of the employer's name or its board account; a list ("Voltara, NordCell or Ampwise") matches any of them. */
  company?: string | undefined;
  /** A yearly pay floor: postings whose stated pay is below it are left out; those stating none stay. */
  minSalary?: number | undefined;
  /** Only these employment types; postings whose type is not stored stay (their text is read after). */
  employmentTypes?: readonly string[] | undefined;
  limit: number;
  sort?: 'relevance' | 'recent' | undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (text: string) => `(^|[^[:alnum:]])${escapeRegExp(text.trim().toLowerCase())}($|[^[:alnum:]])`;

/**
 * The filters every search applies, over `$1`–`$7` (owner, remote, location patterns, companies,
 * the location as typed, pay floor, employment types wanted). A place is answered by the
 * location's trigram index, a company by the company's (migrations/0009, 0010) or by its
 * board account in the address.
 */
const filterConditions = `owner = $1
      AND ($2::boolean IS NULL OR remote IS TRUE)
      AND ($3::text[] IS NULL
           OR location ~* ANY($3::text[])
           OR location ~* '\\m(anywhere|worldwide|global|globally)\\M'
           OR (remote IS TRUE AND (location IS NULL OR $5 ~* '^\\s*(remote|anywhere|worldwide)\\s*$')))
      AND ($4::text[] IS NULL OR company ILIKE ANY (ARRAY(SELECT '%' || named || '%' FROM unnest($4::text[]) AS named))
           -- A company named as its board's account ("vdberglogistics" for Van der Berg
           -- Logistics B.V.'s Workday site, "stripe" for boards.greenhouse.io/stripe): a host or
           -- path part of the posting's address, never a word every address has.
           OR url ILIKE ANY (ARRAY(SELECT part FROM unnest($4::text[]) AS named,
                                   LATERAL (VALUES ('%/' || named || '.%'), ('%/' || named || '/%')) AS parts(part)
                                   WHERE named !~* '^(jobs?|careers?|apply|boards?|api|www|en|o|p)$')))
      AND ($6::numeric IS NULL
           OR coalesce(salary_max, salary_min) IS NULL
           OR coalesce(salary_max, salary_min)
                * CASE salary_period WHEN 'hour' THEN 2080 WHEN 'day' THEN 260 WHEN 'week' THEN 52
                                     WHEN 'month' THEN 12 ELSE 1 END >= $6)
      AND ($7::text[] IS NULL OR employment_type IS NULL OR employment_type = ANY($7::text[]))`;

/** When a posting was published (or first seen): what "newest" and freshness mean. */
const seen = 'coalesce(posted_at, first_seen_at)';
/**
 * 1 for a posting published today, falling towards 0.6 over a few months. In double precision:
 * extract() gives numeric, whose exp() cost ~10 µs, paid once a match.
 */
const freshness = (column: string) => `(0.6 + 0.4 * exp(-extract(epoch FROM now() - ${column})::float8 / (86400 * 30)))`;
/** Title (A) > company and tags (B) > description (C): ts_rank's weights are {D, C, B, A}. */
const weights = `'{0.2, 0.4, 0.8, 1.0}'`;

/**
 * Every term of the tsquery in `parameter` occurs in the posting. The title/company/tags vector is
 * asked first: it holds a subset of the full vector's words, so the answer is the same, and a row
 * read for another reason (a place filter) is checked without detoasting its description's words.
 */
const matches = (parameter: string) =>
  `(search_head @@ to_tsquery('english', ${parameter}) OR search @@ to_tsquery('english', ${parameter}))`;

/** Newest first: every term (`$9`, possibly none) must match. `$8` is the limit. */
const newestStatement = `
  SELECT ${columns} FROM jobs
   WHERE ${filterConditions}
     AND ($9 = '' OR ${matches('$9')})
   ORDER BY ${seen} DESC, id
   LIMIT $8`;

/**
 * How many of a search's matches are ranked with their whole vector. The rest are ordered by
 * their title/company/tags rank and freshness alone; a page shows 20 (60 when sorted by fit).
 */
const rankedCandidates = 300;

/** How a posting's title, company and tags match any term (`$10`), times its freshness: the candidates' order. */
const headRank = `ts_rank(${weights}, search_head, to_tsquery('english', $10)) * ${freshness(seen)}`;

/**
 * Ranked: every term (`$9`, all of them) must match; the matches are ordered by how their title,
 * company and tags match any term (`$10`) and by freshness, the best `$11` kept, and those ranked
 * by cover density over the whole vector (title > company, tags > description) and freshness.
 *
 * The candidates are found in two parts with the same order. A match whose title, company or
 * tags hold a term ranks above every match that holds none there (whose head rank is 0): so
 * when the first part finds `$11`, they are the best `$11`, and the second part (the matches
 * with the terms only in their description) is not read at all. It is read only when the first
 * part finds fewer, and then the two together are the same best `$11`. The first part checks a
 * row's small head vector before its description's words (the cheaper condition first), so a
 * row read for a place filter whose head lacks the terms is not detoasted for nothing.
 */
const rankedStatement = `
  WITH head AS (
    SELECT id, ${seen} AS seen, ${headRank} AS rank FROM jobs
     WHERE ${filterConditions}
       AND search_head @@ to_tsquery('english', $10)
       AND ${matches('$9')}
     ORDER BY rank DESC, seen DESC, id
     LIMIT $11),
  description_only AS (
    SELECT id, ${seen} AS seen, ${headRank} AS rank FROM jobs
     WHERE (SELECT count(*) FROM head) < $11
       AND ${filterConditions}
       AND NOT (search_head @@ to_tsquery('english', $10))
       AND ${matches('$9')}
     ORDER BY rank DESC, seen DESC, id
     LIMIT $11),
  candidates AS (
    SELECT id, seen, rank FROM head UNION ALL SELECT id, seen, rank FROM description_only
     ORDER BY rank DESC, seen DESC, id
     LIMIT $11)
  SELECT ${columns.replace(/(\w+)/g, 'j.$1')} FROM candidates c JOIN jobs j ON j.id = c.id
   ORDER BY ts_rank_cd(${weights}, j.search, to_tsquery('english', $9), 1) * ${freshness('c.seen')} DESC, c.seen DESC, j.id
   LIMIT $8`;

/**
 * A search statement's page with each posting's prepared form of version `$parameter`, in the
 * page's order (numbered before the join, which may reorder), the digest computed for the page alone.
 */
const withStoredForms = (statement: string, parameter: string) => `
  WITH page AS (${statement}),
  numbered AS (SELECT page.*, row_number() OVER () AS position FROM page)
  SELECT n.*, d.digest AS form_digest, CASE WHEN p.digest = d.digest THEN p.prepared END AS form
    FROM numbered n
   CROSS JOIN LATERAL (SELECT ${digestOf('n.')} AS digest) d
    LEFT JOIN job_preparations p ON p.job_id = n.id AND p.version = ${parameter}
   ORDER BY n.position`;

const newestWithFormsStatement = withStoredForms(newestStatement, '$10');
const rankedWithFormsStatement = withStoredForms(rankedStatement, '$12');

type JobRowWithForm = JobRow & { form_digest: string; form: string | null };

/**
 * The job index: postings from every board, one row per opening with all its sources,
 * ranked by Postgres full-text search (title > company and tags > description) and recency.
 *
 * @example
 * const jobs = jobsRepository(pool);
 * await jobs.upsert(postings);
 * const found = await jobs.search({ text: 'typescript', remote: true, limit: 20 });
 */
export function jobsRepository(pool: pg.Pool, owner = POSTINGS_OWNER, options: { preparer?: StoredFormPreparer } = {}) {
  const { preparer } = options;
  const storePrepared = async (client: pg.Pool | pg.PoolClient, forms: readonly { id: string; digest: string; prepared: string }[], version: string) => {
    if (forms.length === 0) return;
    await client.query(storePreparedStatement, [forms.map((form) => form.id), forms.map((form) => form.digest), forms.map((form) => form.prepared), version]);
  };
  type Unprepared = { id: string; title: string; company: string; tags: string[]; description: string; digest: string };
  // The postings as merged (a longer description kept, tags joined) are what is prepared: the
  // statement answers with those whose form is missing or stale.
  const write = async (client: pg.Pool | pg.PoolClient, chunk: readonly MergedPosting[]): Promise<Unprepared[]> => {
    if (!preparer) {
      await client.query(upsertStatement, [rowsOf(chunk), owner]);
      return [];
    }
    const { rows } = await client.query<Unprepared>(preparingUpsertStatement, [rowsOf(chunk), owner, preparer.version]);
    return rows;
  };
  // After the postings are committed: preparing takes ~0.5 ms a posting, no lock is held meanwhile,
  // and a form that could not be written is prepared when a search next shows its posting.
  const prepareStored = async (unprepared: readonly Unprepared[]) => {
    if (!preparer) return;
    for (let start = 0; start < unprepared.length; start += upsertChunk) {
      const forms = unprepared.slice(start, start + upsertChunk).map((row) => ({ id: row.id, digest: row.digest, prepared: preparer.prepare(row) }));
      await storePrepared(pool, forms, preparer.version);
    }
  };
  /** The statement and parameters of a search (`version`: with each result's stored form of it). */
  const searchStatement = (query: IndexQuery, version?: string): [string, unknown[]] => {
    const terms = queryTerms(query.text);
    const patterns = query.locationPatterns ?? (query.location ? [wholeWord(query.location)] : null);
    const filters = [
      owner,
      query.remote ? true : null,
      patterns ? [...patterns] : null,
      query.company ? companyNames(query.company).map(escapeLike) : null,
      query.location ?? '',
      query.minSalary ?? null,
      query.employmentTypes?.length ? [...query.employmentTypes] : null,
      query.limit,
    ];
    const forms = version === undefined ? [] : [version];
    if (terms.length === 0 || query.sort === 'recent') {
      return [version === undefined ? newestStatement : newestWithFormsStatement, [...filters, allTermsQuery(terms), ...forms]];
    }
    return [
      version === undefined ? rankedStatement : rankedWithFormsStatement,
      [
        ...filters,
        allTermsQuery(terms),
        // Any term in the title, company or tags counts there: "backend engineer" puts a
        // "Backend Developer" above a posting that says "backend" only in its description.
        // (A title's translations count there too: "Analista de Dados" for "data analyst".)
        [...terms, ...translatedTitles(terms).flatMap((title) => title.phrases.flat())].filter((term, index, all) => all.indexOf(term) === index).map(termQuery).join(' | '),
        Math.max(rankedCandidates, query.limit),
        ...forms,
      ],
    ];
  };
  return {
    /**
     * Adds new openings and refreshes known ones, merging their sources. One statement; with a
     * preparer, a second keeps the prepared forms of the postings whose text is new.
     */
    async upsert(postings: readonly MergedPosting[]): Promise<void> {
      if (postings.length === 0) return;
      const unique = [...new Map(postings.map((posting) => [posting.id, posting])).values()];
      // A few hundred postings per statement, in one transaction: an import of thousands is
      // stored whole or not at all, and never builds one huge JSON document on the event loop.
      const chunks: MergedPosting[][] = [];
      for (let start = 0; start < unique.length; start += upsertChunk) chunks.push(unique.slice(start, start + upsertChunk));
      const [only] = chunks;
      if (chunks.length === 1 && only) {
        await prepareStored(await write(pool, only));
        return;
      }
      const unprepared = await inTransaction(pool, async (client) => {
        const rows: Unprepared[] = [];
        for (const chunk of chunks) rows.push(...(await write(client, chunk)));
        return rows;
      });
      await prepareStored(unprepared);
    },

    /**
     * Ranked search: every query term must match (a "senior typescript" search never brings
     * back a Senior Product Designer); title, then company and tags hits rank higher, fresher
     * postings rank higher. With no usable terms, or `sort: recent`, the newest postings.
     * Filters: remote, company, location (whole words, any of `locationPatterns`) and a yearly
     * pay floor.
     *
     * A common word matches thousands of postings, so ranking is bounded: every match is
     * ordered by its title/company/tags vector (`search_head`, small and in the row) and
     * freshness, and only the best `rankedCandidates` of those are ranked with the whole vector,
     * description included (migrations/0010, docs/benchmarks.md).
     */
    async search(query: IndexQuery): Promise<JobRecord[]> {
      const [statement, parameters] = searchStatement(query);
      const { rows } = await pool.query<JobRow>(statement, parameters);
      return rows.map(toRecord);
    },

    /**
     * `search`, with each result's stored prepared form of `version` read by the same statement
     * (null when missing or stale: prepare it, then `storePrepared` it under the digest given).
     *
     * @example
     * const { jobs, forms } = await repository.searchWithForms({ text: 'go', limit: 60 }, preparer.version);
     */
    async searchWithForms(query: IndexQuery, version: string): Promise<{ jobs: JobRecord[]; forms: Map<string, StoredForm> }> {
      const [statement, parameters] = searchStatement(query, version);
      const { rows } = await pool.query<JobRowWithForm>(statement, parameters);
      return {
        jobs: rows.map(toRecord),
        forms: new Map(rows.map((row) => [row.id, { prepared: row.form, digest: row.form_digest }])),
      };
    },

    /** Keeps prepared forms of `version`, each under the digest of the text it was prepared from. */
    async storePrepared(forms: readonly { id: string; digest: string; prepared: string }[], version: string): Promise<void> {
      await storePrepared(pool, forms, version);
    },

    async get(id: string): Promise<JobRecord | null> {
      const { rows } = await pool.query<JobRow>(`SELECT ${columns} FROM jobs WHERE owner = $1 AND id = $2`, [owner, id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },

    /** The jobs with these ids, in the order given (missing ones left out). */
    async getMany(ids: readonly string[]): Promise<JobRecord[]> {
      if (ids.length === 0) return [];
      const { rows } = await pool.query<JobRow>(`SELECT ${columns} FROM jobs WHERE owner = $1 AND id = ANY($2)`, [
        owner,
        ids,
      ]);
      const byId = new Map(rows.map((row) => [row.id, toRecord(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** How fresh the index is: the newest `last_seen_at`, and how many jobs it holds. */
    async freshness(): Promise<{ count: number; newest: Date | null }> {
      const { rows } = await pool.query<{ count: string; newest: Date | null }>(
        'SELECT count(*) AS count, max(last_seen_at) AS newest FROM jobs WHERE owner = $1',
        [owner],
      );
      return { count: Number(rows[0]?.count ?? 0), newest: rows[0]?.newest ?? null };
    },
  };
}

export type JobsRepository = ReturnType<typeof jobsRepository>;
