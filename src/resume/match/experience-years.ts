/**
 * Years of professional experience from a work history: date ranges merged so overlapping
 * jobs count once; an open end is "now"; internships and student jobs are left out.
 */
import type { ResumeWork } from '../../protocol/json-resume.ts';

const studentRoles = /\b(?:intern|internship|trainee|apprentice|working student|student|research assistant|teaching assistant)\b/i;
// An apprenticeship is paid work in its trade: "years in the electrical trade" include it.
const studentRolesButApprentices = /\b(?:intern|internship|working student|student|research assistant|teaching assistant)\b/i;

/**
 * Total years covered by the work entries, to one decimal.
 *
 * @example
 * experienceYears([{ startDate: '2019-01', endDate: '2020-12' }, { startDate: '2020-06' }], new Date('2022-01-01'));
 * // 3
 */
export function experienceYears(
  work: readonly Pick<ResumeWork, 'position' | 'startDate' | 'endDate'>[],
  now: Date,
  options: { apprenticeships?: boolean } = {},
): number {
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const spans: [number, number][] = [];
  const leftOut = options.apprenticeships ? studentRolesButApprentices : studentRoles;
  for (const entry of work) {
    if (!entry.startDate || leftOut.test(entry.position ?? '')) continue;
    const start = monthOf(entry.startDate, false);
    const end = entry.endDate ? monthOf(entry.endDate, true) : nowMonth;
    if (start === undefined || end === undefined) continue;
    // "Summer 2017" or "2017 – 2017": a short stint, not zero.
    spans.push([start, Math.min(Math.max(end, start + 3), Math.max(nowMonth, start + 3))]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let months = 0;
  let current: [number, number] | undefined;
  for (const span of spans) {
    if (current && span[0] <= current[1]) current[1] = Math.max(current[1], span[1]);
    else {
      if (current) months += current[1] - current[0];
      current = [...span];
    }
  }
  if (current) months += current[1] - current[0];
  return Math.round((months / 12) * 10) / 10;
}

// "2019-03" counts from March (or to the end of March); "2019" from January (or to January:
// "2015 – 2019" reads as four years).
function monthOf(date: string, isEnd: boolean): number | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return year * 12;
  return year * 12 + Number(match[2]) - 1 + (isEnd ? 1 : 0);
}
