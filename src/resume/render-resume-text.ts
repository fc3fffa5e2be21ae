/**
 * A JSON Resume as plain text, in the order people write resumes. Used as the raw text of
 * an imported JSON Resume file, so every import has text the grounding check can read.
 */
import type { JsonResume } from '../protocol/json-resume.ts';

/**
 * Renders a JSON Resume as plain text.
 *
 * @example
 * renderResumeText({ basics: { name: 'Jane Doe' } }); // 'Jane Doe'
 */
export function renderResumeText(resume: JsonResume): string {
  const blocks: string[] = [];
  const basics = resume.basics ?? {};
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode];
  blocks.push(
    lines([
      basics.name,
      basics.label,
      join([basics.email, basics.phone, join(location, ', '), basics.url], ' | '),
      ...(basics.profiles ?? []).map((profile) => profile.url ?? join([profile.network, profile.username], ': ')),
    ]),
  );
  if (basics.summary) blocks.push(lines(['Summary', basics.summary]));
  if (resume.work?.length) {
    blocks.push(
      lines([
        'Experience',
        ...resume.work.flatMap((work) => [
          join([join([work.position, work.name], ', '), dates(work.startDate, work.endDate)], ' | '),
          work.summary,
          ...(work.highlights ?? []).map((highlight) => `• ${highlight}`),
        ]),
      ]),
    );
  }
  if (resume.education?.length) {
    blocks.push(
      lines([
        'Education',
        ...resume.education.map((education) =>
          join(
            [join([education.studyType, education.area], ' in '), education.institution, dates(education.startDate, education.endDate), education.score],
            ', ',
          ),
        ),
      ]),
    );
  }
  if (resume.skills?.length) {
    blocks.push(
      lines([
        'Skills',
        ...resume.skills.map((skill) =>
          skill.keywords?.length ? `${skill.name ?? 'Skills'}: ${skill.keywords.join(', ')}` : join([skill.name, skill.level], ' - '),
        ),
      ]),
    );
  }
  if (resume.projects?.length) {
    blocks.push(
      lines([
        'Projects',
        ...resume.projects.flatMap((project) => [
          join([project.name, project.description], ' - '),
          ...(project.highlights ?? []).map((highlight) => `• ${highlight}`),
        ]),
      ]),
    );
  }
  if (resume.certificates?.length) {
    blocks.push(lines(['Certifications', ...resume.certificates.map((item) => join([item.name, item.issuer, item.date], ', '))]));
  }
  if (resume.languages?.length) {
    blocks.push(lines(['Languages', join(resume.languages.map((item) => join([item.language, item.fluency], ' - ')), ', ')]));
  }
  return blocks.filter(Boolean).join('\n\n');
}

function dates(start: string | undefined, end: string | undefined): string {
  if (!start && !end) return '';
  return `${start ?? ''} – ${end || 'Present'}`;
}

function join(parts: readonly (string | undefined)[], separator: string): string {
  return parts.filter((part): part is string => Boolean(part?.trim())).join(separator);
}

function lines(parts: readonly (string | undefined)[]): string {
  return join(parts, '\n');
}
