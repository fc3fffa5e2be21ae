/**
 * Reads a job posting once for matching: which skills it requires and which are nice to
 * have (from its sections: "Requirements", "What you'll need" vs "Nice to have", "Bonus";
 * from an inline "Nice to have: TypeScript"; and from the clause a cue word governs:
 * "5+ years of Go, ideally with Kafka" makes only Kafka optional), which skills are
 * alternatives ("A or B", "A/B", "one of A, B, C"), which capitalised names are the company
 * or its products rather than skills, the years of experience it asks for, its field, the
 * level it is hiring at, whether it manages people, and its salient terms.
 */
import { isBoardPageLine } from './board-page-lines.ts';
import { blankGenderMarkers, withoutGenderMarker } from './gender-marker.ts';
import { findSkills, findSkillsInTokens, tokenizeSkillText, type SkillMention, type SkillToken } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { alternativeScopes, requirementGroups } from './alternatives.ts';
import { jobFieldOf, type JobField } from './job-field.ts';
import { postingManagementKind } from './management.ts';
import { asksOnlyForLanguages, conditionsIn, type PostingCondition, waivedLanguages } from './posting-conditions.ts';
import { dutchNamesInContext, languageCompoundPattern, languagePattern, languagesIn } from '../spoken-languages.ts';
import { nameReader, properNamesOf } from './posting-names.ts';
import { inRanges, optionalRanges, type Range } from './optional-clauses.ts';
import { credentialKinds, isCredentialSkill, mandatoryAt } from './knock-outs.ts';
import { isDuty, listedRequirements } from './listed-requirements.ts';
import { isPostingFieldLine, sectionTitlePart } from './posting-labels.ts';
import { requirementLine, type RequirementLine } from './requirement-lines.ts';
import { isEmploymentOrPlaceWord, termStem, type Term } from './salient-terms.ts';
import { yearsFieldsOf } from './years-fields.ts';
import { settingOfYears, type YearsSetting } from './years-setting.ts';
import { readsAsEnglish } from '../written-language.ts';
import { englishByAnotherName } from '../spoken-languages.ts';
import { mayNameOtherYears, otherLanguageYears, type YearsFound } from './years-in-other-languages.ts';
import { seniorityFromTitle, seniorityFromYears, type SeniorityLevel } from './seniority.ts';
import { specialtyOfYears, type SoftwareSpecialty } from './software-specialty.ts';

export interface JobPosting {
  title: string;
  company?: string;
  description: string;
  tags?: readonly string[];
}

/** One skill the posting asks for, or alternatives ("Go or Rust"): any one satisfies it. */
export interface SkillRequirement {
  anyOf: string[];
  /** "Go" or "Go or Rust". */
  label: string;
  /** Alternatives the vocabulary does not know ("CargoWise or SAP"): a resume that names one meets the requirement. */
  orTerms?: string[];
}

export interface PreparedPosting {
  title: string;
  /** In order of appearance. */
  requiredSkills: SkillRequirement[];
  niceToHaveSkills: SkillRequirement[];
  /** The smallest number of years the posting asks for, if it asks. */
  yearsRequired?: number;
  /** The fields the years are asked in when the posting names alternatives ("teaching or instructional design"). */
  yearsFields?: JobField[];
  /** The kind of software work the years are asked in ("4+ years of backend development"), when it names one. */
  yearsSpecialty?: SoftwareSpecialty;
  /** Years asked in a specialty or setting within the field ("3+ years in ICU", "2 years in emergency nursing"): only roles in it count. */
  yearsSetting?: YearsSetting;
  /** The posting's own words for what the years are in ("battery or powertrain engineering"), quoted in advice instead of a field's name. */
  yearsFieldWords?: string;
  seniority?: SeniorityLevel;
  /** Why `seniority` was chosen: "title" or "years". */
  seniorityFrom?: 'title' | 'years';
  /** Salient terms, most salient first. */
  keywords: Term[];
  /** The field the title names ("software", "design", "healthcare"), if it says. */
  field?: JobField;
  /** An internship, traineeship or working student's job: for people starting out (its title, the board's level or type, or its text). */
  internship?: boolean;
  /** The role is for students only: a working student's job ("Werkstudent", "working student") or one asking for enrolment ("während deines Studiums", "currently enrolled"). */
  forStudents?: boolean;
  /** The role manages people: by its title or by what it asks ("manage a team of 6", "supervise a crew"). */
  managesPeople: boolean;
  /** How: first-line leadership of a crew or shift (`supervise`), or managing people (`manage`). */
  managementKind?: 'supervise' | 'manage';
  /** Vocabulary names the posting uses as a company or product name ("At Miro", "Vercel's"), not as skills. */
  namesNotSkills: string[];
  /** Requirements that are not skills: licences, clearance, the right to work, hours, lifting, languages. */
  conditions: RequiredCondition[];
  /**
   * Licences and certificates of the vocabulary the posting says one must hold ("Must hold a valid
   * CDL Class A", "an active RN license is required"): missing, each is a knock-out. Absent when none.
   */
  mandatorySkills?: string[];
  /**
   * Requirement lines no skill of the vocabulary names ("QTS", "Booster pumps and TMV
   * servicing"), read in postings outside software, where such lines are most of what is asked.
   */
  requirementLines: RequirementLine[];
}

// Fields whose tools the vocabulary names: their postings' other lines are about how people work.
const vocabularyFields: ReadonlySet<JobField> = new Set(['software', 'data', 'analytics', 'design', 'product']);
const techCategories = new Set(['language', 'backend', 'frontend', 'devops', 'cloud', 'database', 'mobile', 'testing', 'os', 'security', 'messaging', 'game', 'data', 'ml', 'design', 'product']);

// Skills that are also the names of a business function, and so of boards' departments and teams.
const businessFunctions: ReadonlySet<string> = new Set(['product']);

/**
 * A non-skill requirement and whether the posting makes it optional, or, for a language or a
 * credential, a condition of the job (`mandatory`: "German (C1) is mandatory", "Deutsch
 * (zwingend)", "Security clearance required", "Führerschein Klasse B zwingend").
 */
export type RequiredCondition = Omit<PostingCondition, 'offset' | 'end'> & { optional: boolean; mandatory?: true };

type Part = 'required' | 'nice' | 'role' | 'other' | 'none';

const headings: readonly [Exclude<Part, 'none'>, RegExp][] = [
  ['nice', /^(?:nice[- ]to[- ]haves?|bonus(?: points)?|preferred(?: qualifications| skills)?|pluses|(?:it'?s )?a plus|extra credit|good to have|desirable|ideally|we'?d love|would be great|not required)/i],
  ['required', /^(?:requirements|required|what you(?:'ll| will)? (?:need|bring)|what we(?:'re| are) looking for|what we(?:['’]re| are)? ask(?:ing)?(?: (?:of|from) you)?|what we (?:expect|need|require)(?: (?:of|from) you)?|what you (?:can )?offer(?: us)?|what you bring to the table|our requirements|your (?:qualifications|skills|experience)|(?:minimum |basic |required )?qualifications|must[- ]haves?|you have|you bring|who you are|(?:required )?skills|your profile|about you|you should have|you(?:'ll| will) need|we expect)/i],
  ['role', /^(?:responsibilities|key responsibilities|what you(?:['’]ll| will)(?: be)? do(?:ing)?|you(?:['’]ll| will)(?: be)?$|you(?:['’]ll| will) be (?:doing|responsible for)|your (?:tasks|duties|responsibilities|day)|(?:main |key )?(?:tasks|duties)|the job involves|the role|your role|about the role|day[- ]to[- ]day|in this role|your mission|our stack|tech(?:nology)? stack|the job)/i],
  ['other', /^(?:about us|about the company|who we are|benefits|perks|what we (?:can )?offer|we offer|what(?:['’]s| is) in it for you|why (?:join|work (?:for|with)) us|compensation|salary|our values|how to apply|equal opportunity)/i],
  // The same sections as German postings head them: "Ihre Aufgaben", "Dein Profil", "Das bringst du mit", "Wir bieten".
  ['nice', /^(?:wünschenswert|von vorteil|idealerweise|(?:ein )?plus(?:punkte?)?|nice to have|gerne auch|optional)$/iu],
  ['required', /^(?:(?:ihr|dein|euer) profil|profil|(?:das|was) (?:bringst du|bringen sie|du|sie) mit(?:bringst|bringen)?|was (?:du|sie) mitbringen?|was (?:du|sie) mitbringst|(?:deine |ihre )?(?:anforderungen|qualifikationen|voraussetzungen|kenntnisse)|(?:das|was) (?:zeichnet (?:dich|sie) aus|wir (?:von dir |von ihnen )?erwarten|wir suchen)|damit überzeugst du|dein skillset|worauf wir uns freuen)/iu],
  ['role', /^(?:(?:ihre|deine|eure) (?:aufgaben(?:gebiete?)?|rolle|tätigkeiten|mission|verantwortung)|aufgaben(?:gebiete?)?|(?:das|was) (?:erwartet (?:dich|sie)|dich erwartet|sie erwartet)|(?:dein|ihr) (?:job|arbeitsalltag|aufgabenbereich)|(?:das|was) (?:wirst du|werden sie) tun|was du (?:bewegst|tust|machst)|deine mission|stellenbeschreibung)/iu],
  ['other', /^(?:(?:was |das )?(?:wir bieten|bieten wir)(?: (?:dir|ihnen|euch))?|unser angebot|(?:deine |ihre )?(?:benefits|vorteile)|über uns|wir über uns|wer wir sind|warum wir|darum wir|kontakt|(?:so )?bewirbst du dich|bewerbung|gehalt|vergütung)/iu],
];
const wordNumbers: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const yearsPattern =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b(?:['’]s?)?(?=[^.\n]{0,60}\b(?:experience|professional|industry|working|building|developing|engineering|required|minimum|needed|in\b|of\b|with\b|as\b)|\s+(?:[\w-]+\s+){1,4}or\s|\s+[a-z]+ing\b|\s*(?:[.;,)]|$)|\s+(?!(?:ago|old|later|after|before|from|warranty|guarantee|fixed|contract|term|running)\b)[\w+#./&-]+(?:\s+[\w+#./&-]+){0,3}(?:\s*\([^()]{1,30}\))?\s*(?:[,;]|$))/gi;
const keywordLimit = 12;
const credentialCue = /\b(?:must|required|requires|essential|mandatory|valid|hold|holds|need|needs|needed)\b/i;

/**
 * Prepares a posting for `scorePosting`.
 *
 * @example
 * preparePosting({ title: 'Senior Go Engineer', description: 'Requirements:\n- 5+ years of Go\nNice to have:\n- Kafka' }, vocabulary);
 * // { requiredSkills: [{ anyOf: ['Go'], label: 'Go' }], niceToHaveSkills: [{ anyOf: ['Kafka'], … }], yearsRequired: 5, … }
 */
export function preparePosting(posting: JobPosting, vocabulary: SkillVocabulary): PreparedPosting {
  // "(m/w/d)", "(all genders)": a legal formula, never a skill nor a word of the role.
  const text = blankGenderMarkers(posting.description);
  const title = withoutGenderMarker(posting.title);
  const lines = text.split('\n');
  const lineHeadings = lines.map(headingOf);
  const parts = withoutBoardPageLines(lines, lineHeadings, classifyLines(lines, lineHeadings), vocabulary);
  const lineOf = lineLocator(lines);
  const required: string[][] = [];
  const nice: string[][] = [];
  const names = nameReader(posting.company);
  const namesNotSkills = new Set<string>();
  const mandatorySkills = new Set<string>();
  const titleTokens = tokenizeSkillText(title);
  const titleMentions = findSkillsInTokens(title, titleTokens, vocabulary).filter((mention) => !names.isName(title, mention, title));
  for (const mention of titleMentions) required.push([mention.skill.name]);
  for (const mention of findSkills((posting.tags ?? []).join(', '), vocabulary, { skillsContext: true })) {
    // A company board's department or team ("Go-to-Market", "Product Management") names where
    // the job sits, not a skill it asks: a business function counts only where the text asks it.
    if (businessFunctions.has(mention.skill.category)) continue;
    if (!names.isCompany(mention)) required.push([mention.skill.name]);
  }
  // One pass over the description: its tokens serve both the skills and the keyword count.
  const tokens = tokenizeSkillText(text);
  // Most postings name no language: one search of the whole text instead of one a sentence and a term
  // (sentences and terms are cut at non-word characters, so a name in one is a name in the text).
  const namesLanguages = text.search(languagePattern) >= 0 || text.search(languageCompoundPattern) >= 0 || dutchNamesInContext(text).length > 0;
  // A posting in another language asks for English as for any other language ("sehr gute Englischkenntnisse").
  // A posting that names English by another language's name ("Inglês fluente", "Anglais C1") is written in that language, however short.
  const inEnglish = readsAsEnglish(text) && !englishByAnotherName.test(text);
  const englishAsked = namesLanguages && !inEnglish;
  const mentions = findSkillsInTokens(text, tokens, vocabulary);
  const mentionsByLine = new Map<number, SkillMention[]>();
  for (const mention of mentions) {
    const line = lineOf(mention.start);
    const onLine = mentionsByLine.get(line);
    if (onLine) onLine.push(mention);
    else mentionsByLine.set(line, [mention]);
  }
  const requiredText: string[] = [];
  // "CargoWise or SAP": a skill offered beside a name the vocabulary does not know.
  const unknownAlternatives = new Map<string, string>();
  // "A or B" groups written under the requirements: the posting's own word on what is needed.
  const stated: string[][] = [];
  let yearsRequired: number | undefined;
  // Whether a number of years was written: an ask with none ("experience required") says no level.
  let yearsNumbered = false;
  // "4+ years as an electrician": the field the years are asked in, when the sentence names it.
  let yearsField: JobField | undefined;
  // "3+ years teaching or instructional design": years in any of the fields named count.
  let yearsFields: JobField[] | undefined;
  let yearsSpecialty: SoftwareSpecialty | undefined;
  let yearsFieldWords: string | undefined;
  let yearsSetting: YearsSetting | undefined;
  const conditions: RequiredCondition[] = [];
  // "kind|label" of every condition kept: a sentence's conditions are checked against them, not against each one rebuilt.
  const conditionKeys = new Set<string>();
  const lineRequirements: RequirementLine[] = [];
  const listedLines: RequirementLine[] = [];
  let nextLineStart = 0;
  for (const [index, line] of lines.entries()) {
    const lineStart = nextLineStart;
    nextLineStart += line.length + 1;
    const part = parts[index] ?? 'none';
    if (part === 'other') continue;
    // "Union: …", "Site: …", "Work Schedule: …": a header field says where and on what terms, and asks for
    // no skill; only the conditions it names (the nights of a shift pattern) are read from it.
    const headerField = isPostingFieldLine(line);
    const onLine = headerField ? [] : (mentionsByLine.get(index) ?? []);
    const conditionsBefore = conditions.length;
    let yearsOnLine = false;
    // Skills in text outside any section (an intro, "our stack") count as required. A cue
    // ("a plus", "ideally") makes only its own clause optional: postings are often one paragraph.
    for (const sentence of sentencesOf(line)) {
      const offset = lineStart + sentence.start;
      const inSentence = onLine.filter((mention) => mention.start >= offset && mention.start < lineStart + sentence.end);
      // Where its skills are written, as offsets in the sentence.
      const spans = inSentence.map((mention) => [mention.start - offset, mention.end - offset] as const);
      const years = part === 'nice' ? [] : yearsIn(sentence.text);
      if (years.length > 0 || /\by(?:ea)?rs?\b/i.test(sentence.text) || mayNameOtherYears.test(sentence.text)) yearsOnLine = true;
      const written: Range[] = years.length === 0 ? spans : [...spans, ...years.map((found) => [found.offset, found.end] as const)];
      const optional: Range[] = part === 'nice' ? [[0, sentence.text.length]] : optionalRanges(sentence.text, written);
      for (const found of years) {
        if (inRanges(found.offset, optional)) continue;
        yearsRequired = Math.max(yearsRequired ?? 0, found.years);
        yearsNumbered = true;
        yearsField ??= fieldOfYears(sentence.text.slice(found.offset), vocabulary);
        yearsFields ??= yearsFieldsOf(sentence.text.slice(found.offset), vocabulary);
        yearsSpecialty ??= specialtyOfYears(sentence.text.slice(found.offset));
        yearsFieldWords ??= fieldWordsOfYears(sentence.text.slice(found.offset));
        // "3+ years in ICU": years in a setting within the field, unless they name a software specialty or alternatives (read above).
        const after = sentence.text.slice(found.offset);
        if (!specialtyOfYears(after) && !yearsFieldsOf(after, vocabulary)) yearsSetting ??= settingOfYears(after, found.years, sentence.text, title, vocabulary);
      }
      // "Data analyst experience required", "experience as a buyer is essential": experience in a
      // field asked with no number is a year of it at least, in the field it names.
      const experienceAsked = years.length === 0 && part !== 'nice' ? experienceRequiredIn(sentence.text) : undefined;
      if (experienceAsked) {
        yearsRequired = Math.max(yearsRequired ?? 0, 1);
        yearsOnLine = true;
        yearsField ??= jobFieldOf(experienceAsked, vocabulary);
      }
      if (part !== 'nice') requiredText.push(cutRanges(sentence.text, optional));
      // A named licence or certificate is read where the posting asks for things, not in its duties ("process card payments").
      const asking = part === 'required' || part === 'nice' || (part === 'none' && credentialCue.test(sentence.text));
      // A degree's subjects ("a numerate subject (maths, statistics, economics)") are met by the degree, not asked as skills.
      const degreeSpans: Range[] = [];
      for (const condition of conditionsIn(sentence.text, spans, asking, namesLanguages, englishAsked)) {
        const { offset: at, end: until, ...rest } = condition;
        if (rest.kind === 'education') degreeSpans.push([at, until]);
        const key = `${rest.kind}|${rest.label.toLowerCase()}`;
        if (conditionKeys.has(key)) continue;
        conditionKeys.add(key);
        const isOptional = inRanges(at, optional);
        // A language or a credential the clause makes a condition of the job ("is mandatory", "must hold", "zwingend").
        // A licence "(or eligible)" is met by being eligible: never a condition one must already hold.
        const binding = (rest.kind === 'language' || (credentialKinds.has(rest.kind) && rest.weighs && !rest.orEligible)) && !isOptional && mandatoryAt(sentence.text, at);
        conditions.push({ ...rest, optional: isOptional, ...(binding ? { mandatory: true as const } : {}) });
      }
      // "Write SQL queries against our data warehouse": a duty done on the employer's own system names
      // where the work happens, not a skill asked ("our data warehouse" is no Data Warehousing requirement).
      const duty = isDuty(sentence.text);
      const skills = inSentence.filter((mention) => {
        if (inRanges(mention.start - offset, degreeSpans)) return false;
        if (duty && employersOwn.test(sentence.text.slice(0, mention.start - offset))) return false;
        if (!names.isName(text, mention, sentence.text)) return true;
        namesNotSkills.add(mention.skill.name);
        return false;
      });
      if (skills.length === 0) continue;
      const scopes = alternativeScopes(sentence.text).map(([start, end]) => [start + offset, end + offset] as const);
      for (const mention of skills) {
        const other = unknownAlternative(sentence.text, mention.start - offset, mention.end - offset, posting.company);
        if (other) unknownAlternatives.set(mention.skill.name, other);
      }
      const requiredMentions: SkillMention[] = [];
      const niceMentions: SkillMention[] = [];
      for (const mention of skills) (inRanges(mention.start - offset, optional) ? niceMentions : requiredMentions).push(mention);
      for (const mention of requiredMentions) {
        if (isCredentialSkill(mention.skill) && mandatoryAt(sentence.text, mention.start - offset)) mandatorySkills.add(mention.skill.name);
      }
      const groups = requirementGroups(text, requiredMentions, scopes);
      required.push(...groups);
      if (part === 'required') for (const group of groups) if (group.length > 1) stated.push(group);
      nice.push(...requirementGroups(text, niceMentions, scopes));
    }
    if (headerField) continue;
    // "Required skills: A, B, C.": each item is asked for, known to the vocabulary or not (read in every field).
    const listed = part !== 'role' ? listedRequirements(line, onLine.map((mention) => [mention.start - lineStart, mention.end - lineStart] as const)) : undefined;
    if (listed) {
      listedLines.push(...listed.lines);
      const waived = waivedLanguages(line);
      for (const language of listed.languages) {
        if (!waived.includes(language.name) && !conditions.some((known) => known.kind === 'language' && known.label === language.name)) {
          const mandatory = !language.optional && mandatoryAt(line, Math.max(0, line.toLowerCase().indexOf(language.name.toLowerCase())));
          conditions.push({ kind: 'language', label: language.name, weighs: true, needs: [language.name], optional: language.optional, ...(mandatory ? { mandatory: true as const } : {}) });
        }
      }
      continue;
    }
    // "Sea freight, Incoterms, customs documents, Dutch.": each term the vocabulary does not read is asked for on its own.
    const terms = part === 'role' || yearsOnLine || conditions.length > conditionsBefore || lineHeadings[index] ? undefined : termList(line);
    if (terms) {
      for (const term of terms) {
        const start = lineStart + term.offset;
        if (onLine.some((mention) => mention.start < start + term.text.length && start < mention.end)) continue;
        const language = namesLanguages ? languagesIn(term.text) : [];
        if (language.length === 1 && language[0] !== 'English' && term.text.trim().toLowerCase() === language[0]?.toLowerCase()) {
          if (!conditions.some((known) => known.kind === 'language' && known.label === language[0])) {
            conditions.push({ kind: 'language', label: language[0] as string, weighs: true, needs: [language[0] as string], optional: part === 'nice' });
            conditionKeys.add(`language|${(language[0] as string).toLowerCase()}`);
          }
          continue;
        }
        const found = requirementLine(term.text, { listed: true });
        if (found) lineRequirements.push(part === 'nice' ? { ...found, optional: true } : found);
      }
      continue;
    }
    // A line the vocabulary, the conditions and the years left unread is a requirement of its own words.
    if (part === 'role' || onLine.length > 0 || conditions.length > conditionsBefore || yearsOnLine || lineHeadings[index]) continue;
    if (line.trim() === title || (posting.company && line.toLowerCase().includes(posting.company.toLowerCase()))) continue;
    if (postingManagementKind('', line) !== undefined) continue;
    // "Fluent English" in a posting written in English: a language it takes for granted, not a requirement of its words.
    if (namesLanguages && asksOnlyForLanguages(line)) continue;
    if (isPlaceList(line.replace(/[.;]+\s*$/, '').split(/\s*,\s*/).map((item) => item.trim()))) continue;
    // "Build Moodle courses", "Train facilitators": a duty of the role, not a skill asked for.
    if (isDuty(line)) continue;
    const found = requirementLine(line, { listed: part === 'required' || part === 'nice' });
    if (found) lineRequirements.push(part === 'nice' ? { ...found, optional: true } : found);
  }
  const requiredSkills = withUnknownAlternatives(dedupe(required, new Set(), stated), unknownAlternatives);
  const niceToHaveSkills = withUnknownAlternatives(dedupe(nice, new Set(requiredSkills.flatMap((requirement) => requirement.anyOf))), unknownAlternatives);
  const properNames = properNamesOf(tokens, names.companyTokens);
  const field = yearsField ?? jobFieldOf(title, vocabulary);
  const managementKind = postingManagementKind(title, requiredText.join('\n'));
  const prepared: PreparedPosting = {
    title: posting.title,
    requiredSkills,
    niceToHaveSkills,
    // A posting in another language shares no words with a resume in English: its words are not compared ("een", "der").
    keywords: inEnglish ? salientKeywords({ tokens: titleTokens, mentions: titleMentions }, { tokens, mentions }, lines, parts, properNames) : [],
    managesPeople: managementKind !== undefined,
    namesNotSkills: [...namesNotSkills].filter((name) => !requiredSkills.some((requirement) => requirement.anyOf.includes(name))),
    conditions,
    requirementLines: [...(readsRequirementLines(field, [...requiredSkills, ...niceToHaveSkills], vocabulary) ? lineRequirements : []), ...listedLines],
  };
  if (field) prepared.field = field;
  const mandatory = [...mandatorySkills].filter((name) => requiredSkills.some((requirement) => requirement.anyOf.includes(name)));
  if (mandatory.length > 0) prepared.mandatorySkills = mandatory;
  if (managementKind) prepared.managementKind = managementKind;
  if (yearsRequired !== undefined) prepared.yearsRequired = yearsRequired;
  if (yearsFields) prepared.yearsFields = yearsFields;
  if (yearsFieldWords) prepared.yearsFieldWords = yearsFieldWords;
  if (yearsSetting) prepared.yearsSetting = yearsSetting;
  if (yearsSpecialty && field === 'software') prepared.yearsSpecialty = yearsSpecialty;
  if (studentTitle.test(title) || enrolmentAsked.test(text)) prepared.forStudents = true;
  const fromTitle = seniorityFromTitle(title);
  // An internship, traineeship or working student's job by its title, the board's level or type, or its text ("Bolsa de estágio").
  const internship = fromTitle === 'intern' || (posting.tags ?? []).some((tag) => internshipTag.test(tag.trim())) || internshipTitle.test(title) || internshipText.test(text);
  if (internship) prepared.internship = true;
  if (fromTitle) {
    prepared.seniority = fromTitle;
    prepared.seniorityFrom = 'title';
  } else if (internship) {
    prepared.seniority = 'intern';
    prepared.seniorityFrom = 'title';
  } else if (yearsRequired !== undefined && yearsNumbered) {
    prepared.seniority = seniorityFromYears(yearsRequired);
    prepared.seniorityFrom = 'years';
  }
  return prepared;
}

// A mention right after "our" (or "your"/"their" team's): the employer's own thing, in a duty.
const employersOwn = /(?<![\p{L}])(?:our|our own|the company's|the team's)\s+$/iu;

// A board's level or employment type that names an internship ("Internship", "intern", "Trainee").
const internshipTag = /^(?:internships?|interns?|trainee(?:ship)?s?|apprentice(?:ship)?s?|working students?|werkstudent\p{L}*|estágios?|stage|prácticas|praktikum)$/iu;
// An internship in the posting's title, in the languages boards near Europe post in.
const internshipTitle =
  /(?<![\p{L}])(?:internships?|interns?|traineeships?|trainees?|est[áa]gios?|estagi[áa]ri[oa]s?|pr[áa]cticas|becari[oa]s?|stagiaire|tirocini[oa]|stagista|praktikum|praktikant\p{L}*|werkstudent\p{L}*)(?![\p{L}])/iu;
// The text says the job itself is one ("Bolsa de estágio", "this 6-month internship"); "internships count" toward years asked does not.
const internshipText =
  /(?<![\p{L}])(?:bolsa de est[áa]gio|est[áa]gio (?:profissional|curricular|remunerado)|(?:this|our|the|a|an) (?:paid |unpaid |summer |\d+[- ]months? |\d+[- ]week )?(?:internship|traineeship) (?:is|lasts|runs|of|for|in|with|starts|programme|program)|(?:internship|traineeship|trainee) (?:programme|program|stipend|allowance)|pr[áa]cticas (?:remuneradas|profesionales|curriculares)|convention de stage|stage de fin d'[ée]tudes|tirocinio (?:formativo|curriculare|extracurriculare)|pflichtpraktikum)(?![\p{L}])/iu;

// A job only a student can take: by its title, or by the enrolment its text asks for.
const studentTitle = /(?<![\p{L}])(?:werkstudent\p{L}*|werkstudierende\p{L}*|working student|student (?:assistant|worker|job)|studentische[rn]? (?:hilfskraft|mitarbeiter\p{L}*))(?![\p{L}])/iu;
const enrolmentAsked =
  /(?:während (?:deines|ihres|des) (?:studiums|bachelor|master)|(?:eingeschrieben|immatrikuliert)(?:e[rn]?)?\b|immatrikulationsbescheinigung|(?:currently|actively) enrolled|enrolled (?:as a student|in a (?:degree|university|college|bachelor|master))|must be a (?:current )?(?:university |college )?student|current (?:university |college )?students? only)/iu;

// A capitalised name of one or two words ("CargoWise", "Blue Yonder") joined to a skill by "or".
const nameBefore = /(?:^|[\s,:(])(\p{Lu}[\p{L}\p{N}+#.-]*(?:\s\p{Lu}[\p{L}\p{N}+#.-]*)?)\s+or\s+$/u;
const nameAfter = /^\s+or\s+(\p{Lu}[\p{L}\p{N}+#-]*(?:\s\p{Lu}[\p{L}\p{N}+#-]*)?)(?=\s*(?:[,.;:)]|$))/u;

/**
 * The name a sentence offers as an alternative to the skill at [start, end) when the
 * vocabulary does not know it: "CargoWise or SAP" → "CargoWise". A name that is the company's is not one.
 */
function unknownAlternative(sentence: string, start: number, end: number, company: string | undefined): string | undefined {
  const name = nameBefore.exec(sentence.slice(0, start))?.[1] ?? nameAfter.exec(sentence.slice(end))?.[1];
  if (!name || (company && company.toLowerCase().includes(name.toLowerCase())) || languagesIn(name).length > 0) return undefined;
  return name;
}

// A single-skill requirement offered beside an unknown name becomes "CargoWise or SAP", met by either.
function withUnknownAlternatives(requirements: readonly SkillRequirement[], alternatives: ReadonlyMap<string, string>): SkillRequirement[] {
  return requirements.map((requirement) => {
    const [only] = requirement.anyOf;
    const other = requirement.anyOf.length === 1 && only ? alternatives.get(only) : undefined;
    return other ? { ...requirement, label: `${other} or ${requirement.label}`, orTerms: [other] } : requirement;
  });
}

const placeOrTerms = /\b(?:remote|hybrid|on-?site|office|full[- ]time|part[- ]time|permanent|contract|salary|per (?:hour|year|annum))\b|[$£€]/i;

/**
 * A line that is only a list of short terms ("Freight forwarding, sea freight, Incoterms,
 * customs documents, Dutch."): three or more items of at most four words, no sentence inside.
 */
function termList(line: string): { text: string; offset: number }[] | undefined {
  const body = line.replace(/^\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s+/, '');
  if (!body.includes(',') || placeOrTerms.test(body) || /[.!?:;]\s+\S/.test(body)) return undefined;
  const lead = line.length - body.length;
  const items: { text: string; offset: number }[] = [];
  // Commas inside brackets list examples of one term: "customer and certification audits (BRCGS, IFS)" is one.
  for (const match of body.matchAll(/(?:[^,(]|\([^)]*\)?)+/g)) {
    // "…, customs documents and Dutch.": the last "and" joins two terms; "customer and
    // certification audits" shares its noun ("customer audits") and stays one.
    const pieces = sharedHead.test(match[0]) ? [match[0]] : match[0].split(/\s+(?:and|&)\s+(?=[^,]*$)/);
    let within = 0;
    for (const piece of pieces) {
      const at = match[0].indexOf(piece, within);
      within = at + piece.length;
      const text = piece.replace(/[.;]+\s*$/, '').trim();
      if (text) items.push({ text, offset: lead + match.index + at + (piece.length - piece.trimStart().length) });
    }
  }
  if (items.length < 3 || items.some((item) => item.text.split(/\s+/).length > 4)) return undefined;
  return isPlaceList(items.map((item) => item.text)) ? undefined : items;
}

// "customer and certification audits", "internal and external audits": one lower-case word, "and", then words ending in a plural noun.
const sharedHead = /(?:^|\s)\p{Ll}[\p{Ll}-]*\s+(?:and|&)\s+\p{Ll}[\p{Ll}-]*\s+\p{Ll}+s\b/u;

// Places and names ("Ghent, Antwerp, Brussels"): every item one capitalised word.
function isPlaceList(items: readonly string[]): boolean {
  return items.length >= 2 && items.every((item) => /^\p{Lu}[\p{Ll}-]+$/u.test(item));
}

// Outside software and its neighbours (or, in a posting whose field is unknown, when none of
// its skills is a software one), requirement lines are read beyond the vocabulary.
function readsRequirementLines(field: JobField | undefined, skills: readonly SkillRequirement[], vocabulary: SkillVocabulary): boolean {
  if (field !== undefined) return !vocabularyFields.has(field);
  return !skills.some((requirement) => requirement.anyOf.some((name) => techCategories.has(vocabulary.byName.get(name.toLowerCase())?.category ?? '')));
}

// The role named after the years ("… as an electrician", "… as a Registered Nurse"), read as a title.
function fieldOfYears(afterYears: string, vocabulary: SkillVocabulary): JobField | undefined {
  const role = /\bas an?\s+((?:[\w'-]+\s+){0,3}?[\w'-]+?)(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|with|in|at|for|who|including|on|working|preferably|ideally)\b)/i.exec(afterYears);
  return role?.[1] ? jobFieldOf(role[1], vocabulary) : undefined;
}

// "12+ years in battery or powertrain engineering" → "battery or powertrain engineering": what the years are in, as the posting says it.
const yearsInWords = /^\d+\s*\+?\s*(?:years?|yrs?)\b(?:\s+of)?(?:\s+(?:professional|relevant|proven|hands-on|industry|industrial|work))?(?:\s+experience)?\s+(?:in|within)\s+((?:the\s+)?\p{L}[\p{L}\s/&-]{2,60}?)(?=\s*(?:[.,;:()]|\bincluding\b|\bwith\b|\bat\b|$))/iu;

function fieldWordsOfYears(afterYears: string): string | undefined {
  return yearsInWords.exec(afterYears.trim())?.[1]?.trim();
}

function cutRanges(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  let kept = text;
  for (const [start, end] of [...ranges].sort((a, b) => b[0] - a[0])) kept = `${kept.slice(0, start)} ${kept.slice(end)}`;
  return kept;
}

// "Data analyst experience required", "Experience as a sous chef is essential": the role named, when the sentence requires it.
const roleExperienceRequired =
  /(?:^|[.:;]\s*|\b(?:proven|previous|prior|relevant|solid)\s+)((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\s+experience\s+(?:is\s+)?(?:required|essential|mandatory|a must)\b|\bexperience\s+as\s+an?\s+((?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*)\s+(?:is\s+)?(?:required|essential|mandatory|a must)\b/iu;
const notARole = /^(?:(?:some|any|the|of|work|working|professional|previous|prior|relevant|proven|solid)\s*)+$/i;

function experienceRequiredIn(sentence: string): string | undefined {
  const match = roleExperienceRequired.exec(sentence.trim());
  const role = (match?.[1] ?? match?.[2])?.trim();
  return role && !notARole.test(role) ? role : undefined;
}

/** The years a sentence asks for, with where each is written. */
function yearsIn(sentence: string): YearsFound[] {
  // "min. 3 jaar ervaring", "5 Jahre Berufserfahrung": a posting in another language asks for years in its own words.
  const other = mayNameOtherYears.test(sentence) ? otherLanguageYears(sentence) : [];
  if (!/y(?:ea)?rs?\b/i.test(sentence)) return other;
  const found: YearsFound[] = [...other];
  for (const match of sentence.matchAll(yearsPattern)) {
    const raw = (match[1] ?? '').toLowerCase();
    const value = wordNumbers[raw] ?? Number(raw);
    if (value > 0 && value <= 20) found.push({ years: value, offset: match.index, end: match.index + match[0].length });
  }
  return found;
}

// Offset in the text → index of the line it falls on (a binary search over line starts).
function lineLocator(lines: readonly string[]): (offset: number) => number {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return (position) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  };
}

// One requirement per skill set; a group is dropped when one of its skills is required on its
// own (the single requirement already covers it) or was already counted. A group stated under
// the requirements ("Go or Java") stands, and a mention of one of its skills elsewhere
// ("services in Go") is covered by it rather than made a requirement of its own.
function dedupe(groups: readonly string[][], covered: ReadonlySet<string>, stated: readonly string[][] = []): SkillRequirement[] {
  const inStated = new Set(stated.flat());
  const singles = new Set(groups.filter((group) => group.length === 1 && !inStated.has(group[0] as string)).map((group) => group[0] as string));
  const seen = new Set<string>();
  const requirements: SkillRequirement[] = [];
  for (const group of groups) {
    const anyOf = group.length === 1 ? group : [...new Set(group)];
    if (anyOf.some((name) => covered.has(name))) continue;
    if (anyOf.length > 1 && anyOf.some((name) => singles.has(name))) continue;
    if (anyOf.length === 1 && inStated.has(anyOf[0] as string)) continue;
    const key = anyOf.length === 1 ? (anyOf[0] as string) : [...anyOf].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    requirements.push({ anyOf, label: anyOf.join(' or ') });
  }
  return requirements;
}

// Each line gets the part of the posting it sits in, from the last heading above it. A label
// with its content on the same line ("Nice to have: TypeScript") is that line's part only.
function classifyLines(lines: readonly string[], lineHeadings: readonly (Exclude<Part, 'none'> | undefined)[]): Part[] {
  let current: Part = 'none';
  return lines.map((line, index) => {
    const heading = lineHeadings[index];
    if (!heading) return current;
    if (/:\s*\S/.test(line.replace(/\*\*|__/g, ''))) return heading;
    current = heading;
    return current;
  });
}

// The job board's own lines pasted with the posting ("Posted 3 days ago", "Full-time · Hybrid",
// "Robert Bosch GmbH, Leinfelden-Echterdingen") are read as the posting's other parts: nothing asked.
// A list of names at the top ("Python, Go, Kubernetes") is what the posting asks, not where the employer is.
function withoutBoardPageLines(lines: readonly string[], lineHeadings: readonly (Exclude<Part, 'none'> | undefined)[], parts: Part[], vocabulary: SkillVocabulary): Part[] {
  let atTop = true;
  return parts.map((part, index) => {
    const line = lines[index] ?? '';
    if (lineHeadings[index] || /^\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s+/.test(line) || line.trim().split(/\s+/).length > 12) atTop = false;
    return isBoardPageLine(line, atTop && findSkills(line, vocabulary).length === 0) ? 'other' : part;
  });
}

function headingOf(line: string): Exclude<Part, 'none'> | undefined {
  const text = line
    .trim()
    .replace(/^#{1,6}\s*|^\*\*|\*\*$|^__|__$/g, '')
    .replace(/\*\*|__/g, '')
    .trim();
  // A long line may still open with a label: "Requirements: teaching certification, …".
  if (text === '' || (text.length > 60 && !/^[^:]{1,40}:\s/.test(text))) return undefined;
  // A heading stands alone ("Requirements", "What you'll need:") and is not a bullet.
  if (/^[-*•·]\s/.test(line.trim())) return undefined;
  // "Nice to have: TypeScript" is a label and its content; "Bonus if you know Haskell. You
  // write Scala daily." is a sentence that starts with a heading word, not a heading.
  const colon = text.indexOf(':');
  const label = (colon >= 0 ? text.slice(0, colon) : text).replace(/[.!]+$/, '').trim();
  for (const [part, pattern] of headings) {
    const match = pattern.exec(label);
    if (!match) continue;
    const rest = label.slice(match[0].length).trim();
    if (/[.!?]\s/.test(rest) || rest.split(/\s+/).filter(Boolean).length > 3) return undefined;
    return part;
  }
  // "Position Summary", "Company Description", "Essential criteria": a section title of a board or an employer's template.
  return colon >= 0 && text.slice(colon + 1).trim() !== '' ? undefined : sectionTitlePart(label);
}

interface Tokenised {
  tokens: readonly SkillToken[];
  mentions: readonly SkillMention[];
}

interface KeywordCount {
  term: Term;
  weight: number;
  first: number;
  count: number;
  inTitle: boolean;
}

// Skills are scored on their own: the keyword count skips the tokens they cover. Tokens,
// mentions and line starts all run in text order, so one pointer each walks them.
function salientKeywords(title: Tokenised, description: Tokenised, lines: readonly string[], parts: readonly Part[], properNames: ReadonlySet<string>): Term[] {
  const counts = new Map<string, KeywordCount>();
  let position = 0;
  const add = (token: SkillToken, weight: number, inTitle: boolean) => {
    const termStemmed = termStem(token);
    if (termStemmed === undefined || properNames.has(token.lower) || isEmploymentOrPlaceWord(token.lower)) return;
    position++;
    const entry = counts.get(termStemmed);
    if (!entry) counts.set(termStemmed, { term: { word: token.lower, stem: termStemmed }, weight, first: position, count: 1, inTitle });
    else {
      entry.weight += weight;
      entry.count++;
      entry.inTitle ||= inTitle;
    }
  };
  forEachWord(title, (token) => add(token, 3, true));
  let line = 0;
  let lineEnd = (lines[0]?.length ?? 0) + 1;
  forEachWord(description, (token) => {
    while (token.start >= lineEnd && line < lines.length - 1) {
      line++;
      lineEnd += (lines[line]?.length ?? 0) + 1;
    }
    const part = parts[line] ?? 'none';
    if (part !== 'other') add(token, part === 'required' ? 2 : 1, false);
  });
  // A word is salient when the title says it or the posting repeats it; ties go to the earlier word.
  return [...counts.values()]
    .filter((entry) => entry.inTitle || entry.count >= 2)
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .slice(0, keywordLimit)
    .map((entry) => entry.term);
}

// Visits the tokens no skill mention covers.
function forEachWord({ tokens, mentions }: Tokenised, visit: (token: SkillToken) => void): void {
  let mentionIndex = 0;
  for (const token of tokens) {
    while (mentionIndex < mentions.length && (mentions[mentionIndex]?.end ?? 0) <= token.start) mentionIndex++;
    const mention = mentions[mentionIndex];
    if (mention && mention.start <= token.start) continue;
    visit(token);
  }
}

/** The sentences of one line, with their offsets in it ("… Rust and Go. Docker is a plus."). */
function sentencesOf(line: string): { text: string; start: number; end: number }[] {
  const sentences: { text: string; start: number; end: number }[] = [];
  const boundary = /[.!?;]+(?=\s+|$)/g;
  let start = 0;
  // Most lines are one sentence with no stop at all: no `matchAll` (which copies the pattern) for them.
  const stops = /[.!?;]/.test(line) ? line.matchAll(boundary) : [];
  for (const match of stops) {
    const end = match.index + match[0].length;
    sentences.push({ text: line.slice(start, end), start, end });
    start = end;
  }
  if (start < line.length) sentences.push({ text: line.slice(start), start, end: line.length });
  return sentences;
}
