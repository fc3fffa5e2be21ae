/**
 * The person's saved jobs and resumes, as names: what lets the built-in planner tell that
 * "unsave okapi" names a job and "show the academic cv" a resume, though the conversation
 * never listed them. Bounded: the newest few dozen of each.
 */
export interface KnownData {
  /** `salary`: the pay the posting states, when it states any (what salary advice is given in). */
  jobs: ReadonlyArray<{ id: string; title: string; company: string; salary?: KnownSalary | undefined }>;
  resumes: ReadonlyArray<{ id: string; label: string; format: string }>;
}

/** Pay as a posting states it: either bound may be missing; the currency an ISO 4217 code when named. */
export interface KnownSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: string | null;
}
