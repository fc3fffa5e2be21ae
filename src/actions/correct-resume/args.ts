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
  job: words(200, 'Which job the company/position/date fields correct: its number (1 = the first), "first", "last", "current", or its company or title as shown now ("Loomwave").'),
  company: text('The job\'s correct company (employer), e.g. "Loomwave Ltd".'),
  position: text('The job\'s correct title, e.g. "Staff Engineer".'),
  start_date: date('When the job started'),
  end_date: date('When the job ended, or "present"'),
  skill: text('A skill as it should read ("Crew Leadership"): one cut short, misspelled or missed.'),
  skill_was: words(100, 'Which skill `skill` corrects: as shown now ("Crew") or its place ("last", "3"). Without it, the skill the new name extends (a word cut off), else `skill` is added.'),
  grade: text('A degree\'s grade or class as it should read ("2:1", "GPA 3.8/4.0").'),
  degree: words(200, 'Which education entry `grade` is for: its degree, subject or school as shown ("BSc", "Leeds") or its place ("first"). Without it, the only one listed.'),
  highlight: words(300, 'With `remove`, which bullet of a job to remove: its words as shown ("Key achievements", a heading read as a bullet) or its place ("second", "last"). `job` names the job; without it, the job whose bullet has those words.'),
  remove: z
    .boolean()
    .optional()
    .describe(
      'True to remove the job `job` names entirely (one made up from a bullet, not a real job); with `highlight`, only that bullet; with `skill_was` and no `job`, that skill (a sentence read as a skill).',
    ),
  language: words(200, 'A spoken language whose level `language_level` sets (added if not listed), as listed or in English ("German" finds "Deutsch"); with `remove`, the entries to take off, joined by commas or "and" ("Stuttgart and Muttersprache").'),
  language_level: text('The level of `language` as it should read, e.g. "B1", "C1", "native", "fluent".'),
  languages: text('Every spoken language with its level, replacing the list read, e.g. "German (native); English (C1)".'),
  certificate: text(
    'A certificate, licence or registration the importer missed, as the resume would list it with what was said ("HCPC registration: Paramedic, PA12345"). With `remove`, the one to take off, as shown.',
  ),
  add_languages: text('Spoken languages the importer missed, each added (or its level set when listed), e.g. "Polish; Ukrainian; English (fluent)".'),
  resume: words(200, 'Which stored resume to correct (id or label); the active one when absent.'),
});
