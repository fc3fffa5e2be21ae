/**
 * Whether a resume shows a posting's non-skill requirement (see `posting-conditions.ts`): its
 * licences and certificates section, the lines that name a licence or a card, the languages
 * it lists, and its text.
 */
import type { JsonResume } from '../../protocol/json-resume.ts';
import { languagesIn, spokenLanguages } from '../spoken-languages.ts';
import { readsAsEnglish } from '../written-language.ts';
import { cefrName, levelStated, type LanguageLevel } from './language-levels.ts';
import { type DegreeAsked, type DegreeClass, type DegreeLevel, degreeClasses, degreeClassOf, degreeLevels, type PostingCondition } from './posting-conditions.ts';
import { stem } from './salient-terms.ts';
import { heldInPart } from './known-credentials.ts';
import { credentialLine as listedCredentialLine, isHeldCredential, isPendingCredentialLine } from '../credential-status.ts';

/** A requirement that is not a skill (a licence, the right to work, nights), and whether the resume shows it. */
export interface ConditionMatch {
  kind: string;
  /** As the posting put it: "Full UK driving licence", "Spanish". */
  requirement: string;
  optional: boolean;
  /** A credential the person holds or not: unshown, it counts against the skills score like a missing required skill. */
  weighs: boolean;
  /** The resume line that shows it, or null when the resume does not. */
  shownBy: string | null;
  /** A language the resume lists below the level asked ("Dutch at B1"): not met, and said as such. */
  listedBelow?: string;
  /** A degree the resume lists below the level asked ("B.E. — Mechanical Engineering (a bachelor's)" for a master's): not met, and said as such. */
  degreeBelow?: string;
  /** A licence the resume lists with a status word ("CNO registration — application in progress"): not met, said as in progress. */
  inProgress?: string;
  /** A degree the posting accepts "or equivalent experience" in place of. */
  orExperience?: boolean;
  /** A licence the posting accepts "or eligible" for: being eligible meets it, never a knock-out. */
  orEligible?: boolean;
  /** Met by eligibility: the resume line it was read from (a registration elsewhere, one applied for), as written. */
  eligibleBy?: string;
  /** A language or a licence the posting makes a condition of the job ("German (C1) is mandatory", "must hold a PE licence"): unmet, a knock-out. */
  mandatory?: boolean;
  /** A language not met: CEFR steps below the level asked as the resume lists it, null when it does not list it. */
  stepsBelow?: number | null;
}

/** What a resume offers as evidence of conditions, read once. */
export interface ConditionEvidence {
  /** The whole text, for conditions written anywhere ("Available for nights and weekends"). */
  text: string;
  /** Certificates and the lines that name a licence, card, registration or clearance, held: none with a status word. */
  credentialLines: string[];
  /** Credentials listed with a status word ("CNO registration – application in progress"): not held, said as in progress. */
  pendingLines: string[];
  languages: string[];
  /** The level the resume states for a language it lists ("Dutch – B1"), by its English name; a language with none stated is absent. */
  languageLevels: Map<string, LanguageLevel>;
  /** Each education entry as one line: its level, subject and school ("Postgraduate Food Safety and Quality — Escola Superior de Biotecnologia"). */
  education: EducationEvidence[];
}

/** One education entry: its line, the level it is (null when it does not say) and its class when stated (`score`). */
export interface EducationEvidence {
  line: string;
  level: DegreeLevel | null;
  class: DegreeClass | null;
}

// The level an entry is, from its type ("BSc", "PGCE", "MSc"): a teaching or other certificate,
// a postgraduate diploma, an HND are below a bachelor's degree; a PGCE is not a master's.
const entryLevels: ReadonlyArray<readonly [DegreeLevel, RegExp]> = [
  ['doctorate', /\b(?:ph\.?\s?d|d\.?phil|doctor(?:ate|al)?|ed\.?d|eng\.?d|doktor|doctorado|doutorado)\b|(?<![\p{L}.])dr\.(?:[-\s]?(?:ing|rer|phil|med)\b)?/iu],
  ['diploma', /\b(?:pgce|pgde|pgdip|pg\s?dip|pgcert|pg\s?cert|postgraduate\s+(?:certificate|diploma)|certificate|cert|diploma|hnd|hnc|foundation\s+degree|a[- ]levels?|gcses?|course|curso|workshop|training|bootcamp|nanodegree)\b/i],
  // A German Diplom (Dipl.-Ing., Diplom-Kaufmann) is a master's; M.E. and M.Tech are the Indian master's of engineering.
  ['master', /\b(?:m\.?sc|m\.a\.?|ma|m\.?eng|mba|m\.?res|m\.?phil|llm|med|m\.?ed|masters?|master['’]s|mestrado|máster|maîtrise|m\.\s?e\.?|m\.?\s?tech|dipl\.?[-\s]?(?:ing|kfm|inf|phys|math|chem)\.?|diplom(?:-\p{L}+)?)(?![\p{L}])/iu],
  // B.E. and B.Tech are the Indian bachelor's of engineering; a Bacharelado the Brazilian bachelor's.
  ['bachelor', /\b(?:b\.?sc|b\.a\.?|ba|b\.?eng|bs|llb|bed|b\.?ed|bachelors?|bachelor['’]s|hons|honours|undergraduate|licenciatura|bacharelado|licence|degree|b\.\s?e\.?|b\.?\s?tech)(?![\p{L}])/iu],
];

/** The level of one education entry, read from its type first, then its subject. */
function levelOfEntry(studyType: string | undefined, area: string | undefined): DegreeLevel | null {
  for (const text of [studyType, area]) {
    if (!text) continue;
    const found = entryLevels.find(([, pattern]) => pattern.test(text));
    if (found) return found[0];
  }
  return null;
}

const credentialLine = /licen[cs]|certif|registered|registration|\bcard\b|ticket|clearance|cleared|qualified|chartered|\bQTS\b|\bCDL\b|\bDBS\b/i;

/**
 * Reads the evidence of a resume once.
 *
 * @example
 * conditionEvidence(resume, rawText).languages; // ['English', 'Spanish']
 */
export function conditionEvidence(resume: JsonResume, rawText: string, today: Date = new Date()): ConditionEvidence {
  // A credential with a status word ("pending", "application in progress", "expected 2027") is not held: never a line that shows one.
  // One that ran out ("valid to 11/2026" before today) is not held either, and its line says when it expired.
  const certificates = (resume.certificates ?? []).filter((certificate) => isHeldCredential(certificate, today)).map((certificate) => listedCredentialLine(certificate, today));
  const pending = (resume.certificates ?? []).filter((certificate) => !isHeldCredential(certificate, today)).map((certificate) => listedCredentialLine(certificate, today));
  return {
    text: rawText,
    credentialLines: [...certificates, ...rawText.split('\n').filter((line) => credentialLine.test(line) && !isPendingCredentialLine(line, today))],
    pendingLines: pending,
    languages: spokenLanguages(resume),
    languageLevels: languageLevels(resume, rawText),
    education: (resume.education ?? [])
      .map((entry) => ({
        line: [entry.studyType, entry.area, entry.institution].filter(Boolean).join(' — '),
        level: levelOfEntry(entry.studyType ?? undefined, entry.area ?? undefined),
        class: degreeClassOf([entry.score, entry.studyType].filter(Boolean).join(' ')),
      }))
      .filter((entry) => entry.line !== ''),
  };
}

/**
 * The levels a resume states for its languages: a Languages entry's fluency ("B1", "Native"),
 * else a short line that names the language and a level ("Dutch - B1", "German (A2)").
 */
function languageLevels(resume: JsonResume, rawText: string): Map<string, LanguageLevel> {
  const levels = new Map<string, LanguageLevel>();
  for (const entry of resume.languages ?? []) {
    const level = levelStated(`${entry.fluency ?? ''} ${(entry.language ?? '').replace(languageNamesOnly, ' ')}`);
    if (level) for (const name of languagesIn(entry.language ?? '')) if (!levels.has(name)) levels.set(name, level);
  }
  for (const line of rawText.split('\n')) {
    if (line.length > 60) continue;
    const named = languagesIn(line);
    if (named.length !== 1 || levels.has(named[0] as string)) continue;
    const level = levelStated(line);
    if (level) levels.set(named[0] as string, level);
  }
  return levels;
}
// A language entry's own name ("Dutch"), apart from the level written beside it ("Dutch (B1)").
const languageNamesOnly = /^[^(–—:-]*/;

/**
 * The language a resume lists below the level a posting asks ("Dutch at B1"), or undefined when
 * the level is met, not asked, or the resume states none.
 *
 * @example
 * languageBelow({ kind: 'language', label: 'Dutch', needs: ['Dutch'], level: { rank: 4, said: 'vloeiend' } }, evidence); // 'Dutch at B1'
 */
export function languageBelow(condition: Pick<PostingCondition, 'kind' | 'label' | 'needs' | 'level'>, evidence: ConditionEvidence): string | undefined {
  if (condition.kind !== 'language' || !condition.level) return undefined;
  const asked = condition.level.rank;
  const listed = condition.needs.filter((language) => evidence.languages.includes(language));
  const below = listed.map((language) => [language, evidence.languageLevels.get(language)] as const).filter(([, level]) => level !== undefined && level.rank < asked);
  if (below.length === 0 || below.length < listed.length) return undefined;
  return below.map(([language, level]) => `${language} at ${/^[ABC][12]$/.test(level?.said ?? '') ? level?.said : `${level?.said ?? ''} (${cefrName(level?.rank ?? 1)})`}`).join(', ');
}

const drivingLicence =
  /\bdriv(?:ing|ers?|er['’]s)\s+licen[cs]e|\bCDL\b|\bHGV\b|\bLGV\b|\bC\+E\b|\bclean licen[cs]e|\bfull (?:UK |US )?licen[cs]e|\bcategor(?:y|ies) [BCD]\b|(?<![\p{L}])(?:führerschein|fuehrerschein|fahrerlaubnis|permis (?:de conduire|B)|rijbewijs|carn[eé]t? de conducir|carta de condução|prawo jazdy|patente (?:di guida|B))(?![\p{L}])/iu;
const rightToWork = /\bright to work\b|\b(?:eligible|authori[sz]ed|entitled) to work\b|\bwork permit\b|\bcitizen(?:ship)?\b|\bsettled status\b|\bindefinite leave\b|\bgreen card\b|\bpermanent resident\b/i;
const backgroundCheck = /\bDBS\b|\bPVG\b|\bCRB\b|\bbackground (?:check|screening)/i;
const physical = /\blift(?:ing|ed)?\b|\bmanual handling\b|\bmoving and handling\b|\bphysically\b|\bon (?:my|your) feet\b/i;
const clearance = /\bclearance\b|\bcleared\b|\bBPSS\b/i;

/**
 * A licence the posting asks for that the resume lists only with a status word: the line that
 * says so ("CNO registration — application in progress"), or undefined. Such a licence is not
 * met; the match says it is in progress rather than "not shown".
 *
 * @example
 * conditionInProgress({ kind: 'licence', needs: ['cno', 'registration'], … }, evidence);
 * // 'CNO registration — application in progress'
 */
export function conditionInProgress(condition: Pick<PostingCondition, 'kind' | 'label' | 'needs' | 'degree' | 'fully' | 'level'>, evidence: ConditionEvidence): string | undefined {
  if (condition.kind !== 'licence' || evidence.pendingLines.length === 0) return undefined;
  return conditionShownBy(condition, { ...evidence, credentialLines: evidence.pendingLines });
}

// A registration or licence to practise held somewhere: the ground an "or eligible" requirement is applied on.
const practiceCredential = /regist(?:ered|ration)|licen[cs]|licensure|practi[cs]e permit|\b(?:RN|RGN|RMN|LPN|RPN)\b/i;
const drivingWords = /\bdriv(?:ing|er)|\bcdl\b|\bhgv\b|\bclass\s+[a-e]\b/i;

/**
 * What shows a person eligible for a licence the posting accepts "or eligible" for: the licence
 * itself applied for or in progress, else a registration or licence to practise held elsewhere
 * ("NMC Registered Nurse (Adult)" for "registration with BCCNM (or eligible)"). Undefined when the
 * resume shows neither.
 *
 * @example
 * eligibilityShownBy({ kind: 'licence', needs: ['BCCNM'], … }, evidence); // 'NMC Registered Nurse (Adult)'
 */
export function eligibilityShownBy(condition: Pick<PostingCondition, 'kind' | 'label' | 'needs' | 'degree' | 'fully' | 'level'>, evidence: ConditionEvidence): string | undefined {
  if (condition.kind !== 'licence') return undefined;
  return conditionInProgress(condition, evidence) ?? evidence.credentialLines.find((line) => practiceCredential.test(line) && !drivingWords.test(line))?.trim();
}

/**
 * Where the resume shows a condition ("Full UK driving licence (clean)"), or undefined when it
 * does not.
 *
 * @example
 * conditionShownBy({ kind: 'language', needs: ['Spanish'], … }, evidence); // 'Spanish'
 */
export function conditionShownBy(condition: Pick<PostingCondition, 'kind' | 'label' | 'needs' | 'degree' | 'fully' | 'level'>, evidence: ConditionEvidence): string | undefined {
  const lineWith = (pattern: RegExp, lines: readonly string[] = [...evidence.credentialLines, ...evidence.text.split('\n')]) =>
    lines.find((line) => pattern.test(line))?.trim();
  switch (condition.kind) {
    case 'driving licence':
      return lineWith(drivingLicence);
    case 'right to work':
      return lineWith(rightToWork);
    case 'background check':
      return lineWith(backgroundCheck);
    case 'physical':
      return lineWith(physical);
    case 'clearance': {
      const level = condition.needs[0];
      return level ? lineWith(new RegExp(`\\b${escape(level)}\\b`, 'i'), evidence.credentialLines) : lineWith(clearance, evidence.credentialLines);
    }
    case 'hours': {
      // "nights" is shown by "night shifts", "on-call" by "on call": the first word, unless it says nothing alone.
      for (const need of condition.needs) {
        const words = need.replace(/s$/, '').split(/[- ]/).filter(Boolean);
        const shown = /^(?:on|early|bank|public|split|rotating|shift)$/.test(words[0] ?? '') ? words : words.slice(0, 1);
        const line = shown.length > 0 ? lineWith(new RegExp(`\\b${shown.map(escape).join('[- ]?')}`, 'i')) : undefined;
        if (line) return line;
      }
      return undefined;
    }
    case 'language': {
      if (condition.needs[0] === 'bilingual') {
        const languages = new Set([...evidence.languages, 'English']);
        return languages.size >= 2 || /\bbilingual\b/i.test(evidence.text) ? [...languages].join(', ') : undefined;
      }
      const alternatives = /\bor\b/.test(condition.label);
      // A level asked is met by a level stated at or above it; a language listed with no level is taken at its word.
      const atLevel = (language: string) => !condition.level || (evidence.languageLevels.get(language)?.rank ?? 6) >= condition.level.rank;
      // A resume written in English that lists no English shows it by being written in it (a native speaker seldom lists it).
      const writtenIn = (language: string) => language === 'English' && !evidence.languages.includes('English') && readsAsEnglish(evidence.text);
      const spoken = condition.needs.filter((language) => (evidence.languages.includes(language) && atLevel(language)) || writtenIn(language));
      const named = spoken.map((language) => {
        if (writtenIn(language)) return 'English (the resume is written in it)';
        const level = condition.level ? evidence.languageLevels.get(language) : undefined;
        return level ? `${language} (${level.said})` : language;
      });
      return (alternatives ? spoken.length > 0 : spoken.length === condition.needs.length) ? named.join(', ') : undefined;
    }
    case 'education':
      return educationShowing(condition.needs, condition.degree, evidence.education);
    case 'licence': {
      const [first] = condition.needs;
      if (first?.includes('|')) {
        const pattern = new RegExp(`\\b(?:${first})\\b`, 'i');
        return evidence.credentialLines.find((line) => pattern.test(line) && !(condition.fully && heldInPart(line)))?.trim();
      }
      // Every naming word, by its stem, on one line that names a licence or a certificate.
      const stems = condition.needs.map((word) => stem(word.toLowerCase()));
      return evidence.credentialLines
        .find((line) => {
          const words = line.toLowerCase().split(/[^\p{L}\p{N}+&]+/u).map((word) => stem(word));
          return stems.every((wanted) => words.some((word) => sameRoot(word, wanted)));
        })
        ?.trim();
    }
  }
}

// Subjects that stand in for each other under "or similar", by the stems of their words in the
// languages resumes are written in: a postgraduate in food safety meets "a degree in food
// science, microbiology or similar"; a nursing degree meets "health sciences or related".
const subjectFamilies: readonly RegExp[] = [
  /\b(?:food|foods|aliment\w*|lebensmittel\w*|nutri\w*|dietet\w*|microbio\w*|mikrobio\w*|biolog\w*|biotec\w*|biotech\w*|chemi\w*|chemie|qu[ií]mic\w*|chimi\w*|agro\w*|agri\w*|veterinar\w*|life sciences?)\b/i,
  /\b(?:nurs\w*|enferm\w*|pflege\w*|infirmi\w*|medic\w*|m[eé]dic\w*|health\w*|sa[uú]de|salud|sant[eé]|pharma\w*|farm[aá]c\w*|midwif\w*|clinical)\b/i,
  /\b(?:engineer\w*|engenharia|ingenier\w*|ing[eé]nieur\w*|ingegneri\w*|mechanic\w*|mec[aâ]nic\w*|electric\w*|el[eé]ctric\w*|elektr\w*|civil)\b/i,
  /\b(?:comput\w*|informati\w*|inform[aá]tic\w*|software|data science|mathemat\w*|matem[aá]tic\w*|statistic\w*|estat[ií]stic\w*)\b/i,
  /\b(?:business|management|gest[aã]o|gesti[oó]n|economi\w*|econom[ií]a|financ\w*|account\w*|contabil\w*|administra\w*|commerce)\b/i,
  /\b(?:educat\w*|teach\w*|pedagog\w*|ensino|ense[nñ]anza|enseignement|lehramt)\b/i,
  /\b(?:hospitality|culinary|culin[aá]ri\w*|cozinha|cocina|cuisine|hotel\w*|hotelaria|hosteler[ií]a|gastronom\w*|catering|pastry|p[aâ]tisserie|pastelaria|pasteler[ií]a)\b/i,
];
// A course or a certificate is not a degree: "Curso de Cozinha", "Certificate in Food Hygiene".
const notADegree = /^(?:curso|course|certificat\w*|certificado|zertifikat|workshop|training)\b/i;

/**
 * Whether an entry is at the level and class asked: an entry that does not say its level is
 * taken at its word (its subject), one that says a lower level is not ("PGCE" for "PhD or MSc"),
 * and a class is compared only when the resume states one.
 */
function atLevel(entry: EducationEvidence, asked: DegreeAsked | undefined): boolean {
  if (!asked) return true;
  if (entry.level && degreeLevels.indexOf(entry.level) < degreeLevels.indexOf(asked.level)) return false;
  if (asked.class && entry.class && degreeClasses.indexOf(entry.class) < degreeClasses.indexOf(asked.class)) return false;
  return true;
}

const levelNames: Record<DegreeLevel, string> = { diploma: 'a diploma or certificate', bachelor: "a bachelor's", master: "a master's", doctorate: 'a doctorate' };

/**
 * The education entry a resume lists below the degree level a posting asks ("B.E. — Mechanical
 * Engineering (a bachelor's)" for a master's), or undefined when no entry says a lower level.
 * An entry in a subject asked is named first.
 *
 * @example
 * degreeBelow({ kind: 'education', needs: ['Physics'], degree: { level: 'master', class: null } }, evidence); // "BSc — Physics — University of Bath (a bachelor's)"
 */
export function degreeBelow(condition: Pick<PostingCondition, 'kind' | 'needs' | 'degree'>, evidence: ConditionEvidence): string | undefined {
  const asked = condition.degree;
  if (condition.kind !== 'education' || !asked) return undefined;
  const below = evidence.education.filter((entry) => entry.level && degreeLevels.indexOf(entry.level) < degreeLevels.indexOf(asked.level));
  if (below.length === 0) return undefined;
  const subjects = condition.needs.filter((need) => need !== 'similar');
  const inSubject = below.find((entry) => subjects.some((subject) => sameSubject(subject, entry.line)));
  const entry = inSubject ?? below.reduce((best, each) => (degreeLevels.indexOf(each.level as DegreeLevel) > degreeLevels.indexOf(best.level as DegreeLevel) ? each : best));
  return `${entry.line} (${levelNames[entry.level as DegreeLevel]})`;
}

const stemsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3).map((word) => stem(word));
// Every word of a subject asked, by its root, in an entry's line.
function sameSubject(subject: string, line: string): boolean {
  const words = stemsOf(line);
  return stemsOf(subject).every((wanted) => words.some((word) => sameRoot(word, wanted)));
}

function educationShowing(needs: readonly string[], asked: DegreeAsked | undefined, education: readonly EducationEvidence[]): string | undefined {
  const subjects = needs.filter((need) => need !== 'similar');
  const similar = needs.includes('similar');
  for (const entry of education) {
    if (atLevel(entry, asked) && subjects.some((subject) => sameSubject(subject, entry.line))) return entry.line;
  }
  if (!similar) return undefined;
  for (const entry of education) {
    if (notADegree.test(entry.line.trim()) || !atLevel(entry, asked)) continue;
    if (subjectFamilies.some((family) => family.test(entry.line) && subjects.some((subject) => family.test(subject)))) return entry.line;
  }
  return undefined;
}

// "nursing" and "nurse", "registered" and "registration": one stem begins the other, four letters at least.
function sameRoot(word: string, wanted: string): boolean {
  if (word === wanted) return true;
  const [short, long] = word.length < wanted.length ? [word, wanted] : [wanted, word];
  return short.length >= 4 && long.startsWith(short);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
