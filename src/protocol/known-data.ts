/**
 * The person's saved jobs and resumes, as names: what lets the built-in planner tell that
 * "unsave okapi" names a job and "show the academic cv" a resume, though the conversation
 * never listed them. Bounded: the newest few dozen of each.
 */
export interface KnownData {
  /** Each job by name, with what a list said of it and, when the posting states any, its pay (what salary advice is given in). */
  jobs: ReadonlyArray<KnownJobData>;
  resumes: ReadonlyArray<{ id: string; label: string; format: string }>;
  /** The documents written for the person, newest first, so "the Stripe letter" or "the formal letter" names one; none when unknown. */
  documents?: ReadonlyArray<KnownDocument>;
}

/** A document by what it is, its title ("Cover letter — Chef at Nobu") and, for a letter, its tone. */
export interface KnownDocument {
  id: string;
  /** "cover_letter", "interview_prep", "resume". */
  kind: string;
  title: string;
  tone?: string | null;
}

/**
 * A job by name, and what a list of results said of it, so "the Cork one", "the contract one",
 * "the remote one" or "the one in euros" can point at it.
 */
export interface KnownJobData {
  id: string;
  title: string;
  company: string;
  location?: string | null;
  remote?: boolean | null;
  /** The contract type: "full_time", "contract". */
  employment_type?: string | null;
  /** The pay's currency code: "EUR", "GBP". */
  currency?: string | null;
  /** The pay the posting states, when it states any. */
  salary?: KnownSalary | undefined;
}

/** Pay as a posting states it: either bound may be missing; the currency an ISO 4217 code when named. */
export interface KnownSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: string | null;
}
