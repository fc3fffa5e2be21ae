import type { JobSeniority } from '../../src/protocol/api.ts';
import type { EmploymentType } from '../../src/protocol/posting.ts';

/**
 * The "Leave out" boxes the Jobs and Alerts screens share: each names what a person keeps out
 * of their results and the search's exclusion fields it sets (the same fields `GET
 * /v1/jobs/search` and an alert take).
 */
export interface Exclusions {
  exclude_agencies?: boolean;
  exclude_employment_type?: EmploymentType[];
  exclude_seniority?: JobSeniority[];
}

export interface LeaveOutChoice {
  /** What the box is called after its screen's prefix: `jobs-no-agencies`, `alert-no-agencies`. */
  key: string;
  label: string;
  add: (exclusions: Exclusions) => void;
}

export const leaveOutChoices: readonly LeaveOutChoice[] = [
  { key: 'no-agencies', label: 'Recruitment agencies', add: (exclusions) => (exclusions.exclude_agencies = true) },
  { key: 'no-contract', label: 'Contract roles', add: (exclusions) => (exclusions.exclude_employment_type = [...(exclusions.exclude_employment_type ?? []), 'contract']) },
  {
    key: 'no-internship',
    label: 'Internships and working-student roles',
    add: (exclusions) => (exclusions.exclude_employment_type = [...(exclusions.exclude_employment_type ?? []), 'internship']),
  },
  { key: 'no-senior', label: 'Senior, lead and principal roles', add: (exclusions) => (exclusions.exclude_seniority = ['senior', 'lead', 'principal']) },
];

/** The exclusions of the boxes ticked, by key. */
export function exclusionsOf(ticked: Iterable<string>): Exclusions {
  const exclusions: Exclusions = {};
  const keys = new Set(ticked);
  for (const choice of leaveOutChoices) if (keys.has(choice.key)) choice.add(exclusions);
  return exclusions;
}
