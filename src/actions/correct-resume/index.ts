import { JobpilotError } from '../../errors.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { recordKeptChange } from '../../career/changes/record-change.ts';
import { correctResume } from '../../career/resumes/correct-resume.ts';
import { RESUME_REFERENCE, resolveResume } from '../../career/resumes/resolve-resume.ts';
import type { ResumeCertificate, ResumeEducation, ResumeLanguage, ResumeSkill, ResumeWork } from '../../protocol/json-resume.ts';
import { describeCorrectionIssues, resumeCorrectionSchema } from '../../protocol/resume-correction.ts';
import { describeResumeChanges } from '../../present/describe-resume-changes.ts';
import { defineAction } from '../action.ts';
import { correctResumeArgs } from './args.ts';
import { correctResumePhrasing } from './phrasing.ts';
import { findSkill } from './find-skill.ts';
import { findDegree } from './find-degree.ts';
import { findHighlight } from './find-highlight.ts';
import { correctedLanguages } from './correct-languages.ts';
import { correctedCertificates } from './correct-certificates.ts';

/**
 * `correct_resume`: fixes what the importer read, from a sentence ("my name is Ana Ortiz",
 * "my title at Loomwave was Staff Engineer", "I worked at Loomwave from 2019"). It goes
 * through the same career service as `PATCH /v1/resumes/{id}`, so every change is recorded
 * with the value that was read.
 *
 * @example
 * registry line: makeCorrectResumeAction(dependencies)
 */
export const makeCorrectResumeAction = (dependencies: Pick<CareerDependencies, 'resumes'> & Partial<Pick<CareerDependencies, 'changes'>>) =>
  defineAction({
    name: 'correct_resume',
    description:
      'Correct a field the resume importer misread: the person\'s name, email, phone or location, one job\'s company, title or dates, a degree\'s grade, one skill, or a spoken language\'s level (or the whole list of languages); add what it missed (a skill, a certificate, licence or registration, languages); or remove a certificate, a job that is not a real one, one bullet of a job (a heading or fragment read as a bullet), or entries of the languages list that are no language.',
    args: correctResumeArgs,
    phrasing: correctResumePhrasing,
    approval: () => 'auto',
    async run(args, context) {
      const resolved = await resolveResume(args.resume, dependencies.resumes);
      if (!resolved.ok) return { ok: false, summary: resolved.error };
      const { resume } = resolved;
      const work = (resume.resume.work ?? []) as ResumeWork[];

      const jobFields = {
        ...(args.company ? { name: args.company } : {}),
        ...(args.position ? { position: args.position } : {}),
        ...(args.start_date ? { startDate: isoDate(args.start_date) } : {}),
        ...(args.end_date ? { endDate: isoDate(args.end_date) } : {}),
      };
      let jobIndex: number | undefined;
      const listedSkills = (resume.resume.skills ?? []) as ResumeSkill[];
      // (Only the fields a correction may carry: name, level, keywords.)
      const correctable = () => listedSkills.map(({ name, level, keywords }) => ({ ...(name ? { name } : {}), ...(level ? { level } : {}), ...(keywords ? { keywords } : {}) }));
      let skills: Array<Record<string, unknown>> | undefined;
      let highlights: string[] | undefined;
      if (args.remove && args.highlight) {
        // "remove the words Key achievements from my cv, it's not a bullet", "delete the second bullet of my Acme job".
        let named: number | undefined;
        if (args.job) {
          const found = findJob(work, args.job, undefined);
          if (!found.ok) return { ok: false, summary: found.error };
          if (found.index >= work.length) return { ok: false, summary: `No job "${args.job}" on your resume: it lists ${listedJobs(work) || 'no jobs'}.` };
          named = found.index;
        }
        const found = findHighlight(work, named, args.highlight);
        if (!found.ok) return { ok: false, summary: found.error };
        jobIndex = found.job;
        highlights = ((work[found.job]?.highlights ?? []) as string[]).filter((_, index) => index !== found.index);
      } else if (args.remove && args.skill_was && !args.job) {
        // "remove the skill "Managed a team of 12…" from my resume": a sentence read as a skill.
        const found = findSkill(listedSkills, args.skill_was, args.skill_was);
        if (!found.ok) return { ok: false, summary: found.error };
        if (found.index >= listedSkills.length) return { ok: false, summary: `No skill "${args.skill_was}" on your resume.` };
        skills = correctable().filter((_, index) => index !== found.index);
      } else if (args.remove && !args.language && !args.certificate) {
        // (Which job must be said: "remove a job" with no job named removes nothing.)
        if (!args.job) return { ok: false, summary: `Which job should I remove? Your resume lists ${listedJobs(work) || 'no jobs'}.` };
        const found = findJob(work, args.job, undefined);
        if (!found.ok) return { ok: false, summary: found.error };
        if (found.index >= work.length) return { ok: false, summary: `No job "${args.job}" on your resume: it lists ${listedJobs(work) || 'no jobs'}.` };
        jobIndex = found.index;
      } else if (Object.keys(jobFields).length > 0) {
        const found = findJob(work, args.job, args.company);
        if (!found.ok) return { ok: false, summary: found.error };
        jobIndex = found.index;
      }
      const location = args.location?.split(/\s*,\s*/).filter(Boolean);
      const basics = {
        ...(args.name ? { name: args.name } : {}),
        ...(args.email ? { email: args.email } : {}),
        ...(args.phone ? { phone: args.phone } : {}),
        ...(location?.length ? { location: { city: location[0] ?? null, region: location.slice(1).join(', ') || null } } : {}),
      };
      if (args.skill) {
        const found = findSkill(listedSkills, args.skill_was, args.skill);
        if (!found.ok) return { ok: false, summary: found.error };
        skills = correctable();
        skills[found.index] = { ...skills[found.index], name: args.skill };
      }
      let education: Record<string, { score: string }> | undefined;
      if (args.grade) {
        const found = findDegree((resume.resume.education ?? []) as ResumeEducation[], args.degree);
        if (!found.ok) return { ok: false, summary: found.error };
        education = { [String(found.index)]: { score: args.grade } };
      }
      const languages = correctedLanguages((resume.resume.languages ?? []) as ResumeLanguage[], args);
      if (languages && !languages.ok) return { ok: false, summary: languages.error };
      const certificates = args.certificate ? correctedCertificates((resume.resume.certificates ?? []) as ResumeCertificate[], args.certificate, args.remove === true) : undefined;
      if (certificates && !certificates.ok) return { ok: false, summary: certificates.error };
      const parsed = resumeCorrectionSchema.safeParse({
        ...(Object.keys(basics).length ? { basics } : {}),
        ...(languages ? { languages: languages.patch } : {}),
        ...(certificates ? { certificates: certificates.patch } : {}),
        ...(jobIndex !== undefined ? { work: { [String(jobIndex)]: highlights ? { highlights } : args.remove ? null : jobFields } } : {}),
        ...(skills ? { skills } : {}),
        ...(education ? { education } : {}),
      });
      if (!parsed.success) return { ok: false, summary: `I could not make that correction: ${describeCorrectionIssues(parsed.error)}` };

      try {
        const { record, changes } = await correctResume(dependencies.resumes, resume.id, parsed.data);
        if (changes.length === 0) {
          return { ok: true, summary: `Your resume "${record.label}" [${record.id}] already says that; nothing changed.`, data: { resume_id: record.id, changes } };
        }
        const fields = [...new Set(changes.map((change) => change.field.replace(/^basics\./, '').replace(/^work\.\d+\.?/, 'job ').replace(/^education\.\d+\.score$/, 'degree grade')))].join(', ');
        await recordKeptChange(dependencies, context, { kind: 'resume_content', subject: record.id, description: `corrected ${fields} on "${record.label}"` });
        return {
          ok: true,
          summary: `Corrected your resume "${record.label}" [${record.id}]:\n${describeResumeChanges(changes)}`,
          data: { resume_id: record.id, changes },
          references: { [RESUME_REFERENCE]: record.id },
        };
      } catch (error) {
        if (error instanceof JobpilotError) return { ok: false, summary: error.message, data: { code: error.code } };
        throw error;
      }
    },
  });

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "March 2019", "03/2019", "2019" → JSON Resume dates; "present" → "" (a current job). */
export function isoDate(text: string): string {
  const said = text.trim().toLowerCase().replace(/^(?:in|since|from)\s+/, '');
  if (/^(?:present|now|today|current(?:ly)?|still(?: there)?)$/.test(said)) return '';
  if (/^[12]\d{3}(?:-\d{2}(?:-\d{2})?)?$/.test(said)) return said;
  const numeric = /^(\d{1,2})[/.-]([12]\d{3})$/.exec(said);
  if (numeric) return `${numeric[2]}-${numeric[1]?.padStart(2, '0')}`;
  const named = /^([a-z]{3})[a-z]*\.?,?\s+([12]\d{3})$/.exec(said);
  const month = named ? months.indexOf(named[1] ?? '') : -1;
  if (named && month >= 0) return `${named[2]}-${String(month + 1).padStart(2, '0')}`;
  return text.trim();
}

const ordinals: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4, sixth: 5, seventh: 6, eighth: 7, ninth: 8, tenth: 9 };
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/\b(?:ltd|limited|inc|incorporated|llc|gmbh|corp|corporation|co|plc|ag|sa|the)\b\.?/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The resume's jobs as a person reads them: "1. Line Cook — Taberna Salitre; 2. …". */
const listedJobs = (work: readonly ResumeWork[]): string =>
  work.map((job, index) => `${index + 1}. ${[job.position, job.name].filter(Boolean).join(' — ') || '(empty)'}`).join('; ');

/** Which job a correction is about: by number, ordinal, "current"/"last", or by company or title. */
function findJob(work: readonly ResumeWork[], reference: string | undefined, company: string | undefined): { ok: true; index: number } | { ok: false; error: string } {
  const listed = listedJobs(work);
  const which = reference?.trim().toLowerCase().replace(/^(?:my|the)\s+/, '').replace(/\s+(?:job|role|position|one)$/, '') ?? '';
  if (!which) {
    if (work.length <= 1) return { ok: true, index: 0 };
    return { ok: false, error: `Which job? Your resume lists ${listed}. Say e.g. "my title at ${work[0]?.name ?? 'Acme'} was …" or "the company of my second job is …".` };
  }
  const number = /^(?:(?:job|role|position|entry)\s+)?(?:#|no\.?\s*|number\s+)?(\d{1,2})(?:st|nd|rd|th)?$/.exec(which);
  let index: number | undefined = number ? Number(number[1]) - 1 : ordinals[which];
  if (/^(?:last|oldest|earliest)$/.test(which)) index = work.length - 1;
  if (/^(?:current|latest|most recent|present|newest|recent)$/.test(which)) index = Math.max(0, work.findIndex((job) => !job.endDate));
  if (/^(?:previous|prior|last but one)$/.test(which)) index = 1;
  if (index === undefined) {
    const wanted = comparable(which);
    const byCompany = work.findIndex((job) => {
      const name = comparable(job.name ?? '');
      return wanted !== '' && name !== '' && (name.includes(wanted) || wanted.includes(name));
    });
    const byTitle = byCompany >= 0 ? byCompany : work.findIndex((job) => wanted !== '' && comparable(job.position ?? '').includes(wanted));
    if (byTitle >= 0) index = byTitle;
    // "I worked at Loomwave from 2019" when Loomwave was read as a title or not at all: the
    // company itself is what was misread, so it is not an entry to look for.
    if (index === undefined && company && comparable(company) === wanted) {
      return { ok: false, error: `No job at ${reference} on your resume: it lists ${listed}. Say which one it is, e.g. "the company of my first job is ${reference}".` };
    }
  }
  if (index === undefined || index < 0 || index > work.length) {
    return { ok: false, error: `No job "${reference}" on your resume: it lists ${listed || 'no jobs'}. Name it by its number or company.` };
  }
  return { ok: true, index };
}
