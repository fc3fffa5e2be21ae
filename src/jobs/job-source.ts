import type { JobSeniority } from '../protocol/api.ts';
import type { HttpClient } from './http-client.ts';
import type { EmploymentType, NormalisedPosting } from '../protocol/posting.ts';

/**
 * How a board is reached: `keyless` boards answer anyone, `keyed` ones need an API key,
 * `company` boards list one employer's openings (Greenhouse, Lever, Ashby).
 */
export type SourceKind = 'keyless' | 'keyed' | 'company';

/** What a person is looking for, as every board is asked. */
export interface JobQuery {
  /** Keywords, e.g. "typescript backend"; '' lists the board's latest openings. */
  text: string;
  location?: string;
  /** true: only openings the board marks as remote. */
  remote?: boolean;
  /** At most this many postings per board. */
  limit: number;
  /** Only this employer's openings; also what wakes the company boards configured for it. */
  company?: string;
  /** A yearly pay floor: the posting's stated maximum (or minimum) must reach it. */
  minSalary?: number;
  /** The currency the floor was said in ("NOK"): pay stated in another currency is kept, never compared with it. */
  minSalaryCurrency?: string | undefined;
  /** Only titles at this level ("Senior …", "Jr. …", "Staff …"). */
  seniority?: JobSeniority;
  /** No titles at these levels ("non-senior", "nothing graduate"); postings naming no level stay. */
  excludeSeniority?: readonly JobSeniority[];
  /** Only this employment type, as the board or the posting's text states it. */
  employmentType?: EmploymentType;
  /** None of these employment types ("no contract roles"); postings stating no type stay. */
  excludeEmploymentTypes?: readonly EmploymentType[];
  /** No recruitment agencies' postings ("direct employers only"): those whose company or text reads as an agency's. */
  excludeAgencies?: boolean;
}

/** What a board needs for one search: the shared polite client and the search's signal. */
export interface SourceContext {
  http: HttpClient;
  signal: AbortSignal;
  /** Told how many postings were kept as listed, their full text not read in the time a search gives details. */
  onDetailsCut?: (unread: number) => void;
}

/**
 * One job board behind the interface every adapter implements (one file per board in
 * `sources/`). `search` throws a `SourceError` when the board cannot answer usefully.
 */
export interface JobSource {
  /** Stable name: "remotive", or "greenhouse:stripe" for a company board. */
  name: string;
  /** What people read: "Remotive", "Greenhouse (stripe)". */
  label: string;
  kind: SourceKind;
  /** The employer a company board lists, as configured ("stripe"). */
  company?: string;
  search(query: JobQuery, context: SourceContext): Promise<NormalisedPosting[]>;
}
