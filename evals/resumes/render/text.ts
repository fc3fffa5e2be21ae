/**
 * Plain-text resumes: ALL-CAPS headings with "Title, Company" lines and wrapped bullets,
 * and a two-column layout with dates in a left gutter.
 */
import type { JsonResume } from '../../../src/protocol/json-resume.ts';
import { formatRange } from './dates.ts';
import { degreeAndField, displayName } from './display-name.ts';
import { allSkills, placeLine } from './contact.ts';
import { wrap } from './wrap.ts';

/** ALL-CAPS headings; a job is "Title, Company" then a long-month dates line. */
export function renderTextCaps(resume: JsonResume): string {
  const basics = resume.basics ?? {};
  const out: string[] = [displayName(resume).toUpperCase(), basics.label ?? '', [placeLine(resume), basics.phone, basics.email].join(' | ')];
  for (const profile of basics.profiles ?? []) out.push(profile.url ?? '');
  out.push('');
  if (basics.summary) out.push('PROFESSIONAL SUMMARY', ...wrap(basics.summary, 78, '', ''), '');
  out.push('WORK EXPERIENCE', '');
  for (const job of resume.work ?? []) {
    out.push(`${job.position}, ${job.name}`, formatRange(job.startDate, job.endDate, 'long'));
    for (const highlight of job.highlights ?? []) out.push(...wrap(highlight, 78, '• ', '  '));
    out.push('');
  }
  out.push('EDUCATION', '');
  for (const school of resume.education ?? []) {
    out.push(school.institution ?? '', `${degreeAndField(school, ', ')}, ${formatRange(school.startDate, school.endDate, 'long')}`, '');
  }
  out.push('SKILLS');
  for (const skill of resume.skills ?? []) out.push(`${skill.name}: ${(skill.keywords ?? []).join(', ')}`);
  return `${out.join('\n')}\n`;
}

const gutter = 22;
const pad = (text: string) => text.padEnd(gutter, ' ');

/** Dates in a left column, company and title in the right one; contact details right-aligned. */
export function renderTextColumns(resume: JsonResume): string {
  const basics = resume.basics ?? {};
  const left = [displayName(resume), basics.label ?? '', ''];
  const right = [basics.email ?? '', basics.phone ?? '', placeLine(resume), ...(basics.profiles ?? []).map((profile) => profile.url ?? '')];
  const out: string[] = [];
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    out.push(`${(left[index] ?? '').padEnd(44, ' ')}${right[index] ?? ''}`.trimEnd());
  }
  out.push('', 'Experience', '----------');
  for (const job of resume.work ?? []) {
    out.push(`${pad(formatRange(job.startDate, job.endDate, 'iso', { dash: ' – ', present: 'present' }))}${job.name}`);
    out.push(`${pad('')}${job.position}`);
    for (const highlight of job.highlights ?? []) out.push(...wrap(highlight, 90, `${pad('')}- `, `${pad('')}  `));
    out.push('');
  }
  out.push('Education', '---------');
  for (const school of resume.education ?? []) {
    out.push(`${pad(formatRange(school.startDate, school.endDate, 'iso', { dash: ' – ' }))}${school.institution}`);
    out.push(`${pad('')}${degreeAndField(school, ', ')}`, '');
  }
  out.push('Skills', '------', ...wrap(allSkills(resume).join(' · '), 90, pad(''), pad('')));
  return `${out.join('\n')}\n`;
}
