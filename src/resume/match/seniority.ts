/**
 * Seniority levels and the words that signal them, in titles ("Senior", "Staff", "Jr.",
 * "Engineer II") or, failing that, in years of experience.
 */

import { titleInEnglish } from './title-in-english.ts';

export const seniorityLevels = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal'] as const;
export type SeniorityLevel = (typeof seniorityLevels)[number];

// Titles of people who run an organisation or manage a team. Plain "Manager" is a job family
// (product, account), not a level: left to the years.
const executiveTitles = String.raw`director|vp|vice president|head of|chief|cto|cio`;
const managerTitles = String.raw`engineering manager|group (?:\w+ )?manager|manager of`;
const managementTitle = new RegExp(String.raw`\b(?:${executiveTitles}|${managerTitles})\b`, 'i');

// "Staff" is a level above senior in engineering, design and research ("Staff Engineer"), and
// the base grade elsewhere ("Staff Nurse", "Staff Accountant").
const staffLevel = String.raw`staff(?=\s+(?:software|data|ml|machine|security|site|frontend|front-end|backend|back-end|full[- ]?stack|platform|infrastructure|product|ux|ui|engineer|engineering|developer|scientist|designer|architect|research|researcher|sre|mobile|ios|android|devops|cloud|systems|applied)\b)`;

// Checked from the top: "Senior Engineering Manager" is lead, "Principal Engineer" principal.
// Roman numerals count only as a title suffix ("Engineer II"), never as the pronoun "I".
const signals: readonly [SeniorityLevel, RegExp][] = [
  ['principal', new RegExp(String.raw`\b(?:principal|distinguished|fellow|${executiveTitles})\b`, 'i')],
  ['lead', new RegExp(String.raw`\b(?:lead|${staffLevel}|architect|${managerTitles}|foreman|forewoman|head chef|chef de cuisine)\b`, 'i')],
  ['senior', /\b(?:senior|sr|sous chef|master electrician|master plumber)\b|\sIII$/i],
  ['mid', /\b(?:mid[- ]?level|mid|intermediate|journeyman|journeyperson|chef de partie)\b|\sII$/i],
  ['junior', /\b(?:junior|jr|entry[- ]level|graduate|new grad|associate)\b|\sI$/i],
  // German student and training jobs too: "Werkstudent*in", "Praktikant", "Pflichtpraktikum", "Azubi", "Ausbildung", "duales Studium".
  ['intern', /\b(?:intern|internship|trainee|apprentice|working student|student|werkstudent\w*|werkstudierende\w*|praktikant\w*|(?:pflicht)?praktikum|azubi|auszubildende\w*|ausbildung|duales studium)\b/i],
];

const departmentHead =
  /\b(?:department head|head of (?:the )?(?:[\p{L}-]+ )?(?:department|faculty|year)|head of (?:maths|mathematics|science|english|history|geography|music|art|languages|modern languages|computing|physics|chemistry|biology|french|spanish|pe|drama|humanities)|head teacher|subject lead(?:er)?|department chair|chair of (?:the )?(?:[\p{L}-]+ )?department)\b/iu;

/**
 * The level a job title signals, if any.
 *
 * @example
 * seniorityFromTitle('Sr. Backend Engineer'); // 'senior'
 */
export function seniorityFromTitle(title: string): SeniorityLevel | undefined {
  // "Desarrollador/a Sénior", "Ingénieur(e) confirmé(e)": the level words in English.
  const trimmed = titleInEnglish(title).trim();
  // Heading a department or a subject ("Head of Mathematics", "Department Head") leads its team: lead, not an executive.
  if (departmentHead.test(trimmed)) return 'lead';
  return signals.find(([, pattern]) => pattern.test(trimmed))?.[0];
}

/**
 * Whether a job title manages people (a director, a head of, an engineering manager) rather
 * than naming an individual contributor's level: the same title words `seniorityFromTitle`
 * reads as lead or principal.
 *
 * @example
 * managesPeople('Head of Data'); // true
 * managesPeople('Staff Engineer'); // false
 */
export function managesPeople(title: string): boolean {
  return managementTitle.test(title.trim());
}

/**
 * The level years of experience usually mean: under 2 junior, under 5 mid, under 8 senior,
 * then lead.
 *
 * @example
 * seniorityFromYears(6); // 'senior'
 */
export function seniorityFromYears(years: number): SeniorityLevel {
  if (years < 2) return 'junior';
  if (years < 5) return 'mid';
  if (years < 8) return 'senior';
  return 'lead';
}

/**
 * How well a person's level fits a role's: 100 when equal; a level below costs more than a
 * level above (over-qualified is a softer mismatch).
 *
 * @example
 * seniorityScore('mid', 'senior'); // 60
 */
export function seniorityScore(person: SeniorityLevel, role: SeniorityLevel): number {
  const difference = seniorityLevels.indexOf(person) - seniorityLevels.indexOf(role);
  if (difference === 0) return 100;
  if (difference === -1) return 60;
  if (difference === -2) return 25;
  if (difference < -2) return 0;
  if (difference === 1) return 85;
  if (difference === 2) return 60;
  return 40;
}
