import type { ResumeResponse } from '../protocol/api.ts';

/**
 * A parsed resume as a short readable summary: name, contact, headline, experience with
 * employers, titles and dates, education, skills.
 *
 * @example
 * describeResume(stored); // 'Jane Doe · jane@example.com · Berlin\nSenior Engineer\nExperience:\n- Senior Engineer, Acme (2019-03 – present)…'
 */
export function describeResume(record: Pick<ResumeResponse, 'resume'>): string {
  const { basics = {}, work = [], education = [], skills = [], projects = [], certificates = [], languages = [] } = record.resume;
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode].filter(Boolean).join(', ');
  const links = (basics.profiles ?? []).map((profile) => profile.url ?? profile.username).filter(Boolean);
  const contact = [basics.name ?? '(no name found)', basics.email, basics.phone, location, basics.url, ...links].filter(Boolean).join(' · ');
  const lines = [contact];
  if (basics.label) lines.push(basics.label);
  if (work.length > 0) {
    lines.push('Experience:');
    for (const job of work.slice(0, 8)) {
      const dates = [job.startDate, job.endDate || (job.startDate ? 'present' : '')].filter(Boolean).join(' – ');
      lines.push(`- ${[job.position, job.name].filter(Boolean).join(', ')}${dates ? ` (${dates})` : ''}`);
    }
    if (work.length > 8) lines.push(`- …and ${work.length - 8} more`);
  }
  if (education.length > 0) {
    lines.push('Education:');
    for (const entry of education.slice(0, 4)) {
      const degree = [entry.studyType, entry.area].filter(Boolean).join(' in ');
      const years = [entry.startDate, entry.endDate].filter(Boolean).join(' – ');
      lines.push(`- ${[degree, entry.institution].filter(Boolean).join(', ')}${years ? ` (${years})` : ''}`);
    }
  }
  const skillNames = skills.flatMap((skill) => (skill.keywords?.length ? skill.keywords : skill.name ? [skill.name] : []));
  if (skillNames.length > 0) lines.push(`Skills: ${[...new Set(skillNames)].slice(0, 40).join(', ')}`);
  if (projects.length > 0) lines.push(`Projects: ${projects.map((project) => project.name).filter(Boolean).slice(0, 6).join(', ')}`);
  if (certificates.length > 0) lines.push(`Certificates: ${certificates.map((entry) => entry.name).filter(Boolean).join(', ')}`);
  if (languages.length > 0) lines.push(`Languages: ${languages.map((entry) => entry.language).filter(Boolean).join(', ')}`);
  return lines.join('\n');
}
