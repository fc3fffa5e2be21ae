/**
 * The requirements of a posting that are not skills: a driving licence, a named licence,
 * certificate or registration, a security clearance, a background check, the right to work,
 * the hours (nights, weekends, on-call), the physical demands (lifting), and the languages it
 * asks the person to speak. Read from one sentence at a time, as the posting words them.
 *
 * A credential the person holds or does not (a licence, a clearance, a language) "weighs": left
 * unshown it lowers the score like a missing required skill. The rest are conditions people
 * rarely write on a resume (weekends, the right to work): shown in the match as met or not
 * shown, never held against the score.
 */
import { dutchNamesAt, languageCompoundPattern, languagePattern, languagesIn } from '../spoken-languages.ts';
import { knownCredentialsIn } from './known-credentials.ts';
import { weldingQualificationsIn } from './welding-qualifications.ts';
import { levelAsked, type LanguageLevel } from './language-levels.ts';

export type ConditionKind =
  | 'driving licence'
  | 'licence'
  | 'clearance'
  | 'background check'
  | 'right to work'
  | 'hours'
  | 'physical'
  | 'language'
  | 'education';

export interface PostingCondition {
  kind: ConditionKind;
  /** As the posting put it, trimmed: "Full UK driving licence", "Journeyman electrician license". */
  label: string;
  /** A credential the person holds or not: unshown, it weighs on the score when required. */
  weighs: boolean;
  /** Words that name it on a resume: a licence's own words ("journeyman", "electrician"), the languages, the hours. */
  needs: string[];
  /**
   * For a degree: the lowest level that meets it ("PhD or MSc" → master) and the class asked
   * ("a 2:1 or above" → 2:1), when the posting states them.
   */
  degree?: DegreeAsked;
  /** "Fully qualified ACA, ACCA or CIMA": a credential held only in part does not meet it. */
  fully?: boolean;
  /** A degree "or equivalent experience": years of work in the posting's field meet it instead. */
  orExperience?: boolean;
  /**
   * A registration or licence "(or eligible)", "or eligibility for registration", "internationally
   * educated nurses welcome": being eligible meets it, so it is never a knock-out.
   */
  orEligible?: boolean;
  /** For a language: the level asked ("Vloeiend Nederlands" → B2, "Deutsch auf C1-Niveau" → C1), when the posting states one. */
  level?: LanguageLevel;
  /** Where it starts in the sentence it was read from. */
  offset: number;
  end: number;
}

/** Degree levels, lowest first: a diploma, a bachelor's (or any degree), a master's, a doctorate. */
export const degreeLevels = ['diploma', 'bachelor', 'master', 'doctorate'] as const;
export type DegreeLevel = (typeof degreeLevels)[number];
/** UK degree classes, lowest first. */
export const degreeClasses = ['third', '2:2', '2:1', 'first'] as const;
export type DegreeClass = (typeof degreeClasses)[number];
export interface DegreeAsked {
  level: DegreeLevel;
  class: DegreeClass | null;
}

// Words that qualify a credential without naming it.
const genericWords = new Set(
  'a an the valid current full clean active state relevant appropriate recognised recognized professional uk us eu own your hold holds must be have has with and or of in a an any required essential mandatory level'.split(' '),
);
const credentialNoun = String.raw`(licen[cs]e|licen[cs]es|certificat(?:e|es|ion)|card|registration|ticket|accreditation)(?!\s+(?:payments?|readers?|machines?|terminals?|transactions?|holders?|details))`;

interface Reader {
  kind: ConditionKind;
  pattern: RegExp;
  weighs: boolean | ((sentence: string) => boolean);
  needs?: (match: RegExpExecArray) => string[];
}

// Being asked to obtain something is not holding it.
const toObtain = /\b(?:able|ability|eligible|eligibility|willing|willingness|prepared)\s+to\s+(?:obtain|undergo|gain|get|apply)|\bsubject to\b|\bwe (?:will|'ll) (?:run|carry out|apply)/i;
// Hours and physical demands are conditions only when the sentence asks for them, not when it describes the site.
const asks = /\b(?:availab|willing|able|flexib|must|need|required|essential|work(?:ing)?|rota|rotation|cover|prepared|expected|includes?|turn)\w*/i;

const readers: readonly Reader[] = [
  {
    kind: 'driving licence',
    // In the languages postings near English ones are written in too: "Führerschein Klasse B", "permis B", "rijbewijs B".
    pattern:
      /\b(?:(?:full|clean|valid|current)\s+)*(?:(?:UK|US|EU|state)\s+)?(?:driv(?:ing|ers?|er['’]s)\s+licen[cs]e|driver\s+license)(?:\s+\([^)]{1,30}\))?|(?<![\p{L}])(?:(?:gültige[rn]?|g[uü]ltige[rn]?)\s+)?(?:pkw-)?(?:führerschein|fuehrerschein|fahrerlaubnis)(?:\s+(?:der\s+)?(?:klasse|kl\.)\s*[A-D]E?\d?(?:\s*(?:\/|und|,)\s*[A-D]E?\d?)*)?|(?<![\p{L}])(?:permis\s+(?:de\s+conduire(?:\s+B)?|B)|rijbewijs(?:\s+[BCDE]E?)?|carn[eé]t?\s+de\s+conducir(?:\s+(?:tipo\s+)?B)?|carta\s+de\s+condução(?:\s+(?:categoria\s+)?B)?|prawo\s+jazdy(?:\s+kat(?:egorii|\.)?\s*B)?|patente\s+(?:di\s+guida\s*)?B)(?![\p{L}])/iu,
    weighs: true,
  },
  {
    kind: 'clearance',
    pattern: /\b(?:(?:security|SC|DV|NV1|NV2|secret|top secret|TS\/SCI|public trust|baseline)\s+)+(?:clearance|cleared)\b|\bBPSS\b/i,
    weighs: (sentence) => !toObtain.test(sentence),
    needs: (match) => (/\b(?:DV|top secret|TS\/SCI|NV2)\b/i.exec(match[0]) ? [match[0].replace(/\s*(?:security\s+)?(?:clearance|cleared)$/i, '')] : []),
  },
  { kind: 'background check', pattern: /\b(?:enhanced\s+)?(?:DBS|PVG|CRB)(?:\s+(?:check|certificate|clearance))?\b|\bbackground (?:check|screening)s?\b/i, weighs: false },
  {
    kind: 'right to work',
    pattern: /\bright to work(?: in the [A-Z]{2,3}| in [A-Z][a-z]+)?|\b(?:eligible|authori[sz]ed|entitled|permitted) to work(?: in the [A-Z]{2,3}| in [A-Z][a-z]+)?|\bwork (?:authori[sz]ation|permit)\b|\bvisa sponsorship\b/i,
    weighs: false,
  },
  {
    kind: 'hours',
    pattern: /\b(?:nights?|night shifts?|weekends?|evenings?|early (?:starts?|mornings?)|shift work|rotating shifts?|split shifts?|on[- ]call|overtime|bank holidays?|public holidays?)\b/i,
    weighs: false,
  },
  {
    kind: 'physical',
    pattern: /\b(?:lift(?:ing)?|carry(?:ing)?)\b[^.;]{0,30}?\b\d+\s*(?:kg|kgs|lbs?|pounds|kilos)\b|\b(?:stand(?:ing)?|on your feet) for (?:long|extended) (?:periods|hours)|\bphysically (?:fit|demanding|active)\b|\bmanual handling\b(?!\s+(?:training|certificate))/i,
    weighs: false,
  },
];

/** A named licence, certificate or registration: "Journeyman electrician license", "CSCS card", "NMC registration". */
const namedCredential = new RegExp(String.raw`\b((?:[\p{L}\p{N}+&/'’-]+\s+){1,4}?)${credentialNoun}\b|\blicensed\s+((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)|\b(QTS|Qualified Teacher Status)\b`, 'iu');
/** A word every match of `namedCredential` contains ("licensed" has "licen"). */
const credentialWord = /licen[cs]|certificat|card|registration|ticket|accreditation|QTS|qualified teacher status/iu;
// A certification named around "Certified": "Salesforce Certified Administrator", "Certified
// Kubernetes Administrator", "AWS Certified Solutions Architect". Its naming words are capitalised;
// "a certified forklift operator" names no certification.
const certifiedName = /\b((?:\p{Lu}[\p{L}\p{N}+&-]*\s+){0,3})Certified((?:\s+(?:\p{Lu}[\p{L}\p{N}+&-]*|of|in))*\s+\p{Lu}[\p{L}\p{N}+&-]*)/u;
// A credential's words stop at a verb or a joining word before them: "hold a valid journeyman license" names "journeyman".
const credentialStop = /^(?:hold|holds|holding|have|has|having|possess|with|and|or|a|an|the|must|be|valid|current|full|clean|active|state|relevant|appropriate|recognised|recognized|your|own|of|in|to|for|plus|including|e\.g\.|ideally)$/i;

const bilingual = /\bbilingual\b|\b(?:fluent|fluency|speak(?:s|ing|er|ers)?|spoken|proficien\w+|native|conversational|written and spoken)\b/i;
// The same cues in the languages postings near English ones are written in ("Vloeiend Nederlands",
// "verhandlungssicheres Deutsch", "Deutsch auf C1-Niveau", "français courant", "Deutschkenntnisse"),
// and a CEFR level written beside a language ("Dutch C1", "Englisch (B2)").
const otherCue =
  /(?<![\p{L}])(?:vloeiend\p{L}*|beheersing|kennis|flie(?:ß|ss)end\p{L}*|verhandlungssicher\p{L}*|kenntnisse|sprachkenntnisse|muttersprach\p{L}*|moedertaal|courant\p{L}*|couramment|maîtrise|ma[iî]trise|langue maternelle|connaissances?|fluid[oa]|fluidez|fluente|flu[êe]ncia|dominio|domínio|nativ[oa]|conocimientos?|conhecimentos?|conoscenza|madrelingua|biegł\p{L}*|płynn\p{L}*|znajomość|niveau|nivel|livello)(?![\p{L}])|(?<![\p{L}\p{N}])[ABC][12](?![\p{L}\p{N}])/iu;

// A word every condition above needs (each reader's pattern, `credentialWord`, `bilingual`):
// most sentences of a posting contain none, and one test then stands for the dozen patterns.
// Unicode case folding ("iu") matches at least what each pattern's own case-insensitive flag does.
const anyConditionWord =
  /licen[cs]|permit|registered with|führerschein|fuehrerschein|fahrerlaubnis|permis|rijbewijs|conducir|condução|prawo jazdy|patente|certified|clear|bpss|dbs|pvg|crb|background|to work|work authori|work permit|visa sponsorship|night|weekend|evening|early|shift|on[- ]call|overtime|holiday|lift|carry|for long|for extended|physically|manual handling|certificat|card|registration|ticket|accreditation|qts|qualified teacher status|bilingual|fluen|speak|spoken|proficien|native|conversational|flu[êe]nc|vloeiend|beheersing|kennis|flie(?:ß|ss)end|verhandlungssicher|muttersprach|moedertaal|courant|maîtrise|maitrise|maternelle|connaissance|fluid|dominio|domínio|nativ|conocimiento|conhecimento|conoscenza|madrelingua|biegł|płynn|znajomość|niveau|nivel|livello|(?<![\p{L}\p{N}])[abc][12](?![\p{L}\p{N}])/iu;

/**
 * The non-skill requirements one sentence of a posting states. Spans already read as skills
 * (`taken`, e.g. "C+E licence" is HGV Class 1) are skipped.
 *
 * `languages: false` says the text the sentence was cut from names no language (`languagePattern`
 * finds nothing in it), so no sentence of it does: one search of the whole posting instead of one a sentence.
 * `englishAsked: true` says the posting is written in another language, so English is asked
 * like any other ("sehr gute Deutsch- und Englischkenntnisse"); in an English posting it goes without saying.
 *
 * @example
 * conditionsIn('Full UK driving licence and weekend availability', []);
 * // [{ kind: 'driving licence', label: 'Full UK driving licence', weighs: true, … }, { kind: 'hours', label: 'weekend', … }]
 */
export function conditionsIn(sentence: string, taken: readonly (readonly [number, number])[], credentials = true, languages = true, englishAsked = false): PostingCondition[] {
  // Credentials named by their letters ("CPA", "RN", "OCT preferred") come first: "RN licence" is the RN.
  // A degree is asked for wherever it is written: it is never a duty.
  const degree = degreeAsked(sentence);
  // A welder's certificate per process ("EN ISO 9606-1 135 and 136") is asked wherever it is written: no duty names one.
  const welding = weldingQualificationsIn(sentence);
  const lettered = [...(degree ? [degree] : []), ...welding, ...(credentials ? knownCredentialsIn(sentence, [...taken, ...welding.map((each) => [each.offset, each.end] as const)]) : [])];
  if (!anyConditionWord.test(sentence)) return languages ? [...lettered, ...languagesAsked(sentence, false, englishAsked)] : lettered;
  const found: PostingCondition[] = [...lettered];
  const overlaps = (start: number, end: number) =>
    taken.some(([from, to]) => start < to && from < end) || found.some((condition) => start < condition.end && condition.offset < end);
  for (const reader of readers) {
    const match = reader.pattern.exec(sentence);
    if (!match) continue;
    const [start, end] = [match.index, match.index + match[0].length];
    if (overlaps(start, end)) continue;
    if ((reader.kind === 'hours' || reader.kind === 'physical') && !asks.test(sentence)) continue;
    const weighs = typeof reader.weighs === 'function' ? reader.weighs(sentence) : reader.weighs;
    if (reader.kind === 'hours') {
      // "nights, weekends and bank holidays" is one condition, shown by any of them.
      const all = [...sentence.matchAll(new RegExp(reader.pattern.source, 'gi'))];
      const last = all[all.length - 1] ?? match;
      const words = all.map((each) => each[0].toLowerCase());
      // "12-hour shifts (day and night)", "rotating days and nights": the shift pattern is named as such, never "night" alone.
      const pattern = dayAndNight.test(sentence) && words.every((word) => /^nights?$/.test(word));
      const label = pattern ? 'days and nights' : words.join(', ').replace(/, ([^,]+)$/, ' and $1');
      found.push({ kind: 'hours', label, weighs, needs: words, offset: start, end: last.index + last[0].length });
      continue;
    }
    found.push({ kind: reader.kind, label: tidy(match[0]), weighs, needs: reader.needs?.(match) ?? [], offset: start, end });
  }
  // "Registration with BCCNM", "active practice permit with CRNA": the regulator names the licence, read before the words around it.
  const regulated = credentials ? regulatorCredentialIn(sentence) : undefined;
  if (regulated && !overlaps(regulated.offset, regulated.end)) found.push(regulated);
  const credential = credentials ? namedCredentialIn(sentence) : undefined;
  if (credential && !overlaps(credential.offset, credential.end)) found.push(credential);
  // "Red Seal or Alberta journeyperson ticket": a scheme and another credential offered as alternatives are one requirement.
  mergeAlternativeCredentials(sentence, found);
  // "AHPRA registration (or eligible)": the sentence accepts eligibility for the licence it names.
  if (eligibilityAccepted.test(sentence)) {
    for (const [index, condition] of found.entries()) {
      if (condition.kind === 'licence' && !condition.orEligible) found[index] = { ...condition, label: `${condition.label} (or eligible)`, orEligible: true };
    }
  }
  // A certification's name holds the product it certifies in ("Salesforce Certified Administrator"): the skill is asked too.
  const certified = credentials ? certifiedIn(sentence) : undefined;
  if (certified && !found.some((condition) => certified.offset < condition.end && condition.offset < certified.end)) found.push(certified);
  if (languages) found.push(...languagesAsked(sentence, true, englishAsked).filter((condition) => !overlaps(condition.offset, condition.end)));
  return found;
}

// A line that only lists languages and how much they are wanted: "French and Dutch required", "Languages: Dutch, English".
// The same in the languages postings near English ones are written in: "Duits is een pré", "Französisch von Vorteil", "anglais exigé".
const languageAsk =
  /(?<![\p{L}])(?:required|essential|mandatory|must|needed|a plus|an advantage|an asset|advantageous|preferred|desirable|beneficial|languages?|good command of|knowledge of|working knowledge of|een pré|pré|pluspunt|een voordeel|vereist|verplicht|gewenst|kennis van|erforderlich|voraussetzung|von vorteil|wünschenswert|ein plus|exigée?|requise?|obligatoire|un atout|un plus|souhaitée?|appréciée?|requerido|imprescindible|se valora|valorable|deseable|um diferencial|desejável|mais[- ]valia|valorizad[oa]|gewünscht|erwünscht|richiest[oa]|gradit[oa]|mile widziany)(?![\p{L}])/giu;
const languageLineRest =
  /(?<![\p{L}\p{N}])(?:and|or|is|are|of|both|also|written|verbal|spoken|level|plus|very|good|strong|excellent|basic|business|professional|fluent|fluency|fluently|native|speaker|speakers|[abc][12]|en|is|een|in|woord|geschrift|ist|und|oder|sind|sehr|gute?|wort|schrift|est|et|ou|un|une|écrit|oral|y|o|es|e|ou|é|um|uma|em|de|muy|buen[oa]|bom|boa)(?![\p{L}\p{N}])|[\s,;:.()/&+-]+/giu;

/**
 * The languages a sentence asks the person to speak, one condition each ("French and Dutch
 * required" asks for French and for Dutch; "French or Dutch" is one condition met by either).
 * English is taken for granted in a posting written in it (`englishAsked` false).
 */
function languagesAsked(sentence: string, cueWords: boolean, englishAsked: boolean): PostingCondition[] {
  const waived = waivedLanguages(sentence);
  const languages = languagesIn(sentence).filter((name) => !waived.includes(name));
  // "Norwegian or another Scandinavian language", "a Nordic language": any one of the family meets it.
  const family = languageFamily.exec(sentence);
  if (family) for (const name of languageFamilies[family[1]?.toLowerCase() === 'nordic' ? 'nordic' : 'scandinavian']) if (!languages.includes(name)) languages.push(name);
  // "Deutschkenntnisse", "Englischkenntnisse": German writes the language into the word.
  for (const match of sentence.matchAll(languageCompoundPattern)) for (const name of languagesIn(match[1] ?? '')) if (!languages.includes(name) && !waived.includes(name)) languages.push(name);
  if (languages.length === 0) return [];
  const cue = cueWords ? (bilingual.exec(sentence) ?? otherCue.exec(sentence)) : null;
  // A sentence of nothing but languages ("Portuguese and English", "Fluent Spanish and English") asks for them, cue word or not.
  const onlyLanguages = sentence.replace(languagePattern, ' ').replace(languageFamilyWords, ' ').replace(languageAsk, ' ').replace(languageLineRest, '').trim() === '';
  if (!cue && !onlyLanguages) return [];
  // In a posting written in English, English goes without saying unless a CEFR level is asked of it ("English C1").
  const others = englishAsked ? languages : languages.filter((name) => name !== 'English' || /^[ABC][12]$/.test(levelAsked(sentence, Math.max(0, namedAt(sentence, name)))?.said ?? ''));
  if (cue && /bilingual/i.test(sentence) && others.length === 0) return [{ kind: 'language', label: 'bilingual', weighs: true, needs: ['bilingual'], offset: cue.index, end: cue.index + cue[0].length }];
  if (others.length === 0) return [];
  const at = (name: string) => Math.max(0, namedAt(sentence, name));
  const level = (name: string) => {
    const asked = levelAsked(sentence, at(name));
    return asked ? { level: asked } : {};
  };
  if (others.length > 1 && (family || /\b(?:or|one of|any of|another|oder|ou)\b/i.test(sentence))) {
    const offset = cue ? cue.index : at(others[0] as string);
    return [{ kind: 'language', label: others.join(' or '), weighs: true, needs: others, offset, end: offset + 1, ...level(others[0] as string) }];
  }
  return others.map((name) => ({ kind: 'language', label: name, weighs: true, needs: [name], offset: at(name), end: at(name) + name.length, ...level(name) }));
}

// Days and nights named together: a description of the shift pattern.
const dayAndNight = /\bdays?\s*(?:and|&|\/|or|,|\+)\s*nights?\b|\bday\s*\/\s*night\b/i;

// A family of languages named as one: "a Scandinavian language", "another Nordic language".
const languageFamily = /\b(Scandinavian|Nordic)\s+languages?\b/i;
const languageFamilyWords = /\b(?:another|other|any|an?)\s+(?:Scandinavian|Nordic)\s+languages?\b|\b(?:Scandinavian|Nordic)\s+languages?\b/gi;
const languageFamilies = { scandinavian: ['Norwegian', 'Swedish', 'Danish'], nordic: ['Norwegian', 'Swedish', 'Danish', 'Finnish', 'Icelandic'] } as const;

// A clause that says a language is not asked: "Swedish is not required", "no German needed",
// "keine Deutschkenntnisse erforderlich", "Dutch not necessary", "you don't need to speak Polish".
const waiver = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:not|no|nicht|keine?|kein(?:e[nrs]?)?|pas|geen|niet|no\s+es|não\s+é)(?![\p{L}])[^,;]*?(?<![\p{L}])(?:required|a\s+requirement|necessary|needed|essential|mandatory|a\s+must|erforderlich|notwendig|nötig|vorausgesetzt|requise?s?|nécessaires?|exigée?s?|vereist|nodig|noodzakelijk|necesari[oa]|requerid[oa]|necessári[oa])|(?:do|does|will)\s+not\s+need|(?:don|doesn|won)['’]t\s+need|need\s+not|no\s+need\s+(?:to|for)|(?:not|no|nicht|keine?|kein(?:e[nrs]?)?|geen)\s+\p{L}*(?:kenntnisse|skills?)?\s*(?:required|needed|erforderlich|notwendig|nötig))(?![\p{L}])`,
  'iu',
);

/**
 * The languages a sentence says are not asked, clause by clause: in "Fluent English required;
 * Swedish is not required", Swedish.
 *
 * @example
 * waivedLanguages('English fluent, Swedish not necessary'); // ['Swedish']
 */
export function waivedLanguages(sentence: string): string[] {
  const waived: string[] = [];
  for (const clause of sentence.split(/[,;]|\s(?:but|while|aber|jedoch|mais|maar|pero)\s/i)) {
    if (!waiver.test(clause)) continue;
    const named = [...languagesIn(clause), ...[...clause.matchAll(languageCompoundPattern)].flatMap((match) => languagesIn(match[1] ?? ''))];
    for (const name of named) if (!waived.includes(name)) waived.push(name);
  }
  return waived;
}

/**
 * Whether a line asks for nothing but languages and how well: "Fluent English", "Deutsch und
 * Englisch fließend", "Dutch or French, written and spoken".
 *
 * @example
 * asksOnlyForLanguages('- Fluent English'); // true
 * asksOnlyForLanguages('Fluent English and SQL'); // false
 */
export function asksOnlyForLanguages(line: string): boolean {
  const text = line.replace(/^\s*(?:[-*•·▪●◦–]|\d{1,2}[.)])\s+/, '');
  if (languagesIn(text).length === 0 && ![...text.matchAll(languageCompoundPattern)].some((match) => languagesIn(match[1] ?? '').length > 0)) return false;
  return text.replace(languageCompoundPattern, ' ').replace(languagePattern, ' ').replace(languageAsk, ' ').replace(languageLineRest, '').trim() === '';
}

// Where a language is named in a sentence, by any of its names ("Nederlands", "Deutschkenntnisse"); -1 when it is not.
function namedAt(sentence: string, name: string): number {
  for (const match of sentence.matchAll(languagePattern)) if (languagesIn(match[0]).includes(name)) return match.index;
  for (const match of sentence.matchAll(languageCompoundPattern)) if (languagesIn(match[1] ?? '').includes(name)) return match.index;
  return dutchNamesAt(sentence).find((found) => found.name === name)?.index ?? -1;
}

function certifiedIn(sentence: string): PostingCondition | undefined {
  const match = certifiedName.exec(sentence);
  if (!match) return undefined;
  const words = `${match[1] ?? ''} ${match[2] ?? ''}`.trim().split(/\s+/).filter((word) => !/^(?:of|in)$/i.test(word));
  if (words.length < 2) return undefined;
  return { kind: 'licence', label: tidy(match[0]), weighs: !toObtain.test(sentence), needs: words, offset: match.index, end: match.index + match[0].length };
}

// "Registration with BCCNM (British Columbia College of Nurses and Midwives)", "an active practice permit with the
// College of Registered Nurses of Alberta (CRNA)", "registered with the NMC", "licensure with the Board of Nursing":
// a licence to practise named by the body that grants it.
const regulatorCredential =
  /\b(?:(?:[Cc]urrent|[Aa]ctive|[Vv]alid|[Ff]ull|[Pp]racti[cs]ing|[Uu]nrestricted)\s+)*([Rr]egistration|[Rr]egistered|[Pp]racti[cs]e permit|[Pp]ermit to practi[cs]e|[Ll]icen[cs]e to practi[cs]e|[Ll]icen[cs]ure|[Ll]icen[cs]e)\s+(?:(?:as\s+an?\s+)?(?:\p{L}+\s+){0,3}?)?(?:with|by|through)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|for|&|in|\p{Lu}[\p{L}'’-]*)){0,9})(?:\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,11})\))?(?=\s*(?:[,.;:()]|$|\s(?:or|and|is|are|in|to|required|preferred|including|who|with)\b))/u;
// A regulator's name ends before a joining word: "with CRNA or eligible", "with the Board of Nursing and".
const regulatorTail = /\s+(?:of|and|for|&|in)$/i;
// Eligibility offered beside a licence: "(or eligible)", "or eligibility for registration", "eligible for registration with
// AHPRA", "internationally educated nurses welcome", "oder Anerkennung in Vorbereitung" is not read (a status of the person).
const eligibilityAccepted =
  /\bor\s+(?:be\s+)?eligib(?:le|ility)\b|\beligib(?:le|ility)\s+(?:for|to)\s+(?:(?:obtain|hold|apply\s+for)\s+)?(?:\p{L}+\s+){0,2}?(?:registration|registered|register|licen[cs]|licensure|practi[cs]e permit)|\binternationally[- ](?:educated|trained|qualified)\s+\p{L}+\s+(?:are\s+)?(?:welcome|encouraged)/iu;

function regulatorCredentialIn(sentence: string): PostingCondition | undefined {
  const match = regulatorCredential.exec(sentence);
  if (!match) return undefined;
  const body = (match[2] ?? '').replace(regulatorTail, '').trim();
  const acronym = match[3];
  // "registered with a practice" or "licence by the end of": only a named body (capitalised, not a plain word) is a regulator.
  if (!body || (!acronym && !/^\p{Lu}{2,}|\s\p{Lu}/u.test(body))) return undefined;
  const noun = /regist/i.test(match[1] ?? '') ? 'registration' : /permit/i.test(match[1] ?? '') ? 'practice permit' : 'licence';
  const regulator = acronym ?? body;
  const names = [...new Set([acronym, body].filter((name): name is string => Boolean(name)))];
  const offset = match.index;
  return {
    kind: 'licence',
    label: `${noun} with ${regulator}`,
    weighs: !toObtain.test(sentence),
    // Shown by a line that names the regulator, by its letters or its name.
    needs: [names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')],
    offset,
    end: offset + match[0].length,
  };
}

function namedCredentialIn(sentence: string): PostingCondition | undefined {
  // The pattern tries up to four words before every word; most sentences name no credential at all.
  if (!credentialWord.test(sentence)) return undefined;
  const match = namedCredential.exec(sentence);
  if (!match) return undefined;
  const [offset, end] = [match.index, match.index + match[0].length];
  const weighs = !toObtain.test(sentence);
  if (match[4]) return { kind: 'licence', label: match[4], weighs, needs: ['QTS|Qualified Teacher Status'], offset, end };
  const raw = (match[1] ?? match[3] ?? '').trim().split(/\s+/);
  // Keep the words nearest the noun, back to the first stop word.
  // "licensed journeyman electrician in Ohio" reads forward; "a valid journeyman license" back from the noun.
  const words: string[] = [];
  for (const word of match[3] ? raw : [...raw].reverse()) {
    if (credentialStop.test(word)) break;
    if (match[3]) words.push(word);
    else words.unshift(word);
  }
  const naming = words.filter((word) => !genericWords.has(word.toLowerCase()));
  if (naming.length === 0) return undefined;
  const label = match[3] ? `licensed ${words.join(' ')}` : `${words.join(' ')} ${match[2] ?? ''}`;
  // "Red Seal or Alberta journeyperson ticket": the licence starts at its own first word, not where the pattern began.
  const from = match[3] || words.length === 0 ? offset : offset + match[0].lastIndexOf(words[0] as string);
  return { kind: 'licence', label: tidy(label), weighs, needs: naming, offset: from, end };
}

// "Degree in food science, microbiology or similar", "BSc in Nursing", "a bachelor's degree in electrical engineering or equivalent",
// "PhD or MSc in Computer Science or related field", "A 2:1 degree or above in a numerate subject (maths, statistics, economics)".
// German postings name the same levels: "Bachelor oder Master in Informatik", "Diplom oder Master in Maschinenbau".
const levelWord = String.raw`(?:ph\.?d|dphil|doctorate|doctoral\s+degree|promotion|m\.?sc|meng|m\.?\s?tech|mba|mres|mphil|ma|master(?:['’]s)?(?:\s+(?:degree|abschluss))?|dipl\.?-ing\.?|diplom(?!a)|b\.?sc|beng|b\.?\s?tech|ba|bachelor(?:['’]s)?(?:\s+(?:degree|abschluss))?|(?:(?:university|college|honours|undergraduate|postgraduate|first)\s+)?degree|diploma)`;
const levelSeparator = String.raw`\s*(?:,|\bor\b|\boder\b|\bbzw\.?|\/|\band\/or\b)\s*`;
const classWord = String.raw`(?:2[:.]1|2[:.]2|first[- ]class|1st(?:[- ]class)?|upper[- ]second(?:[- ]class)?|lower[- ]second(?:[- ]class)?|third[- ]class|third)`;
const degreePhrase = new RegExp(
  String.raw`\b(?:(?:a|an)\s+)?(?:(?<class>${classWord})(?:\s+(?:honours|hons))?\s+)?(?<levels>${levelWord}(?:${levelSeparator}${levelWord})*)(?:\s*\(\s*or\s+(?:above|higher|equivalent)\s*\)|\s+or\s+(?:above|higher|equivalent|better))?\s+(?:in|of|im\s+(?:bereich|fach))\s+(?<subjects>[^.;()]+)(?:\(\s*(?<examples>[^)]{2,80})\))?`,
  'i',
);
const experienceInstead = /^(?:(?:or|and\/or)\s+)?(?:(?:an?|the)\s+)?(?:equivalent|comparable|relevant)\s+(?:(?:practical|professional|work|industry|commercial)\s+)?experience$/i;
const similarSubject =
  /^(?:(?:(?:a|an|the|any)\s+)?(?:similar|related|equivalent|relevant|comparable|other)(?:\s+(?:field|area|subject|discipline|science|degree)s?)?|(?:ein\p{L}*\s+)?(?:vergleichbar|ähnlich|verwandt|artverwandt)\p{L}*(?:\s+(?:studiengang|studienrichtung|fachrichtung|qualifikation|ausbildung|fach|bereich)\p{L}*)?)$/iu;
// "a numerate subject", "a STEM discipline": a kind of subject, met by any subject of that kind.
const kindOfSubject = /^(?:(?:a|an|the|any)\s+)?(?:numerate|quantitative|stem|scientific|analytical|mathematical)(?:\s+(?:field|area|subject|discipline|degree)s?)?$/i;
const numerateSubjects = ['mathematics', 'statistics', 'economics', 'physics', 'computer science', 'engineering'];

/** The lowest level a list of levels accepts: "PhD or MSc" → master, "BSc or MSc" → bachelor. */
function lowestLevel(levels: string): DegreeLevel {
  const named = levels.split(new RegExp(levelSeparator, 'i')).map((word): DegreeLevel => {
    if (/^(?:ph\.?d|dphil|doctor|promotion)/i.test(word)) return 'doctorate';
    // A German Diplom (Dipl.-Ing.) is a master's.
    if (/^(?:m\.?sc|meng|m\.?\s?tech|mba|mres|mphil|ma|master|dipl(?:\.|om(?!a)))/i.test(word)) return 'master';
    if (/^diploma/i.test(word)) return 'diploma';
    return 'bachelor';
  });
  return named.reduce((lowest, level) => (degreeLevels.indexOf(level) < degreeLevels.indexOf(lowest) ? level : lowest), 'doctorate' as DegreeLevel);
}

/** "2:1", "upper second-class", "First Class Honours" as one of the UK classes; null for anything else. */
export function degreeClassOf(text: string | null | undefined): DegreeClass | null {
  const plain = (text ?? '').toLowerCase();
  if (/\b2[:.]1\b|upper[- ]second/.test(plain)) return '2:1';
  if (/\b2[:.]2\b|lower[- ]second/.test(plain)) return '2:2';
  if (/\bfirst\b|\b1st\b/.test(plain)) return 'first';
  if (/\bthird\b|\b3rd\b/.test(plain)) return 'third';
  return null;
}

/**
 * A degree the posting asks for, with its subjects ("food science", "microbiology"), its lowest
 * level and the class it asks, read as an education requirement, met by the resume's education,
 * never a skill to add. "Or similar" (related, equivalent) adds `similar` to its needs: a degree
 * in a neighbouring subject meets it. A kind of subject with examples ("a numerate subject
 * (maths, statistics, economics)") is met by a degree in any of them, or one like them.
 *
 * @example
 * degreeAsked('Degree in food science, microbiology or similar');
 * // { kind: 'education', label: 'Degree in food science, microbiology or similar', needs: ['food science', 'microbiology', 'similar'], degree: { level: 'bachelor', class: null }, … }
 */
export function degreeAsked(sentence: string): PostingCondition | undefined {
  const match = degreePhrase.exec(sentence);
  const groups = match?.groups;
  if (!match || !groups?.subjects || !groups.levels) return studyAsked(sentence);
  const subjects = groups.subjects.replace(/\s+(?:is|are)\s+.*$|\s+(?:preferred|required|essential|desirable|a plus|an advantage)\b.*$/i, '').trim();
  const parts = subjects.split(subjectSeparator).map((part) => part.trim()).filter(Boolean);
  const examples = (groups.examples ?? '').replace(/^(?:e\.?g\.?|such\s+as|for\s+example|like|incl(?:uding|\.)?)[\s,:]*/i, '').split(/\s*(?:,|\bor\b|\band\b|\/|\betc\.?)\s*/i).map((part) => part.trim()).filter(Boolean);
  const kind = parts.some((part) => kindOfSubject.test(part));
  // "… or equivalent experience": the degree or work in its place, not a subject called "equivalent experience".
  const orExperience = parts.some((part) => experienceInstead.test(part));
  const named = parts.filter((part) => !similarSubject.test(part) && !kindOfSubject.test(part) && !experienceInstead.test(part));
  // A kind of subject is met by its examples, else by the subjects of its kind; either way by one like them.
  const needs = [...named, ...(kind ? (examples.length > 0 ? examples : numerateSubjects) : [])];
  if (needs.length === 0 || needs.some((part) => part.split(/\s+/).length > 4)) return undefined;
  // "… or related field", "(or similar)": a degree in a neighbouring subject meets it too.
  if (kind || named.length < parts.filter((part) => !experienceInstead.test(part)).length || examples.some((part) => /^(?:or\s+)?(?:similar|related|equivalent|relevant)\b/i.test(part))) needs.push('similar');
  // The label ends where the subjects do, with the examples in brackets when they were read.
  const end = match.index + match[0].length - (groups.examples !== undefined ? 0 : groups.subjects.length - subjects.length);
  const degree: DegreeAsked = { level: lowestLevel(groups.levels), class: degreeClassOf(groups.class) };
  const label = tidy(sentence.slice(match.index, end).replace(/^(?:a|an)\s+/i, ''));
  return { kind: 'education', label, weighs: true, needs: withEnglishSubjects(needs), degree, ...(orExperience ? { orExperience } : {}), offset: match.index, end };
}

const subjectSeparator = /\s*(?:,|\bor\b|\boder\b|\bbzw\.?|\band\/or\b|\/)\s*/i;

// "Abgeschlossenes Studium der Elektrotechnik (Diplom oder Master)", "Studium Maschinenbau oder
// vergleichbar", "Hochschulstudium im Bereich Verfahrenstechnik": a German degree asked by its
// subject, with its levels in brackets when the posting names them.
const studyPhrase =
  /(?<![\p{L}])(?:(?:erfolgreich\s+)?abgeschlossene[snr]?\s+)?(?:hochschul|fachhochschul|universitäts|ingenieur)?studium\s+(?:(?:der|des|in(?:\s+der)?|im(?:\s+(?:bereich|fach|studiengang))?|(?:der\s+)?fachrichtung(?:en)?)\s+)?(?<subjects>[^.;:()\n]+?)(?:\s*\(\s*(?<levels>[^)]{2,60})\s*\)|(?=\s*(?:[.;:(\n]|$)|\s+(?:mit|sowie|und\s+(?:mehr|mind|erste|mehrjährige|einschlägige|fundierte)|idealerweise|wünschenswert|erforderlich|vorausgesetzt)(?![\p{L}])))/iu;
const levelsInBrackets = new RegExp(String.raw`^${levelWord}(?:${levelSeparator}${levelWord})*$`, 'i');

function studyAsked(sentence: string): PostingCondition | undefined {
  const match = studyPhrase.exec(sentence);
  const groups = match?.groups;
  if (!match || !groups?.subjects) return undefined;
  const parts = groups.subjects.split(subjectSeparator).map((part) => part.trim()).filter(Boolean);
  const named = parts.filter((part) => !similarSubject.test(part));
  // A subject is a noun, capitalised in German: "Das Studium ist praxisnah" names none.
  if (named.length === 0 || named.some((part) => part.split(/\s+/).length > 3 || !/^\p{Lu}/u.test(part))) return undefined;
  const levels = groups.levels?.trim();
  // Bracketed words that are not levels ("(m/w/d)") leave the study at any degree.
  const level = levels && levelsInBrackets.test(levels) ? lowestLevel(levels) : 'bachelor';
  const needs = withEnglishSubjects(named);
  if (named.length < parts.length) needs.push('similar');
  const label = tidy(match[0]);
  return { kind: 'education', label: label.charAt(0).toUpperCase() + label.slice(1), weighs: true, needs, degree: { level, class: null }, offset: match.index, end: match.index + match[0].length };
}

// Subjects German postings name, with the English a resume writes them in: a "Mechanical Engineering" degree meets "Maschinenbau".
const englishSubjects: ReadonlyArray<readonly [RegExp, string]> = [
  [/^maschinenbau$/i, 'mechanical engineering'],
  [/^elektrotechnik$/i, 'electrical engineering'],
  [/^(?:wirtschafts)?informatik$/i, 'computer science'],
  [/^mechatronik$/i, 'mechatronics'],
  [/^verfahrenstechnik$/i, 'process engineering'],
  [/^fahrzeugtechnik$/i, 'automotive engineering'],
  [/^luft- und raumfahrttechnik$/i, 'aerospace engineering'],
  [/^wirtschaftsingenieurwesen$/i, 'industrial engineering'],
  [/^bauingenieurwesen$/i, 'civil engineering'],
  [/^physik$/i, 'physics'],
  [/^mathematik$/i, 'mathematics'],
  [/^chemie$/i, 'chemistry'],
  [/^(?:betriebswirtschaft(?:slehre)?|bwl)$/i, 'business administration'],
];

function withEnglishSubjects(subjects: readonly string[]): string[] {
  const english = subjects.flatMap((subject) => englishSubjects.filter(([german]) => german.test(subject.trim())).map(([, name]) => name));
  return [...subjects, ...english.filter((name) => !subjects.includes(name))];
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Two licences the sentence joins with "or" ("Red Seal or an Alberta journeyperson ticket"): one requirement either meets.
function mergeAlternativeCredentials(sentence: string, found: PostingCondition[]): void {
  const licences = found.filter((condition) => condition.kind === 'licence').sort((a, b) => a.offset - b.offset);
  for (let index = 1; index < licences.length; index += 1) {
    const [first, second] = [licences[index - 1] as PostingCondition, licences[index] as PostingCondition];
    if (!/^\s*[(,]?\s*(?:or|oder|\/)\s+(?:an?\s+|the\s+)?$/i.test(sentence.slice(first.end, second.offset))) continue;
    const merged: PostingCondition = { ...first, label: `${first.label} or ${second.label}`, needs: [`${asAlternation(first)}|${asAlternation(second)}`], end: second.end };
    found.splice(found.indexOf(first), 1, merged);
    found.splice(found.indexOf(second), 1);
    licences.splice(index - 1, 2, merged);
    index -= 1;
  }
}

// A licence's needs as one alternation: its own when it is one, else every naming word on the same line.
function asAlternation(condition: PostingCondition): string {
  const [first] = condition.needs;
  if (first?.includes('|')) return first;
  return condition.needs.map((word) => `(?=[^\\n]*\\b${word.slice(0, Math.max(4, word.length - 2)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`).join('');
}
