import { escapeMarkdown } from '../escape-markdown.ts';
import { type Highlight, relevantHighlights } from '../relevant-highlights.ts';
import { matchSkills } from '../skill-match.ts';
import { clean, workHistory } from '../work-history.ts';
import type { WriterPosting, WriterResume } from '../writer-input.ts';
import { yearsOfExperience } from '../years-of-experience.ts';

/**
 * Everything a cover letter may say, taken from the resume and the posting and nothing else.
 * Every string is already Markdown-escaped, so the tone composers only arrange and connect.
 */
export interface LetterFacts {
  name?: string;
  company: string;
  role: string;
  companyLocation?: string;
  /** The most recent job, when the resume has one. */
  latest?: { employer?: string; position?: string; current: boolean };
  /** Whole years of stated experience, when at least one. */
  years?: number;
  /** Posting skills the resume shows, required first. */
  matched: string[];
  /** Posting skills the resume does not show, required first. */
  missing: string[];
  /** Stated achievements, most relevant to the posting first. */
  highlights: Highlight[];
  /** "Bachelor of Science in Computer Science from Example University", when stated. */
  degree?: string;
  /** The resume's own one-line label, e.g. "Backend engineer". */
  label?: string;
  hiringManager?: string;
  /** The letter's date, written out. */
  date: string;
}

/** The input of {@link letterFacts}. */
export interface LetterFactsInput {
  resume: WriterResume;
  posting: WriterPosting;
  hiringManager?: string;
  date: Date;
}

const safe = (text: string | undefined) => {
  const cleaned = clean(text);
  return cleaned === undefined ? undefined : escapeMarkdown(cleaned);
};

function degreeOf(resume: WriterResume): string | undefined {
  const education = resume.education?.find((entry) => clean(entry.studyType) || clean(entry.area));
  if (!education) return undefined;
  const studyType = safe(education.studyType);
  const area = safe(education.area);
  const institution = safe(education.institution);
  const subject = studyType && area ? `${studyType} in ${area}` : (studyType ?? `degree in ${area}`);
  return institution ? `${subject} from ${institution}` : subject;
}

/**
 * Gathers a letter's facts from the resume and the posting.
 *
 * @example
 * letterFacts({ resume, posting, date: new Date('2026-11-22') }).latest;
 * // { employer: 'Northwind Labs', position: 'Senior Software Engineer', current: true }
 */
export function letterFacts({ resume, posting, hiringManager, date }: LetterFactsInput): LetterFacts {
  const skills = matchSkills(resume, posting);
  const latestRole = workHistory(resume)[0];
  return {
    name: safe(resume.basics?.name),
    company: safe(posting.company) ?? 'your company',
    role: safe(posting.title) ?? 'advertised',
    companyLocation: safe(posting.location),
    latest: latestRole && {
      employer: safe(latestRole.employer),
      position: safe(latestRole.position),
      current: latestRole.current,
    },
    years: yearsOfExperience(resume.work ?? [], date),
    matched: skills.matched.map(escapeMarkdown),
    missing: skills.missing.map(escapeMarkdown),
    highlights: relevantHighlights(resume, skills).map((highlight) => ({
      ...highlight,
      text: escapeMarkdown(highlight.text),
      employer: safe(highlight.employer),
      position: safe(highlight.position),
      project: safe(highlight.project),
      skills: highlight.skills.map(escapeMarkdown),
    })),
    degree: degreeOf(resume),
    label: safe(resume.basics?.label),
    hiringManager: safe(hiringManager),
    date: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date),
  };
}
