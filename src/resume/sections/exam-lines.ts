/**
 * "NMC Test of Competence (OSCE) – Oxford Brookes Test Centre – 2020", "IELTS Academic – Overall 7.5 – 2019":
 * an exam or test listed under "Education & Training" names no school and no degree. Each is a certificate
 * with its name, where it was sat and its year; a language test is also the language, at the level the
 * line gives.
 */
import type { ResumeCertificate, ResumeLanguage } from '../../protocol/json-resume.ts';
import { findDateRange } from './find-date-range.ts';
import { matchDegree } from './degree-pattern.ts';
import type { ResumeLine } from './resume-lines.ts';

// Language tests, and the language each one tests.
const languageTests: readonly [RegExp, string][] = [
  [/^(?:IELTS|TOEFL|TOEIC|OET|PTE(?:\s+Academic)?|Cambridge\s+(?:English|C1\s+Advanced|C2\s+Proficiency|B2\s+First)|Duolingo\s+English\s+Test)\b/u, 'English'],
  [/^(?:DELF|DALF|TCF|TEF)\b/u, 'French'],
  [/^(?:Goethe[-\s]Zertifikat|TestDaF|telc\s+Deutsch|DSH)\b/u, 'German'],
  [/^(?:DELE|SIELE)\b/u, 'Spanish'],
  [/^(?:CELPE-Bras|CAPLE)\b/u, 'Portuguese'],
  [/^(?:CILS|CELI|PLIDA)\b/u, 'Italian'],
  [/^(?:JLPT|J-Test)\b/u, 'Japanese'],
  [/^(?:HSK)\b/u, 'Chinese'],
  [/^(?:TOPIK)\b/u, 'Korean'],
];

// The words that name an exam, a test or a licensing examination rather than a course of study.
const examWord =
  /(?:^|[\s(])(?:OSCE|CBT|NCLEX(?:-RN|-PN)?|PLAB(?:\s*\d)?|USMLE|MCCQE|NAPLEX|GRE|GMAT|test\s+of\s+competence)(?=$|[\s),:])|\b(?:test|exam|examination)(?:\s+\(?[\p{Lu}\d-]{2,}\)?)?$/iu;

// A result the line gives: "Overall 7.5", "Band 8", "Score 112", "C1", "Passed", "Grade A".
const resultPart = /^(?:(?:overall|band|score|total|result|grade)\s*:?\s*[\w.+/-]+|[ABC][12]|passed|pass)$/iu;

export interface ExamLines {
  certificates: ResumeCertificate[];
  languages: ResumeLanguage[];
  /** The lines that are no exam, in their order. */
  rest: ResumeLine[];
}

/**
 * Takes the exams and tests out of an Education section's lines.
 *
 * @example
 * takeExamLines(toResumeLines('IELTS Academic – Overall 7.5 – 2019')).languages;
 * // [{ language: 'English', fluency: 'IELTS Academic, overall 7.5' }]
 */
export function takeExamLines(lines: readonly ResumeLine[]): ExamLines {
  const certificates: ResumeCertificate[] = [];
  const languages: ResumeLanguage[] = [];
  const rest: ResumeLine[] = [];
  for (const line of lines) {
    const exam = readExam(line.text);
    if (!exam) {
      rest.push(line);
      continue;
    }
    certificates.push(exam.certificate);
    if (exam.language && !languages.some((known) => known.language === exam.language?.language)) languages.push(exam.language);
  }
  return { certificates, languages, rest };
}

function readExam(text: string): { certificate: ResumeCertificate; language?: ResumeLanguage } | undefined {
  // One line of three parts or fewer, a dash, a bar or a tab apart: "Name – Place – Year", "Name – Result – Year".
  const parts = text.trim().split(/\s+[–—-]\s+|\s*\|\s*|\t+/u).map((part) => part.trim()).filter(Boolean);
  const [name, ...others] = parts;
  if (!name || others.length === 0 || parts.length > 4) return undefined;
  const tested = languageTests.find(([pattern]) => pattern.test(name))?.[1];
  // A degree's name ("BSc Nursing") or a school's line is the Education section's own.
  if (!tested && (!examWord.test(name) || matchDegree(name) !== null)) return undefined;
  const dated = others.map((part) => ({ part, range: findDateRange(part) })).find(({ part, range }) => range !== undefined && range.match.trim().length >= part.length - 1);
  const date = dated?.range?.endDate ?? dated?.range?.startDate;
  const words = others.filter((part) => part !== dated?.part);
  const results = words.filter((part) => resultPart.test(part));
  const places = words.filter((part) => !results.includes(part));
  if (places.length > 1) return undefined;
  const certificate: ResumeCertificate = { name: results.length > 0 ? `${name} (${results.join(', ')})` : name };
  if (places[0]) certificate.issuer = places[0];
  if (date) certificate.date = date;
  if (!tested) return { certificate };
  const level = results.length > 0 ? `${name}, ${results.map((result) => result.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase())).join(', ')}` : name;
  return { certificate, language: { language: tested, fluency: level } };
}
