/**
 * The deterministic resume parser: raw text (from any format) → JSON Resume. Finds the
 * headings, then reads each section with its own parser (see ./sections/). No model.
 */
import type { JsonResume, ResumeBasics } from '../protocol/json-resume.ts';
import type { DocumentLink } from './extract/document-link.ts';
import { dropConsentClauses } from './sections/drop-consent-clauses.ts';
import { findSections, isKeywordLine, mayNameSkillGroup, type ResumeSection } from './sections/find-sections.ts';
import { findSidebarSkills } from './sections/find-sidebar-skills.ts';
import { isGroupAfterSkillGroups } from './sections/group-after-skill-groups.ts';
import { moveSkillLinesUnderHeading } from './sections/move-skill-lines-under-heading.ts';
import { parseCertificates } from './sections/parse-certificates.ts';
import { findLocationBesideContact, parseContact } from './sections/parse-contact.ts';
import { parseEducation } from './sections/parse-education.ts';
import { parseLanguages } from './sections/parse-languages.ts';
import { parseProjects } from './sections/parse-projects.ts';
import { parseSkills } from './sections/parse-skills.ts';
import { parseWork } from './sections/parse-work.ts';
import { rejoinDateCells } from './sections/rejoin-date-cells.ts';
import { toResumeLines, type ResumeLine } from './sections/resume-lines.ts';
import { findSkills } from './skill-tokenizer.ts';
import { loadSkillVocabulary, type SkillVocabulary } from './skill-vocabulary.ts';

export interface ParseSectionsOptions {
  /** The skills vocabulary; defaults to data/skills.json. */
  vocabulary?: SkillVocabulary;
  /** The file's hyperlinks, where profiles shown only as a username or a word keep their address. */
  links?: readonly DocumentLink[];
  /** Headings the file styles as groups inside its Skills section ("Languages" under "Skills"). */
  skillGroups?: readonly string[];
}

/**
 * Parses resume text into the JSON Resume structure.
 *
 * @example
 * const resume = parseSections(rawText);
 * resume.work?.[0]; // { name: 'Acme Corp', position: 'Senior Engineer', startDate: '2019-01', … }
 */
export function parseSections(text: string, options: ParseSectionsOptions = {}): JsonResume {
  const vocabulary = options.vocabulary ?? loadSkillVocabulary();
  const lines = dropConsentClauses(rejoinDateCells(toResumeLines(text)));
  // Skill categories printed in a sidebar under the contact lines, with no Skills heading.
  const sidebarSkills: ResumeLine[] = [];
  let afterSidebarSkills = false;
  const found = moveSkillLinesUnderHeading(findSections(lines)).map((section, index, all) => {
    // "Certifications" / "BLS ACLS" or "Leadership" / "OKRs" right under a sidebar's skill categories is one more of them;
    // with no Skills heading over them, so is "Languages" / "Polish | English".
    // A "Tools" heading there is one more of them too; the groups go on while they hold keywords only.
    const groupKind = mayNameSkillGroup(section.kind, section.heading) || section.kind === 'languages' || section.kind === 'skills';
    if (afterSidebarSkills && groupKind && section.lines.every((line) => line.text === '' || isKeywordLine(line.text))) {
      sidebarSkills.push({ text: `${section.heading.replace(/:$/, '')}:`, bullet: false, markdownHeading: false }, ...section.lines);
      afterSidebarSkills = true;
      return { ...section, lines: [] };
    }
    const beforeSkills = all[index + 1]?.kind === 'skills';
    const found = section.kind === 'summary' || section.kind === 'contact' ? findSidebarSkills(section.lines, vocabulary, { beforeSkills }) : undefined;
    // A sidebar's first category "Languages" over Go and C# opened a section of its own.
    afterSidebarSkills = found !== undefined || (section.kind === 'languages' && namesSkills(section.lines, vocabulary));
    if (!found) return section;
    sidebarSkills.push(...found.skills);
    return { ...section, lines: found.rest };
  });
  // "Licences" or "Leadership" styled as a group inside Skills is one, though its name opens a section elsewhere.
  const styledGroups = new Set(options.skillGroups?.map((heading) => heading.toLowerCase()));
  const sections = found.map((section) =>
    section.kind !== 'skills' && section.kind !== 'languages' && styledGroups.has(section.heading.replace(/:\s*$/, '').trim().toLowerCase())
      ? { ...section, kind: 'skills' as const, lines: headed(section) }
      : section,
  );
  const resume: JsonResume = { basics: parseBasics(sections, lines, options.links) };
  const linesOf = (kind: ResumeSection['kind']) => sections.filter((section) => section.kind === kind).flatMap((section) => section.lines);

  const summary = paragraph(linesOf('summary'));
  if (summary && resume.basics) resume.basics.summary = summary;
  const languageSections = sections.filter((section) => section.kind === 'languages');
  // "Languages" styled as a group inside Skills is one, whatever it lists.
  // So is one set like the groups of the Skills section right above it, where no heading styles tell.
  const programmingLanguages = languageSections.filter(
    (section) =>
      styledGroups.has(section.heading.replace(/:\s*$/, '').trim().toLowerCase()) ||
      namesSkills(section.lines, vocabulary) ||
      (styledGroups.size === 0 && isGroupAfterSkillGroups(sections[sections.indexOf(section) - 1], section)),
  );
  const spokenLanguages = languageSections.filter((section) => !programmingLanguages.includes(section));

  const work = parseWork(linesOf('work'));
  if (work.length > 0) resume.work = work;
  const education = parseEducation(linesOf('education'));
  if (education.length > 0) resume.education = education;
  const skills = parseSkills(
    [...sidebarSkills, ...linesOf('skills'), ...programmingLanguages.flatMap((section) => headed(section))],
    vocabulary,
    { groupHeadings: styledGroups },
  );
  if (skills.length > 0) resume.skills = skills;
  const projects = parseProjects(linesOf('projects'), vocabulary);
  if (projects.length > 0) resume.projects = projects;
  const certificates = parseCertificates(linesOf('certificates'));
  if (certificates.length > 0) resume.certificates = certificates;
  const languages = parseLanguages(spokenLanguages.flatMap((section) => section.lines));
  if (languages.length > 0) resume.languages = languages;
  return resume;
}

function parseBasics(sections: readonly ResumeSection[], lines: readonly ResumeLine[], links: readonly DocumentLink[] = []): ResumeBasics {
  const header = sections[0]?.lines ?? [];
  const contact = sections.filter((section) => section.kind === 'contact').flatMap((section) => section.lines);
  const basics = parseContact([...header, ...contact], links);
  // Contact details in a sidebar or footer: look through the whole text for what is missing.
  if (!basics.email || !basics.phone || !basics.name) {
    const everywhere = parseContact(lines.filter((line) => line.text.length <= 120));
    for (const key of ['email', 'phone', 'name'] as const) {
      if (basics[key] === undefined && everywhere[key] !== undefined) Object.assign(basics, { [key]: everywhere[key] });
    }
    // Where a job or a school was is not where the person lives.
    const placed = new Set<ResumeSection['kind']>(['work', 'education', 'projects', 'certificates']);
    const elsewhere = parseContact(sections.filter((section) => !placed.has(section.kind)).flatMap((section) => section.lines).filter((line) => line.text.length <= 120));
    if (basics.location === undefined && elsewhere.location !== undefined) basics.location = elsewhere.location;
  }
  if (basics.location === undefined) {
    const beside = findLocationBesideContact(lines, basics);
    if (beside) basics.location = beside;
  }
  // A paragraph under the name with no heading of its own is the summary.
  // A contact line ("a@b.com | +46 70 … | linkedin.com/in/…") is long, but it is not prose.
  const prose = header.filter((line) => !line.bullet && line.text.split(/\s+/).length >= 12 && !/@|\||\b[a-z0-9-]+\.[a-z]{2,}\//i.test(line.text));
  if (prose.length > 0) basics.summary = prose.map((line) => line.text).join(' ');
  return basics;
}

function paragraph(lines: readonly ResumeLine[]): string | undefined {
  const text = lines
    .map((line) => line.text)
    .filter(Boolean)
    .join(' ')
    .trim();
  return text === '' ? undefined : text;
}

// A "Languages" section that lists Python and Go (or, in a sidebar without a Skills heading,
// Go, PostgreSQL, Kafka) is a skills section: spoken languages are not in the vocabulary.
function namesSkills(lines: readonly ResumeLine[], vocabulary: SkillVocabulary): boolean {
  const text = lines.map((line) => line.text).join('\n');
  const items = text.split(/[,;|•·\n]/).filter((item) => item.trim() !== '');
  const skills = findSkills(text, vocabulary, { skillsContext: true });
  return items.length > 0 && skills.length * 2 >= items.length;
}

// The section's heading over its lines, as a category of skills: "Languages" / "Python SQL Scala" /
// "Data platforms" / "Snowflake dbt".
function headed(section: ResumeSection): ResumeLine[] {
  const blank: ResumeLine = { text: '', bullet: false, markdownHeading: false };
  return [blank, { ...blank, text: `${section.heading.replace(/:\s*$/, '')}:` }, ...section.lines];
}
