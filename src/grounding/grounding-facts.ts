/**
 * What the sources back: the resume (JSON + raw text) and, optionally, the posting. Built
 * once per document (or per resume) and consulted for every claim.
 */
import { resumeCredentials, type ResumeCredentials } from './held-credentials.ts';
import type { JsonResume } from '../protocol/json-resume.ts';
import { preparePosting, prepareResume } from '../resume/match.ts';
import { experienceYears } from '../resume/match/experience-years.ts';
import { countsToward, resumeFieldOf, roleFieldOf, roleShowsFieldWork, type JobField } from '../resume/match/job-field.ts';
import { degreeFamily, type DegreeFamily } from '../resume/sections/degree-pattern.ts';
import { listedSkills } from '../resume/listed-skills.ts';
import { findSkillNames, tokenizeSkillText } from '../resume/skill-tokenizer.ts';
import { loadSkillVocabulary, type SkillVocabulary } from '../resume/skill-vocabulary.ts';
import { languagesIn, spokenLanguages } from '../resume/spoken-languages.ts';
import { findNumbers, type NumberMention } from './find-numbers.ts';

export interface GroundingSources {
  resume: JsonResume;
  /** The text the resume was parsed from. */
  rawText: string;
  /** The posting the document answers, if any: its text also backs claims. */
  posting?: { title?: string; company?: string; location?: string; description: string; tags?: readonly string[] };
  /** Today's year backs a letter's date line; defaults to now. */
  now?: Date;
  vocabulary?: SkillVocabulary;
}

export interface Employment {
  name: string;
  key: string;
  position?: string;
  /** Everything written under the role, for "which employer does this sentence mean?". */
  text: string;
}

export interface GroundingFacts {
  vocabulary: SkillVocabulary;
  employments: Employment[];
  /** Organisation keys (see `organisationKey`) of employers, the posting's company, institutions. */
  organisations: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  institutions: string[];
  degreeFamilies: ReadonlySet<DegreeFamily>;
  years: ReadonlySet<number>;
  numbers: NumberMention[];
  skills: ReadonlySet<string>;
  /** The skills the resume alone shows: a sentence saying the person lacks one of them is wrong. */
  resumeSkills: ReadonlySet<string>;
  /** Every word of the sources as written, case kept: a name the document writes as the sources do ("Spark") is theirs. */
  sourceWords: ReadonlySet<string>;
  /** The resume's listed skills without their bracketed qualifiers ("HPLC (advanced)" → "HPLC"). */
  listedSkills: readonly string[];
  yearsOfExperience: number;
  /**
   * Years of work in one field, counted as a letter counts them (roles of that field, an
   * apprenticeship in a trade included): "10 years in nursing" is checked against these.
   */
  yearsIn: (field: JobField) => number;
  /** Years the work history shows at one employer, by its organisation key: "10 years at Acme" is checked against these. */
  yearsAt: (employerKey: string) => number;
  /** Year counts the resume itself states ("10+ years in payroll"): the person's own words back them. */
  statedYears: ReadonlySet<number>;
  /** The spoken languages the resume shows, canonically spelt ("German"). */
  languages: ReadonlySet<string>;
  /** All source text, normalised by `normalisePhrase`, padded with spaces. */
  haystack: string;
  /** The person's own name, location and contact words, which are never claims. */
  personal: ReadonlySet<string>;
  /**
   * What a letter's header and sign-off may name as they are: the posting's company and
   * place, the person's name, email, phone and place (see `groundDocument`'s letter frame).
   */
  addressing: readonly string[];
  /** The resume's credentials, held and listed with a status word: "I hold the X registration" is checked against them. */
  credentials: ResumeCredentials;
}

const organisationSuffixes = /\s+(?:inc|incorporated|corp|corporation|llc|llp|ltd|limited|gmbh|ag|se|sa|plc|co|company|group|holdings)$/;

/**
 * A phrase lower-cased with punctuation turned to spaces, for whole-word containment.
 *
 * @example
 * normalisePhrase('Acme, Corp.'); // 'acme corp'
 */
export function normalisePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

/**
 * An organisation's name without legal suffixes or a leading "the": "Acme Corp." → "acme".
 *
 * @example
 * organisationKey('The Globex Corporation'); // 'globex'
 */
export function organisationKey(name: string): string {
  let key = normalisePhrase(name.replace(/['’]s$/, '')).replace(/^the\s+/, '');
  while (organisationSuffixes.test(key)) key = key.replace(organisationSuffixes, '');
  return key;
}

/**
 * Collects the facts the sources back.
 *
 * @example
 * const facts = buildGroundingFacts({ resume, rawText, posting: { company: 'Initech', description } });
 */
export function buildGroundingFacts(sources: GroundingSources): GroundingFacts {
  const vocabulary = sources.vocabulary ?? loadSkillVocabulary();
  const { resume } = sources;
  const now = sources.now ?? new Date();
  const prepared = prepareResume(resume, { rawText: sources.rawText, now, vocabulary });
  const postingText = [sources.posting?.title, sources.posting?.company, sources.posting?.description].filter(Boolean).join('\n');
  const allText = [sources.rawText, JSON.stringify(resume), postingText].join('\n');

  const employments: Employment[] = (resume.work ?? [])
    .filter((work) => work.name)
    .map((work) => ({
      name: work.name as string,
      key: organisationKey(work.name as string),
      position: work.position,
      text: [work.position, work.summary, ...(work.highlights ?? [])].filter(Boolean).join('\n'),
    }));
  const institutions = (resume.education ?? []).flatMap((education) => (education.institution ? [education.institution] : []));
  const organisations = new Set([
    ...employments.map((employment) => employment.key),
    ...institutions.map(organisationKey),
    ...(sources.posting?.company ? [organisationKey(sources.posting.company)] : []),
  ]);
  const titles = new Set(
    [...(resume.work ?? []).map((work) => work.position), resume.basics?.label, sources.posting?.title]
      .filter((title): title is string => Boolean(title))
      .map(normalisePhrase),
  );
  const degreeFamilies = new Set<DegreeFamily>();
  for (const education of resume.education ?? []) {
    if (!education.studyType) continue;
    const family = degreeFamily(education.studyType);
    degreeFamilies.add(family);
    if (family === 'mba') degreeFamilies.add('master');
  }
  // A certificate the resume lists ("Certificate in Payroll Legislation") backs the word a letter names it by.
  // So does the word inside its name: "the NEBOSH International General Certificate" names a certificate, not a degree it lacks.
  for (const certificate of resume.certificates ?? []) {
    if (!certificate.name) continue;
    degreeFamilies.add(degreeFamily(certificate.name));
    for (const word of certificate.name.match(/\b(?:certificate|certification|diploma)\b/gi) ?? []) degreeFamilies.add(degreeFamily(word));
  }
  const years = new Set<number>([now.getUTCFullYear()]);
  for (const match of allText.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)) years.add(Number(match[1]));
  const skills = new Set([...prepared.skills.keys(), ...findSkillNames(postingText, vocabulary), ...postingSkills(sources.posting, vocabulary)]);
  const location = resume.basics?.location;
  const personal = new Set(
    [resume.basics?.name, location?.city, location?.region, location?.address]
      .filter((value): value is string => Boolean(value))
      .map(normalisePhrase),
  );
  const addressing = [
    sources.posting?.company,
    sources.posting?.location,
    resume.basics?.name,
    resume.basics?.email,
    resume.basics?.phone,
    location?.city,
    location?.region,
  ].filter((value): value is string => Boolean(value?.trim()));
  const work = resume.work ?? [];
  const wholeField = resumeFieldOf(resume, vocabulary);
  const yearsIn = (field: JobField) => {
    const counted = work.filter((role) => {
      const roleField = roleFieldOf(role, vocabulary, wholeField);
      return (roleField !== undefined && countsToward(roleField, field)) || roleShowsFieldWork(role, field);
    });
    return experienceYears(counted, now, { apprenticeships: field !== 'software' && field !== 'data' });
  };
  const yearsAt = (employerKey: string) =>
    experienceYears(work.filter((role) => role.name && organisationKey(role.name) === employerKey), now, { apprenticeships: true });
  const resumeText = [sources.rawText, JSON.stringify(resume)].join('\n');
  const statedYears = new Set<number>();
  for (const match of resumeText.matchAll(/(?<![\d.])(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b/gi)) statedYears.add(Number(match[1]));
  return {
    addressing,
    credentials: resumeCredentials(resume, sources.rawText),
    vocabulary,
    employments,
    organisations,
    titles,
    institutions,
    degreeFamilies,
    years,
    numbers: findNumbers(allText),
    skills,
    resumeSkills: new Set([...prepared.skills.keys(), ...prepared.implied.keys()]),
    sourceWords: new Set(tokenizeSkillText(allText).map((token) => token.text)),
    listedSkills: listedSkills(resume)
      .map((skill) => skill.replace(/\s*\([^)]*\)/g, '').replace(/\s+[–—-]\s.*$/, '').trim())
      .filter((skill) => skill.length > 1),
    // An apprenticeship is years of work in its trade, which a letter may state.
    yearsOfExperience: Math.max(prepared.yearsOfExperience, experienceYears(resume.work ?? [], now, { apprenticeships: true })),
    yearsIn,
    yearsAt,
    statedYears,
    languages: languagesShown(resume, sources.rawText),
    haystack: ` ${normalisePhrase(allText)} `,
    personal,
  };
}

// Words that mark a line as about spoken languages: "German (B2)", "fluent in Spanish", "Languages: …".
const languageLine = /\b(?:languages?|fluent|fluency|native|bilingual|mother tongue|proficien(?:t|cy)|conversational|spoken|[ABC][12])\b/i;
const englishWords = /\b(?:the|and|with|for|of)\b/gi;

// The languages the resume shows: its languages and skills, lines that speak of languages, and
// English for a resume written in English.
function languagesShown(resume: JsonResume, rawText: string): Set<string> {
  const shown = new Set(spokenLanguages(resume));
  for (const line of rawText.split('\n')) if (languageLine.test(line)) for (const language of languagesIn(line)) shown.add(language);
  if ((rawText.match(englishWords) ?? []).length >= 5) shown.add('English');
  return shown;
}

// What the match reads as the posting's skills (its tags too), so the match and the check agree
// on what the posting asks for.
function postingSkills(posting: GroundingSources['posting'], vocabulary: SkillVocabulary): string[] {
  if (!posting) return [];
  const prepared = preparePosting({ ...posting, title: posting.title ?? '' }, vocabulary);
  return [...prepared.requiredSkills, ...prepared.niceToHaveSkills].flatMap((requirement) => requirement.anyOf);
}

/**
 * Whether the sources contain a phrase as whole words.
 *
 * @example
 * sourcesMention(facts, 'Acme Corp'); // true when the resume names Acme Corp
 */
export function sourcesMention(facts: GroundingFacts, phrase: string): boolean {
  const normalised = normalisePhrase(phrase);
  return normalised !== '' && facts.haystack.includes(` ${normalised} `);
}
