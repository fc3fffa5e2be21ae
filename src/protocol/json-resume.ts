/**
 * The JSON Resume structure (https://jsonresume.org/schema), limited to the parts jobpilot
 * reads. Every field is optional, as in the schema; unknown fields are kept (loose objects),
 * so importing a full JSON Resume file loses nothing.
 */
import { z } from 'zod';

/** JSON Resume dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an empty end date means "present". */
const isoDate = z
  .union([z.literal(''), z.string().regex(/^[12]\d{3}(?:-[01]\d(?:-[0-3]\d)?)?$/)])
  .describe('YYYY, YYYY-MM or YYYY-MM-DD; empty or absent end date means "present"');

const text = z.string();
const list = z.array(z.string());

export const locationSchema = z.looseObject({
  address: text.optional(),
  postalCode: text.optional(),
  city: text.optional(),
  region: text.optional().describe('state, province or region, e.g. "CA"'),
  countryCode: text.optional().describe('ISO-3166-1 alpha-2, e.g. "DE"'),
});

export const profileSchema = z.looseObject({
  network: text.optional().describe('e.g. "LinkedIn", "GitHub"'),
  username: text.optional(),
  url: text.optional(),
});

export const basicsSchema = z.looseObject({
  name: text.optional(),
  label: text.optional().describe('headline, e.g. "Senior Backend Engineer"'),
  email: text.optional(),
  phone: text.optional(),
  url: text.optional(),
  summary: text.optional(),
  location: locationSchema.optional(),
  profiles: z.array(profileSchema).optional(),
});

export const workSchema = z.looseObject({
  name: text.optional().describe('the employer'),
  position: text.optional(),
  location: text.optional(),
  url: text.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  summary: text.optional(),
  highlights: list.optional(),
});

export const educationSchema = z.looseObject({
  institution: text.optional(),
  area: text.optional().describe('field of study, e.g. "Computer Science"'),
  studyType: text.optional().describe('degree, e.g. "B.Sc."'),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  score: text.optional(),
  courses: list.optional(),
});

export const skillSchema = z.looseObject({
  name: text.optional(),
  level: text.optional(),
  keywords: list.optional(),
});

export const projectSchema = z.looseObject({
  name: text.optional(),
  description: text.optional(),
  highlights: list.optional(),
  keywords: list.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  url: text.optional(),
});

export const certificateSchema = z.looseObject({
  name: text.optional(),
  date: isoDate.optional(),
  /** Not in JSON Resume: the date it runs out ("valid to 11/2026"); `date` stays the date it was awarded. */
  expires: isoDate.optional(),
  issuer: text.optional(),
  url: text.optional(),
});

export const languageSchema = z.looseObject({
  language: text.optional(),
  fluency: text.optional(),
});

/**
 * The zod schema for a JSON Resume document.
 *
 * @example
 * const resume = jsonResumeSchema.parse(JSON.parse(fileText));
 */
export const jsonResumeSchema = z.looseObject({
  basics: basicsSchema.optional(),
  work: z.array(workSchema).optional(),
  education: z.array(educationSchema).optional(),
  skills: z.array(skillSchema).optional(),
  projects: z.array(projectSchema).optional(),
  certificates: z.array(certificateSchema).optional(),
  languages: z.array(languageSchema).optional(),
});

export type JsonResume = z.infer<typeof jsonResumeSchema>;
export type ResumeBasics = z.infer<typeof basicsSchema>;
export type ResumeLocation = z.infer<typeof locationSchema>;
export type ResumeProfile = z.infer<typeof profileSchema>;
export type ResumeWork = z.infer<typeof workSchema>;
export type ResumeEducation = z.infer<typeof educationSchema>;
export type ResumeSkill = z.infer<typeof skillSchema>;
export type ResumeProject = z.infer<typeof projectSchema>;
export type ResumeCertificate = z.infer<typeof certificateSchema>;
export type ResumeLanguage = z.infer<typeof languageSchema>;
