/**
 * The Europass CV as the EU's online editor prints it to PDF: section labels in capitals in a
 * narrow left column ("WORK EXPERIENCE", "EDUCATION AND TRAINING", "LANGUAGE SKILLS", "DIGITAL
 * SKILLS", "DRIVING LICENCE"), long ones wrapping over two lines beside the first entry; each
 * entry a small "03/2019 – CURRENT  City, Country" line over "TITLE – EMPLOYER" in capitals,
 * then its bullets; the summary under "ABOUT ME"; no "Skills" heading (job-related skills are
 * a section of their own, or live only in the entries). Printed to PDF only.
 */
import type { JsonResume } from '../../../src/protocol/json-resume.ts';
import { bareUrl, placeLine } from './contact.ts';
import { degreeAndField, displayName } from './display-name.ts';

const escape = (text: string | undefined) =>
  (text ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "03/2019" or "2019", as the editor prints a date. */
function europassDate(date: string): string {
  const [year, month] = date.split('-');
  return month ? `${month}/${year}` : (year ?? date);
}

function period(start: string | undefined, end: string | undefined): string {
  return `${start ? europassDate(start) : ''} – ${end ? europassDate(end) : 'CURRENT'}`;
}

/** A section: its label in the left cell of the first entry's row, the entries on the right. */
function section(label: string, entries: string[]): string {
  if (entries.length === 0) return '';
  const rows = entries.map((entry, index) => `<tr><th>${index === 0 ? escape(label) : ''}</th><td>${entry}</td></tr>`);
  return `<table>${rows.join('')}</table>`;
}

/** Skill groups whose name says they are about computers go under "DIGITAL SKILLS", the rest under "JOB-RELATED SKILLS". */
const digitalGroup = /\b(?:software|digital|tools?|tech\w*|programming|computer|it|cloud|data|languages? and frameworks|frameworks?|oprogramowanie)\b/i;

export function renderEuropassHtml(resume: JsonResume): string {
  const basics = resume.basics ?? {};
  const contact = [
    basics.email && `<b>Email address:</b> ${escape(basics.email)}`,
    basics.phone && `<b>Phone number:</b> ${escape(basics.phone)}`,
    placeLine(resume) && `<b>Address:</b> ${escape(placeLine(resume))}`,
    ...(basics.profiles ?? []).map((profile) => `<b>${escape(profile.network ?? 'Website')}:</b> ${escape(bareUrl(profile.url ?? ''))}`),
  ].filter(Boolean);
  const jobs = (resume.work ?? []).map(
    (job) => `<p class="when">${escape(period(job.startDate, job.endDate))}${job.location ? ` &nbsp; ${escape(job.location)}` : ''}</p>
<h3>${escape([job.position, job.name].filter(Boolean).join(' – ').toUpperCase())}</h3>
<ul>${(job.highlights ?? []).map((highlight) => `<li>${escape(highlight)}</li>`).join('')}</ul>`,
  );
  const schools = (resume.education ?? []).map(
    (school) => `<p class="when">${escape(period(school.startDate, school.endDate))}</p>
<h3>${escape(degreeAndField(school, ', ') || school.institution)}</h3>
<p>${degreeAndField(school, ', ') ? escape(school.institution) : ''}</p>`,
  );
  const groups = resume.skills ?? [];
  const groupLine = (skill: (typeof groups)[number]) =>
    `<p>${skill.keywords?.length ? `<b>${escape(skill.name)}:</b> ${skill.keywords.map(escape).join(', ')}` : escape([skill.name, skill.level].filter(Boolean).join(' – '))}</p>`;
  const digital = groups.filter((skill) => digitalGroup.test(skill.name ?? ''));
  const jobRelated = groups.filter((skill) => !digitalGroup.test(skill.name ?? ''));
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(displayName(resume))}</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; margin: 0; color: #222; }
h1 { font-size: 18pt; margin: 0 0 4px; color: #0b4f9c; } .contact p { margin: 1px 0; }
table { width: 100%; border-collapse: collapse; margin-top: 10px; border-top: 1px solid #0b4f9c; }
th { width: 21%; vertical-align: top; text-align: left; font-size: 9pt; font-weight: bold; letter-spacing: 1px; color: #0b4f9c; padding: 6px 10px 0 0; line-height: 1.9; }
td { vertical-align: top; padding: 6px 0 4px; }
.when { font-size: 8pt; color: #555; margin: 0; } h3 { font-size: 9.5pt; margin: 1px 0 2px; }
ul { margin: 2px 0 4px; padding-left: 16px; } p { margin: 1px 0; }
</style></head><body>
<h1>${escape(displayName(resume))}</h1>
<div class="contact">${contact.map((line) => `<p>${line}</p>`).join('')}</div>
${section('ABOUT ME', basics.summary ? [`<p>${escape(basics.summary)}</p>`] : [])}
${section('WORK EXPERIENCE', jobs)}
${section('EDUCATION AND TRAINING', schools)}
${section('DIGITAL SKILLS', digital.map(groupLine))}
${section('JOB-RELATED SKILLS', jobRelated.map(groupLine))}
${section('DRIVING LICENCE', ['<p><b>Driving Licence:</b> B</p>'])}
</body></html>`;
}
