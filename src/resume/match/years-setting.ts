/**
 * Years asked in a specialty, a setting or a domain within a field: "3+ years in ICU", "2+ years
 * in emergency nursing", "5 years of experience in clinical research", "10+ years in battery
 * engineering", "3+ Jahre im Vertrieb". Only the roles in it count: a role whose title, ward or
 * unit, employer, summary or bullets name it (by the posting's words or a word that means the same:
 * "critical care" for ICU, "A&E" for the emergency department). A nurse's eleven years on medical
 * wards are no ICU years, and a battery engineer's years on motors are no battery years.
 */
import type { ResumeWork } from '../../protocol/json-resume.ts';
import { findSkills } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';

export interface YearsSetting {
  /** The posting's own words: "ICU (Intensive Care Unit)", "emergency nursing". */
  said: string;
  /** The years asked in it. */
  years: number;
  /** Patterns (source and flags, so the prepared posting stays JSON), any one of which names the setting in a role's words. */
  names: [string, string][];
  /** The posting makes the years a condition ("Minimum 3+ years …", "must have"): none shown is a knock-out. */
  mandatory?: true;
  /**
   * Read from the posting's own words, not a setting of the table ("battery engineering"): a role
   * may show it in words the table does not know, so none shown lowers the experience bar and is
   * said first, but does not cap the score.
   */
  literal?: true;
}

// Settings people name in more than one way: a role showing any of a group's names is in it.
// Short letters are matched as capitals only ("ED", "OR"), so "or" and "ed" in a sentence name nothing.
const settingGroups: readonly RegExp[][] = [
  [/\bintensive[- ]care\b/i, /\bcritical[- ]care\b/i, /\b(?:ICU|ITU|CICU|MICU|SICU|CVICU|GICU)\b/, /\bintensive[- ]therapy\b/i, /\bintensivstation\b/i, /\bintensivpflege\b/i, /\bsoins intensifs\b/i, /\bréanimation\b/i],
  [/\bemergency\b/i, /\b(?:ED|ER|A&E|A ?& ?E)\b/, /\baccident (?:and|&) emergency\b/i, /\bcasualty\b/i, /\bnotaufnahme\b/i, /\burgences\b/i, /\burgencias\b/i, /\btrauma (?:centre|center|unit|bay)\b/i],
  [/\btheatres?\b/i, /\boperating (?:room|theatre|department)s?\b/i, /\bperi-?operative\b/i, /\b(?:OR|OT)\b/, /\bscrub (?:nurse|practitioner)\b/i, /\banaesthe(?:tic|sia)s?\b/i, /\banesthesia\b/i, /\brecovery (?:room|unit)\b/i, /\bPACU\b/],
  [/\bn(?:eo)?natal\b/i, /\bNICU\b/, /\bSCBU\b/, /\bspecial care baby\b/i],
  [/\bp(?:a)?ediatric\w*\b/i, /\bchildren['’]?s (?:ward|hospital|unit|nursing)\b/i, /\bPICU\b/, /\bchild health\b/i],
  [/\bmental health\b/i, /\bpsychiatr\w*\b/i, /\b(?:RMN|CAMHS)\b/, /\bpsych(?:ological)? ward\b/i],
  [/\bmaternity\b/i, /\bmidwi(?:fe|fery|ves)\b/i, /\blabou?r (?:ward|and delivery|& delivery)\b/i, /\bobstetric\w*\b/i, /\bL&D\b/],
  [/\boncology\b/i, /\bcancer\b/i, /\bchemotherapy\b/i, /\bhaemato-?oncology\b/i],
  [/\bsurg(?:ery|eries|ical)\b/i, /\bperi-?operative\b/i, /\borthopa?edic\w*\b/i, /\bchirurgi\w*\b/i],
  [/\bcardiac\b/i, /\bcardiology\b/i, /\bcardiothoracic\b/i, /\bcoronary care\b/i, /\bCCU\b/, /\bcath(?:eter)? lab\b/i],
  [/\baged care\b/i, /\belderly care\b/i, /\bcare of (?:the )?(?:elderly|older)\b/i, /\bolder (?:people|adults|persons)\b/i, /\bgeriatric\w*\b/i, /\bnursing home\b/i, /\bresidential care\b/i],
  [/\bcommunity (?:nursing|care|health|setting|team)\b/i, /\bdistrict nurs\w*\b/i, /\bhome care\b/i, /\bhome health\b/i],
  // Acute care is hospital care of the acutely ill: its wards and units, the emergency department and critical care.
  [/\bacute\b/i, /\b(?:medical|surgical|respiratory|inpatient) (?:ward|unit|floor)s?\b/i, /\bwards?\b/i, /\binpatients?\b/i, /\bhospitals?\b/i, /\binfirmary\b/i, /\bmedical cent(?:er|re)\b/i, /\bNHS (?:Foundation )?Trust\b/, /\bhealth sciences? cent(?:er|re)\b/i, /\bmed[- ]surg\b/i, /\bemergency\b/i, /\bintensive care\b/i, /\bcritical care\b/i, /\b(?:ICU|ITU|ED|A&E)\b/],
  [/\bclinical research\b/i, /\bclinical trials?\b/i, /\bCRA\b/, /\bclinical research (?:associate|coordinator|nurse)\b/i, /\bGCP\b/],
  // Metal fabrication, whatever kind ("industrial", "structural", "heavy"): the welder's, fitter's, plater's and boilermaker's work.
  [/\bfabricat\w*/i, /\bweld(?:er|ers|ing)\b/i, /\bboilermak\w*/i, /\bplat(?:er|ers|ing)\b/i, /\b(?:metal|steel|iron) ?work\w*/i, /\bsteel (?:structures?|erection|construction)\b/i, /\bschwei(?:ß|ss)\w*/i, /\bmetallbau\w*/i, /\bspawa\w*/i],
  [/\bsales\b/i, /\bvertrieb\w*\b/i, /\bbusiness development\b/i, /\baccount (?:manager|executive|management)\b/i, /\bverkauf\w*\b/i, /\bvente\b/i],
];

// The years phrase: "… years (of) (relevant|post-registration …) (experience|work) in|within|im <setting>", or
// "… years' <setting> experience", "… Jahre (Berufserfahrung) im <Bereich>".
const yearsIn =
  /^\S*?\s*\+?\s*(?:(?:-|–|to|bis)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?|jahre?n?)['’]?\s+(?:of\s+)?(?:(?:relevant|professional|post[- ]?(?:registration|qualification|graduate|qualifying)|practical|hands-on|full[- ]time|proven|recent|clinical|nursing|berufs)\s*)*(?:(?:experience|work(?:ing)?|(?:berufs)?erfahrung)\s+)?(?:in|within|im|in der|in einem|in an?|in the)\s+(?:(?:an?|the|der|dem|einem)\s+)?(.+)$/iu;
const yearsOfExperience = /^\S*?\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?((?:[\p{L}&/-]+\s+){1,3}?)(?:experience|nursing experience)\b/iu;
const yearsOf = /^\S*?\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+)?(?:(?:relevant|professional|post[- ]?registration|recent|clinical)\s+)*(.+)$/iu;
const phraseEnd = /[.;:!?]|,\s*(?:with|including|ideally|preferably|where|and|or|in)\b|\s+(?:with|including|where|who|which|ideally|preferably|is|are|at|for|as|and|or|to|within|preferred|required|desirable|essential)\s/i;
// Words that say where or how, not what: "a similar role", "a fast-paced environment", "the UK".
const notASetting =
  /^(?:(?:of|adult|general|registered|qualified|post[- ]?(?:registration|qualification|qualifying|graduate)|professional|relevant|practical|industry|commercial|clinical|proven|previous|prior|an?|the|similar|related|relevant|comparable|equivalent|same|this|such|fast[- ]paced|busy|dynamic|customer[- ]facing|client[- ]facing|leadership|management|managerial|supervisory|senior|lead|team|teams|role|roles|position|positions|field|fields|industry|industries|sector|sectors|area|areas|environment|environments|setting|settings|capacity|company|companies|organi[sz]ations?|workplace|job|jobs|profession|discipline|work|paid|total|practice|post|uk|us|eu|usa|europe|australia|canada|germany|nhs|start-?ups?|agency|agencies|hospital|hospitals|healthcare|health care|health|care|nursing)\s*)+$/i;
// Words of a setting's name that say nothing of which one: "emergency nursing" is "emergency", "battery engineering" is "battery".
const headWords = /\b(?:nursing|nurse|engineering|engineer|experience|setting|settings|environment|environments|department|departments|unit|units|ward|wards|work|role|roles|sector|industry|field)\b/gi;
// Words that qualify years without naming where: "professional software engineering" is software engineering.
const qualifierWords = /\b(?:professional|relevant|proven|previous|prior|practical|industry|commercial|hands-on|post[- ]?(?:registration|qualification|qualifying|graduate))\b/gi;
// A whole line of work, counted by its field as before: "3+ years in software engineering", "in data analysis", "in teaching".
const fieldWords =
  /^(?:software|data|data analysis|data science|analytics|design|product(?: management)?|health ?care|health|medicine|education|teaching|sales|marketing|finance|accounting|accountancy|recruit(?:ing|ment)|hr|human resources|people|customer (?:support|service)|support|operations|logistics|supply chain|hospitality|retail|legal|law|construction|culinary|kitchens?|catering|driving|transport|quality|it|tech|technology|web|mechanical|electrical|plumbing|trades?|management|leadership)$/i;
// A years requirement the posting makes a condition: "Minimum 3+ years …", "must have 2 years …".
const mandatoryYears = /\b(?:minimum|min\.?|must|mandatory|essential|at a minimum|zwingend|mindestens)\b/i;

/**
 * The setting a years requirement names, or undefined when it names a field, a skill, a place or nothing.
 *
 * @example
 * settingOfYears('3+ years post-registration experience in ICU (Intensive Care Unit)', 3, 'Minimum 3+ years …', 'Clinical Nurse - ICU', vocabulary);
 * // { said: 'ICU (Intensive Care Unit)', years: 3, names: [/intensive care/i, …], mandatory: true }
 * settingOfYears('5+ years of software engineering', 5, '…', 'Backend Engineer', vocabulary); // undefined
 */
export function settingOfYears(afterYears: string, years: number, sentence: string, title: string, vocabulary: SkillVocabulary): YearsSetting | undefined {
  // "5+ years of acute care": a setting named straight after the years, when it is one of the known ones.
  const named = yearsOf.exec(afterYears)?.[1];
  const inWords = yearsIn.exec(afterYears)?.[1];
  const phrase = inWords ?? yearsOfExperience.exec(afterYears)?.[1] ?? (named && !/^as\s/i.test(named) && settingGroups.some((names) => names.some((name) => name.test(named.split(/[,;.(]/)[0] ?? ''))) ? named : undefined);
  if (!phrase) return undefined;
  const end = phraseEnd.exec(` ${phrase} `.slice(1));
  // "ICU (Intensive Care Unit)": the brackets' words name the same setting.
  const said = (end ? phrase.slice(0, end.index) : phrase).replace(/\s*\([^()]*$/, '').replace(/[,\s]+$/, '').trim();
  const bare = said.replace(/\s*\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!bare || said.length > 60 || notASetting.test(bare)) return undefined;
  // "3+ years in software engineering", "5 years in sales" (in a sales posting): the years' field, read as such elsewhere.
  const content = bare.replace(headWords, ' ').replace(qualifierWords, ' ').replace(/\s+/g, ' ').trim();
  if (!content || notASetting.test(content)) return undefined;
  const group = settingGroups.find((names) => names.some((name) => name.test(said)));
  if (!group) {
    // "4+ years of residential experience", "3 years industrial experience": a word before "experience" says what kind, and
    // a role need not repeat it (a plumber's years are residential ones without saying so). Only "years in X" names a setting
    // of the posting's own words.
    if (inWords === undefined) return undefined;
    // A named technology is a skill ("3+ years in Python"), a field is a field ("in data analysis"): counted as before.
    if (fieldWords.test(content)) return undefined;
    if (findSkills(bare, vocabulary).length > 0) return undefined;
    if (/^\p{Lu}[\p{Ll}]+$/u.test(content)) return undefined;
    // "2+ years in warehousing" for a Warehouse Shift Supervisor: the posting's own line of work, counted by its field.
    const titleWords = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(root);
    if (content.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).some((word) => titleWords.some((each) => sharesRoot(each, root(word))))) return undefined;
  }
  const names = (group ?? [literalName(content)]).map((name): [string, string] => [name.source, name.flags]);
  return { said, years, names, ...(mandatoryYears.test(sentence) ? { mandatory: true as const } : {}), ...(group ? {} : { literal: true as const }) };
}

// A word's root, for comparing forms: "warehousing" and "warehouse" → "warehous", "batteries" and "battery" → "batter".
function root(word: string): string {
  return word.toLowerCase().replace(/(?:ing|ies|es|s|e|y)$/, '');
}

function sharesRoot(a: string, b: string): boolean {
  return a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a));
}

// Every word of the posting's setting, in any form that shares its root ("batteries" for "battery").
function literalName(content: string): RegExp {
  const words = content.split(/\s+/).map((word) => root(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // (Anchored: each look-ahead runs once from the start, never again from every position of a long role's text.)
  return new RegExp(`^${words.map((word) => `(?=[\\s\\S]*\\b${word})`).join('')}`, 'iu');
}

/**
 * Whether one role is in the setting: its title, employer, location, summary or bullets name it.
 *
 * @example
 * roleInSetting({ position: 'Senior Staff Nurse, Critical Care Unit' }, setting); // true for "3+ years in ICU"
 */
export function roleInSetting(role: Pick<ResumeWork, 'position' | 'name' | 'location' | 'summary' | 'highlights'>, setting: Pick<YearsSetting, 'names'>): boolean {
  const text = [role.position, role.name, role.location, role.summary, ...(role.highlights ?? [])].filter(Boolean).join('\n');
  return setting.names.some(([source, flags]) => new RegExp(source, flags).test(text));
}
