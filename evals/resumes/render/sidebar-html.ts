/**
 * A two-column resume page (contact, skills and education in a left sidebar; experience on
 * the right), the layout of many résumé-builder PDFs. Printed to PDF only.
 */
import type { JsonResume } from '../../../src/protocol/json-resume.ts';
import { formatRange } from './dates.ts';
import { degreeAndField, displayName } from './display-name.ts';
import { bareUrl, placeLine } from './contact.ts';

const escape = (text: string | undefined) =>
  (text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderSidebarHtml(resume: JsonResume): string {
  const basics = resume.basics ?? {};
  const profiles = (basics.profiles ?? []).map((profile) => `<li>${escape(bareUrl(profile.url ?? ''))}</li>`).join('');
  const skills = (resume.skills ?? [])
    .map((skill) => `<h3>${escape(skill.name)}</h3><p>${(skill.keywords ?? []).map(escape).join(', ')}</p>`)
    .join('');
  const education = (resume.education ?? [])
    .map((school) => `<p><b>${escape(degreeAndField(school, ', '))}</b><br>${escape(school.institution)}<br>${escape(formatRange(school.startDate, school.endDate, 'short'))}</p>`)
    .join('');
  const jobs = (resume.work ?? [])
    .map(
      (job) => `<section class="job"><h3>${escape(job.position)}</h3>
<div class="meta">${escape(job.name)} <span>${escape(formatRange(job.startDate, job.endDate, 'short'))}</span></div>
<ul>${(job.highlights ?? []).map((highlight) => `<li>${escape(highlight)}</li>`).join('')}</ul></section>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(displayName(resume))}</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; margin: 0; }
.page { display: grid; grid-template-columns: 33% 67%; }
aside { background: #eef2f5; padding: 18px; }
main { padding: 18px 24px; }
h1 { font-size: 20pt; margin: 0; } h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1px; border-bottom: 1px solid #999; }
h3 { font-size: 10.5pt; margin: 8px 0 2px; } .meta { color: #444; } .meta span { float: right; }
ul { padding-left: 16px; margin: 4px 0; } aside ul { list-style: none; padding: 0; }
</style></head><body><div class="page">
<aside><h2>Contact</h2><ul><li>${escape(basics.email)}</li><li>${escape(basics.phone)}</li><li>${escape(placeLine(resume))}</li>${profiles}</ul>
<h2>Skills</h2>${skills}<h2>Education</h2>${education}</aside>
<main><h1>${escape(displayName(resume))}</h1><p>${escape(basics.label)}</p><h2>Profile</h2><p>${escape(basics.summary)}</p>
<h2>Experience</h2>${jobs}</main></div></body></html>`;
}
