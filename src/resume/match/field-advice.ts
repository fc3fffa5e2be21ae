/**
 * Advice in the words of the person's field: what a result is measured in (covers served,
 * inspections passed, patients, budgets), where more dated experience can come from, and how
 * a missing skill is usually gained. A software engineer is told "users, latency"; an
 * electrician "jobs completed, crew size, inspections passed".
 */
import type { JobField } from './job-field.ts';

interface FieldWords {
  /** What results are counted in, for "quantify the first bullet (…)". */
  measures: string;
  /** Where more dated experience can come from, for "add any … with its dates". */
  moreWork: string;
  /** How a missing skill is gained, for "… would close the gap". */
  gainSkill: string;
}

const office: Pick<FieldWords, 'moreWork' | 'gainSkill'> = {
  moreWork: 'freelance, open-source or part-time work',
  gainSkill: 'a small project with it',
};
const trade: Pick<FieldWords, 'moreWork' | 'gainSkill'> = {
  moreWork: 'apprenticeship, self-employed, agency or part-time work',
  gainSkill: 'a course, a certificate or supervised work with it on site',
};

const byField: Record<JobField, FieldWords> = {
  software: { measures: 'users, latency, revenue, time saved', ...office },
  data: { measures: 'data volumes, people using the reports, accuracy, hours saved', ...office },
  analytics: { measures: 'people using the reports, decisions informed, accuracy, hours saved', ...office },
  design: { measures: 'people tested with, conversion, task time, releases shipped', ...office },
  product: { measures: 'users, adoption, revenue, release cadence', ...office },
  healthcare: {
    measures: 'patients or residents cared for, beds or caseload, audit and inspection results, incidents reduced',
    moreWork: 'placements, bank, agency or voluntary shifts',
    gainSkill: 'training, a short course or supervised practice with it',
  },
  education: {
    measures: "class sizes, pupils' progress or results, attendance, courses or year groups taught",
    moreWork: 'placements, cover, tutoring or voluntary teaching',
    gainSkill: 'training, a course or supervised practice with it in a classroom',
  },
  sales: { measures: 'quota reached, revenue, deals closed, accounts managed', moreWork: 'part-time, commission or freelance sales work', gainSkill: 'a course or using it on a real account' },
  marketing: { measures: 'leads, conversion, audience growth, budget managed', ...office },
  finance: {
    measures: 'accounts or entities handled, budgets, days to close, errors caught or money saved',
    moreWork: 'part-time, contract or voluntary bookkeeping work',
    gainSkill: 'a course, an exam module or using it at work under review',
  },
  people: { measures: 'hires made, time to hire, retention, headcount supported', ...office },
  support: { measures: 'tickets or calls a day, response time, satisfaction scores, backlog cleared', moreWork: 'part-time or contract support work', gainSkill: 'a short course or using it on real tickets' },
  operations: {
    measures: 'orders, loads or picks a day, accuracy, on-time rate, cost saved',
    moreWork: 'agency, seasonal or part-time work',
    gainSkill: 'a course, a licence or supervised work with it',
  },
  hospitality: {
    measures: 'customers or covers a day, sales, reviews, stock accuracy',
    moreWork: 'seasonal, part-time or event work',
    gainSkill: 'a short course or shifts where you use it',
  },
  legal: { measures: 'matters or cases handled, contract volume, deadlines met, costs saved', moreWork: 'placements, pro bono or contract work', gainSkill: 'a course or supervised work with it' },
  engineering: { measures: 'projects delivered, budgets, tolerances met, cost or time saved', moreWork: 'contract, placement or part-time work', gainSkill: 'a course or a project with it' },
  electrical: { measures: 'jobs completed, crew size, inspections passed, downtime cut', ...trade },
  plumbing: { measures: 'jobs or installs a week, inspections passed, call-backs avoided, customers served', ...trade },
  mechanical: { measures: 'machines maintained, downtime cut, jobs completed, crew size', ...trade },
  construction: { measures: 'projects completed, crew size, budgets, inspections passed, days ahead of schedule', ...trade },
  culinary: {
    measures: 'covers served, brigade size, food cost or waste cut, hygiene ratings',
    moreWork: 'stages, seasonal, agency or part-time kitchen work',
    gainSkill: 'a course or shifts on a section that uses it',
  },
  driving: {
    measures: 'miles or drops a day, years without an incident, on-time deliveries, loads',
    moreWork: 'agency, seasonal or part-time driving',
    gainSkill: 'training, a licence category or supervised driving with it',
  },
  quality: {
    measures: 'audits run, non-conformities closed, sites or suppliers covered, inspection results',
    moreWork: 'contract, internal-audit or part-time quality work',
    gainSkill: 'a recognised course or auditing under supervision with it',
  },
};

const unknownField: FieldWords = {
  measures: 'how many, how often, how much or how fast',
  moreWork: 'part-time, voluntary, freelance or seasonal work',
  gainSkill: 'a course, training or supervised practice with it',
};

/**
 * The words to advise someone in a field with: the posting's field, else the person's own.
 *
 * @example
 * fieldAdvice('culinary').measures; // 'covers served, brigade size, food cost or waste cut, hygiene ratings'
 */
export function fieldAdvice(field: JobField | undefined): FieldWords {
  return field ? byField[field] : unknownField;
}
