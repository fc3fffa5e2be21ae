/**
 * Reads a resume once for matching against many postings: the skills it shows and where
 * (and the generic skills they imply: PostgreSQL shows SQL), its years of experience in
 * each field, its level, the people management it shows, and an index of its words.
 */
import type { JsonResume } from '../../protocol/json-resume.ts';
import { listedSkills } from '../listed-skills.ts';
import { renderResumeText } from '../render-resume-text.ts';
import { findSkills } from '../skill-tokenizer.ts';
import { loadSkillVocabulary, type SkillVocabulary } from '../skill-vocabulary.ts';
import { experienceYears } from './experience-years.ts';
import { countsToward, jobFieldOf, resumeFieldOf, roleFieldOf, roleShowsFieldWork, type JobField } from './job-field.ts';
import { managementEvidence, type ManagementEvidence } from './management.ts';
import { conditionEvidence, type ConditionEvidence } from './resume-conditions.ts';
import { stem, termIndex } from './salient-terms.ts';
import { readsAsEnglish } from '../written-language.ts';
import { bulletStems, headWords, showsSkill } from './shown-in-other-words.ts';
import { seniorityFromTitle, seniorityFromYears, type SeniorityLevel } from './seniority.ts';
import { roleSpecialties, type SoftwareSpecialty } from './software-specialty.ts';
import { roleInSetting, type YearsSetting } from './years-setting.ts';
import { titleInEnglish } from './title-in-english.ts';
import { isHeldCredential, withoutPendingCredentials } from '../credential-status.ts';

export interface SkillEvidence {
  /** Listed in the Skills section. */
  listed: boolean;
  /** Where else it appears: employers ("Acme Corp"), "projects", "summary", "certificates". */
  shownIn: string[];
}

export interface PreparedResume {
  resume: JsonResume;
  rawText: string;
  vocabulary: SkillVocabulary;
  /** Canonical skill name → evidence. */
  skills: ReadonlyMap<string, SkillEvidence>;
  /** Generic skill → the specific skills shown that imply it ("SQL" → ["PostgreSQL"]), from the vocabulary's `implies`. */
  implied: ReadonlyMap<string, string[]>;
  /** Categories of the skills shown (for "you list MySQL" advice). */
  skillsByCategory: ReadonlyMap<string, string[]>;
  /** Stems and stem pairs of all resume text. */
  terms: ReadonlySet<string>;
  /**
   * Whether the resume is written in English: false when most of its summary and bullets
   * read as another language. Its words cannot be the English posting's words.
   */
  writtenInEnglish: boolean;
  /** Studying now: an education entry started and not yet ended ("2024 – present", an end date to come). */
  studying: boolean;
  /** Starting out: studying now, or an education entry ended within the last three years. */
  startingOut: boolean;
  /** The single stems of `terms`, for matching a word by its root. */
  termWords: readonly string[];
  yearsOfExperience: number;
  /** Each role's years, in the order of `resume.work`. */
  roleYears: readonly number[];
  seniority: SeniorityLevel;
  seniorityFrom: 'title' | 'years';
  /** The title the level was read from, if any. */
  seniorityTitle?: string;
  /** Each role's field, read from its title (undefined when the title does not say). */
  roleFields: readonly (JobField | undefined)[];
  /** Years in roles that count toward a field (the same or a close field, or a role whose field is unknown). */
  yearsIn(field: JobField | undefined): number;
  /**
   * Years in software roles of one specialty ("backend development"): a role whose title or
   * bullets show another kind of work (games, data science) does not count; one that shows none does.
   */
  yearsInSpecialty(specialty: SoftwareSpecialty): number;
  /** Years in roles in a setting ("3+ years in ICU": a role whose title, unit or bullets name intensive care), and those roles' titles. */
  yearsInSetting(setting: Pick<YearsSetting, 'names'>): { years: number; roles: string[] };
  /** Years in roles that count toward any of the fields ("teaching or instructional design"). */
  yearsInAny(fields: readonly JobField[]): number;
  /** The level in a field: from the latest title that counts toward it, else from its years. */
  levelIn(field: JobField | undefined): { level: SeniorityLevel; from: 'title' | 'years'; title?: string };
  /** Whether a role's title is in the field (or a close one); true when the field is unknown. */
  hasRoleIn(field: JobField | undefined): boolean;
  management: ManagementEvidence;
  /** What shows a posting's non-skill requirements: licences, languages, availability. */
  conditionEvidence: ConditionEvidence;
  /**
   * Whether a role's bullet shows a skill of a trade or profession outside software in other
   * words than its name ("EMT and rigid conduit … feeder runs" shows Conduit Bending), though
   * the resume never names it; false for software skills, whose names resumes write.
   */
  showsInOtherWords(skill: string): boolean;
  /**
   * The resume's words that show part of a skill named by its object and a kind of work:
   * "stakeholder communication" for Stakeholder Management, "risk assessment" for Risk
   * Management. Undefined when the resume has no such words (or has the skill itself).
   */
  partlyShownAs(skill: string): string | undefined;
}

// Objects too broad to say two kinds of work on them are one: "data analysis" is not part of Data Management.
const broadObjects = new Set(['data', 'software', 'system', 'systems', 'web', 'cloud', 'business', 'team', 'general']);

// A word naming a kind of work: "communication", "engagement", "assessment", "reporting", "delivery".
const kindOfWork = /(?:tion|sion|ment|sis|ing|ance|ence|ship|ery)$/;

/** "stakeholder communication" in the text, for a skill "Stakeholder Management": the same object, another kind of work. */
function partlyShownIn(text: string, skill: string): string | undefined {
  const words = skill.toLowerCase().split(/\s+/);
  const [object, head] = words;
  if (words.length !== 2 || !object || !head || !headWords.has(head) || object.length < 4 || broadObjects.has(object)) return undefined;
  const pattern = new RegExp(`(?<![\\p{L}])${object.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\s+(\\p{L}{4,})`, 'giu');
  for (const match of text.matchAll(pattern)) {
    const other = (match[1] ?? '').toLowerCase();
    if (stem(other) !== stem(head) && (headWords.has(other) || kindOfWork.test(other))) return match[0];
  }
  return undefined;
}

// Skills people in these fields describe by the work rather than name: shown in other words counts.
const describedByTheWork = new Set(['care', 'construction', 'culinary', 'driving', 'electrical', 'healthcare', 'logistics', 'mechanical', 'plumbing', 'safety', 'finance']);

export interface PrepareResumeOptions {
  /** The text the resume was parsed from; defaults to the resume rendered as text. */
  rawText?: string;
  /** "Present" in the work history means this date; defaults to today. */
  now?: Date;
  vocabulary?: SkillVocabulary;
}

/**
 * Prepares a resume for `scorePosting`; do it once, then score any number of postings.
 *
 * @example
 * const prepared = prepareResume(resume, { rawText, now: new Date('2025-01-01') });
 */
export function prepareResume(resume: JsonResume, options: PrepareResumeOptions = {}): PreparedResume {
  const vocabulary = options.vocabulary ?? loadSkillVocabulary();
  // A resume made in chat or by hand has no text of its own: its rendered text stands for it.
  // A credential listed with a status ("CNO registration – application in progress") is no evidence of holding it.
  // One that ran out before today ("valid to 11/2026") is none either.
  const today = options.now ?? new Date();
  const rawText = withoutPendingCredentials(options.rawText?.trim() ? options.rawText : renderResumeText(resume), resume.certificates ?? [], today);
  const skills = new Map<string, SkillEvidence>();
  const note = (text: string, place: string | undefined, skillsContext = false) => {
    for (const mention of findSkills(text, vocabulary, { skillsContext })) {
      const evidence = skills.get(mention.skill.name) ?? { listed: false, shownIn: [] };
      if (place === undefined) evidence.listed = true;
      else if (!evidence.shownIn.includes(place)) evidence.shownIn.push(place);
      skills.set(mention.skill.name, evidence);
    }
  };
  note(listedSkills(resume).join(', '), undefined, true);
  for (const work of resume.work ?? []) {
    note([work.position, work.summary, ...(work.highlights ?? [])].filter(Boolean).join('\n'), work.name ?? 'work history');
  }
  for (const project of resume.projects ?? []) {
    note([project.name, project.description, ...(project.highlights ?? []), ...(project.keywords ?? [])].filter(Boolean).join('\n'), 'projects');
  }
  note([resume.basics?.label, resume.basics?.summary].filter(Boolean).join('\n'), 'summary');
  note((resume.certificates ?? []).filter((certificate) => isHeldCredential(certificate, today)).map((certificate) => certificate.name ?? '').join('\n'), 'certificates');
  note(rawText, 'resume text');
  // A listed skill a role shows in other words ("Residential Wiring" in "residential service calls") is shown in that role.
  const roles = (resume.work ?? []).map((work) => ({
    place: work.name ?? 'work history',
    bullets: [work.summary, ...(work.highlights ?? [])].filter((text): text is string => Boolean(text)).map(bulletStems),
  }));
  for (const [name, evidence] of skills) {
    const skill = vocabulary.byName.get(name.toLowerCase());
    if (!evidence.listed || !skill || skill.ambiguous) continue;
    for (const role of roles) {
      if (!evidence.shownIn.includes(role.place) && role.bullets.some((stems) => showsSkill(skill, stems))) evidence.shownIn.push(role.place);
    }
  }

  const allBullets = [...roles.flatMap((role) => role.bullets), bulletStems(resume.basics?.summary ?? '')];
  const otherWords = new Map<string, boolean>();
  const showsInOtherWords = (name: string) => {
    let shown = otherWords.get(name);
    if (shown === undefined) {
      const skill = vocabulary.byName.get(name.toLowerCase());
      shown = skill !== undefined && !skill.ambiguous && describedByTheWork.has(skill.category) && allBullets.some((stems) => showsSkill(skill, stems));
      otherWords.set(name, shown);
    }
    return shown;
  };

  const skillsByCategory = new Map<string, string[]>();
  for (const name of skills.keys()) {
    const category = vocabulary.byName.get(name.toLowerCase())?.category ?? 'other';
    skillsByCategory.set(category, [...(skillsByCategory.get(category) ?? []), name]);
  }

  const implied = new Map<string, string[]>();
  for (const [name, evidence] of skills) {
    for (const generic of vocabulary.byName.get(name.toLowerCase())?.implies ?? []) {
      const general = skills.get(generic);
      if (!general) implied.set(generic, [...(implied.get(generic) ?? []), name]);
      // "Automated the report with pandas", "SQL on SAP BW": a role that uses the specific skill shows the listed generic one in use.
      else for (const place of evidence.shownIn) if (!general.shownIn.includes(place)) general.shownIn.push(place);
    }
  }

  const work = resume.work ?? [];
  const now = options.now ?? new Date();
  const yearsOfExperience = experienceYears(work, now);
  // A title that names no field is read from what the job did; a role that still shows no field
  // counts toward no particular one (a "Transport Planner" has no software years).
  const wholeField = resumeFieldOf(resume, vocabulary);
  const roleFields = work.map((entry) => roleFieldOf(entry, vocabulary, wholeField));
  const labelField = resume.basics?.label ? jobFieldOf(resume.basics.label, vocabulary) : undefined;
  // A role counts in its own field, a close one, or a field its own words show it worked in (a kitchen's HACCP plan is quality work).
  const roleCounts = (index: number, field: JobField | undefined) =>
    field === undefined ||
    (roleFields[index] !== undefined && countsToward(roleFields[index], field)) ||
    (field === 'quality' && work[index] !== undefined && roleShowsFieldWork(work[index], field));
  const inField = (field: JobField | undefined) => work.filter((_, index) => roleCounts(index, field));
  const yearsCache = new Map<JobField | undefined, number>();
  const yearsIn = (field: JobField | undefined) => {
    let years = yearsCache.get(field);
    if (years === undefined) {
      years = field === undefined ? yearsOfExperience : experienceYears(inField(field), now);
      yearsCache.set(field, years);
    }
    return years;
  };
  const levelIn = (field: JobField | undefined) => {
    const latestInField = [...inField(field)].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
    // A trainee or junior title before a later role whose title has no level ("Apprentice
    // Plumber", then "Plumber") was left behind: the later role's level is read from the years.
    const titledInField = latestInField
      .slice(0, 2)
      .find((entry, index) => entry.position && seniorityFromTitle(entry.position) && !(index > 0 && isTraineeLevel(seniorityFromTitle(entry.position))));
    const titleLevel = titledInField?.position ? seniorityFromTitle(titledInField.position) : undefined;
    // A finished internship makes an entry-level candidate, not an intern.
    const level = titleLevel === 'intern' && titledInField?.endDate ? 'junior' : titleLevel;
    if (level && titledInField?.position) return { level, from: 'title' as const, title: titledInField.position };
    const label = resume.basics?.label;
    const labelLevel = label && countsToward(labelField, field) ? seniorityFromTitle(label) : undefined;
    if (labelLevel && label) return { level: labelLevel, from: 'title' as const, title: label };
    return { level: seniorityFromYears(yearsIn(field)), from: 'years' as const };
  };
  const latest = [...work].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''));
  const titled = latest
    .slice(0, 2)
    .find((entry, index) => entry.position && seniorityFromTitle(entry.position) && !(index > 0 && isTraineeLevel(seniorityFromTitle(entry.position))));
  const fromTitle = titled?.position ? seniorityFromTitle(titled.position) : undefined;
  const labelLevel = resume.basics?.label ? seniorityFromTitle(resume.basics.label) : undefined;

  // A title in another language is also its English words ("Enfermeira" is a nurse): the posting's
  // words are compared with the titles as they are read for the field, so a title's language moves no score.
  const titlesInEnglish = [resume.basics?.label, ...work.map((entry) => entry.position)]
    .filter((title): title is string => Boolean(title?.trim()))
    .map((title) => [title, titleInEnglish(title)] as const)
    .filter(([title, english]) => english.toLowerCase() !== title.toLowerCase())
    .map(([, english]) => english);
  const terms = termIndex([rawText, ...titlesInEnglish].join('\n'));
  const prepared: PreparedResume = {
    resume,
    rawText,
    vocabulary,
    skills,
    implied,
    skillsByCategory,
    terms,
    termWords: [...terms].filter((term) => !term.includes(' ')),
    writtenInEnglish: writtenInEnglish(resume, rawText),
    studying: (resume.education ?? []).some((entry) => studyingAt(entry, now)),
    startingOut: (resume.education ?? []).some((entry) => studyingAt(entry, now) || endedWithin(entry, now, 3)),
    yearsOfExperience,
    roleYears: work.map((entry) => experienceYears([entry], now)),
    seniority: fromTitle ?? labelLevel ?? seniorityFromYears(yearsOfExperience),
    seniorityFrom: fromTitle || labelLevel ? 'title' : 'years',
    roleFields,
    yearsIn,
    yearsInSpecialty: (specialty) => {
      const software = work.map((entry, index) => (roleFields[index] === 'software' ? roleSpecialties(entry, vocabulary) ?? 'unknown' : undefined));
      // A software role that shows no specialty ("Junior Developer", no skills named) counts when
      // the career shows the one asked, or shows none at all; beside other kinds of work, it is theirs.
      const shown = software.filter((each): each is ReadonlySet<SoftwareSpecialty> => each !== undefined && each !== 'unknown');
      const plainCounts = shown.length === 0 || shown.some((each) => each.has(specialty));
      const counts = (index: number) => {
        const each = software[index];
        return each === 'unknown' ? plainCounts : (each?.has(specialty) ?? false);
      };
      return experienceYears(
        work.filter((_, index) => counts(index)),
        now,
      );
    },
    yearsInSetting: (setting) => {
      const roles = work.filter((entry) => roleInSetting(entry, setting));
      return { years: experienceYears(roles, now), roles: roles.map((entry) => [entry.position, entry.name].filter(Boolean).join(', ')) };
    },
    yearsInAny: (fields) => experienceYears(work.filter((_, index) => fields.some((field) => roleCounts(index, field))), now),
    levelIn,
    hasRoleIn: (field) => field === undefined || work.some((_, index) => roleCounts(index, field)),
    management: managementEvidence(work, resume.basics?.summary ?? ''),
    conditionEvidence: conditionEvidence(resume, rawText, today),
    showsInOtherWords,
    partlyShownAs: (skill) => (skills.has(skill) ? undefined : partlyShownIn(rawText, skill)),
  };
  const title = fromTitle ? titled?.position : labelLevel ? resume.basics?.label : undefined;
  if (title) prepared.seniorityTitle = title;
  return prepared;
}

function writtenInEnglish(resume: JsonResume, rawText: string): boolean {
  const lines = [resume.basics?.summary, ...(resume.work ?? []).flatMap((entry) => [entry.summary, ...(entry.highlights ?? [])])].filter(
    (line): line is string => Boolean(line?.trim()),
  );
  // No summary and no bullets (a work history not read): the rest of its text tells.
  if (lines.length === 0) return readsAsEnglish(rawText);
  return lines.filter((line) => !readsAsEnglish(line)).length * 2 <= lines.length;
}

// An education entry that ended (by its end date) within the given number of years before a date.
function endedWithin(entry: { endDate?: string | undefined }, now: Date, years: number): boolean {
  const end = entry.endDate ? Date.parse(entry.endDate) : Number.NaN;
  return !Number.isNaN(end) && end <= now.getTime() && now.getTime() - end < years * 365.25 * 24 * 3600 * 1000;
}

function isTraineeLevel(level: SeniorityLevel | undefined): boolean {
  return level === 'intern' || level === 'junior';
}

// An education entry under way on a date: started (or undated start) and ending after it, or with no end while its start is recent.
function studyingAt(entry: { startDate?: string | undefined; endDate?: string | undefined }, now: Date): boolean {
  const start = entry.startDate ? Date.parse(entry.startDate) : Number.NaN;
  const end = entry.endDate ? Date.parse(entry.endDate) : Number.NaN;
  if (!Number.isNaN(end)) return end > now.getTime() && (Number.isNaN(start) || start <= now.getTime());
  // No end: under way when it started within the last six years (a degree listed without its end long ago is finished).
  return !Number.isNaN(start) && start <= now.getTime() && now.getTime() - start < 6 * 365.25 * 24 * 3600 * 1000;
}
