/**
 * A CV typed in a text editor or pasted into an e-mail, the way people outside the theme
 * galleries send one: the contact details as a table of label and value ("Email ⇥ …"), a
 * "Key results" section after the jobs, certificates with their year, spoken languages as a
 * table with a level column ("Polish ⇥ native") apart from the skills, and the e-mail's
 * sign-off ("Kind regards," over the first name) last.
 */
import type { JsonResume } from '../../../src/protocol/json-resume.ts';
import { formatRange } from './dates.ts';
import { degreeAndField, displayName } from './display-name.ts';
import { placeLine } from './contact.ts';
import { wrap } from './wrap.ts';

/**
 * The spoken languages the corpus people list, as they write them. A skill group is printed as
 * the Languages table only when every keyword names one of these: a group named "Languages" that
 * holds Java and Go stays a group of skills.
 */
const spokenLanguageNames = new Set(
  [
    'English', 'Portuguese', 'German', 'Te Reo Māori', 'Ungarisch', 'Deutsch', 'Englisch', 'Schwedisch', 'Swedish',
    'Français', 'Gaeilge', 'Anglais', 'Espagnol', 'Romanian', 'French', 'Spanish', 'Japanese', 'Mandarin', 'Cantonese',
    'Twi', 'Ga', 'Tiếng Việt', 'Hawaiian', '한국어', '日本語', 'Español', 'Inglés', 'Polish', 'Dutch', 'Italian', 'Hindi',
  ].map((name) => name.toLowerCase()),
);

/** "Anglais (C1, TOEIC 945)" → ["Anglais", "C1, TOEIC 945"]; "Twi" → ["Twi", ""]. */
function nameAndLevel(keyword: string): [string, string] {
  const match = /^(.*?)\s*\((.*)\)\s*$/.exec(keyword);
  return match ? [match[1] ?? keyword, match[2] ?? ''] : [keyword, ''];
}

type Skill = NonNullable<JsonResume['skills']>[number];

const isSpokenLanguageGroup = (skill: Skill) =>
  (skill.keywords ?? []).length > 0 && (skill.keywords ?? []).every((keyword) => spokenLanguageNames.has(nameAndLevel(keyword)[0].toLowerCase()));

/** Label and value a tab apart, the label padded as a table pasted from a word processor is. */
const row = (label: string, value: string) => `${label}:\t${value}`;

/** The pasted-text style (tuning people only; see evals/resumes/README.md). */
export function renderPastedText(resume: JsonResume): string {
  const basics = resume.basics ?? {};
  const name = displayName(resume);
  const out: string[] = ['CURRICULUM VITAE', '', row('Name', name)];
  if (basics.label) out.push(row('Current role', basics.label));
  if (basics.email) out.push(row('Email', basics.email));
  if (basics.phone) out.push(row('Mobile', basics.phone));
  const place = placeLine(resume);
  if (place) out.push(row('Location', place));
  for (const profile of basics.profiles ?? []) out.push(row(profile.network ?? 'Profile', profile.url ?? ''));
  out.push('');
  if (basics.summary) out.push('Profile', ...wrap(basics.summary, 76, '', ''), '');

  const jobs = resume.work ?? [];
  out.push('Work experience', '');
  for (const job of jobs) {
    out.push(`${job.position}, ${job.name}`, formatRange(job.startDate, job.endDate, 'numeric', { dash: ' - ', present: 'present' }));
    for (const highlight of job.highlights ?? []) out.push(...wrap(highlight, 76, '- ', '  '));
    out.push('');
  }
  // A results section repeats each of the first two jobs' first highlight, as people pull their best lines up.
  const results = jobs.slice(0, 2).flatMap((job) => (job.highlights ?? []).slice(0, 1));
  if (results.length > 0) out.push('Key results', ...results.flatMap((result) => wrap(result, 76, '- ', '  ')), '');

  out.push('Education', '');
  for (const school of resume.education ?? []) {
    const range = formatRange(school.startDate, school.endDate, 'numeric', { dash: ' - ' });
    out.push(school.institution ?? '', `${degreeAndField(school, ' in ')} (${range})`, '');
  }
  const certificates = resume.certificates ?? [];
  if (certificates.length > 0) {
    out.push('Certificates');
    for (const certificate of certificates) out.push(`- ${certificate.name}${certificate.date ? ` (${certificate.date.slice(0, 4)})` : ''}`);
    out.push('');
  }

  const skills = resume.skills ?? [];
  const spoken = skills.filter(isSpokenLanguageGroup);
  out.push('Skills');
  const groups = skills.filter((group) => !spoken.includes(group));
  for (const skill of groups.filter((group) => group.keywords?.length)) out.push(`${skill.name}: ${(skill.keywords ?? []).join(', ')}`);
  // Skills named with no keywords under them are one plain list.
  const named = groups.filter((group) => !group.keywords?.length && group.name).map((group) => group.name);
  if (named.length > 0) out.push(named.join(', '));
  out.push('');
  if (spoken.length > 0) {
    out.push('Languages');
    for (const keyword of spoken.flatMap((group) => group.keywords ?? [])) {
      const [language, level] = nameAndLevel(keyword);
      out.push(level ? `${language}\t${level}` : language);
    }
    out.push('');
  }
  out.push('Kind regards,', name.split(/\s+/)[0] ?? name);
  return `${out.join('\n')}\n`;
}
