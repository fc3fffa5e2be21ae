import { agencyClient } from '../../jobs/agency-posting.ts';
import { escapeMarkdown, escapeStated } from '../escape-markdown.ts';
import { inSentence, yearsText } from '../prose.ts';
import { languagesIn, spokenLanguages } from '../../resume/spoken-languages.ts';
import { escapeHighlight, type Highlight, relevantHighlights } from '../relevant-highlights.ts';
import { matchSkills, namedByPosting, resumeText, type SkillMatch } from '../skill-match.ts';
import { namesASkill, namesTheJob } from '../../resume/nameable-skill.ts';
import { clean, workHistory } from '../work-history.ts';
import type { WriterPosting, WriterResume } from '../writer-input.ts';
import { yearsInPostingField } from '../years-of-experience.ts';
import { isHeldCertificate } from '../held-certificate.ts';
import { readsAsEnglish } from '../../resume/written-language.ts';
import { careerChangeFrom, fieldNames, jobFieldFromText, jobFieldOf, type JobField } from '../../resume/match/job-field.ts';
import { loadSkillVocabulary, skillKey } from '../../resume/skill-vocabulary.ts';
import { namesACredential } from '../credential-words.ts';
import { namesProfessionOf } from '../role-kind.ts';
import { cefrName, levelAsked, type LanguageLevel } from '../../resume/match/language-levels.ts';
import { isGradedBelowFluent, statedLevel } from '../spoken-level.ts';

/**
 * Everything a cover letter may say, taken from the resume and the posting and nothing else.
 * Every string is already Markdown-escaped, so the tone composers only arrange and connect.
 */
export interface LetterFacts {
  name?: string;
  /** Who the person would join: the employer, or for an agency's ad "your client" (see `recruiter`). */
  company: string;
  /** An agency's ad: the agency the letter is addressed to ("Hays"); the job is with its client. */
  recruiter?: string;
  role: string;
  companyLocation?: string;
  /** The most recent job, when the resume has one. */
  latest?: { employer?: string; position?: string; current: boolean };
  /** Whole years of stated experience in the posting's field, when at least one. */
  years?: number;
  /** The field those years are in, for a sentence ("the electrical trade"), outside software; else unnamed. */
  yearsField?: string;
  /** Posting skills the resume shows, required first. */
  matched: string[];
  /** Posting skills the resume does not show, required first. */
  missing: string[];
  /** Stated achievements, most relevant to the posting first. */
  highlights: Highlight[];
  /** "Bachelor of Science in Computer Science from Example University", when stated. */
  degree?: string;
  /** A certificate the resume lists that names the posting's field ("Certificate in Payroll Legislation"). */
  certificate?: string;
  /** Every certificate the resume lists that the posting names or asks for, best first (at most two). */
  certificates: string[];
  /** The languages the posting names that the person speaks, by the fluency their resume gives. */
  languages?: {
    native: string[];
    fluent: string[];
    /** Spoken, said at the CEFR level the resume gives when below C1 ("Dutch at B2 level"). */
    other: string[];
    /** Spoken below the level the posting asks, said at the resume's level ("German at A2 level"). */
    improving: string[];
  };
  /**
   * The years, said as a noun phrase: the resume summary's own words when they claim no more
   * than the count in the posting's field ("6 years in road and short-sea freight"), else the
   * count in the field ("11 years in the electrical trade"), else "6 years of work".
   */
  experience?: string;
  /** Whether `experience` is the summary's own words. */
  experienceStated?: boolean;
  /** The person is changing field: from their latest role's field to the posting's ("professional kitchens" → "food safety and quality"). */
  careerChange?: { from: string; to: string };
  /** The resume's own one-line label, e.g. "Backend engineer". */
  label?: string;
  hiringManager?: string;
  /** The letter's date, written out. */
  date: string;
}

/** The input of {@link letterFacts}. */
export interface LetterFactsInput {
  resume: WriterResume;
  posting: WriterPosting;
  hiringManager?: string;
  date: Date;
}

function degreeOf(resume: WriterResume): string | undefined {
  const education = resume.education?.find((entry) => clean(entry.studyType) || clean(entry.area));
  if (!education) return undefined;
  const studyType = escapeStated(education.studyType);
  const area = escapeStated(education.area);
  const institution = escapeStated(education.institution);
  const subject = studyType && area ? `${studyType} in ${area}` : (studyType ?? `degree in ${area}`);
  const degree = institution ? `${subject} from ${institution}` : subject;
  // A field cut by the reader ("in (Intermediate/Senior from Ontario Institute for") is not said: a letter never ends on a seam.
  const opened = (degree.match(/\(/g) ?? []).length;
  if (opened !== (degree.match(/\)/g) ?? []).length || /\b(?:for|of|in|and|the|at|from|to|with)$/i.test(degree.trim())) return undefined;
  return degree;
}

/** What a letter calls an employer the posting does not name. */
export const unnamedCompany = 'your company';

/**
 * What a letter to a recruitment agency calls the employer: the agency's client. The letter is
 * addressed to the agency and speaks of the client's role, never of joining the agency.
 */
export const agencyClientName = 'your client';

/**
 * Gathers a letter's facts from the resume and the posting.
 *
 * @example
 * letterFacts({ resume, posting, date: new Date('2026-11-22') }).latest;
 * // { employer: 'Northwind Labs', position: 'Senior Software Engineer', current: true }
 */
export function letterFacts({ resume, posting, hiringManager, date }: LetterFactsInput): LetterFacts {
  const skills = postingNamedSkills(matchSkills(resume, posting), posting);
  const latestRole = workHistory(resume)[0];
  const certificates = askedCertificates(resume, posting);
  const inField = fieldYears(yearsInPostingField(resume.work ?? [], date, posting), yearsInPostingField(resume.work ?? [], date).years);
  const stated = summaryYears(resume.basics?.summary);
  const agency = agencyClient({ company: posting.company, description: posting.description });
  return {
    name: escapeStated(resume.basics?.name),
    company: agency ? agencyClientName : (escapeStated(posting.company) ?? unnamedCompany),
    ...(agency ? { recruiter: escapeStated(agency.recruiter) ?? 'the agency' } : {}),
    role: escapeStated(posting.title) ?? 'advertised',
    companyLocation: escapeStated(posting.location),
    latest: latestRole && {
      employer: escapeStated(latestRole.employer),
      position: escapeStated(latestRole.position),
      current: latestRole.current,
    },
    ...yearsFacts(inField, stated),
    matched: proseSkills(skills.matched, certificates, posting.description, resume).map(inSentence).map(escapeMarkdown),
    missing: letterGaps(skills.missing, posting, careerChangeOf(workHistory(resume), posting).careerChange !== undefined).map(inSentence).map(escapeMarkdown),
    // The letter is in English: a bullet written in another language is left out, never pasted mid-sentence.
    highlights: relevantHighlights(resume, skills, `${posting.title}\n${posting.description}`, posting.title)
      .filter((highlight) => readsAsEnglish(highlight.text))
      .map(escapeHighlight)
      .map((highlight) => ({ ...highlight, skills: highlight.skills.map(inSentence) })),
    degree: degreeOf(resume),
    label: escapeStated(resume.basics?.label),
    hiringManager: escapeStated(hiringManager),
    ...(certificates[0] ? { certificate: certificates[0] } : {}),
    certificates,
    ...spokenFacts(resume, posting),
    ...careerChangeOf(workHistory(resume), posting),
    date: new Intl.DateTimeFormat(letterLocale(resume, posting), { dateStyle: 'long', timeZone: 'UTC' }).format(date),
  };
}

// A letter says a skill is what the role lists only when the posting names it, not a broader word it shares ("welding"
// for "TIG welding"); the results it tells are chosen by those skills too, so a bullet is never picked for a skill
// the posting does not ask.
function postingNamedSkills(skills: SkillMatch, posting: WriterPosting): SkillMatch {
  const text = `${posting.title}\n${posting.description}`;
  return { ...skills, matched: skills.matched.filter((skill) => namedByPosting(skill, text)) };
}

const usStates =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const inTheUs = new RegExp(String.raw`\b(?:USA|U\.S\.A?\.?|US|United States|America)\b|,\s*(?:${usStates})\b|\b(?:New York|San Francisco|Los Angeles|Chicago|Seattle|Boston|Austin|Denver|Atlanta|Miami|Houston|Dallas)\b`);
const noPlace = /^(?:remote|worldwide|anywhere|global)\b/i;

/**
 * The letter's date is written as the place it goes to writes dates: "December 5, 2026" in the
 * United States, "5 December 2026" elsewhere (a letter to Rotterdam, Leeds or Lyon). The
 * posting's place decides; without one, the person's country; without either, the US form.
 */
function letterLocale(resume: WriterResume, posting: WriterPosting): 'en-US' | 'en-GB' {
  const place = posting.location?.trim();
  if (place && !noPlace.test(place)) return inTheUs.test(place) ? 'en-US' : 'en-GB';
  const country = resume.basics?.location?.countryCode?.trim().toUpperCase();
  if (country) return country === 'US' ? 'en-US' : 'en-GB';
  if (place && /\b(?:EU|Europe|UK|EMEA)\b/.test(place)) return 'en-GB';
  return 'en-US';
}

const fieldWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 4 && !/^(?:certificate|certified|certification|diploma|level|award|course|with|from|professional|advanced|basic|foundation|practitioner)$/.test(word))
      .map((word) => word.slice(0, 5)),
  );

// A certificate that names the posting's field ("Certificate in Belgian Payroll Legislation" for a
// payroll post, "ECS Gold Card" for "ECS card") is among the most relevant facts a letter can state;
// one that names nothing in the posting is left out. At most two, the closest first.
function askedCertificates(resume: WriterResume, posting: WriterPosting): string[] {
  const wanted = fieldWords(`${posting.title} ${posting.description}`);
  const acronyms = new Set(posting.description.match(/\b[A-Z][A-Z0-9]{1,6}\b/g) ?? []);
  return (resume.certificates ?? [])
    .filter((certificate) => isHeldCertificate(certificate))
    .map((certificate) => {
      const name = certificate.name?.trim() ?? '';
      const shared = [...fieldWords(name)].filter((word) => wanted.has(word)).length + (name.match(/\b[A-Z][A-Z0-9]{1,6}\b/g) ?? []).filter((acronym) => acronyms.has(acronym)).length;
      return { name, shared };
    })
    .filter((certificate) => certificate.name !== '' && certificate.shared > 0)
    // A certificate the reader stored twice (from two boxes of one CV) is still one certificate: named once.
    .filter((certificate, index, all) => all.findIndex((other) => sameCertificate(other.name, certificate.name)) === index)
    .sort((left, right) => right.shared - left.shared)
    .slice(0, 2)
    .map((certificate) => escapeMarkdown(certificate.name));
}

const certificateKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameCertificate = (left: string, right: string) => certificateKey(left) === certificateKey(right);

// A posting's line read as a skill ("Registered nurse with NMBI", "3+ years of …") or a credential
// the letter states as a certificate is not a skill to list in a sentence; "TMS (Transporeon or
// similar)" is listed as "TMS"; of "Incoterms" and "Incoterms 2020" the fuller one is kept.
function proseSkills(matched: readonly string[], certificates: readonly string[], description: string, resume: WriterResume): string[] {
  const held = certificates.join(' ').toLowerCase();
  const named = matched
    .map((skill) => skill.replace(/\s*\((?:[^)]*\b(?:or similar|or equivalent|e\.g\.|such as|or another|or other)\b[^)]*)\)/gi, '').trim())
    .filter((skill) => skill && namesASkill(skill, description, resumeText(resume)))
    .filter((skill) => languagesIn(skill).length === 0)
    // "NMC Registration", "CDL": a credential is held, never "worked with"; the letter says it as one (`heldCertificates`).
    .filter((skill) => !held.includes(skill.toLowerCase()) && !namesACredential(skill));
  return named.filter((skill, index) => {
    const lower = skill.toLowerCase();
    return !named.some((other, at) => at !== index && other.length > skill.length && new RegExp(`\\b${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(other.toLowerCase()))
      && named.findIndex((other) => other.toLowerCase() === lower) === index;
  });
}

/** ", now moving into data", ", and I love …", ", seeking …": a comma that opens another clause, and what follows it. */
const clauseAfterComma =
  /,\s*(?:and\s+|but\s+)?(?:i|i'm|i’m|my|me|which|who|where|while|whilst|now|currently|recently|seeking|looking|passionate|eager|keen|motivated|with|including|having|most\s+recently|specialising|specializing|focused|focusing|based|available)\b.*$|,\s*(?:and|but)\s*$/i;
/** A last word that leaves a phrase open: a joining word, an article, a preposition. */
const danglingEnd = /^(?:and|or|but|of|in|on|at|to|for|with|the|a|an|as|from|by|building|working|across|including|&|,)$/i;

// "Freight planner with 6 years in road and short-sea freight." → { years: 6, phrase: '6 years in road and short-sea freight' }.
function summaryYears(summary: string | undefined): { years: number; phrase: string } | undefined {
  const found = /\b(\d{1,2})\+?\s+years?\b([^.;:!?(]*)/i.exec(summary ?? '');
  if (!found) return undefined;
  const years = Number(found[1]);
  // Regression (session 40, issue 13): "9 years of experience building accessible, fast web shops" was cut at its first
  // comma, and every letter said "my 9 years of experience building accessible bear directly on …". A comma inside a
  // list ("accessible, fast", "React, Vue and Node") is no end of the clause; one that opens another clause is.
  let rest = (found[2] ?? '').replace(clauseAfterComma, '').trimEnd();
  // What follows the count must say where the years were ("in", "of", "on", "building …"), briefly, and end on a
  // word that ends a phrase (never "accessible and", "building the").
  const words = rest.trim().split(/\s+/);
  if (!/^\s+(?:in|of|on|as|at|across|building|working|running|leading|designing|teaching|nursing|planning)\b/i.test(rest) || words.length > 12 || danglingEnd.test(words.at(-1) ?? '')) rest = '';
  return rest ? { years, phrase: `${found[0].slice(0, found[0].length - (found[2] ?? '').length)}${rest}`.trim() } : undefined;
}

// Years counted in a field a letter does not name, when other jobs were left out, are not "years of
// work": a teacher of eleven years moving into design is never told to write "1 year of work behind me".
// Two or more are said as years in the field; one is not said at all.
function fieldYears(inField: { years?: number; field?: string }, allYears: number | undefined): { years?: number; field?: string } {
  if (inField.field || inField.years === undefined || allYears === undefined || inField.years >= allYears) return inField;
  return inField.years >= 2 ? { years: inField.years, field: 'the field' } : {};
}

function yearsFacts({ years, field }: { years?: number; field?: string }, stated: { years: number; phrase: string } | undefined): Pick<LetterFacts, 'years' | 'yearsField' | 'experience' | 'experienceStated'> {
  if (years === undefined) return {};
  // The person's own words win when they claim no more than the count in the posting's field: a summary's "7 years" is never said as 10.
  if (stated && stated.years >= 1 && stated.years <= years) return { years: stated.years, ...(field ? { yearsField: field } : {}), experience: escapeMarkdown(stated.phrase), experienceStated: true };
  return { years, ...(field ? { yearsField: field } : {}), experience: `${yearsText(years)} ${field ? `in ${field}` : 'of work'}` };
}

// Fluency as people write it, in English and in their own languages ("nativo", "Muttersprache", "langue maternelle", "fluente, C1").
// A change of career only when the resume shows one beyond doubt (careerChangeFrom); on doubt the letter says nothing of a change.
function careerChangeOf(roles: readonly { position?: string | undefined; current: boolean }[], posting: WriterPosting): Pick<LetterFacts, 'careerChange'> {
  const vocabulary = loadSkillVocabulary();
  const to = jobFieldOf(posting.title, vocabulary) ?? jobFieldFromText(posting.description, vocabulary);
  const from = careerChangeFrom(roles, to, vocabulary);
  // "Nurse Educator", "Clinical Informatics Specialist (RN)": a title naming the person's own profession is no change of field.
  if (!from || !to || namesProfessionOf(posting.title, from)) return {};
  return { careerChange: { from: fieldOfRole(from, roles[0]?.position), to: fieldNames[to] } };
}

// Jobs one field holds that their people would never call by each other's names: a customer
// success manager is not in "customer support", nor a customer service agent.
const roleFieldNames: Partial<Record<JobField, readonly (readonly [RegExp, string])[]>> = {
  support: [
    [/\bsuccess\b/i, 'customer success'],
    [/\b(?:customer|client) (?:experience|care)\b/i, 'customer experience'],
    [/\b(?:customer|client) service\b|\bcall (?:centre|center)\b/i, 'customer service'],
    [/\b(?:technical|it) support\b|\bhelp ?desk\b|\bservice desk\b/i, 'technical support'],
  ],
  people: [
    [/\b(?:recruit\w*|talent acquisition|sourc\w*)\b/i, 'recruiting'],
    [/\b(?:hr|human resources|people (?:partner|operations))\b/i, 'HR'],
  ],
};

/** The field a role is in, as its people say it: "customer success" for a Customer Success Manager. */
function fieldOfRole(field: JobField, position: string | undefined): string {
  const named = roleFieldNames[field]?.find(([words]) => words.test(position ?? ''));
  return named?.[1] ?? fieldNames[field];
}

const nativeFluency = /(?<![\p{L}])(?:native|mother|first|bilingual|nativ[oae]|materna|maternelle|muttersprache|madrelingua|ojczysty|moedertaal)(?![\p{L}])/iu;
const fullFluency = /(?<![\p{L}])(?:fluent|fluency|full|professional|proficient|advanced|C1|C2|fluente|fluido|fluida|courant|fließend|verhandlungssicher|biegły|biegle|vloeiend)(?![\p{L}])/iu;

// The languages the posting names that the resume says the person speaks, grouped by how well. A language the resume
// rates on the CEFR scale below C1 is said at that level ("German at A2 level"), never as plainly spoken; one below the
// level the posting asks is said with the person's work on it ("… and am improving it"), never as meeting it.
function spokenFacts(resume: WriterResume, posting: WriterPosting): Pick<LetterFacts, 'languages'> {
  const postingText = `${posting.title}\n${posting.description}`;
  const asked = languagesIn(postingText);
  // A posting written in English that names English alone asks nothing a letter in English does not show.
  if (asked.length === 0 || (asked.length === 1 && asked[0] === 'English')) return {};
  const spoken = spokenLanguages(resume);
  const entry = (language: string) => (resume.languages ?? []).find((each) => each.language && languagesIn(each.language).includes(language));
  const fluency = (language: string) => entry(language)?.fluency ?? '';
  const held = asked.filter((language) => spoken.includes(language));
  if (held.length === 0) return {};
  const native = held.filter((language) => nativeFluency.test(fluency(language)));
  const rated = held
    .filter((language) => !native.includes(language))
    .map((language) => ({ language, stated: statedLevel(resume, language), wanted: askedLevel(postingText, language) }));
  const below = rated.filter(({ stated, wanted }) => stated && wanted && stated.rank < wanted.rank);
  const graded = rated.filter(({ stated }) => isGradedBelowFluent(stated));
  const fluent = rated.filter(({ language, stated }) => !below.some((each) => each.language === language) && (stated ? stated.rank >= 5 : fullFluency.test(fluency(language))));
  const atLevel = ({ language, stated }: { language: string; stated?: LanguageLevel | undefined }) => `${language} at ${stated?.said.toUpperCase()} level`;
  // "basic German" against B1: said on the CEFR scale the posting used ("German at an A2 level").
  const improving = below.map((each) => (isGradedBelowFluent(each.stated) ? atLevel(each) : `${each.language} at an ${cefrName(each.stated?.rank ?? 1)} level`.replace(/\ban (?=B)/, 'a ')));
  const other = rated
    .filter(({ language }) => ![...below, ...fluent].some((each) => each.language === language))
    .map((each) => (graded.includes(each) ? atLevel(each) : each.language));
  return { languages: { native, fluent: fluent.map(({ language }) => language), other, improving } };
}

// The level a posting asks a language at ("Deutsch B1 erforderlich", "fluent Dutch"), the highest where it names it more than once.
function askedLevel(text: string, language: string): LanguageLevel | undefined {
  let best: LanguageLevel | undefined;
  for (const line of text.split(/\n|(?<=[.!?])\s+/)) {
    for (const word of line.matchAll(/\p{L}+/gu)) {
      if (!languagesIn(word[0]).includes(language)) continue;
      const level = levelAsked(line, word.index);
      if (level && (!best || level.rank > best.rank)) best = level;
    }
  }
  return best;
}

// The vocabulary's categories of a trade's own work, as against the tools and technologies used in it.
const tradeWork: ReadonlySet<string> = new Set(['care', 'healthcare', 'electrical', 'construction', 'safety', 'mechanical', 'plumbing', 'culinary', 'driving', 'logistics', 'finance', 'leadership', 'engineering']);

// A letter names a tool or a method to learn, never a trait: "Leadership would be newer to me" in
// a letter from someone who runs a section talks them out of the job.
const traits = /^(?:leadership|management|people management|team leadership|communication|communication skills|teamwork|problem[- ]solving|attention to detail|time management|organi[sz]ation(?:al skills)?|flexibility|customer service|interpersonal skills|stakeholder management|ownership|initiative|motivation|resilience)$/i;

// A missing "skill" the posting uses only as the verb starting a duty ("Make services faster",
// "Lead the team") was read from that duty, not asked for: the letter does not call it new.
// A posting line that is no skill's name ("Unbefristete Festanstellung, Vollzeit", "CHRP designation or working
// toward it") is not named either, and the job itself ("product management" for a Product Manager) is not a skill
// to learn: the letter already says the move.
//
// A licence, registration or certificate is held or not, never "newer to me": a letter names none as a gap (a
// registered nurse writing "NMC Registration is the one thing here I haven't done" talks herself out of the job). And
// to someone already in the posting's field, the trade's own work ("Medication administration" to a nurse, "Fault
// finding" to an electrician) is never said as undone: most often it is the match not knowing their words for it.
// Only a named tool or technology is, at most, something to learn; someone changing field may still name the work.
function letterGaps(missing: readonly string[], posting: WriterPosting, changingField: boolean): string[] {
  const { description } = posting;
  const vocabulary = loadSkillVocabulary();
  return missing.filter((skill) => {
    if (traits.test(skill.trim()) || !namesASkill(skill, description) || namesTheJob(skill, posting.title)) return false;
    if (namesACredential(skill)) return false;
    const category = vocabulary.byName.get(skillKey(skill, vocabulary))?.category;
    if (!changingField && category !== undefined && tradeWork.has(category)) return false;
    // A language is spoken and a degree is held: neither is something a letter says it will learn.
    if (languagesIn(skill).length > 0 || /\b(?:degree|diploma|bsc|msc|bachelor|master)\b/i.test(skill)) return false;
    const escaped = skill.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const anywhere = new RegExp(`\\b${escaped}\\b`, 'gi');
    const asVerb = new RegExp(`(?:^|\\n)\\s*(?:[-*•·–]\\s*)?${escaped}\\s+(?:the\\s+|our\\s+|a\\s+|an\\s+)?\\p{Ll}`, 'giu');
    const uses = description.match(anywhere)?.length ?? 0;
    return uses === 0 || (description.match(asVerb)?.length ?? 0) < uses;
  });
}
