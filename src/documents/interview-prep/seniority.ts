import { managesPeople, seniorityFromTitle, type SeniorityLevel } from '../../resume/match/seniority.ts';

/** The prep pack's question sets: the match's seniority levels grouped, plus people managers. */
export type Seniority = 'entry' | 'mid' | 'senior' | 'lead' | 'manager';

const questionSetOf: Record<SeniorityLevel, Seniority> = {
  intern: 'entry',
  junior: 'entry',
  mid: 'mid',
  senior: 'senior',
  lead: 'lead',
  principal: 'lead',
};

/**
 * Which question set a job title calls for: people managers get the management questions,
 * everyone else those of the level the title signals (mid when it signals none).
 *
 * @example
 * seniorityOf('Staff Platform Engineer'); // 'lead'
 */
export function seniorityOf(title: string): Seniority {
  if (managesPeople(title)) return 'manager';
  return questionSetOf[seniorityFromTitle(title) ?? 'mid'];
}
