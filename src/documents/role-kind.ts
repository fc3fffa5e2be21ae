/**
 * The kind of work a role is beside its profession, read from its title: a nurse educator
 * teaches, a clinical informatics nurse works on the record system, a ward manager leads. A
 * letter and a prep pack tell the person's lines of that kind first (training and mentoring for
 * a teaching role, system work for an informatics one, leading for a management one) rather
 * than the first bullet of their latest job.
 */
import type { JobField } from '../resume/match/job-field.ts';

export type RoleKind = 'teaching' | 'informatics' | 'management';

const kindTitles: ReadonlyArray<[RoleKind, RegExp]> = [
  ['teaching', /\b(?:educator|education|trainer|training|teacher|tutor|instructor|lecturer|preceptor|facilitator|practice development|learning (?:and|&) development|clinical skills)\b/i],
  ['informatics', /\b(?:informatics|ehr|epr|emr|clinical (?:systems?|applications?)|health it)\b/i],
  ['management', /\b(?:manager|management|head of|director|leader|supervisor|charge|matron|superintendent|coordinator|co-ordinator|chief|team lead|lead)\b/i],
];

const kindLines: Readonly<Record<RoleKind, RegExp>> = {
  teaching:
    /\b(?:train(?:ed|ing|s)?|taught|teach(?:es|ing)?|mentor(?:ed|ing|s)?|coach(?:ed|ing|es)?|precept(?:ed|ing|or|orship)|induct(?:ed|ion|ing)|onboard(?:ed|ing)?|educat(?:ed|ion|ing|or)|workshops?|courses?|curricul(?:um|a)|apprentices?|students?|trainees?|learners?|new starters?|new (?:graduates?|grads?)|in-?service|simulations?|competenc(?:y|ies) (?:sign-?off|assessments?))\b/i,
  informatics:
    /\b(?:ehr|epr|emr|e-?pcr|electronic (?:health|patient|medical|care) records?|super-?users?|go-?live|roll-?out|systems?|software|digital|dashboards?|data|epic|cerner|meditech|systmone|emis|database|templates?|order sets?|integration|interfaces?)\b/i,
  management:
    /\b(?:led|leading|leads?\s+(?:a|an|the|our|\d)|managed|manag(?:e|es|ing)|supervis(?:ed|ing|e)|line[- ]manag\w*|rotas?|rostering|budgets?|recruit(?:ed|ing|ment)?|team of|staff of|headed|directed|oversaw|ran|chaired|appraisals?)\b/i,
};

/**
 * The kind of work a title names beside its profession, or undefined.
 *
 * @example
 * roleKind('Clinical Nurse Educator'); // 'teaching'
 * roleKind('Staff Nurse'); // undefined
 */
export function roleKind(title: string | undefined): RoleKind | undefined {
  return kindTitles.find(([, words]) => words.test(title ?? ''))?.[0];
}

/**
 * Whether a resume line shows work of that kind.
 *
 * @example
 * showsKind('Mentored 12 newly qualified nurses', 'teaching'); // true
 */
export function showsKind(line: string, kind: RoleKind): boolean {
  // Supervising students is teaching, not running the team: a manager's post is told the leading line first.
  if (kind === 'management' && kindLines.teaching.test(line)) return false;
  return kindLines[kind].test(line);
}

// Words that name a profession itself, whatever else the title says ("Nurse Educator", "Clinical Informatics Specialist (RN)").
const professionWords: Readonly<Partial<Record<JobField, RegExp>>> = {
  healthcare: /\b(?:nurse|nurses|nursing|rn|rgn|rmn|lpn|midwife|midwives|midwifery|paramedic|paramedics|pharmacist|pharmacy|physician|doctor|clinical|clinician|therapist|physiotherapist|radiographer|sonographer|dental|dentist|hca)\b/i,
  electrical: /\b(?:electrician|electricians)\b/i,
  plumbing: /\b(?:plumber|plumbers|gas engineer)\b/i,
  driving: /\b(?:driver|drivers|hgv|lgv|cdl)\b/i,
  culinary: /\b(?:chef|chefs|culinary|cook)\b/i,
  mechanical: /\b(?:mechanic|mechanics|welder|welding|hvac)\b/i,
  construction: /\b(?:carpenter|joiner|bricklayer|scaffolder)\b/i,
};

/**
 * Whether a title names the profession of a field while its head is another kind of work: a
 * nurse applying to be a "Nurse Educator" or a "Clinical Informatics Specialist (RN)", a driver
 * to be an "HGV Driver Trainer", stays in their field; it is no change of career.
 *
 * @example
 * namesProfessionOf('Nurse Educator (Remote)', 'healthcare'); // true
 * namesProfessionOf('Instructional Designer', 'education'); // false
 */
export function namesProfessionOf(title: string, field: JobField | undefined): boolean {
  const words = field ? professionWords[field] : undefined;
  return words !== undefined && words.test(title);
}
