import type { ResumeWarning, ResumeWarningCode } from '../../protocol/api.ts';
import type { JsonResume, ResumeWork } from '../../protocol/json-resume.ts';
import { titleEvidence } from '../../resume/sections/classify-entry-part.ts';
import { formLabelWarnings } from './form-label-warnings.ts';

/** A value the person fills in. */
const blank = '…';

/**
 * What looks misread in a resume as read, each with the exact correction that makes it
 * right: a chat sentence the `correct_resume` action reads, a `jobpilot resume set` command
 * and a `PATCH /v1/resumes/{id}` body. A value only the person knows is "…"; a value the
 * reading already holds in the wrong place (a title filed as the employer) is written in.
 *
 * Doubtful, not wrong: two current jobs can both be real. The importer says so and asks.
 *
 * @example
 * readingWarnings({ id: 'res_3f9a1c0b7d', resume: { work: [{ name: 'Loomwave Ltd', startDate: '2019' }] } })[0]?.code;
 * // 'no_name'
 */
export function readingWarnings(record: { id: string; resume: JsonResume; raw_text?: string }): ResumeWarning[] {
  const { id, resume } = record;
  const warnings: ResumeWarning[] = [];
  const add = (code: ResumeWarningCode, field: string, message: string, chat: string, set: readonly (readonly [string, string])[], patch: Record<string, unknown>) =>
    warnings.push({ code, field, message, correction: { chat, command: set.map(([path, value]) => command(id, path, value)).join(' && '), patch } });

  // A labelled form's own warnings ("Designation:", "Duration"): a field they name is not warned of twice.
  const formWarnings = formLabelWarnings(record, { ordinal, command });
  const warnedByForm = new Set(formWarnings.map(({ field }) => field));
  const basics = resume.basics ?? {};
  const work = (resume.work ?? []) as ResumeWork[];
  const readName = basics.name?.trim() ?? '';
  if (!readName) add('no_name', 'basics.name', 'No name was read.', `my name is ${blank}`, [['basics.name', blank]], { basics: { name: blank } });
  // A job title or a table's column label in the name's place: the name stood where the reader did not look (a photo's table cell).
  else if (isColumnLabel(readName) || titleOnlyWord.test(readName) || work.some((job) => sameText(job.position, readName) || sameText(job.name, readName))) {
    add('name_looks_like_title', 'basics.name', `The name reads "${readName}", which looks like a job title or a heading, not a person's name.`, `my name is ${blank}`, [['basics.name', blank]], { basics: { name: blank } });
  }
  if (!basics.email?.trim()) add('no_email', 'basics.email', 'No e-mail address was read.', `my email is ${blank}`, [['basics.email', blank]], { basics: { email: blank } });

  work.forEach((job, index) => {
    const at = `work.${index}`;
    const number = index + 1;
    const company = job.name?.trim() ?? '';
    const position = job.position?.trim() ?? '';
    const shown = describeJob(job, number);
    const titleInCompany = company && !isColumnLabel(company) ? titleWithin(company) : undefined;
    if (isColumnLabel(company) && !warnedByForm.has(`${at}.name`)) {
      add(
        'value_is_column_label',
        `${at}.name`,
        `Job ${number}: the company reads "${company}", a table's column label, not an employer.`,
        `the company of my ${ordinal(number)} job is ${blank}`,
        [[`${at}.name`, blank]],
        { work: { [String(index)]: { name: blank } } },
      );
    }
    if (isColumnLabel(position) && !warnedByForm.has(`${at}.position`)) {
      add(
        'value_is_column_label',
        `${at}.position`,
        `Job ${number}: the title reads "${position}", a table's column label, not a job title.`,
        company && !isColumnLabel(company) ? `my title at ${company} was ${blank}` : `job ${number}'s title is ${blank}`,
        [[`${at}.position`, blank]],
        { work: { [String(index)]: { position: blank } } },
      );
    } else if (titleInCompany) {
      const { title, employer } = titleInCompany;
      // The title and employer swapped, or joined in one field: both values are known.
      const name = employer ?? (position && titleEvidence(position) < 2 ? position : blank);
      const fixed = { name, position: position && position !== name ? (titleEvidence(position) >= 2 ? position : title) : title };
      add(
        'company_looks_like_title',
        `${at}.name`,
        `Job ${number}: the company reads "${company}", which looks like a job title.`,
        `the company of my ${ordinal(number)} job is ${fixed.name} and my title there was ${fixed.position}`,
        [[`${at}.name`, fixed.name], [`${at}.position`, fixed.position]],
        { work: { [String(index)]: fixed } },
      );
    } else if (!position) {
      add(
        'job_without_title',
        `${at}.position`,
        `Job ${number} (${shown}) has no title.`,
        company ? `my title at ${company} was ${blank}` : `job ${number}'s title is ${blank}`,
        [[`${at}.position`, blank]],
        { work: { [String(index)]: { position: blank } } },
      );
    }
    // (A job with no employer read is named by its number: "I worked at job 2 from …".)
    const named = company && !titleInCompany ? company : `job ${number}`;
    if (!job.startDate) {
      add(
        'job_without_dates',
        `${at}.startDate`,
        `Job ${number} (${shown}) has no dates.`,
        `I worked at ${named} from ${blank} to ${blank}`,
        [[`${at}.startDate`, blank], [`${at}.endDate`, blank]],
        { work: { [String(index)]: { startDate: blank, endDate: blank } } },
      );
    } else if (job.endDate && job.endDate < job.startDate.slice(0, job.endDate.length)) {
      add(
        'dates_out_of_order',
        `${at}.startDate`,
        `Job ${number} (${shown}) ends (${job.endDate}) before it starts (${job.startDate}).`,
        `I worked at ${named} from ${blank} to ${blank}`,
        [[`${at}.startDate`, blank], [`${at}.endDate`, blank]],
        { work: { [String(index)]: { startDate: blank, endDate: blank } } },
      );
    }
  });
  // Two or more jobs with no end read as held at once: the older ones usually lost their end date.
  const current = work.map((job, index) => ({ job, index })).filter(({ job }) => job.startDate && !job.endDate);
  if (current.length > 1) {
    const newest = [...current].sort((left, right) => (right.job.startDate ?? '').localeCompare(left.job.startDate ?? ''))[0];
    for (const { job, index } of current) {
      if (index === newest?.index) continue;
      const number = index + 1;
      const company = job.name?.trim();
      add(
        'overlapping_current_jobs',
        `work.${index}.endDate`,
        `Job ${number} (${describeJob(job, number)}) reads as current, as job ${(newest?.index ?? 0) + 1} does; if it ended, give its end date.`,
        `I left ${company || `job ${number}`} in ${blank}`,
        [[`work.${index}.endDate`, blank]],
        { work: { [String(index)]: { endDate: blank } } },
      );
    }
  }

  warnings.push(...formWarnings);

  const skills = resume.skills ?? [];
  const names = skills.map((skill) => skill.name ?? '');
  names.forEach((name, index) => {
    if (!isSentence(name) || skills[index]?.keywords?.length) return;
    const kept = names.filter((_, other) => other !== index && names[other]);
    add(
      'skill_is_sentence',
      `skills.${index}`,
      `Skill ${index + 1} reads as a sentence, not a skill: "${shorten(name)}".`,
      // (Its first words name it: "…" is where a person types, so never a cut.)
      `remove the skill "${name.length > 80 ? name.split(/\s+/).slice(0, 8).join(' ') : name.trim()}" from my resume`,
      [['skills', kept.join(', ')]],
      { skills: kept },
    );
  });
  return warnings;
}

/** "first", "second", …, "12th": how the chat names a job by its place. */
const ordinal = (number: number): string =>
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][number - 1] ??
  `${number}${number % 10 === 1 && number % 100 !== 11 ? 'st' : number % 10 === 2 && number % 100 !== 12 ? 'nd' : number % 10 === 3 && number % 100 !== 13 ? 'rd' : 'th'}`;

/** `jobpilot resume set …` with each argument quoted for a POSIX shell when it needs it. */
function command(id: string, path: string, value: string): string {
  return `jobpilot resume set ${id} ${path} ${shellQuote(value)}`;
}

const shellQuote = (value: string): string => (/^[\w.@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`);

/** "Nurse — St. James's Hospital (2019-03 – present)", or "job 2" when nothing names it. */
function describeJob(job: ResumeWork, number: number): string {
  return [job.position, job.name].filter(Boolean).join(' — ') || `job ${number}`;
}

/**
 * A title where the employer belongs: the whole field ("Senior Software Engineer"), or its
 * first part joined to the employer ("Senior Software Engineer, Loomwave Ltd").
 */
function titleWithin(company: string): { title: string; employer?: string } | undefined {
  const parts = company.split(/\s*(?:,|\s[—–|·@-]\s|\sat\s)\s*/).filter(Boolean);
  if (parts.length > 1 && titleEvidence(parts[0] ?? '') >= 2) {
    const employer = parts.slice(1).join(', ');
    if (titleEvidence(employer) < 2) return { title: parts[0] ?? '', employer };
  }
  return titleEvidence(company) >= 2 ? { title: company } : undefined;
}

/**
 * The words a CV's table heads its columns with ("Period", "Employer, position", "Institution,
 * qualification", "Dates"), in English and the languages of the Europass forms people fill in:
 * never an employer, a title or a name.
 */
const columnLabelWords = new Set([
  'period', 'dates', 'date', 'from', 'to', 'employer', 'position', 'title', 'job title', 'role', 'company', 'organisation',
  'organization', 'institution', 'qualification', 'school', 'degree', 'name', 'place', 'location', 'occupation',
  'zeitraum', 'arbeitgeber', 'periode', 'werkgever', 'functie', 'période', 'employeur', 'poste', 'periodo', 'empleador', 'puesto',
]);

function isColumnLabel(text: string | undefined): boolean {
  const words = (text ?? '').toLowerCase().split(/\s*(?:,|\/|\||&|\sand\s|\sor\s)\s*/).map((word) => word.trim()).filter(Boolean);
  return words.length > 0 && words.every((word) => columnLabelWords.has(word));
}

// Words of job titles that are nobody's given name or surname (unlike Porter, Cook, Driver or Mason).
const titleOnlyWord =
  /(?<![\p{L}])(?:manager|engineer|supervisor|officer|assistant|director|analyst|specialist|coordinator|technician|consultant|developer|leader|senior|junior|intern|operator|administrator|representative|executive|associate|teacher|accountant|designer|scientist|architect|inbound|outbound|operations|warehouse|logistics|sales|marketing|software)(?![\p{L}])/iu;

const sameText = (left: string | undefined, right: string): boolean => (left ?? '').trim().toLowerCase() === right.toLowerCase();

/** A skill is a few words; a sentence has many, or ends as a sentence does. */
function isSentence(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words.length > 6 || (words.length > 3 && /[.!?]$/.test(name.trim()));
}

const shorten = (text: string, limit = 80): string => (text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text);
