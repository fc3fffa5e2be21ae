/**
 * The explainable match: how well a resume fits a posting, 0–100, with a breakdown anyone
 * can check and advice tied to what is missing. Deterministic, no model.
 *
 * Components and weights (a component the posting gives nothing to judge is left out and
 * the others are re-weighted): skills 50 (required count 1, nice-to-have ½; alternatives
 * count once and any one satisfies them; a specific skill satisfies the generic one it
 * implies), experience 20 (years in the posting's field ÷ years asked, capped at 1),
 * seniority 10 (see `seniorityScore`, the level in the posting's field), keywords 20 (share
 * of the posting's salient terms found in the resume), management 20 (only when the role
 * manages people). A role that manages people also caps the total by the management shown:
 * a strong engineer with no one managed is not a fit for an engineering manager's job.
 * Languages asked weigh 10 (each met in full, half one CEFR step below, a fifth two steps below)
 * and cap the total when missing: a language the posting makes mandatory is a knock-out (at most
 * 45 one step below, 35 further below or not listed), one asked plainly keeps the match from a
 * strong fit (75, 60). Neither depends on how many skills the posting names. A licence or
 * certificate the posting says one must hold ("must hold a valid CDL Class A", "security clearance
 * required") and the resume does not show is a knock-out the same way (at most 35), named first.
 *
 * Each component only grows when the resume gains a skill or a word, and the weights depend
 * on the posting alone, so a resume that gains a required skill never scores lower.
 */
import type { JsonResume } from '../protocol/json-resume.ts';
import { notHeldInWords } from './credential-status.ts';
import { matchAdvice } from './match/match-advice.ts';
import { preparePosting, type JobPosting, type PreparedPosting, type SkillRequirement } from './match/prepare-posting.ts';
import { prepareResume, type PrepareResumeOptions, type PreparedResume } from './match/prepare-resume.ts';
import { fieldNames, roleShowsFieldWork, type JobField } from './match/job-field.ts';
import { lineShare, matchedPart } from './match/requirement-lines.ts';
import { credentialHeldIn } from './match/known-credentials.ts';
import { conditionInProgress, conditionShownBy, degreeBelow, eligibilityShownBy, languageBelow, type ConditionMatch } from './match/resume-conditions.ts';
import { seniorityLevels, seniorityScore, type SeniorityLevel } from './match/seniority.ts';
import { specialtyNames } from './match/software-specialty.ts';
import { credentialKinds, knockOutCap, languageCredit, languageGapCap, stepsBelow } from './match/knock-outs.ts';

export { prepareResume, type PreparedResume, type PrepareResumeOptions } from './match/prepare-resume.ts';
export { preparePosting, type JobPosting, type PreparedPosting, type SkillRequirement } from './match/prepare-posting.ts';
export { postingPreparer, preparedFormVersion, readPreparedForm, writePreparedForm, type PostingPreparer } from './match/stored-posting.ts';
export type { SeniorityLevel } from './match/seniority.ts';
export type { ConditionMatch } from './match/resume-conditions.ts';

const weights = { skills: 50, experience: 20, seniority: 10, keywords: 20, management: 20, languages: 10 } as const;
// The most a role that manages people scores, by the management level shown (0, 25, 60, 100).
const managementCap = (level: number) => 35 + 0.65 * level;
// The most a job for students scores for a person who studies no longer: they cannot take it.
const studentJobCap = 20;
// The most a posting that asks for years in its field scores for a person with none in it (a
// career changer, a new graduate): whatever else fits, the years asked are not there.
const noYearsInFieldCap = 55;
// The most an internship or traineeship scores for someone with years of work behind them: it is
// made for people starting out, whatever the skills; the level gap is said first.
const internshipCap = 45;
// Years of work from which a person is past an internship's level.
const pastInternshipYears = 3;

interface Component {
  /** 0–100, or null when the posting gives nothing to judge this on. */
  score: number | null;
  /** Share of the total score, 0–1 (0 when not applicable). */
  weight: number;
}

/** A requirement met through alternatives or through a more specific skill. */
export interface SatisfiedRequirement {
  /** As the posting put it: "PostgreSQL or ClickHouse", "SQL". */
  requirement: string;
  /** What the resume shows that meets it, or null when nothing does. */
  by: string[] | null;
  optional: boolean;
}

export interface MatchBreakdown {
  skills: Component & {
    required: { matched: string[]; missing: string[] };
    niceToHave: { matched: string[]; missing: string[] };
    /** Requirements with alternatives ("A or B", "one of A, B, C"): each counted once, met by any one. */
    alternatives: SatisfiedRequirement[];
    /** Generic requirements met by a specific skill ("SQL" by PostgreSQL). */
    viaSpecific: SatisfiedRequirement[];
    /** Missing requirements the resume shows part of, in its own words: half met ("stakeholder communication" for Stakeholder Management). */
    partial: { requirement: string; shownAs: string; optional: boolean }[];
    /** Vocabulary names the posting uses as its company's or a product's name: not counted. */
    notSkills: string[];
  };
  experience: Component & {
    yearsRequired: number | null;
    /** Years in the posting's field (all years when the posting's field is not known). */
    yearsShown: number;
    /** The field the years were counted in ("software engineering"), or null. */
    field: string | null;
    /** Years in other fields, which do not count here. */
    yearsInOtherFields: number;
    /** Jobs whose title names no field read here ("Koordynator ds. logistyki"): their years count toward none. */
    notRead: { title: string; years: number }[];
    /** Years asked in a setting within the field ("3+ years in ICU"): the roles in it and their years. */
    setting?: { said: string; yearsAsked: number; yearsShown: number; roles: string[]; mandatory: boolean };
  };
  seniority: Component & { posting: SeniorityLevel | null; resume: SeniorityLevel };
  keywords: Component & { found: string[]; missing: string[] };
  languages: Component;
  management: Component & {
    /** The role manages people (its title, or "manage a team of 6"). */
    required: boolean;
    /** 100 managed people by title, 60 in a bullet, 25 led work or mentored, 0 none. */
    shown: number;
    shownBy: string | null;
    /** The total was capped at this because the role manages people; null when not capped. */
    cappedAt: number | null;
  };
}

export interface MatchResult {
  /** 0–100; 0 when `scored` is false (the posting states nothing to compare). */
  score: number;
  /**
   * False when the posting states no requirement (no skill, experience or credential): a number
   * from its title alone would pretend a precision it does not have, so there is none, and the
   * explanation says what the posting asks instead. The same answer every time.
   */
  scored: boolean;
  breakdown: MatchBreakdown;
  /** Skills the posting asks for (required first) that the resume shows. */
  matched: string[];
  /** Skills the posting asks for (required first) that the resume does not show. */
  missing: string[];
  /** Requirements that are not skills (licences, the right to work, nights, languages), met or not shown. */
  conditions: ConditionMatch[];
  /** Mandatory requirements the resume does not meet ("German (c1)"): each caps the score, and they are said first. */
  knockOuts: string[];
  advice: string[];
  /** The score in sentences: what was an alternative, what was optional, where the years were counted. */
  explanation: string[];
}

export interface AnalyzeMatchInput extends PrepareResumeOptions {
  resume: JsonResume;
  posting: JobPosting;
}

/**
 * Scores one resume against one posting.
 *
 * @example
 * const result = analyzeMatch({ resume, posting: { title: 'Senior Go Engineer', description } });
 * result.score; // 72
 * result.missing; // ['Kubernetes']
 */
export function analyzeMatch(input: AnalyzeMatchInput): MatchResult {
  const { resume, posting, ...options } = input;
  return scorePosting(prepareResume(resume, options), posting);
}

/**
 * Scores a prepared resume against a posting: the fast path for ranking many postings.
 *
 * @example
 * const prepared = prepareResume(resume);
 * const ranked = postings.map((posting) => ({ posting, match: scorePosting(prepared, posting) }));
 */
export function scorePosting(resume: PreparedResume, posting: JobPosting | PreparedPosting): MatchResult {
  const prepared = 'requiredSkills' in posting ? posting : preparePosting(posting, resume.vocabulary);
  const required = splitByMatch(resume, prepared.requiredSkills, false);
  const nice = splitByMatch(resume, prepared.niceToHaveSkills, true);
  const [matchedRequired, missingRequired, matchedNice, missingNice] = [required.matched, required.missing, nice.matched, nice.missing];

  const field = prepared.field;
  // Years asked in alternatives ("teaching or instructional design") count in any of them, the posting's own field included.
  const yearsFields = prepared.yearsFields && field ? [...new Set([field, ...prepared.yearsFields])] : undefined;
  // "4+ years of backend development": years in that kind of software work, not in software at large.
  const specialty = prepared.yearsSpecialty;
  const yearsShown = yearsFields ? resume.yearsInAny(yearsFields) : specialty ? resume.yearsInSpecialty(specialty) : resume.yearsIn(field);
  const yearsRequired = prepared.yearsRequired ?? null;
  // A degree "or equivalent experience" is met by work in the field: as many years as the posting asks, two at least.
  const experienceInstead = yearsShown >= Math.max(2, yearsRequired ?? 0) ? `${yearsShown} years in ${specialty ? specialtyNames[specialty] : field ? fieldNames[field] : 'work'}` : null;
  const conditions: ConditionMatch[] = prepared.conditions.map((condition) => {
    const held = conditionShownBy(condition, resume.conditionEvidence) ?? (condition.orExperience ? experienceInstead : null);
    // "Registration with BCCNM (or eligible)": eligibility meets it, shown by the licence applied for or one held elsewhere.
    const eligibleBy = held === null && condition.orEligible ? eligibilityShownBy(condition, resume.conditionEvidence) : undefined;
    const shownBy = held ?? eligibleBy ?? null;
    const below = shownBy === null ? languageBelow(condition, resume.conditionEvidence) : undefined;
    const lowerDegree = shownBy === null ? degreeBelow(condition, resume.conditionEvidence) : undefined;
    const inProgress = shownBy === null ? conditionInProgress(condition, resume.conditionEvidence) : undefined;
    const steps = condition.kind === 'language' && condition.weighs && shownBy === null ? stepsBelow(condition, resume.conditionEvidence) : undefined;
    return {
      kind: condition.kind,
      // "Dutch (vloeiend)": a language asked at a level says the level.
      requirement: condition.level ? `${condition.label} (${condition.level.said.toLowerCase()})` : condition.label,
      optional: condition.optional,
      weighs: condition.weighs,
      shownBy,
      ...(below ? { listedBelow: below } : {}),
      ...(lowerDegree ? { degreeBelow: lowerDegree } : {}),
      ...(inProgress ? { inProgress } : {}),
      ...(condition.orExperience ? { orExperience: true } : {}),
      ...(condition.orEligible ? { orEligible: true } : {}),
      ...(eligibleBy ? { eligibleBy } : {}),
      ...(condition.mandatory ? { mandatory: true } : {}),
      // A language not met: how many CEFR steps below the level asked the resume lists it, null when not listed.
      ...(steps !== undefined ? { stepsBelow: steps === 0 ? null : steps } : {}),
    };
  });
  // Languages weigh on their own (a component and a cap), so a language gap weighs the same whatever else was read.
  const languages = conditions.filter((condition) => condition.kind === 'language' && condition.weighs);
  const languagesAsked = languages.reduce((sum, condition) => sum + (condition.optional ? 0.5 : 1), 0);
  const languageScore =
    languagesAsked > 0
      ? (100 * languages.reduce((sum, condition) => sum + (condition.optional ? 0.5 : 1) * (condition.shownBy !== null ? 1 : languageCredit(condition.stepsBelow ?? null)), 0)) / languagesAsked
      : null;
  const languageGaps = languages.filter((condition) => condition.shownBy === null && !condition.optional);
  const knockOuts = languageGaps.filter((condition) => condition.mandatory);
  // A licence or certificate one must hold, not shown: a knock-out like a mandatory language, named before it.
  const mandatorySkills = prepared.mandatorySkills ?? [];
  const credentialKnockOuts = [
    ...prepared.requiredSkills
      .filter((requirement) => missingRequired.includes(requirement.label) && requirement.anyOf.some((name) => mandatorySkills.includes(name)))
      .map((requirement) => requirement.label),
    ...conditions
      .filter((condition) => credentialKinds.has(condition.kind) && condition.mandatory && condition.weighs && !condition.optional && condition.shownBy === null)
      .map((condition) => condition.requirement),
  ];
  const credentialCap = credentialKnockOuts.length > 0 ? knockOutCap(null) : null;
  const languageCap = languageGaps.length > 0 ? Math.min(...languageGaps.map((condition) => (condition.mandatory ? knockOutCap : languageGapCap)(condition.stepsBelow ?? null))) : null;
  // A credential the posting asks for counts as one more requirement: a licence held is met, one not shown is missing.
  const credentials = conditions.filter((condition) => condition.weighs && condition.kind !== 'language');
  const credentialsAsked = credentials.filter((condition) => !condition.optional).length + credentials.filter((condition) => condition.optional).length / 2;
  const credentialsMet = credentials.filter((condition) => condition.shownBy !== null).reduce((sum, condition) => sum + (condition.optional ? 0.5 : 1), 0);
  // A requirement shown in part ("stakeholder communication" for Stakeholder Management) is half met.
  const metRequired = prepared.requiredSkills.length - missingRequired.length + required.partial.length / 2;
  const metNice = prepared.niceToHaveSkills.length - missingNice.length;
  // A requirement line the vocabulary does not read counts by the share of its words the resume has.
  const lines = prepared.requirementLines.map((line) => ({ line, share: lineShare(line, resume.terms, resume.termWords) }));
  const linesAsked = lines.reduce((sum, { line }) => sum + (line.optional ? 0.5 : 1), 0);
  // Squared, so one common word ("management" of "behaviour management") is little credit.
  const linesMet = lines.reduce((sum, { line, share }) => sum + (line.optional ? 0.5 : 1) * share * share, 0);
  for (const { line, share } of lines) {
    if (share < 2 / 3) (line.optional ? missingNice : missingRequired).push(line.label);
    // A line of several clauses is shown by the clauses the resume meets, not whole.
    else (line.optional ? matchedNice : matchedRequired).push(matchedPart(line, resume.terms, resume.termWords));
  }
  const skillTotal = prepared.requiredSkills.length + prepared.niceToHaveSkills.length / 2 + credentialsAsked + linesAsked;
  // Nothing required, only nice-to-haves: the bar is n/a (0/0 required is no 0), unless it is all the posting gives to compare.
  const requiredAsked = prepared.requiredSkills.length + credentials.filter((condition) => !condition.optional).length + lines.filter(({ line }) => !line.optional).length;
  const othersToJudge = yearsRequired !== null || (field !== undefined && prepared.requirementLines.length > 0) || languagesAsked > 0;
  const skillScore = skillTotal > 0 && (requiredAsked > 0 || !othersToJudge) ? (100 * (metRequired + metNice / 2 + credentialsMet + linesMet)) / skillTotal : null;

  // A posting outside software that names no years still asks for work in its field (a
  // teacher's posting, a chef's): a year in the field meets it, none does not.
  const expected = yearsRequired ?? (field !== undefined && prepared.requirementLines.length > 0 ? 1 : null);
  // "3+ years in ICU": only the roles in that setting count, whatever the years in the field at large.
  const setting = prepared.yearsSetting;
  const inSetting = setting ? resume.yearsInSetting(setting) : undefined;
  const settingScore = setting && inSetting ? Math.min(1, inSetting.years / setting.years) * 100 : null;
  const fieldScore = expected ? Math.min(1, yearsShown / expected) * 100 : null;
  const experienceScore = settingScore !== null ? Math.min(settingScore, fieldScore ?? 100) : fieldScore;
  // None of the roles is in the setting asked: a gap said first, a knock-out when the posting makes the years a minimum.
  const noYearsInSetting = setting !== undefined && inSetting !== undefined && inSetting.years < 1;
  const settingGap = noYearsInSetting ? `${setting.years}+ years in ${setting.said}` : null;
  // A setting read from the posting's words alone ("battery engineering") lowers the bar and is said first, never a cap:
  // a role may show it in words the table does not know.
  const settingCap = noYearsInSetting && !setting.literal ? (setting.mandatory ? knockOutCap(null) : noYearsInFieldCap) : null;

  const postingLevel = prepared.seniority ?? null;
  // The level is read in the field of the asked years where the person has the most of them.
  const levelField = yearsFields ? [...yearsFields].sort((a, b) => resume.yearsIn(b) - resume.yearsIn(a))[0] : field;
  const level = resume.levelIn(levelField);
  // A level is a level in the posting's field: with no role in it and none of its skills, the
  // level it would read from zero years is no fit.
  const showsField = (yearsFields ?? [field]).some((each) => resume.hasRoleIn(each)) || required.matched.length + nice.matched.length > 0;
  // No work history shows no level: the level of zero years is no evidence, and no evidence never beats evidence.
  const noWork = (resume.resume.work ?? []).length === 0;
  const seniority = postingLevel ? (showsField && !noWork ? seniorityScore(level.level, postingLevel) : 0) : null;
  // With nothing in the field, the level shown is the person's own (the same on every posting), not "junior" from zero years.
  const shownLevel = showsField ? level : { level: resume.seniority, from: resume.seniorityFrom, ...(resume.seniorityTitle ? { title: resume.seniorityTitle } : {}) };

  const found = prepared.keywords.filter((term) => resume.terms.has(term.stem)).map((term) => term.word);
  const missingKeywords = prepared.keywords.filter((term) => !resume.terms.has(term.stem)).map((term) => term.word);
  // Words are compared as written: a resume in another language shares none with an English posting, which says nothing about the fit.
  const keywordScore = prepared.keywords.length >= 3 && resume.writtenInEnglish ? (100 * found.length) / prepared.keywords.length : null;

  // First-line leadership asks for what a bullet like "led a crew of 5" shows (60); a manager's post asks for more.
  // People led in another profession are not leadership in this one: a crew of electricians
  // says nothing about running a kitchen.
  const management = prepared.managesPeople
    ? !showsField
      ? 0
      : prepared.managementKind === 'supervise'
      ? Math.min(100, Math.round((resume.management.level * 100) / 60))
      : resume.management.level
    : null;

  const raw = { skills: skillScore, experience: experienceScore, seniority, keywords: keywordScore, management, languages: languageScore };
  const applicable = (Object.keys(weights) as (keyof typeof weights)[]).filter((key) => raw[key] !== null);
  const totalWeight = applicable.reduce((sum, key) => sum + weights[key], 0);
  const weightOf = (key: keyof typeof weights) => (raw[key] === null || totalWeight === 0 ? 0 : weights[key] / totalWeight);
  const weighted = Math.round(applicable.reduce((sum, key) => sum + (raw[key] ?? 0) * weightOf(key), 0));
  const cap = management !== null && management < 100 ? Math.round(managementCap(management)) : null;
  // A posting that states no skill and no experience (a title and a level, a list entry with no
  // text) gives too little for a high score: what is left to compare says little of the fit.
  const thin = skillScore === null && experienceScore === null && languageScore === null;
  // A working student's job ("Werkstudent", "während deines Studiums") is open only to someone studying now.
  const notAStudent = prepared.forStudents === true && !resume.studying;
  // "3+ years of product management" and not one year of it shown: not a high fit, however the skills read.
  const noYearsInField = yearsRequired !== null && yearsRequired >= 2 && yearsShown < 1 && (field !== undefined || yearsFields !== undefined);
  // "Estágio Profissional", a board's "Internship" level: a 14-year professional is not its fit, however the skills read.
  const pastInternship = prepared.internship === true && !notAStudent && resume.yearsOfExperience >= pastInternshipYears;
  // An internship for a resume that shows neither work nor recent studies: nothing says the person is starting out.
  const internshipUnshown = prepared.internship === true && !notAStudent && !pastInternship && noWork && !resume.startingOut;
  const score = thin ? 0 : Math.min(
    cap !== null ? Math.min(weighted, cap) : weighted,
    notAStudent ? studentJobCap : 100,
    noYearsInField ? noYearsInFieldCap : 100,
    pastInternship || internshipUnshown ? internshipCap : 100,
    languageCap ?? 100,
    credentialCap ?? 100,
    settingCap ?? 100,
  );
  const round = (value: number | null) => (value === null ? null : Math.round(value));
  const yearsInOtherFields = Math.max(0, Math.round((resume.yearsOfExperience - yearsShown) * 10) / 10);

  const breakdown: MatchBreakdown = {
    skills: {
      score: round(skillScore),
      weight: weightOf('skills'),
      required: { matched: matchedRequired, missing: missingRequired },
      niceToHave: { matched: matchedNice, missing: missingNice },
      alternatives: [...required.alternatives, ...nice.alternatives],
      viaSpecific: [...required.viaSpecific, ...nice.viaSpecific],
      partial: [...required.partial, ...nice.partial],
      notSkills: prepared.namesNotSkills,
    },
    experience: {
      score: round(experienceScore),
      weight: weightOf('experience'),
      yearsRequired,
      yearsShown,
      field: yearsFields ? yearsFields.map((each) => fieldNames[each]).join(' or ') : specialty ? specialtyNames[specialty] : field ? fieldNames[field] : null,
      yearsInOtherFields: field ? yearsInOtherFields : 0,
      notRead: field ? rolesNotRead(resume, yearsFields ?? [field]) : [],
      ...(setting && inSetting ? { setting: { said: setting.said, yearsAsked: setting.years, yearsShown: inSetting.years, roles: inSetting.roles, mandatory: setting.mandatory === true } } : {}),
    },
    seniority: { score: seniority, weight: weightOf('seniority'), posting: postingLevel, resume: shownLevel.level },
    keywords: { score: round(keywordScore), weight: weightOf('keywords'), found, missing: missingKeywords },
    languages: { score: round(languageScore), weight: weightOf('languages') },
    management: {
      score: management,
      weight: weightOf('management'),
      required: prepared.managesPeople,
      shown: resume.management.level,
      shownBy: resume.management.shownBy ?? null,
      cappedAt: cap !== null && cap < weighted ? cap : null,
    },
  };
  return {
    score,
    scored: !thin,
    breakdown,
    matched: [...matchedRequired, ...matchedNice],
    missing: [...missingRequired, ...missingNice],
    conditions,
    knockOuts: [...credentialKnockOuts, ...(settingGap && settingCap !== null && setting?.mandatory ? [settingGap] : []), ...knockOuts.map((condition) => condition.requirement)],
    advice: matchAdvice({
      resume,
      conditions,
      posting: prepared,
      missingRequired,
      missingMandatory: credentialKnockOuts.filter((label) => missingRequired.includes(label)),
      missingNice,
      matchedRequired,
      missingKeywords,
      yearsShort: experienceScore !== null && experienceScore < 100,
      ...(breakdown.experience.setting ? { setting: breakdown.experience.setting } : {}),
      yearsShown,
      yearsInOtherFields: breakdown.experience.yearsInOtherFields,
      fieldName: breakdown.experience.field,
      pastInternship,
      levelBelow: showsField && seniority !== null && seniority < 100 && postingLevel !== null && isBelow(level.level, postingLevel),
      level: shownLevel,
    }),
    explanation: [
      ...(credentialCap !== null && !thin ? [credentialKnockOutLine(credentialKnockOuts, credentialCap, weighted)] : []),
      ...(settingGap && !thin ? [settingGapLine(settingGap, setting?.mandatory === true && settingCap !== null, settingCap, weighted, yearsShown, breakdown.experience.field)] : []),
      ...(languageCap !== null && weighted > languageCap && !thin ? [languageGapLine(languageGaps, languageCap, weighted)] : []),
      ...(noWork
        ? [
            `Your resume shows no work history, so no years or level are read from it${postingLevel ? ' (the level counts as not shown)' : ''}${internshipUnshown && weighted > internshipCap ? ` and, with no studies under way or just finished, this internship scores at most ${internshipCap}` : ''}. If you have worked, check what the import read and add your jobs.`,
          ]
        : []),
      ...(pastInternship
        ? [
            `This is an internship or traineeship, made for people starting out, and your resume shows ${Math.round(resume.yearsOfExperience)} years of work, so the score is at most ${internshipCap}${weighted > internshipCap ? ` (the skills alone read ${weighted})` : ''}.`,
          ]
        : []),
      ...(notAStudent && weighted > studentJobCap
        ? [`The role is for students (a working student's job, or it asks for enrolment) and your resume shows no studies under way, so the score is at most ${studentJobCap}.`]
        : []),
      ...(noYearsInField && weighted > noYearsInFieldCap && (cap === null || cap > noYearsInFieldCap)
        ? [`The posting asks for ${yearsRequired}+ years in ${breakdown.experience.field ?? 'its field'} and your work history shows none there, so the score is at most ${noYearsInFieldCap}.`]
        : []),
      ...(thin ? [thinPostingAnswer(prepared, posting)] : []),
      ...explainMatch(breakdown, conditions, prepared, showsField),
    ],
  };
}

// A language gap said first, as a recruiter would: a knock-out by name, the level listed and the cap.
function languageGapLine(gaps: readonly ConditionMatch[], cap: number, weighted: number): string {
  const listed = (each: readonly ConditionMatch[]) =>
    each.map((condition) => (condition.listedBelow ? `lists ${condition.listedBelow}` : `does not list ${condition.requirement.replace(/\s*\(.*\)$/, '')}`)).join(' and ');
  const knockOuts = gaps.filter((condition) => condition.mandatory);
  const said = knockOuts.length > 0 ? knockOuts : gaps;
  const start = knockOuts.length > 0 ? 'Knock-out: the posting makes' : 'The posting asks for';
  return `${start} ${said.map((condition) => condition.requirement).join(' and ')}${knockOuts.length > 0 ? ' mandatory' : ''} and your resume ${listed(said)}, so the score is at most ${cap} (the rest alone reads ${weighted}).`;
}

// Years asked in a setting none of the roles is in, said first: what was asked, that no role shows it, the years elsewhere and the cap.
function settingGapLine(gap: string, mandatory: boolean, cap: number | null, weighted: number, yearsInField: number, field: string | null): string {
  const elsewhere = yearsInField >= 1 ? ` (your ${formatYears(yearsInField)} in ${field ?? 'work'} are in other settings, so they do not count toward it)` : '';
  const capped = cap !== null && weighted > cap ? `, so the score is at most ${cap} (the rest alone reads ${weighted})` : '';
  return `${mandatory ? 'Knock-out: the posting makes a minimum of' : 'The posting asks for'} ${gap} and none of your roles is in it by its title, unit or bullets${elsewhere}${capped}.`;
}

function formatYears(years: number): string {
  const rounded = Math.round(years);
  return `${rounded} year${rounded === 1 ? '' : 's'}`;
}

// A licence or certificate one must hold and the resume does not show, said first: the knock-out, by name, and the cap.
function credentialKnockOutLine(missing: readonly string[], cap: number, weighted: number): string {
  const names = missing.length <= 1 ? (missing[0] ?? '') : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1] ?? ''}`;
  const rest = weighted > cap ? `, so the score is at most ${cap} (the rest alone reads ${weighted})` : '';
  return `Knock-out: the posting says you must hold ${names} and your resume does not show ${missing.length > 1 ? 'them' : 'it'}${rest}.`;
}

// What a posting with nothing to compare asks, said the same way every time: its title, level, conditions and words.
function thinPostingAnswer(prepared: PreparedPosting, posting: JobPosting | PreparedPosting): string {
  const title = 'title' in posting && typeof posting.title === 'string' && posting.title.trim() ? `the title "${posting.title.trim()}"` : 'no title';
  const asks = [
    title,
    ...(prepared.seniority ? [`a ${prepared.seniority} level`] : []),
    ...(prepared.managesPeople ? ['managing people'] : []),
    ...prepared.conditions.map((condition) => condition.label),
  ];
  const words = prepared.keywords.slice(0, 6).map((term) => term.word);
  return `This posting states no requirements (no skills, experience or credentials to compare), so it has no fit score; here is what it asks: ${asks.join(', ')}${words.length > 0 ? `; its words: ${words.join(', ')}` : ''}. Read the posting itself, or paste its full text to score it.`;
}

// Matched requirements are named by the skills the resume has; missing ones by their label.
// A generic requirement ("SQL") is met by the specific skills that imply it ("PostgreSQL").
function splitByMatch(
  resume: PreparedResume,
  requirements: readonly SkillRequirement[],
  optional: boolean,
): { matched: string[]; missing: string[]; alternatives: SatisfiedRequirement[]; viaSpecific: SatisfiedRequirement[]; partial: MatchBreakdown['skills']['partial'] } {
  const matched: string[] = [];
  const missing: string[] = [];
  const alternatives: SatisfiedRequirement[] = [];
  const viaSpecific: SatisfiedRequirement[] = [];
  const partial: MatchBreakdown['skills']['partial'] = [];
  for (const requirement of requirements) {
    const have = requirement.anyOf.filter((name) => resume.skills.has(name));
    const implied = requirement.anyOf.filter((name) => !resume.skills.has(name) && resume.implied.has(name));
    // A credential skill ("RN License") is shown by the certificate that names it ("Registered Nurse, …").
    const described =
      have.length > 0 || implied.length > 0
        ? []
        : requirement.anyOf.filter((name) => resume.showsInOtherWords(name) || credentialHeldIn(name, resume.conditionEvidence.credentialLines));
    // "CargoWise or SAP": the name the vocabulary does not know meets it when the resume writes it.
    const named = have.length > 0 || implied.length > 0 || described.length > 0 ? [] : (requirement.orTerms ?? []).filter((term) => writes(resume.rawText, term));
    const met = have.length > 0 ? have : implied.length > 0 ? implied : described.length > 0 ? described : named;
    if (met.length > 0) matched.push(...met.filter((name) => !matched.includes(name)));
    else {
      missing.push(requirement.label);
      const shownAs = requirement.anyOf.length === 1 ? resume.partlyShownAs(requirement.label) : undefined;
      if (shownAs) partial.push({ requirement: requirement.label, shownAs, optional });
    }
    for (const name of have.length > 0 ? [] : implied) {
      viaSpecific.push({ requirement: name, by: [...(resume.implied.get(name) ?? [])], optional });
    }
    if (requirement.anyOf.length + (requirement.orTerms?.length ?? 0) > 1) alternatives.push({ requirement: requirement.label, by: met.length > 0 ? met : null, optional });
  }
  return { matched, missing, alternatives, viaSpecific, partial };
}

// The breakdown in plain sentences, in the terms a recruiter would check.
function explainMatch(breakdown: MatchBreakdown, conditions: readonly ConditionMatch[], posting: PreparedPosting, showsField = true): string[] {
  const lines: string[] = [];
  const { skills, experience, seniority, management } = breakdown;
  for (const alternative of skills.alternatives) {
    const kind = alternative.optional ? 'nice to have' : 'required';
    lines.push(
      alternative.by
        ? `"${alternative.requirement}" (${kind}) is one requirement with alternatives; ${alternative.by.join(' and ')} ${alternative.by.length > 1 ? 'meet' : 'meets'} it.`
        : `"${alternative.requirement}" (${kind}) is one requirement with alternatives; any one of them would meet it.`,
    );
  }
  for (const via of skills.viaSpecific) lines.push(`${via.requirement} counts as shown through ${via.by?.join(', ') ?? ''}.`);
  for (const part of skills.partial) lines.push(`"${part.requirement}" is partly shown: your resume says "${part.shownAs}" (counted as half).`);
  if (posting.niceToHaveSkills.length > 0) {
    lines.push(`Optional (nice to have, counted at half weight): ${posting.niceToHaveSkills.map((requirement) => requirement.label).join(', ')}.`);
  }
  if (breakdown.keywords.score === null && posting.keywords.length >= 3) {
    lines.push("The posting's keywords were not compared: your resume is written in another language (its skills were read in both).");
  }
  if (skills.notSkills.length > 0) lines.push(`Read as company or product names, not skills: ${skills.notSkills.join(', ')}.`);
  for (const condition of conditions.filter((each) => each.weighs)) {
    // Languages weigh on their own and cap the score (see `languageGapLine`); other credentials count with the skills.
    const kind = `${condition.optional ? 'nice to have' : condition.mandatory ? 'mandatory' : 'required'}, ${condition.kind === 'language' ? 'weighed as a language' : 'counted with the skills'}`;
    lines.push(
      condition.eligibleBy
        ? `"${condition.requirement}" (${kind}): the posting accepts eligibility, and your resume shows "${condition.eligibleBy}" to apply on, so it counts as met (say in your letter that you are eligible or have applied).`
        : condition.shownBy
        ? `"${condition.requirement}" (${kind}) is shown: "${condition.shownBy}".`
        : condition.listedBelow
          ? `"${condition.requirement}" (${kind}): your resume lists ${condition.listedBelow}, below the level asked, so it counts as missing.`
          : condition.inProgress
            ? `"${condition.requirement}" (${kind}): your resume lists "${condition.inProgress}", ${notHeldInWords(condition.inProgress)}, so it counts as missing.`
          : condition.degreeBelow
            ? `"${condition.requirement}" (${kind}): your resume lists ${condition.degreeBelow}, below the level asked, so it counts as missing${condition.orExperience ? ' (the posting accepts equivalent experience instead: your years in the field were fewer than it asks)' : ''}.`
            : `"${condition.requirement}" (${kind}) is not shown on your resume, so it counts as missing.`,
    );
  }
  const unscored = conditions.filter((each) => !each.weighs);
  if (unscored.length > 0) {
    const states = unscored.map((condition) => `${condition.requirement} (${condition.shownBy ? 'shown' : 'not shown'})`);
    lines.push(`Also asked, not scored because resumes seldom say: ${states.join(', ')}.`);
  }
  if (experience.field) {
    const other = experience.yearsInOtherFields > 0 ? `; ${experience.yearsInOtherFields} year${experience.yearsInOtherFields === 1 ? '' : 's'} in other fields ${experience.yearsInOtherFields === 1 ? 'does' : 'do'} not count here` : '';
    const asked = experience.yearsRequired ? ` against ${experience.yearsRequired}+ asked` : '';
    lines.push(`Experience counted in ${experience.field}: ${experience.yearsShown} year${experience.yearsShown === 1 ? '' : 's'}${asked}${other}.`);
    const { setting } = experience;
    if (setting && setting.yearsShown >= 1) {
      const share = setting.yearsShown >= setting.yearsAsked ? `${formatYears(setting.yearsShown)}, meeting the ${setting.yearsAsked} asked` : `about ${Math.round(setting.yearsShown)} of the ${setting.yearsAsked} years asked`;
      lines.push(`Years in ${setting.said} count only in the roles in it (${setting.roles.join('; ')}): ${share}.`);
    }
    for (const role of experience.notRead) {
      lines.push(`Not counted: "${role.title}" (${role.years} year${role.years === 1 ? '' : 's'}): its title names no field read here, so its years count toward none.`);
    }
  }
  if (seniority.posting) {
    lines.push(
      showsField
        ? `Level: the role is ${seniority.posting}; in this field you read as ${seniority.resume}.`
        : `Level: the role is ${seniority.posting}; you read as ${seniority.resume}, but in another field, so the level does not count here.`,
    );
  }
  if (management.required) {
    const shown =
      management.shown === 100 || management.score === 100
        ? `your resume shows it (${management.shownBy})`
        : management.shown > 0
          ? `your resume shows some ("${management.shownBy}") but no title that managed people`
          : 'your resume shows none';
    const capped = management.cappedAt !== null ? `, so the score is capped at ${management.cappedAt}` : '';
    const role = posting.managementKind === 'supervise' ? 'The role leads a crew or shift' : 'The role manages people';
    lines.push(`${role}; ${shown}${capped}.`);
  }
  return lines;
}

// The jobs whose title names no field (and whose own words show none of the fields asked): their years counted nowhere.
function rolesNotRead(resume: PreparedResume, fields: readonly JobField[]): { title: string; years: number }[] {
  const work = resume.resume.work ?? [];
  return work.flatMap((role, index) =>
    resume.roleFields[index] === undefined && role.position?.trim() && !fields.some((field) => roleShowsFieldWork(role, field))
      ? [{ title: role.position.trim(), years: resume.roleYears[index] ?? 0 }]
      : [],
  );
}

function writes(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function isBelow(person: SeniorityLevel, role: SeniorityLevel): boolean {
  return seniorityLevels.indexOf(person) < seniorityLevels.indexOf(role);
}
