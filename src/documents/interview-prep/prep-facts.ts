import { agencyClient } from '../../jobs/agency-posting.ts';
import { postingLanguage } from '../../resume/posting-language.ts';
import { escapeMarkdown, escapeStated } from '../escape-markdown.ts';
import { escapeHighlight, type Highlight, relevantHighlights } from '../relevant-highlights.ts';
import { managementEvidence, postingManagementKind } from '../../resume/match/management.ts';
import { namesACredential, withoutIdentifier } from '../credential-words.ts';
import { namesProfessionOf } from '../role-kind.ts';
import { careerChangeFrom, fieldNames as jobFieldNames, jobFieldFromText, jobFieldOf, type JobField } from '../../resume/match/job-field.ts';
import { loadSkillVocabulary, skillKey } from '../../resume/skill-vocabulary.ts';
import { matchSkills, namedByPosting, resumeText } from '../skill-match.ts';
import { namesASkill, namesTheJob } from '../../resume/nameable-skill.ts';
import { workHistory } from '../work-history.ts';
import { isHeldCertificate } from '../held-certificate.ts';
import type { UnmetCondition, WriterPosting, WriterResume } from '../writer-input.ts';
import { isDeskWork, type TradeRole, tradeRole } from './field-questions.ts';
import { postingOutline } from './posting-outline.ts';
import { type Seniority, seniorityOf } from './seniority.ts';

/** A skill the resume lacks, and how strongly the posting asks for it. */
export interface SkillGap {
  skill: string;
  weight: 'required' | 'nice to have' | 'mentioned';
}

/** Everything a prep pack may say, from the resume and the posting; strings are Markdown-escaped. */
export interface PrepFacts {
  role: string;
  /** Who the person would join: the employer, or for an agency's posting its client ("the client"). */
  company: string;
  /** An agency's posting: the agency that advertises it ("Hays") and how the text describes its client. */
  recruiter?: { name: string; client: string | null };
  location?: string;
  /** The language the posting is written in when it is not English ("German"): the interview may be held in it. */
  postingLanguage?: string;
  seniority: Seniority;
  /** The field of the posting (its title, else the skills it names): it decides which questions an interviewer asks. */
  field?: JobField;
  /** Office work (planning, booking, compliance), not work on a floor or a site: it decides which operations questions are asked. */
  deskWork: boolean;
  /** The kind of trade work the role is (inspection, welding, a rotation): the field's questions are fitted to it. */
  trade?: TradeRole;
  responsibilities: string[];
  requirements: string[];
  matched: string[];
  /** Posting skills the questions should probe: required first, then the matched ones. */
  probedSkills: string[];
  gaps: SkillGap[];
  /** What the match found unmet beyond skills (years, a degree, a licence, a language, the right to work), Markdown-escaped. */
  conditionGaps?: UnmetCondition[];
  latest?: { employer?: string; position?: string; current: boolean };
  highlights: Highlight[];
  /** The resume's certificates, as named. */
  certificates: string[];
  /** The person's latest job is in another field than the posting's: what they move from. */
  careerChange?: { from: string; to?: string; position: string };
  /** The posting asks for a portfolio, or is design or writing work judged on one. */
  portfolio: boolean;
  /** Where the person has worked and studied, in the resume's own words, lower-cased: whether an experience the posting asks for ("working with schools") is theirs. */
  background: string;
  /** The resume line that shows the person managed or led people ("Led a team of 6 engineers"), Markdown-escaped. */
  managed?: string;
}

// How a field is named as where someone moves from ("moving from teaching into this kind of work").
const fieldNames: Partial<Record<JobField, string>> = {
  education: 'teaching', healthcare: 'healthcare', electrical: 'electrical work', plumbing: 'plumbing', mechanical: 'mechanical work',
  construction: 'construction', culinary: 'kitchens', driving: 'driving', finance: 'finance', operations: 'operations',
  hospitality: 'hospitality', legal: 'law', software: 'software', design: 'design', data: 'data work', sales: 'sales', marketing: 'marketing',
};

/**
 * Gathers a prep pack's facts from the resume and the posting.
 *
 * @example
 * prepFacts(resume, posting).gaps; // [{ skill: 'Kubernetes', weight: 'required' }]
 */
export function prepFacts(resume: WriterResume, posting: WriterPosting): PrepFacts {
  const all = matchSkills(resume, posting);
  // A skill the posting names only by a broader word ("welding" for "TIG welding") is no match to lead with or probe.
  const skills = { ...all, matched: all.matched.filter((skill) => namedByPosting(skill, `${posting.title}\n${posting.description}`)) };
  const written = resumeText(resume);
  const nameable = (skill: string) => namesASkill(skill, posting.description, written);
  const outline = postingOutline(posting.description);
  const requiredKeys = new Set(skills.required.map((skill) => skillKey(skill)));
  const niceKeys = new Set((posting.niceToHaveSkills ?? []).map((skill) => skillKey(skill)));
  const latest = workHistory(resume)[0];
  const vocabulary = loadSkillVocabulary();
  // The role's own title decides the field ("Associate Product Manager – Patient Flow" is product
  // work, in a healthcare company); the person's past is only the evidence drawn on.
  const field = jobFieldOf(titleHead(posting.title), vocabulary) ?? jobFieldOf(posting.title, vocabulary) ?? jobFieldFromText(posting.description, vocabulary);
  return {
    ...(field ? { field } : {}),
    deskWork: isDeskWork(titleHead(posting.title), posting.description),
    trade: tradeRole(posting.title, posting.description),
    role: escapeStated(posting.title) ?? 'role',
    ...employerOf(posting),
    location: escapeStated(posting.location),
    ...languageOf(posting.description),
    seniority: roleSeniority(posting),
    responsibilities: outline.responsibilities.map(escapeMarkdown),
    requirements: outline.requirements.map(escapeMarkdown),
    // A posting line that is no skill's name ("Unbefristete Festanstellung, Vollzeit") is neither probed nor planned for.
    // A registration or licence is held or not, never a skill shown in depth ("a time your NMC registration made a difference").
    matched: skills.matched.filter((skill) => nameable(skill) && !namesACredential(skill)).map(escapeMarkdown),
    // A required skill is probed as shown or as a gap; one the match counted but the resume's words do not back ("ECS card" read as Amazon ECS) is neither, and not asked.
    probedSkills: [...skills.required.filter((skill) => [...skills.matched, ...skills.missing].some((known) => skillKey(known) === skillKey(skill))), ...skills.matched]
      .filter((skill) => nameable(skill) && !namesTheJob(skill, posting.title) && !namesACredential(skill))
      .filter((skill, index, all) => all.findIndex((other) => skillKey(other) === skillKey(skill)) === index)
      .map(escapeMarkdown),
    // The job itself ("product management" for a Product Manager) is the change of field the pack asks about, not a gap.
    gaps: skills.missing.filter((skill) => nameable(skill) && !namesTheJob(skill, posting.title)).map((skill) => ({
      skill: escapeMarkdown(skill),
      weight: requiredKeys.has(skillKey(skill)) ? 'required' : niceKeys.has(skillKey(skill)) ? 'nice to have' : 'mentioned',
    })),
    conditionGaps: (posting.unmetConditions ?? []).map((condition) => ({ ...condition, requirement: escapeMarkdown(condition.kind === 'hours' ? hoursSaid(condition.requirement) : condition.requirement) })),
    latest: latest && { employer: escapeStated(latest.employer), position: escapeStated(latest.position), current: latest.current },
    highlights: relevantHighlights(resume, skills, `${posting.title}\n${posting.description}`, posting.title).map(escapeHighlight),
    // One worked toward ("CHRP candidate") is not asked about as held ("is it current?").
    certificates: (resume.certificates ?? []).filter((certificate) => isHeldCertificate(certificate)).map((certificate) => escapeStated(certificate.name && withoutIdentifier(certificate.name))).filter((name): name is string => Boolean(name)),
    ...careerChangeOf(workHistory(resume), posting.title, headFieldOf(posting.title, vocabulary) ?? field, vocabulary),
    portfolio: /\bportfolio\b/i.test(posting.description) || /\b(?:designer|copywriter|writer|illustrator|ux|ui)\b/i.test(posting.title),
    ...managedOf(resume),
    background: backgroundOf(resume),
  };
}

function languageOf(description: string): Pick<PrepFacts, 'postingLanguage'> {
  const language = postingLanguage(description);
  return language ? { postingLanguage: language } : {};
}

// For an agency's ad the person joins the agency's client, not the agency: the agency is the recruiter.
function employerOf(posting: WriterPosting): Pick<PrepFacts, 'company' | 'recruiter'> {
  const agency = agencyClient({ company: posting.company, description: posting.description });
  if (!agency) return { company: escapeStated(posting.company) ?? 'the company' };
  return { company: 'the client', recruiter: { name: escapeStated(agency.recruiter) ?? 'the agency', client: escapeStated(agency.client ?? undefined) ?? null } };
}

function backgroundOf(resume: WriterResume): string {
  const work = (resume.work ?? []).flatMap((entry) => [entry.name, entry.position, entry.summary, ...(entry.highlights ?? [])]);
  const education = (resume.education ?? []).flatMap((entry) => [entry.institution, entry.area, entry.studyType]);
  return [resume.basics?.label, resume.basics?.summary, ...work, ...education].filter(Boolean).join(' \n ').toLowerCase();
}

// The level of the role from its title and from what its text asks, as the match reads it:
// "You will manage a team of 6" is a manager's post whatever the title; "lead the night shift" a lead's.
function roleSeniority(posting: WriterPosting): Seniority {
  const fromTitle = seniorityOf(posting.title);
  const kind = postingManagementKind(posting.title, posting.description);
  if (kind === 'manage') return 'manager';
  if (kind === 'supervise' && (fromTitle === 'entry' || fromTitle === 'mid')) return 'lead';
  return fromTitle;
}

// The bullet (or title) where the resume shows people managed or led, quoted whole. A bullet that
// says whom ("Lead team of 14 in 2 shifts") is quoted before a title that only implies it
// ("Warehouse Operations Supervisor"): the pack asks what leading those people taught.
function managedOf(resume: WriterResume): Pick<PrepFacts, 'managed'> {
  const work = resume.work ?? [];
  const evidence = managementEvidence(work, resume.basics?.summary ?? '');
  if (evidence.level < 60 || !evidence.shownBy) return {};
  const inWords = managementEvidence(
    work.map(({ summary, highlights }) => ({ summary, highlights })),
    resume.basics?.summary ?? '',
  );
  const shownBy = inWords.level >= 60 && inWords.shownBy ? inWords.shownBy : evidence.shownBy;
  const line = [resume.basics?.summary, ...work.flatMap((entry) => [entry.position, entry.summary, ...(entry.highlights ?? [])])].find((text) => text?.includes(shownBy));
  const quoted = escapeStated((line ?? shownBy).replace(/[.!]+$/, ''));
  return quoted ? { managed: quoted } : {};
}

/**
 * The field the title's head noun names alone ("E-learning Designer" → design, "Clinical Nurse Educator" → education),
 * for whether the person is changing the kind of work they do: a teacher who designs courses counts her years in
 * education (the match), and is still asked why she leaves the classroom (the prep).
 */
function headFieldOf(title: string, vocabulary: ReturnType<typeof loadSkillVocabulary>): JobField | undefined {
  const head = titleHead(title).match(/[\p{L}-]+/gu)?.at(-1);
  return head ? jobFieldOf(head, vocabulary) : undefined;
}

// The title without what qualifies it: "Clinical Informatics Specialist (Nursing)" → "Clinical
// Informatics Specialist", "Associate Product Manager – Patient Flow" → "Associate Product Manager".
function titleHead(title: string): string {
  return (title.replace(/\([^)]*\)/g, ' ').split(/\s[-–—|/]\s|,/)[0] ?? title).trim();
}

// A change of career only when the resume shows one beyond doubt (careerChangeFrom); on doubt the pack asks nothing about one.
function careerChangeOf(
  roles: ReturnType<typeof workHistory>,
  title: string,
  field: JobField | undefined,
  vocabulary: ReturnType<typeof loadSkillVocabulary>,
): Pick<PrepFacts, 'careerChange'> {
  const position = escapeStated(roles[0]?.position);
  const change = careerChangeFrom(roles, field, vocabulary);
  // A nurse applying to be a nurse educator teaches nursing: a title naming her own profession is no change of field.
  const from = change && namesProfessionOf(title, change) ? undefined : change;
  const name = from ? fieldNames[from] : undefined;
  if (!position || !name || !field) return {};
  // Where the person moves to, as the match names a field ("product management", "data analysis").
  const to = jobFieldNames[field];
  return { careerChange: { from: name, ...(to && to !== name ? { to } : {}), position } };
}

// Hours the match read as one word ("night", "weekends") said as the hours they are: "To prepare: night shifts", never "night".
const hoursWords: Record<string, string> = { night: 'night shifts', nights: 'night shifts', weekend: 'weekend work', weekends: 'weekend work', evening: 'evening shifts', evenings: 'evening shifts', early: 'early starts', overtime: 'overtime', 'on-call': 'on-call work', 'on call': 'on-call work' };
function hoursSaid(requirement: string): string {
  return hoursWords[requirement.trim().toLowerCase()] ?? requirement;
}
