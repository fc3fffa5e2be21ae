import type { EmploymentType } from '../protocol/posting.ts';

/**
 * The terms a posting states in its own words: "Part-time contract, 6 months, 3 days a
 * week", "Fixed-term (12 months)", "£250/day outside IR35", "Full-time, permanent". A board's
 * type field says less than this (The Muse has none), so the text is read too.
 */
export interface EmploymentTerms {
  /** The one type searches and lists use: a contract first, then part-time, and so on. */
  type: EmploymentType | null;
  partTime: boolean;
  /** "6 months", "12-month": how long a contract or fixed-term role runs. */
  duration: string | null;
  /** "3 days a week": the working pattern of a part-time role. */
  pattern: string | null;
  /** Whether a UK contract is inside or outside IR35, when it says. */
  ir35: 'inside' | 'outside' | null;
  /** "permanent" ("unbefristet", "Festanstellung", "CDI") or "fixed_term" ("befristet", "CDD"), when it says. */
  permanence: 'permanent' | 'fixed_term' | null;
  /** A working student's job ("Werkstudent*in", "working student"): part-time while enrolled, typed as an internship. */
  studentJob: boolean;
  /** The posting's sentence that states the terms, quoted; null when only the board's field says. */
  said: string | null;
}

const partTimeWords = /(?<![\p{L}])(?:part[- ]?time|teilzeit|temps\s+partiel|media\s+jornada|deeltijd)(?![\p{L}])/iu;
const fullTimeWords = /(?<![\p{L}])(?:full[- ]?time|vollzeit|temps\s+plein|jornada\s+completa|voltijd)(?![\p{L}])/iu;
// German ones too: "Werkstudent*in", "Praktikant", "Pflichtpraktikum", "Ausbildung zum Fachinformatiker", "duales Studium".
const internshipWords =
  /(?<![\p{L}])(?:internships?|intern|placement\s+year|apprenticeships?|(?:pflicht|semester)?praktikum|praxissemester|praktikant(?:in|innen|en)?|werkstudent(?:in|innen|en)?|werkstudierende[rn]?|ausbildungsplatz|ausbildungsbeginn|auszubildende[rn]?|azubis?|duale[sn]?\s+studi(?:um|engang)|stage|prácticas)(?![\p{L}])/iu;
// In a title, the kind of job whatever a board's type field says ("Werkstudent Frontend (m/w/d)" listed as part-time):
// an apprenticeship ("Ausbildung Fachinformatiker") and a traineeship too, which in a posting's text may be what it asks for.
const internshipTitleWords = /(?<![\p{L}])(?:ausbildung|trainee(?:ship)?|apprentice)(?![\p{L}])/iu;
// Permanent or not, in the languages postings here are written in; "unbefristet" before "befristet".
const permanentWords =
  /(?<![\p{L}])(?:permanent(?:\s+(?:role|position|contract|job|employment|post))?|unbefristet\p{L}*|festanstellung|feste\s+anstellung|cdi|contrat\s+à\s+durée\s+indéterminée|contrato\s+indefinido|vast\s+contract|onbepaalde\s+tijd)(?![\p{L}])/iu;
const fixedTermWords =
  /(?<![\p{L}])(?:fixed[- ]term|befristet\p{L}*|zeitlich\s+begrenzt|cdd|contrat\s+à\s+durée\s+déterminée|bepaalde\s+tijd)(?![\p{L}])/iu;
// A working student: employed part-time while enrolled ("Werkstudent*in", "Werkstudierende", "working student").
const studentJobWords = /(?<![\p{L}])(?:werkstudent(?:\*?in|innen|en)?|werkstudierende[rn]?|working\s+student|studentische[rn]?\s+(?:hilfskraft|mitarbeiter\p{L}*)|hiwi)(?![\p{L}])/iu;
const temporaryWords = /(?<![\p{L}])(?:fixed[- ]term|temporary|temp\s+(?:role|position|job)|maternity\s+cover|parental\s+leave\s+cover|seasonal|befristet)(?![\p{L}])/iu;
// "contract" as the kind of job, not "contract law" or "manage supplier contracts".
const contractWords = /(?<![\p{L}])(?:(?:freelance|contractor|self[- ]employed|day\s+rate|(?:inside|outside)\s+(?:of\s+)?ir35)(?![\p{L}])|contract(?=\s*(?:[,.;:)/–—-]|$|role|position|job|basis|opportunity|assignment|until|for\s+\d|of\s+\d|\(|length|duration|initially|rolling))|(?:on\s+a|initial|rolling|fixed[- ]term|part[- ]time|full[- ]time|\d+[- ]months?|\w+[- ]month)\s+contract)/iu;
const ir35Pattern = /(?<![\p{L}])(?<side>inside|outside)\s+(?:of\s+)?ir35(?![\p{L}])|ir35\s*[:-]?\s*(?<after>inside|outside)(?![\p{L}])/iu;
const durationPattern = /(?<![\p{L}\d])(?<count>\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen)[- ](?<unit>months?|weeks?|years?|monat(?:e|en)?|wochen|jahre?n?|mois|semaines|ans)(?![\p{L}])/iu;
const dayRatePattern = /(?:[£$€]\s?\d[\d,.]*\s*(?:k\s*)?(?:\/\s*|per\s+|a\s+)day|day\s+rate)/iu;
const patternWords = /(?<![\p{L}\d])(?:\d(?:[.,]5)?|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week(?![\p{L}])|(?<![\p{L}\d])\d{1,2}(?:[.,]5)?\s+hours?\s+(?:a|per)\s+week(?![\p{L}])|(?<![\p{L}\d])0?[.,]\d+\s*fte(?![\p{L}])/iu;

/** A duration said in English: "18 Monate" is "18 months", "6 mois" "6 months"; English is kept as written ("12-month"). */
function inEnglish(match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const { count = '', unit = '' } = match.groups ?? {};
  const english = /^monat|^mois/i.test(unit) ? 'month' : /^wochen|^semaines/i.test(unit) ? 'week' : /^jahr|^ans$/i.test(unit) ? 'year' : null;
  return english ? `${count} ${english}${count === '1' ? '' : 's'}` : match[0];
}

/** Sentences of a text: lines, then sentence ends. */
const sentencesOf = (text: string): string[] =>
  text.split(/\n+|(?<=[.!?])\s+(?=\p{Lu})/u).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0 && sentence.length <= 300);

/** A sentence quoted as the posting's words, not too long to read in a line. */
const quoted = (sentence: string): string => (sentence.length > 160 ? `${sentence.slice(0, 159).trimEnd()}…` : sentence);

/** Whether a sentence says anything about the terms. */
const statesTerms = (sentence: string): boolean =>
  [partTimeWords, fullTimeWords, internshipWords, temporaryWords, contractWords, ir35Pattern, dayRatePattern, permanentWords, fixedTermWords].some((pattern) => pattern.test(sentence));

/**
 * The terms a posting states: its board's type when given, what the title and text say
 * otherwise; the part-time flag, a contract's length and its IR35 status from the text.
 *
 * @example
 * employmentTermsOf({ title: 'Data Analyst (Contract, 3 days/week)', employment_type: null,
 *   description: 'Part-time contract, 6 months, 3 days a week, remote (UK only). £250/day outside IR35.' });
 * // { type: 'contract', partTime: true, duration: '6 months', pattern: '3 days a week', ir35: 'outside', said: 'Part-time contract, …' }
 */
export function employmentTermsOf(posting: { title: string; employment_type: string | null; description: string }): EmploymentTerms {
  const sentences = [posting.title, ...sentencesOf(posting.description)];
  const stating = sentences.filter(statesTerms);
  const all = stating.join('\n');
  const partTime = posting.employment_type === 'part_time' || partTimeWords.test(all);
  const contract = contractWords.test(all);
  const ir35Match = ir35Pattern.exec(all)?.groups;
  const ir35 = (ir35Match?.side ?? ir35Match?.after)?.toLowerCase() as EmploymentTerms['ir35'] | undefined;
  const durationSentence = stating.find((sentence) => (contractWords.test(sentence) || temporaryWords.test(sentence)) && durationPattern.test(sentence));
  const duration = durationSentence ? inEnglish(durationPattern.exec(durationSentence)) : null;
  const patternSentence = sentences.find((sentence) => patternWords.test(sentence) && (partTimeWords.test(sentence) || contractWords.test(sentence)));
  const pattern = patternSentence ? (patternWords.exec(patternSentence)?.[0] ?? null) : null;
  const fromText: EmploymentType | null = internshipWords.test(all)
    ? 'internship'
    : contract || dayRatePattern.test(all)
      ? 'contract'
      : temporaryWords.test(all)
        ? 'temporary'
        : partTime
          ? 'part_time'
          : fullTimeWords.test(all)
            ? 'full_time'
            : null;
  const titleInternship = internshipWords.test(posting.title) || internshipTitleWords.test(posting.title);
  const type = titleInternship ? 'internship' : ((posting.employment_type as EmploymentType | null) ?? fromText);
  // The first two sentences that state terms, in the posting's order: "Part-time contract, 6 months. … £250/day outside IR35."
  const said = stating.filter((sentence) => sentence !== posting.title).slice(0, 2).join(' ');
  // "unbefristet" contains "befristet": permanent words are looked for first, each on its own.
  const permanent = permanentWords.test(all);
  const fixedTerm = fixedTermWords.test(all.replace(new RegExp(permanentWords.source, 'giu'), ' '));
  const permanence = permanent && !fixedTerm ? 'permanent' : fixedTerm && !permanent ? 'fixed_term' : null;
  const studentJob = studentJobWords.test(posting.title) || (type === 'internship' && studentJobWords.test(all));
  return { type, partTime, duration, pattern, ir35: ir35 ?? null, permanence, studentJob, said: said ? quoted(said) : null };
}

/**
 * How a job's type reads to a person: "working student" for a Werkstudent job (searches count
 * it with internships, as student jobs), else the type's words ("part-time", "internship").
 *
 * @example
 * employmentTypeLabel({ title: 'Werkstudent (m/w/d) Batteriemanagement', employment_type: 'internship' }); // 'working student'
 */
export function employmentTypeLabel(job: { title: string; employment_type: string | null }): string | null {
  if (!job.employment_type) return null;
  if (job.employment_type === 'internship' && studentJobWords.test(job.title)) return 'working student';
  return job.employment_type.replace(/_/g, '-');
}

/**
 * A posting's employment type: the board's, else the one its title or text states.
 *
 * @example
 * statedEmploymentType({ title: 'Analyst', employment_type: null, description: 'Part-time, 20 hours a week.' }); // 'part_time'
 */
export function statedEmploymentType(posting: { title: string; employment_type: string | null; description: string }): EmploymentType | null {
  return employmentTermsOf(posting).type;
}
