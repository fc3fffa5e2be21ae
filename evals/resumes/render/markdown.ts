/**
 * Markdown resumes in two styles people write by hand: `### Title — Company` headings with
 * a dates line under them, and `**Company** | Title | dates` lines.
 */
import type { JsonResume } from '../../../src/protocol/json-resume.ts';
import { formatRange } from './dates.ts';
import { degreeAndField, displayName } from './display-name.ts';
import { allSkills, bareUrl, placeLine } from './contact.ts';

/** `### Senior Backend Engineer — Ledgerline` with `*Mar 2021 – Present · Kraków*` below. */
export function renderMarkdownHeadings(resume: JsonResume): string {
  const basics = resume.basics ?? {};
  const out: string[] = [`# ${displayName(resume)}`, '', `**${basics.label ?? ''}**`, ''];
  const links = (basics.profiles ?? []).map((profile) => `[${profile.network}](${profile.url})`);
  out.push([placeLine(resume), basics.email, basics.phone, ...links].filter(Boolean).join(' · '), '');
  if (basics.summary) out.push('## Summary', '', basics.summary, '');
  out.push('## Experience', '');
  for (const job of resume.work ?? []) {
    out.push(`### ${job.position} — ${job.name}`, `*${formatRange(job.startDate, job.endDate, 'short')}*`, '');
    for (const highlight of job.highlights ?? []) out.push(`- ${highlight}`);
    out.push('');
  }
  out.push('## Education', '');
  for (const school of resume.education ?? []) {
    out.push(`### ${degreeAndField(school, ' in ')} — ${school.institution}`, `*${formatRange(school.startDate, school.endDate, 'short')}*`, '');
  }
  out.push('## Skills', '');
  for (const skill of resume.skills ?? []) out.push(`- **${skill.name}:** ${(skill.keywords ?? []).join(', ')}`);
  return `${out.join('\n')}\n`;
}

/** `**Ledgerline** | Senior Backend Engineer | 03/2021 - Current`, bare profile URLs. */
export function renderMarkdownPipes(resume: JsonResume): string {
  const basics = resume.basics ?? {};
  const out: string[] = [`**${displayName(resume)}**  `, `${basics.email} | ${basics.phone} | ${placeLine(resume)}  `];
  out.push((basics.profiles ?? []).map((profile) => bareUrl(profile.url ?? '')).join(' | '), '');
  if (basics.summary) out.push(basics.summary, '');
  out.push('## Work Experience', '');
  for (const job of resume.work ?? []) {
    out.push(`**${job.name}** | ${job.position} | ${formatRange(job.startDate, job.endDate, 'numeric', { dash: ' - ', present: 'Current' })}`, '');
    for (const highlight of job.highlights ?? []) out.push(`* ${highlight}`);
    out.push('');
  }
  out.push('## Education', '');
  for (const school of resume.education ?? []) {
    out.push(`**${school.institution}** | ${degreeAndField(school, ', ')} | ${formatRange(school.startDate, school.endDate, 'numeric', { dash: ' - ' })}`, '');
  }
  out.push('## Skills', '', allSkills(resume).join(', '));
  return `${out.join('\n')}\n`;
}
