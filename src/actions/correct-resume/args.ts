import { z } from 'zod';

/** An optional field of words, at most `max` characters, described for the model. */
const words = (max: number, what: string) => z.string().trim().min(1).max(max).optional().describe(what);
const text = (what: string) => words(300, what);
const date = (what: string) => words(40, `${what}: YYYY, YYYY-MM, or words like "March 2019".`);

/** What a person corrects after an import: one or more fields, of the person, of one job, one degree's grade, or one skill; what was missed (a skill, a certificate or licence, languages) added; or a job, one of its bullets, a skill or a certificate removed. */
export const correctResumeArgs = z.object({
  name: text('The person\'s correct full name, e.g. "Ana Ortiz".'),
  email: text('The correct email address.'),
  phone: text('The correct phone number.'),
  location: text('Where the person lives, as it should read, e.g. "Leeds, UK".'),
  job: words(200, 'Which job the company/position/date fields correct: its number as listed (1 = the first), "first", "last", "current", or the company (or title) as the resume shows it now, e.g. "Loomwave".'),
  company: text('The job\'s correct company (employer), e.g. "Loomwave Ltd".'),
  position: text('The job\'s correct title, e.g. "Staff Engineer".'),
  start_date: date('When the job started'),
  end_date: date('When the job ended, or "present"'),
  skill: text('A skill as it should read, e.g. "Crew Leadership" (one the importer cut short or misspelled, or one it missed).'),
  skill_was: words(100, 'Which skill `skill` corrects: as the resume shows it now (e.g. "Crew") or its place in the list ("last", "3"). Without it, the skill the new name extends (a word cut off), or else the skill is added.'),
  grade: text('The grade or class of a degree as it should read, e.g. "2:1", "First Class Honours", "GPA 3.8/4.0".'),
  degree: words(200, 'Which education entry `grade` is for: its degree, subject or school as the resume shows it ("BSc", "Leeds"), or its place ("first"). Without it, the one degree a resume lists.'),
  highlight: words(300, 'With `remove`, which bullet (highlight) of a job to remove: its words as the resume shows them (e.g. "Key achievements", a heading read as a bullet) or its place under the job ("second", "2", "last"). `job` names the job; without it, the job whose bullet has those words.'),
  remove: z
    .boolean()
    .optional()
    .describe(
      'True to remove the job named by `job` from the resume entirely (one the importer made up from a bullet, or one that is not a real job); with `highlight`, only that bullet of the job; with `skill_was` and no `job`, to remove that skill (a sentence read as a skill).',
    ),
  language: words(200, 'A spoken language whose level `language_level` sets (added when the resume does not list it), as the resume lists it or in English ("German" finds "Deutsch"); with `remove`, the languages to take off the list, several joined by commas or "and" (e.g. "Stuttgart and Muttersprache", entries that are no language).'),
  language_level: text('The level of `language` as it should read, e.g. "B1", "C1", "native", "fluent".'),
  languages: text('Every spoken language with its level, replacing the list read, e.g. "German (native); English (C1)".'),
  certificate: text(
    'A certificate, licence or professional registration the importer missed, to add as the resume would list it, with what was said about it: e.g. "HCPC registration: Paramedic, PA12345, renewal 2027-05", "AWS Solutions Architect – Associate (2024)". With `remove`, the certificate to take off the list, as the resume shows it.',
  ),
  add_languages: text('Spoken languages the importer missed, each added (or its level set when listed), e.g. "Polish; Ukrainian; English (fluent)".'),
  resume: words(200, 'Which stored resume to correct (id or label); the active one when absent.'),
});
