/**
 * The inputs the document writers consume: a resume in the JSON Resume shape
 * (https://jsonresume.org/schema) and a job posting. Every resume field is optional, as in
 * the schema, so a sparse import still writes. Kept structural so the canonical resume type
 * (src/resume/json-resume.ts) can be passed in as it is.
 */

/** Where a person lives, as JSON Resume spells it. */
export interface ResumeLocation {
  city?: string;
  region?: string;
  countryCode?: string;
}

/** A profile on another site (LinkedIn, GitHub, …). */
export interface ResumeProfile {
  network?: string;
  username?: string;
  url?: string;
}

/** Who the person is and how to reach them. */
export interface ResumeBasics {
  name?: string;
  label?: string;
  email?: string;
  phone?: string;
  url?: string;
  summary?: string;
  location?: ResumeLocation;
  profiles?: ResumeProfile[];
}

/** One job. Dates are ISO 8601 (`2021`, `2021-04` or `2021-04-01`); no `endDate` means current. */
export interface ResumeWork {
  name?: string;
  position?: string;
  startDate?: string;
  endDate?: string;
  summary?: string;
  highlights?: string[];
}

/** One degree or course of study. */
export interface ResumeEducation {
  institution?: string;
  area?: string;
  studyType?: string;
  startDate?: string;
  endDate?: string;
}

/** A group of skills, e.g. `{ name: 'Backend', keywords: ['Node.js', 'PostgreSQL'] }`. */
export interface ResumeSkill {
  name?: string;
  keywords?: string[];
}

/** A project outside (or alongside) a job. */
export interface ResumeProject {
  name?: string;
  description?: string;
  highlights?: string[];
}

/** A resume in the JSON Resume shape; only the parts the writers read. */
export interface WriterResume {
  basics?: ResumeBasics;
  languages?: { language?: string; fluency?: string }[];
  certificates?: { name?: string; issuer?: string }[];
  work?: ResumeWork[];
  education?: ResumeEducation[];
  skills?: ResumeSkill[];
  projects?: ResumeProject[];
}

/**
 * A job posting as the writers see it. `matchedSkills`/`missingSkills` come from the match
 * step when it ran; without them the writers compare the posting's skills to the resume.
 */
export interface WriterPosting {
  title: string;
  company: string;
  location?: string;
  /** Plain text, as extracted from the posting page. */
  description: string;
  requiredSkills?: string[];
  niceToHaveSkills?: string[];
  matchedSkills?: string[];
  missingSkills?: string[];
  /**
   * What the match found the resume does not show beyond skills: the posting's conditions
   * (a degree, a licence, a language, the right to work, hours) and its years when short.
   */
  unmetConditions?: UnmetCondition[];
}

/** One requirement that is not a skill and that the resume does not show. */
export interface UnmetCondition {
  /** `years` for years of experience; otherwise the match's condition kind ("licence", "language", "education", "right to work"…). */
  kind: string;
  /** As the posting put it ("Full UK driving licence"), or "5+ years of experience". */
  requirement: string;
  optional: boolean;
  /** For `years`: the years the resume shows in the posting's field. */
  yearsShown?: number;
}

/** The voices a cover letter can be written in. */
export const coverLetterTones = ['professional', 'enthusiastic', 'confident', 'concise', 'warm'] as const;

/** One of {@link coverLetterTones}. */
export type CoverLetterTone = (typeof coverLetterTones)[number];
