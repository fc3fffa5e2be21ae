/**
 * The person's saved jobs and resumes, as names: what lets the built-in planner tell that
 * "unsave okapi" names a job and "show the academic cv" a resume, though the conversation
 * never listed them. Bounded: the newest few dozen of each.
 */
export interface KnownData {
  jobs: ReadonlyArray<{ id: string; title: string; company: string }>;
  resumes: ReadonlyArray<{ id: string; label: string; format: string }>;
}
