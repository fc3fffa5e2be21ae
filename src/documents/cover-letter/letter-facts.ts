import { escapeMarkdown, escapeStated } from '../escape-markdown.ts';
import { inSentence } from '../prose.ts';
import { escapeHighlight, type Highlight, relevantHighlights } from '../relevant-highlights.ts';
import { matchSkills } from '../skill-match.ts';
import { clean, workHistory } from '../work-history.ts';
import type { WriterPosting, WriterResume } from '../writer-input.ts';
import { yearsInPostingField } from '../years-of-experience.ts';

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
  /** Whole years of stated experience in the posting's field, when at least one. */
  years?: number;
  /** The field those years are in, for a sentence ("the electrical trade"), outside software; else unnamed. */
  yearsField?: string;
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

function degreeOf(resume: WriterResume): string | undefined {
  const education = resume.education?.find((entry) => clean(entry.studyType) || clean(entry.area));
  if (!education) return undefined;
  const studyType = escapeStated(education.studyType);
  const area = escapeStated(education.area);
  const institution = escapeStated(education.institution);
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
    name: escapeStated(resume.basics?.name),
    company: escapeStated(posting.company) ?? 'your company',
    role: escapeStated(posting.title) ?? 'advertised',
    companyLocation: escapeStated(posting.location),
    latest: latestRole && {
      employer: escapeStated(latestRole.employer),
      position: escapeStated(latestRole.position),
      current: latestRole.current,
    },
    ...yearsFacts(yearsInPostingField(resume.work ?? [], date, posting)),
    matched: skills.matched.map(inSentence).map(escapeMarkdown),
    missing: skills.missing.map(inSentence).map(escapeMarkdown),
    highlights: relevantHighlights(resume, skills)
      .map(escapeHighlight)
      .map((highlight) => ({ ...highlight, skills: highlight.skills.map(inSentence) })),
    degree: degreeOf(resume),
    label: escapeStated(resume.basics?.label),
    hiringManager: escapeStated(hiringManager),
    date: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date),
  };
}

function yearsFacts({ years, field }: { years?: number; field?: string }): Pick<LetterFacts, 'years' | 'yearsField'> {
  return { ...(years !== undefined ? { years } : {}), ...(years !== undefined && field ? { yearsField: field } : {}) };
}
