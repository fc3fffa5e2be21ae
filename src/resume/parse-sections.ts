/**
 * The deterministic resume parser: raw text (from any format) → JSON Resume. Finds the
 * headings, then reads each section with its own parser (see ./sections/). No model.
 */
import type { JsonResume, ResumeBasics } from '../protocol/json-resume.ts';
import type { DocumentLink } from './extract/document-link.ts';
import { dropConsentClauses } from './sections/drop-consent-clauses.ts';
import { findSections, isKeywordLine, mayNameSkillGroup, type ResumeSection } from './sections/find-sections.ts';
import { findSidebarSkills } from './sections/find-sidebar-skills.ts';
import { takePersonalLines, withoutFormChrome } from './sections/form-cv-lines.ts';
import { isGroupAfterSkillGroups } from './sections/group-after-skill-groups.ts';
import { moveSkillLinesUnderHeading } from './sections/move-skill-lines-under-heading.ts';
import { parseCertificates } from './sections/parse-certificates.ts';
import { findLocationBesideContact, parseContact } from './sections/parse-contact.ts';
import { withoutColumnLabelRows } from './sections/column-label-rows.ts';
import { parseEducation } from './sections/parse-education.ts';
import { readEducationTable } from './sections/education-table.ts';
import { expandApostropheYears } from './sections/apostrophe-years.ts';
import { takeExamLines } from './sections/exam-lines.ts';
import { parseLanguages } from './sections/parse-languages.ts';
import { parseProjects } from './sections/parse-projects.ts';
import { parseSkills } from './sections/parse-skills.ts';
import { parseWork } from './sections/parse-work.ts';
import { takePersonalDetails } from './sections/personal-details.ts';
import { joinLabelledJobBlocks } from './sections/labelled-job-blocks.ts';
import { rejoinDateCells } from './sections/rejoin-date-cells.ts';
import { joinWords } from './sections/join-wrapped-lines.ts';
import { separateGluedDates } from './sections/separate-glued-dates.ts';
import { skillsFromExperience } from './sections/skills-from-experience.ts';
import { toResumeLines, type ResumeLine } from './sections/resume-lines.ts';
import { joinWrappedSectionLabels } from './sections/wrapped-section-labels.ts';
import { findSkills } from './skill-tokenizer.ts';
import { loadReaderVocabulary, type SkillVocabulary } from './skill-vocabulary.ts';

export interface ParseSectionsOptions {
  /** The skills vocabulary; defaults to the reader's (data/skills.json and data/product-names.json). */
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
  const vocabulary = options.vocabulary ?? loadReaderVocabulary();
  const lines = joinWrappedSectionLabels(withoutFormChrome(dropConsentClauses(rejoinDateCells(separateGluedDates(toResumeLines(withoutFrontMatter(text)))))));
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
    // "About" / "a@b.org" / "Licences & cards" / "Cat C+E" / … / "Vehicles" / "Scania R450": a sidebar's first
    // group of skills, named like a section of certificates, straight under the contact lines, with no
    // year or issuer on any line.
    if (section.kind === 'certificates' && isSidebarGroupUnderContact(all[index - 1], section)) {
      sidebarSkills.push(...headed(section));
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
  const styledSections = found.map((section) =>
    section.kind !== 'skills' && section.kind !== 'languages' && styledGroups.has(section.heading.replace(/:\s*$/, '').trim().toLowerCase())
      ? { ...section, kind: 'skills' as const, lines: headed(section) }
      : section,
  );
  const basics = parseBasics(styledSections, lines, options.links);
  // A form's "Mother tongue: …", CEFR grid, "Certificates: …" and "Driving licence: …" lines.
  const personal = takePersonalLines(withoutNameBlock(styledSections, basics, vocabulary));
  // "Personal Details" / "Languages Known: …", "Date of Birth: …"; "I hereby declare…" / "Place: …".
  const details = takePersonalDetails(personal.sections, { name: basics.name });
  const sections = details.sections;
  const resume: JsonResume = { basics };
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

  // A table's header row ("Period | Employer, position") names its columns, no job or school.
  // "1) Employer, Town" / "Designation: …" / "Duration: …": labelled blocks become one header line each.
  const work = parseWork(withoutColumnLabelRows(joinLabelledJobBlocks(linesOf('work'))));
  if (work.length > 0) resume.work = work;
  // "Qualification | Board / University | Institute | Year | Percentage": a table's rows, one school each.
  // "'12 – '16": a compact theme's two-digit years, written out.
  // "IELTS Academic – Overall 7.5 – 2019", "… (OSCE) – Test Centre – 2020": an exam in Education & Training is a certificate.
  const exams = takeExamLines(linesOf('education'));
  const table = readEducationTable(exams.rest.map((line) => ({ ...line, text: expandApostropheYears(line.text) })));
  const education = [...table.entries, ...parseEducation(withoutColumnLabelRows(table.rest))];
  if (education.length > 0) resume.education = education;
  const skills = parseSkills(
    [...sidebarSkills, ...linesOf('skills'), ...programmingLanguages.flatMap((section) => headed(section))],
    vocabulary,
    { groupHeadings: styledGroups },
  );
  if (skills.length > 0) resume.skills = skills;
  // No skills section at all: the skills its summary and jobs name ("TIG/MIG welding of stainless pipe").
  else if (!sections.some((section) => section.kind === 'skills')) {
    const named = skillsFromExperience([resume.basics?.summary ?? '', ...work.flatMap((job) => [job.summary ?? '', ...(job.highlights ?? [])])].filter(Boolean), vocabulary);
    if (named) resume.skills = [named];
  }
  const projects = parseProjects(linesOf('projects'), vocabulary);
  if (projects.length > 0) resume.projects = projects;
  const certificates = [...parseCertificates([...linesOf('certificates'), ...personal.certificates]), ...exams.certificates];
  if (certificates.length > 0) resume.certificates = certificates;
  const listed = parseLanguages([...spokenLanguages.flatMap((section) => section.lines), ...personal.languages, ...details.languages]);
  // A language test's language, unless the resume lists that language itself.
  const tested = exams.languages.filter((exam) => !listed.some((language) => language.language?.toLowerCase() === exam.language?.toLowerCase()));
  const languages = [...listed, ...tested];
  if (languages.length > 0) resume.languages = languages;
  return resume;
}

/**
 * "---" / "title: CV" / "updated: 2026-11-28" / "---": the YAML front matter a notes app (Obsidian, a static-site
 * generator) puts at the top of a Markdown file describes the note, not the person; its dates are no phone numbers.
 */
function withoutFrontMatter(text: string): string {
  const match = /^\uFEFF?---[ \t]*\r?\n((?:[ \t]*(?:[\w-]+[ \t]*:.*|-[ \t].*|#.*|)\r?\n)*?)---[ \t]*(?:\r?\n|$)/u.exec(text);
  return match && /^[ \t]*[\w-]+[ \t]*:/mu.test(match[1] ?? '') ? text.slice(match[0].length) : text;
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
  if (prose.length > 0) basics.summary = paragraph(prose);
  return basics;
}

/**
 * "Competências" / "HACCP · BRCGS" / "João Sá" / "Food Safety · ex-Chefe": a sidebar printed before the
 * main column puts the person's name and headline under its last section. The name's line and the
 * lines under it, up to the next heading, are the header, never that section's skills or languages;
 * the first of them becomes the headline when there is none.
 */
function withoutNameBlock(sections: readonly ResumeSection[], basics: ResumeBasics, vocabulary: SkillVocabulary): ResumeSection[] {
  const name = basics.name?.toLowerCase();
  // A name guessed from the body ("Kotlin Swift Dart", "Tallbacka Kommun" over "IT Technician") is no header.
  if (!name || findSkills(basics.name ?? '', vocabulary).length > 0) return [...sections];
  return sections.map((section, index) => {
    if (index === 0 || !sidebarKinds.has(section.kind)) return section;
    const at = section.lines.findIndex((line) => !line.bullet && line.text.trim().toLowerCase() === name);
    if (at < 1) return section;
    const rest = section.lines.slice(at + 1).filter((line) => line.text.trim() !== '');
    // The header is the name and a line or two; more under the name is the section going on (a footer's name).
    if (rest.length > 2) return section;
    const headline = rest[0]?.text.trim();
    if (!basics.label && headline && headline.split(/\s+/).length <= 12 && !/[.!?]$/.test(headline)) basics.label = headline;
    return { ...section, lines: section.lines.slice(0, at) };
  });
}

// The sections a sidebar holds, printed before the main column and its name.
const sidebarKinds: ReadonlySet<ResumeSection['kind']> = new Set(['skills', 'languages', 'certificates', 'contact']);

// "… passed the NCLEX-" / "RN in 2026": a word a line broke at its hyphen is joined as written.
function paragraph(lines: readonly ResumeLine[]): string | undefined {
  const text = lines
    .map((line) => line.text.trim())
    .filter(Boolean)
    .reduce((joined, line) => (joined === '' ? line : joinWords(joined, line)), '');
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

// A certificates section whose heading is not the plain word, in a sidebar right under its contact
// lines (an e-mail address or a phone number), listing short keywords only.
function isSidebarGroupUnderContact(above: ResumeSection | undefined, section: ResumeSection): boolean {
  if (!above || (above.kind !== 'summary' && above.kind !== 'contact')) return false;
  if (!above.lines.some((line) => /\S@\S|\d[\d\s().-]{6,}\d/.test(line.text))) return false;
  if (/^(?:certificates|certifications|certification|licen[cs]es?)\s*:?$/i.test(section.heading.trim())) return false;
  const lines = section.lines.filter((line) => line.text !== '');
  return lines.length >= 3 && lines.every((line) => !line.bullet && isKeywordLine(line.text) && !/\d{4}/.test(line.text));
}

// The section's heading over its lines, as a category of skills: "Languages" / "Python SQL Scala" /
// "Data platforms" / "Snowflake dbt".
function headed(section: ResumeSection): ResumeLine[] {
  const blank: ResumeLine = { text: '', bullet: false, markdownHeading: false };
  return [blank, { ...blank, text: `${section.heading.replace(/:\s*$/, '')}:` }, ...section.lines];
}
